# WAPing Desk — French. Translated from en.ftl; keep every message and
# placeable of it (the catalog check in the tests fails otherwise). Product
# terms: docs/TRANSLATING.md.

-brand = WAPing
-app = WAPing Desk

language-name = Français

### Shared words: states, timeline stretches, reasons, durations

state-unlinked = Non associé
state-connected = Connecté
state-degraded = Instable
state-disconnected = Déconnecté
state-unknown = Inconnu ({ $status })

segment-connected = Connecté
segment-degraded = Instable
segment-disconnected = Déconnecté
segment-unlinked = Non associé
segment-unknown = Statut inconnu
segment-unreachable = { -brand } injoignable
segment-offline = Cet ordinateur hors ligne
segment-no-data = Aucune donnée (app fermée)

outage-end-rescan = Nouveau scan
outage-end-by-itself = Rétabli seul
outage-end-ongoing = Toujours coupé

reason-logged-out = déconnecté depuis le téléphone
reason-phone-offline = le téléphone est hors ligne (vérifiez sa batterie, internet et les limites en arrière-plan)
reason-idle = inactif trop longtemps (un téléphone inutilisé environ 14 jours déconnecte ses appareils associés)
reason-policy = coupé par la politique de WhatsApp
reason-reinstall = WhatsApp a été réinstallé sur le téléphone
reason-security = une alerte de sécurité sur le téléphone demande votre attention
reason-reconnecting = reconnexion en cours
reason-no-activity = aucune activité constatée
reason-logged-out-here = déconnecté depuis { -app }
reason-removed-here = supprimé depuis { -app }

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
duration-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
duration-days-hours = { $days } j { $hours } h

ago = il y a { $duration }
just-now = à l’instant
never = jamais

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

# (end of agent messages)

### Command line: status and doctor

# (end of command-line messages)
