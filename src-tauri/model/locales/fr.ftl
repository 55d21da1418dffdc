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

error-invalid-input = Cette saisie n’a pas été acceptée. Vérifiez-la et réessayez.
error-unknown-request = Cette version de { -app } ne sait pas faire cela. Redémarrez l’app.
error-agent-unavailable = { -app } n’a pas pu lancer son service en arrière-plan. Redémarrez l’app.
error-agent-gone = Le service en arrière-plan de { -app } s’est arrêté. Redémarrez l’app.
error-no-data-folder = { -app } n’a pas de dossier où garder ses données.
error-settings-not-saved = Les réglages n’ont pas pu être enregistrés.
error-keyring-unavailable = Aucun trousseau système n’est disponible, la clé ne peut donc pas être enregistrée en sécurité.
error-not-connected = Pas encore de connexion à { -brand }. Ajoutez votre clé API dans les Réglages.
error-not-demo = Cela ne fonctionne que dans l’espace de travail de démonstration.
error-demo-unavailable = L’espace de travail de démonstration n’a pas pu démarrer.
error-no-diagnosis = Pas encore de diagnostic. Lancez d’abord Diagnostiquer.
error-history-locked = L’historique est utilisé par une autre copie de { -app }.
error-history-error = L’historique n’a pas pu être lu ou écrit.
error-history-migration = L’historique a été créé par une version plus récente de { -app } et ne peut pas être lu.
error-history-unavailable = L’historique n’est pas disponible pour le moment.
error-history-not-saved = L’historique n’est pas enregistré : ce que vous voyez maintenant n’y figurera pas. Vérifiez l’espace libre de cet ordinateur.
error-history-recovered = Le fichier d’historique était endommagé ; il a été mis de côté et un nouveau a été commencé. L’ancien historique se trouve dans le fichier mis de côté.
error-export-failed = L’historique n’a pas pu être exporté.
error-plan-limit = Votre forfait { -brand } n’a plus de place pour un autre appareil.
error-no-code = Aucun code QR n’est affiché.
error-qr-unreadable = Le code QR n’a pas pu être lu.
error-scan-failed = L’association du téléphone a échoué. Réessayez.
error-no-dashboard = Ce compte n’associe pas les téléphones dans le tableau de bord { -brand }.
error-no-folder = Aucun dossier Téléchargements où enregistrer.
error-not-saved = Le fichier n’a pas pu être enregistré.
error-no-clipboard = Rien n’a été copié : le presse-papiers n’est pas disponible.
error-not-opened = Le navigateur n’a pas pu être ouvert.
error-autostart = Le lancement à l’ouverture de session n’a pas pu être modifié.
error-unauthorized = { -brand } n’a pas accepté la clé API. Vérifiez-la dans les Réglages.
error-no-api-key = Aucune clé API n’est enregistrée. Ajoutez-la dans les Réglages.
error-key-needed = Saisissez la clé API pour cette adresse : la clé enregistrée n’est envoyée qu’à l’adresse enregistrée.
error-no-api-access = Ce forfait { -brand } ne comprend pas l’accès à l’API.
error-forbidden = { -brand } a refusé cette demande pour votre compte.
error-not-found = { -brand } ne connaît pas cet appareil ou cette adresse.
error-validation-error = { -brand } n’a pas accepté ce qui a été envoyé.
error-conflict = { -brand } a refusé : l’appareil est occupé à autre chose.
error-rate-limited = Trop de demandes à { -brand }. L’app réessaiera bientôt.
error-session-disconnected = Le lien WhatsApp du téléphone est déconnecté.
error-server-error = { -brand } a eu un problème de son côté. L’app réessaiera.
error-api-error = { -brand } a répondu par une erreur.
error-unreachable = { -brand } est injoignable.
error-computer-offline = Cet ordinateur est hors ligne.
error-timeout = { -brand } a mis trop de temps à répondre.
error-malformed-response = La réponse de { -brand } n’a pas pu être lue.
error-response-too-large = La réponse de { -brand } était trop grande pour être lue.
error-invalid-base-url = Saisissez une adresse valide, comme https://api.waping.app
error-already-connected = Ce téléphone est déjà associé.
error-update-unavailable = La mise à jour n’a pas pu être téléchargée. { -app } réessaiera demain, ou quand vous le demanderez.
error-update-refused = La mise à jour téléchargée n’était pas signée par l’éditeur de { -app }, elle n’a donc pas été installée.
error-update-needs-package-manager = { -app } a été installé comme paquet système, et la mise à jour n’a pas pu obtenir l’autorisation d’un administrateur. Mettez-le à jour avec votre gestionnaire de paquets : téléchargez le nouveau paquet sur waping.app et installez-le avec « sudo apt install ./ » suivi du nom du fichier.
error-update-failed = La mise à jour n’a pas pu être installée. { -app } continue de fonctionner comme avant.
error-update-while-pairing = Un téléphone est en cours d’association. Terminez ou fermez d’abord l’association, puis redémarrez l’app pour mettre à jour.
error-internal = Une erreur s’est produite dans { -app }.

# (end of error messages)

### Window: every view and dialog of the window (ui/)

app-add-device = Ajouter un appareil
app-refresh = Actualiser
app-history = Historique
app-settings = Réglages
nav-devices = Appareils
nav-back = Retour
error-details = Détails

timeline-stretch = { $kind } : { $from } – { $to } ({ $duration })
timeline-stretch-reason = { $kind } — { $reason } : { $from } – { $to } ({ $duration })
timeline-span = { $from } – { $to } ({ $duration })
timeline-changes-drawn = { $count ->
    [one] { $count } changement dessiné ici ; zoomez pour le voir
   *[other] { $count } changements dessinés ensemble ; zoomez pour voir chacun
}
timeline-keys = Frise de { $name }. Les flèches parcourent les changements, plus et moins zooment, Page précédente et Page suivante se déplacent dans le temps.
timeline-states = États de { $name } du { $from } au { $to }
timeline-hint = Cliquez sur la frise, ou placez-y le focus et utilisez les flèches, pour lire chaque période.

history-range = Période
history-range-24h = 24 h
history-range-week = Cette semaine
history-range-7d = 7 jours
history-range-30d = 30 jours
history-from = Du
history-to = Au
history-show = Afficher
history-range-backwards = Choisissez un début avant la fin.
history-zoom-and-move = Zoomer et se déplacer
history-earlier = Plus tôt
history-later = Plus tard
history-zoom-in = Zoom avant
history-zoom-out = Zoom arrière
history-uptime = Disponibilité
history-uptime-by-period = Disponibilité par période
history-period = { $days ->
    [1] 24 h
   *[other] { $days } jours
}
history-disconnects = Déconnexions
history-mean-recovery = Temps moyen de rétablissement
history-longest-recovery = La plus longue
history-unreachable = { -brand } injoignable
history-offline = Cet ordinateur hors ligne
history-no-data = Aucune donnée
history-uptime-note = La disponibilité est le temps Connecté ou Instable rapporté à ce temps plus le temps Déconnecté. Non associé, { -brand } injoignable, cet ordinateur hors ligne et l’app fermée ne comptent ni dans un sens ni dans l’autre.
history-outages = Coupures
history-filter-reason = Le motif contient
history-filter-reason-example = ex. : déconnecté
history-filter-ended = Fin
history-filter-ended-any = Peu importe
history-no-outages = Aucune coupure sur cette période.
history-no-outage-matches = Aucune coupure ne correspond au filtre.
history-column-start = Début
history-column-duration = Durée
history-column-reason = Motif
history-column-ended = Comment elle a fini
history-column-end = Fin
history-export = Exporter cette période :
history-exported = Enregistré dans :

card-not-linked = Non associé
card-unread = Illisible dans la dernière réponse de { -brand } ({ $problem }) ; son dernier état connu est affiché.
card-state-for = Dans cet état depuis
card-last-seen = Vu pour la dernière fois
card-strip = { $name } sur les dernières 24 heures
card-uptime-24h = Disponibilité sur 24 h
card-show-qr = Afficher le code QR
card-rescan = Scanner à nouveau
card-logout = Déconnecter
card-confirm-logout = Confirmer la déconnexion
card-history = Historique
card-remove = Supprimer
card-confirm-remove = Confirmer la suppression
card-keep = Garder
card-snoozed-until = Alertes en sourdine jusqu’à { $time }
card-resume = Reprendre
card-snooze-label = Mettre en sourdine les alertes de { $name }
card-snooze = Mettre les alertes en sourdine…
card-snooze-one-hour = Pendant 1 heure
card-snooze-four-hours = Pendant 4 heures
card-snooze-until-tomorrow = Jusqu’à demain

grid-empty = Aucun appareil dans cet espace de travail pour l’instant.
grid-loading = Chargement des appareils…

plan-label = Forfait et utilisation
plan = Forfait
plan-devices = Appareils : { $used } sur { $limit }
plan-messages = Messages ce mois-ci : { $sent } sur { $quota }

banner-demo-title = Espace de travail de démonstration
banner-demo = appareils simulés, aucun compte nécessaire. Ajoutez votre clé API dans les Réglages pour voir vos propres téléphones.
banner-open-settings = Ouvrir les Réglages
banner-stale-since = les états des appareils ne sont peut-être plus à jour depuis { $time }.
banner-stale = les états des appareils ne sont peut-être plus à jour.
banner-offline-since = Cet ordinateur est hors ligne depuis { $time }
banner-unreachable-since = { -brand } est injoignable depuis { $time }
banner-check-settings = Vérifier les Réglages
banner-connecting = Connexion à { -brand }…
banner-battery = Vérifications moins fréquentes sur batterie.
banner-partial = Les appareils non lus gardent leur dernier état connu.
banner-diagnose-hint = Réglages → Diagnostiquer indique ce que { -brand } a envoyé.
banner-diagnose = Diagnostiquer
banner-snoozed-until = Toutes les alertes sont en sourdine jusqu’à { $time }.
banner-resume = Reprendre

dialog-cancel = Annuler
dialog-close = Fermer
dialog-done = Terminé
loading = Chargement…

add-title = Ajouter un appareil
add-name = Nom
add-name-example = Téléphone de la boutique
add-adding = Ajout…
add-submit = Ajouter et afficher le code QR

pairing-title = Associer « { $name } »
pairing-qr-label = Code QR à scanner avec WhatsApp
pairing-countdown = Code { $number } sur { $of } · expire dans { $seconds } s
pairing-getting-code = Obtention d’un code…
pairing-linked = Associé
pairing-expired = Ce code a expiré.
pairing-new-code = Obtenir un nouveau code
pairing-dashboard = Ce compte { -brand } associe les téléphones dans son tableau de bord :
pairing-open-browser = Ouvrir dans le navigateur
pairing-try-again = Réessayer
pairing-step-open = Ouvrez WhatsApp sur le téléphone.
pairing-step-linked-devices = Allez dans Paramètres → Appareils connectés.
pairing-step-link = Touchez Connecter un appareil et pointez le téléphone vers ce code.
pairing-copied = Le code a été copié comme image.
pairing-saved = Enregistré dans :
pairing-copy = Copier
pairing-save-png = Enregistrer en PNG
pairing-simulate-scan = Simuler le scan (démo)

ranking-title = Déconnexions sur les { $days } derniers jours
ranking-empty = Aucun appareil n’a encore d’historique.
ranking-disconnects = { $count ->
    [one] { $count } déconnexion
   *[other] { $count } déconnexions
}
ranking-none-this-week = aucune cette semaine
ranking-last = dernière le { $time }

settings-title = Réglages
settings-language = Langue
settings-language-label = Langue de { -app }
settings-language-system = Système ({ $language })
settings-connection = Connexion { -brand }
settings-base-url = URL de base
settings-url-problem = Saisissez une adresse comme { $example }
settings-api-key = Clé API
settings-api-key-stored = Enregistrée : { $mask }
settings-api-key-placeholder = Depuis le tableau de bord { -brand }
settings-stored-keyring = Enregistrée dans le trousseau du système
settings-stored-session = Gardée pour cette session seulement
settings-stored-none = Aucune clé enregistrée
settings-no-keyring = Aucun trousseau système n’est disponible, la clé ne peut donc pas être enregistrée en sécurité. Elle n’est jamais écrite dans un fichier.
settings-keep-session = Garder pour cette session seulement
settings-testing = Test en cours…
settings-test-connection = Tester la connexion
settings-diagnose-hint = Interroge chaque adresse qu’utilise { -app } et rapporte les réponses, sans clés, noms ni numéros de téléphone
settings-diagnosing = Diagnostic en cours…
settings-diagnose = Diagnostiquer
settings-forget-key = Oublier la clé
settings-diagnosis-label = Rapport de diagnostic
settings-copy-report = Copier le rapport
settings-copied = Copié.
settings-connected = Connecté
settings-connected-devices = { $count ->
    [one] { $count } appareil avec le forfait { $plan }.
   *[other] { $count } appareils avec le forfait { $plan }.
}
settings-monitoring = Surveillance
settings-poll-interval = Vérifier toutes les (secondes)
settings-poll-problem = Entre { $min } et { $max } secondes ({ $local } pour un service sur cet ordinateur)
settings-demo = Utiliser l’espace de travail de démonstration (aussi utilisé tant qu’aucune clé n’est enregistrée)
settings-autostart = Lancer { -app } à l’ouverture de session
settings-battery = Vérifier moins souvent sur batterie (toutes les 4× l’intervalle, au moins une minute)
settings-alerts = Alertes
settings-remind-every = Rappeler toutes les (minutes, 0 = jamais)
settings-degraded-after = Alerter pour Instable après (minutes)
settings-quiet-from = Heures calmes de
settings-quiet-until = à
settings-detection = Détection
settings-no-activity = Considérer un téléphone connecté comme suspect sans activité pendant (minutes)
settings-down-after = Déconnecté après (vérifications d’affilée)
settings-up-after = Rétabli après (vérifications d’affilée)
settings-retention = Garder l’historique pendant (jours)
settings-webhooks = Webhooks (facultatif)
settings-webhooks-hint = Pour les webhooks de session de { -brand } acheminés jusqu’à cet ordinateur. Le récepteur n’écoute que sur cet ordinateur.
settings-webhooks-receive = Recevoir les webhooks
settings-port = Port
settings-signature-header = En-tête de signature
settings-webhook-secret = Secret du webhook
settings-webhook-secret-placeholder = Le secret défini dans le tableau de bord { -brand }
settings-webhook-secret-stored = Enregistré
settings-forget-secret = Oublier le secret
settings-hooks = Automatisations
settings-hooks-hint = Lancées quand un téléphone tombe et quand il revient, pour que vos automatisations suspendent et reprennent l’envoi. Elles suivent seulement votre espace de travail { -brand }, jamais les téléphones de la démo.
settings-hook-url = Envoyer l’événement en JSON (POST) à
settings-hook-command = Lancer cette commande ($WAPING_EVENT, $WAPING_DEVICE_NAME… et le JSON sur l’entrée standard)
settings-hook-timeout = Abandonner après (secondes)
settings-refused = { $part } :
settings-part-settings = Réglages
settings-part-key = Clé API
settings-part-secret = Secret du webhook
settings-keep-secret-session = Garder le secret pour cette session seulement
settings-saving = Enregistrement…
settings-save = Enregistrer
settings-loading = Chargement des réglages…
settings-saved = Enregistré.
settings-saved-partly = Enregistré en partie.
settings-saved-settings-not-key = Les réglages ont été enregistrés ; la clé API non.
settings-saved-settings-not-secret = Les réglages ont été enregistrés ; le secret du webhook non.
settings-saved-settings-not-key-secret = Les réglages ont été enregistrés ; la clé API et le secret du webhook non.
settings-saved-key-not-settings = La clé API a été enregistrée ; les réglages non.
settings-saved-secret-not-settings = Le secret du webhook a été enregistré ; les réglages non.
settings-saved-key-not-settings-secret = La clé API a été enregistrée ; les réglages et le secret du webhook non.
settings-saved-secret-not-settings-key = Le secret du webhook a été enregistré ; les réglages et la clé API non.
settings-saved-settings-key-not-secret = Les réglages et la clé API ont été enregistrés ; le secret du webhook non.
settings-saved-settings-secret-not-key = Les réglages et le secret du webhook ont été enregistrés ; la clé API non.
settings-saved-key-secret-not-settings = La clé API et le secret du webhook ont été enregistrés ; les réglages non.

export-dialog-title = Exporter l’historique

# (end of window messages)

# A newer version of the app: the banner over the cards, and Settings.
update-available = { -app } { $version } est disponible.
update-restart = Redémarrer pour mettre à jour
update-installing = Installation de { -app } { $version }… L’app redémarrera une fois l’installation terminée.
update-notes = Nouveautés
update-check = Rechercher des mises à jour
update-checking = Recherche en cours…
update-up-to-date = { -app } est à jour.

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
tray-update-available = Mise à jour disponible : { $version } — Redémarrer pour mettre à jour
tray-update-installing = Installation de { $version }…
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
doctor-recognised-bare-list = oui, comme simple liste
doctor-recognised-whole-answer = oui, comme la réponse entière
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
