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

just-now = gerade eben
never = nie

ago-seconds = vor { $seconds } Sek.
ago-minutes = vor { $minutes } Min.
ago-hours = vor { $hours } Std.
ago-days = { $days ->
    [one] vor { $days } Tag
   *[other] vor { $days } Tagen
}

read-partial = { $count ->
    [one] { -app } konnte nur { $count } Gerät lesen: { $reason }
   *[other] { -app } konnte nur { $count } Geräte lesen: { $reason }
}
read-unreadable = { $count ->
    [one] { $count } Gerät konnte nicht gelesen werden: { $names }
   *[other] { $count } Geräte konnten nicht gelesen werden: { $names }
}
read-unreadable-more = { $count } Geräte konnten nicht gelesen werden: { $names } und { $more } weitere
read-names-separator = {", "}
read-problems-separator = {"; "}

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

notify-down = { $device } ist getrennt
notify-down-body = Seit { $time } — { $reason }. Scannen Sie den QR-Code neu, um wieder senden zu können.
notify-down-lasting-body = Seit { $time } ({ $duration }) — { $reason }. Scannen Sie den QR-Code neu, um wieder senden zu können.
notify-still-down = { $device } ist weiterhin getrennt
notify-still-unstable = { $device } ist weiterhin instabil
notify-unstable-lasting-body = Seit { $time } ({ $duration }) — { $reason }. Nachrichten können sich verzögern.
notify-unstable = { $device } ist instabil
notify-unstable-body = Instabil seit { $time } — { $reason }. Nachrichten können sich verzögern.
notify-unstable-body-no-reason = Instabil seit { $time }. Nachrichten können sich verzögern.
notify-no-reason = kein Grund angegeben
notify-back = { $device } ist wieder verbunden
# The duration stays in the nominative: "Ausfall: 2 Tage".
notify-back-body = { $device } ist wieder verbunden (Ausfall: { $duration }).
notify-asleep = Während dieser Computer im Ruhezustand war
notify-asleep-down = { $device } um { $time } getrennt — weiterhin getrennt
notify-asleep-back = { $device } ist wieder verbunden (Ausfall: { $duration })

tray-tooltip = { -app } — { $summary }
tray-open = Öffnen
tray-quit = Beenden
tray-snooze = Benachrichtigungen stummschalten
tray-snoozed-until = Stummgeschaltet bis { $until }
tray-snooze-hours = { $hours ->
    [one] Für { $hours } Stunde
   *[other] Für { $hours } Stunden
}
tray-snooze-tomorrow = Bis morgen, { $time }
tray-resume = Benachrichtigungen wieder aktivieren

tray-connecting = Verbindung zu { -brand } wird hergestellt…
tray-failing = { $message } (seit { $time })
tray-unreachable = { -brand } seit { $time } nicht erreichbar — der Gerätestatus ist evtl. veraltet
tray-partial = { $count ->
    [one] Nur { $count } Gerät gelesen; die übrigen sind evtl. veraltet
   *[other] Nur { $count } Geräte gelesen; die übrigen sind evtl. veraltet
}
tray-no-devices = Noch keine Geräte
tray-count-connected = { $count } verbunden
tray-count-degraded = { $count } instabil
tray-count-disconnected = { $count } getrennt
tray-count-unlinked = { $count } nicht verknüpft
tray-count-unknown = { $count } unbekannt
tray-count-unreadable = { $count } nicht lesbar
tray-count-separator = {", "}

settings-webhook-no-secret = Webhooks sind eingeschaltet, aber es ist kein Webhook-Geheimnis festgelegt.
settings-webhook-port-busy = Der Webhook-Empfänger kann Port { $port } nicht verwenden: { $error }

# (end of agent messages)

### Command line: status and doctor

status-column-device = GERÄT
status-column-name = NAME
status-column-state = STATUS
status-column-reason = GRUND
status-column-last-seen = ZULETZT GESEHEN
status-unreadable = Unlesbar
status-no-devices = Keine Geräte in diesem Arbeitsbereich.

doctor-title = { -app }-Diagnose
doctor-label-app = App:
doctor-label-waping = { -brand }:
doctor-label-at = Zeitpunkt:
doctor-label-exit-code = Exit-Code:
doctor-label-verdict = Ergebnis:
doctor-label-error = Fehler:
doctor-label-skipped = Übersprungen:
doctor-label-recognised = Erkannt:
doctor-label-problem = Problem:
doctor-label-entries = Einträge:
doctor-label-missing = Fehlend:
doctor-label-unknown-fields = Unbekannte Felder (ignoriert):
doctor-label-unknown-statuses = Unbekannte Status:
doctor-label-time-forms = Zeitformate:
doctor-label-pagination = Paginierung:
doctor-fields-read = Gelesene Felder (Feld <- Fundort):
doctor-at = { $time } ({ $utc })
doctor-exit-code = { $code } ({ $meaning })
doctor-exit-all-connected = alle verbunden
doctor-exit-some-not-connected = einige nicht verbunden
doctor-exit-some-disconnected = einige getrennt
doctor-exit-failed = { -brand } ist fehlgeschlagen oder wurde nicht vollständig gelesen
doctor-endpoint-device-list = Geräteliste
doctor-endpoint-workspace = Arbeitsbereich
doctor-endpoint-one-device = Ein Gerät
doctor-endpoint-qr-code = QR-Code
doctor-request = { $method } { $url } -> { $status } in { $millis } ms
doctor-no-answer = keine Antwort
doctor-yes = ja
doctor-no = nein
doctor-recognised-as = ja, gefunden als { $shape }
doctor-recognised-under = ja, gefunden unter „{ $shape }“
doctor-none = keine
doctor-pagination-one-page = keine (eine Seite)
doctor-list-separator = {", "}
doctor-missing-in-entries = { $field } ({ $count } von { $entries ->
    [one] { $entries } Eintrag
   *[other] { $entries } Einträgen
})
doctor-skipped-no-list = die Geräteliste konnte nicht gelesen werden
doctor-skipped-no-device = kein Gerät
doctor-skipped-none-unlinked = kein Gerät ist „Nicht verknüpft“; ein Code wird nur angefordert, wo kein Handy verknüpft ist
doctor-skipped-no-qr-endpoint = { -brand } hat hier keinen QR-Endpunkt ({ $message }); Verknüpfen geht über das Dashboard von { -brand }
doctor-skipped-linked-meanwhile = das Gerät wurde inzwischen verknüpft ({ $message })
doctor-problem-broke-off = die Liste brach nach { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträgen
} ab: { $reason }
doctor-problem-unread = { $count ->
    [one] { $count } Eintrag konnte nicht gelesen werden: { $entries }
   *[other] { $count } Einträge konnten nicht gelesen werden: { $entries }
}
doctor-unread-entry = Eintrag { $position } ({ $problem })
doctor-and-more = { $list } und { $count } weitere
doctor-verdict-no-list = Die Geräteliste konnte nicht gelesen werden: { $problem }.
doctor-verdict-no-devices = Der Arbeitsbereich hat keine Geräte.
doctor-verdict-devices = { $count ->
    [one] { $count } Gerät
   *[other] { $count } Geräte
}: { $states }.
doctor-state-count = { $state }: { $count }
doctor-verdict-incomplete = Die Liste ist unvollständig: { $reason }.
doctor-verdict-all-read = Alle abgefragten Endpunkte antworteten in einer Form, die { -app } lesen kann.
doctor-verdict-not-read = Nicht gelesen: { $endpoints }.
doctor-verdict-gaps = Einige erwartete Felder oder Status fehlten oder waren unbekannt; siehe unten.

# (end of command-line messages)
