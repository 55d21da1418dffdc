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

just-now = à l’instant
never = jamais

ago-seconds = il y a { $seconds } s
ago-minutes = il y a { $minutes } min
ago-hours = il y a { $hours } h
ago-days = { $days ->
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}

read-partial = { $count ->
    [one] { -app } n’a pu lire que { $count } appareil : { $reason }
   *[other] { -app } n’a pu lire que { $count } appareils : { $reason }
}
read-unreadable = { $count ->
    [one] { $count } appareil n’a pas pu être lu : { $names }
   *[other] { $count } appareils n’ont pas pu être lus : { $names }
}
read-unreadable-more = { $count } appareils n’ont pas pu être lus : { $names } et { $more } autres
read-names-separator = {", "}
read-problems-separator = {" ; "}

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

notify-down = { $device } déconnecté
notify-down-body = Depuis { $time } — { $reason }. Scannez à nouveau le code QR pour pouvoir envoyer.
notify-down-lasting-body = Depuis { $time } ({ $duration }) — { $reason }. Scannez à nouveau le code QR pour pouvoir envoyer.
notify-still-down = { $device } est toujours déconnecté
notify-still-unstable = { $device } est toujours instable
notify-unstable-lasting-body = Depuis { $time } ({ $duration }) — { $reason }. Les messages peuvent être retardés.
notify-unstable = { $device } est instable
notify-unstable-body = Instable depuis { $time } — { $reason }. Les messages peuvent être retardés.
notify-unstable-body-no-reason = Instable depuis { $time }. Les messages peuvent être retardés.
notify-no-reason = aucune raison indiquée
notify-back = { $device } est de nouveau connecté
notify-back-body = { $device } est de nouveau connecté après { $duration }.
notify-asleep = Pendant la mise en veille de cet ordinateur
notify-asleep-down = { $device } déconnecté à { $time } — toujours coupé
notify-asleep-back = { $device } est de nouveau connecté après { $duration }

tray-tooltip = { -app } — { $summary }
tray-open = Ouvrir
tray-quit = Quitter
tray-snooze = Mettre les alertes en sourdine
tray-snoozed-until = Alertes en sourdine jusqu’à { $until }
tray-snooze-hours = { $hours ->
    [one] Pendant { $hours } heure
   *[other] Pendant { $hours } heures
}
tray-snooze-tomorrow = Jusqu’à demain { $time }
tray-resume = Réactiver les alertes

tray-connecting = Connexion à { -brand }…
tray-failing = { $message } (depuis { $time })
tray-unreachable = { -brand } injoignable depuis { $time } — l’état des appareils peut être périmé
tray-partial = { $count ->
    [one] Seul { $count } appareil a pu être lu ; les autres peuvent être périmés
   *[other] Seuls { $count } appareils ont pu être lus ; les autres peuvent être périmés
}
tray-no-devices = Aucun appareil pour l’instant
tray-count-connected = { $count ->
    [one] { $count } connecté
   *[other] { $count } connectés
}
tray-count-degraded = { $count ->
    [one] { $count } instable
   *[other] { $count } instables
}
tray-count-disconnected = { $count ->
    [one] { $count } déconnecté
   *[other] { $count } déconnectés
}
tray-count-unlinked = { $count ->
    [one] { $count } non associé
   *[other] { $count } non associés
}
tray-count-unknown = { $count ->
    [one] { $count } inconnu
   *[other] { $count } inconnus
}
tray-count-unreadable = { $count ->
    [one] { $count } illisible
   *[other] { $count } illisibles
}
tray-count-separator = {", "}

settings-webhook-no-secret = Les webhooks sont activés, mais aucun secret de webhook n’est défini.
settings-webhook-port-busy = Le récepteur de webhooks ne peut pas écouter sur le port { $port } : { $error }

# (end of agent messages)

### Command line: status and doctor

status-column-device = APPAREIL
status-column-name = NOM
status-column-state = ÉTAT
status-column-reason = RAISON
status-column-last-seen = DERNIÈRE ACTIVITÉ
status-unreadable = Illisible
status-no-devices = Aucun appareil dans cet espace de travail.

doctor-title = Diagnostic de { -app }
doctor-label-app = Application :
doctor-label-waping = { -brand } :
doctor-label-at = Date :
doctor-label-exit-code = Code de sortie :
doctor-label-verdict = Bilan :
doctor-label-error = erreur :
doctor-label-skipped = Ignoré :
doctor-label-recognised = Reconnu :
doctor-label-problem = Problème :
doctor-label-entries = Entrées :
doctor-label-missing = Manquants :
doctor-label-unknown-fields = Champs inconnus (ignorés) :
doctor-label-unknown-statuses = Statuts inconnus :
doctor-label-time-forms = Formats d’heure :
doctor-label-pagination = Pagination :
doctor-fields-read = Champs lus (champ <- emplacement) :
doctor-at = { $time } ({ $utc })
doctor-exit-code = { $code } ({ $meaning })
doctor-exit-all-connected = tous connectés
doctor-exit-some-not-connected = certains non connectés
doctor-exit-some-disconnected = certains déconnectés
doctor-exit-failed = { -brand } a échoué ou n’a pas été lu en entier
doctor-endpoint-device-list = Liste des appareils
doctor-endpoint-workspace = Espace de travail
doctor-endpoint-one-device = Un appareil
doctor-endpoint-qr-code = Code QR
doctor-request = { $method } { $url } -> { $status } en { $millis } ms
doctor-no-answer = pas de réponse
doctor-yes = oui
doctor-no = non
doctor-recognised-as = oui, trouvé comme { $shape }
doctor-recognised-under = oui, trouvé sous « { $shape } »
doctor-none = aucun
doctor-pagination-one-page = aucune (une seule page)
doctor-list-separator = {", "}
doctor-missing-in-entries = { $field } ({ $count } sur { $entries ->
    [one] { $entries } entrée
   *[other] { $entries } entrées
})
doctor-skipped-no-list = la liste des appareils n’a pas pu être lue
doctor-skipped-no-device = aucun appareil
doctor-skipped-none-unlinked = aucun appareil n’est Non associé ; un code n’est demandé que là où aucun téléphone n’est associé
doctor-skipped-no-qr-endpoint = { -brand } n’a pas de point d’accès QR ici ({ $message }) ; l’association se fait dans le tableau de bord { -brand }
doctor-skipped-linked-meanwhile = l’appareil a été associé entre-temps ({ $message })
doctor-problem-broke-off = la liste s’est interrompue après { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
} : { $reason }
doctor-problem-unread = { $count ->
    [one] { $count } entrée n’a pas pu être lue : { $entries }
   *[other] { $count } entrées n’ont pas pu être lues : { $entries }
}
doctor-unread-entry = entrée { $position } ({ $problem })
doctor-and-more = { $list } et { $count } de plus
doctor-verdict-no-list = La liste des appareils n’a pas pu être lue : { $problem }.
doctor-verdict-no-devices = L’espace de travail n’a aucun appareil.
doctor-verdict-devices = { $count ->
    [one] { $count } appareil
   *[other] { $count } appareils
} : { $states }.
doctor-state-count = { $state } : { $count }
doctor-verdict-incomplete = La liste est incomplète : { $reason }.
doctor-verdict-all-read = Chaque point d’accès interrogé a répondu sous une forme que { -app } sait lire.
doctor-verdict-not-read = Non lus : { $endpoints }.
doctor-verdict-gaps = Certains champs ou statuts attendus manquaient ou étaient inconnus ; voir ci-dessous.

# (end of command-line messages)
