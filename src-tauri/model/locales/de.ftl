# WAPing Desk — German. Translated from en.ftl; keep every message and
# placeable of it (the catalog check in the tests fails otherwise). Product
# terms: docs/TRANSLATING.md.

-brand = WAPing
-app = WAPing Desk

language-name = Deutsch

### Shared words: states, timeline stretches, reasons, durations

state-unlinked = Nicht verknüpft
state-connected = Verbunden
state-degraded = Instabil
state-disconnected = Getrennt
state-unknown = Unbekannt ({ $status })

segment-connected = Verbunden
segment-degraded = Instabil
segment-disconnected = Getrennt
segment-unlinked = Nicht verknüpft
segment-unknown = Unbekannter Status
segment-unreachable = { -brand } nicht erreichbar
segment-offline = Dieser Computer offline
segment-no-data = Keine Daten (App lief nicht)

outage-end-rescan = Neu gescannt
outage-end-by-itself = Von selbst
outage-end-ongoing = Noch getrennt

reason-logged-out = auf dem Handy abgemeldet
reason-phone-offline = das Handy ist offline (Akku, Internet und Hintergrundbeschränkungen prüfen)
reason-idle = zu lange ungenutzt (ein Handy, das etwa 14 Tage nicht benutzt wird, meldet seine verknüpften Geräte ab)
reason-policy = durch WhatsApp-Richtlinien getrennt
reason-reinstall = WhatsApp wurde auf dem Handy neu installiert
reason-security = eine Sicherheitsabfrage auf dem Handy wartet
reason-reconnecting = verbindet neu
reason-no-activity = keine Aktivität gesehen
reason-logged-out-here = in { -app } abgemeldet
reason-removed-here = in { -app } entfernt

duration-seconds = { $seconds } Sek.
duration-minutes = { $minutes } Min.
duration-hours = { $hours } Std.
duration-hours-minutes = { $hours } Std. { $minutes } Min.
duration-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
duration-days-hours = { $days } T. { $hours } Std.

ago = vor { $duration }
just-now = gerade eben
never = nie

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

# (end of agent messages)

### Command line: status and doctor

# (end of command-line messages)
