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

error-invalid-input = Diese Eingabe wurde nicht angenommen. Prüfen Sie sie und versuchen Sie es erneut.
error-unknown-request = Diese Version von { -app } kann das nicht. Starten Sie die App neu.
error-agent-unavailable = { -app } konnte seinen Hintergrunddienst nicht starten. Starten Sie die App neu.
error-agent-gone = Der Hintergrunddienst von { -app } wurde beendet. Starten Sie die App neu.
error-no-data-folder = { -app } hat keinen Ordner für seine Daten.
error-settings-not-saved = Die Einstellungen konnten nicht gespeichert werden.
error-keyring-unavailable = Es ist kein Schlüsselbund des Systems verfügbar, daher kann der Schlüssel nicht sicher gespeichert werden.
error-not-connected = Es gibt noch keine Verbindung zu { -brand }. Fügen Sie in den Einstellungen Ihren API-Schlüssel hinzu.
error-not-demo = Das geht nur im Demo-Arbeitsbereich.
error-demo-unavailable = Der Demo-Arbeitsbereich konnte nicht starten.
error-no-diagnosis = Es gibt noch keine Diagnose. Starten Sie zuerst die Diagnose.
error-history-locked = Der Verlauf wird von einer anderen Kopie von { -app } verwendet.
error-history-error = Der Verlauf konnte nicht gelesen oder geschrieben werden.
error-history-migration = Der Verlauf stammt von einer neueren Version von { -app } und kann nicht gelesen werden.
error-history-unavailable = Der Verlauf ist gerade nicht verfügbar.
error-history-not-saved = Der Verlauf wird nicht gespeichert: Was Sie jetzt sehen, fehlt später darin. Prüfen Sie den freien Speicher dieses Computers.
error-history-recovered = Die Verlaufsdatei war beschädigt; sie wurde beiseitegelegt und eine neue begonnen. Der ältere Verlauf ist in der beiseitegelegten Datei.
error-export-failed = Der Verlauf konnte nicht exportiert werden.
error-plan-limit = Ihr { -brand }-Tarif hat keinen Platz für ein weiteres Gerät.
error-no-code = Es wird kein QR-Code angezeigt.
error-qr-unreadable = Der QR-Code konnte nicht gelesen werden.
error-scan-failed = Das Handy konnte nicht verknüpft werden. Versuchen Sie es erneut.
error-no-dashboard = Dieses Konto verknüpft Handys nicht im { -brand }-Dashboard.
error-no-folder = Es gibt keinen Download-Ordner zum Speichern.
error-not-saved = Die Datei konnte nicht gespeichert werden.
error-no-clipboard = Nichts wurde kopiert: Die Zwischenablage ist nicht verfügbar.
error-not-opened = Der Browser konnte nicht geöffnet werden.
error-autostart = Der Start bei der Anmeldung konnte nicht geändert werden.
error-unauthorized = { -brand } hat den API-Schlüssel nicht angenommen. Prüfen Sie ihn in den Einstellungen.
error-no-api-key = Es ist kein API-Schlüssel gespeichert. Fügen Sie ihn in den Einstellungen hinzu.
error-key-needed = Geben Sie den API-Schlüssel für diese Adresse ein: Der gespeicherte Schlüssel wird nur an die gespeicherte Adresse gesendet.
error-no-api-access = Dieser { -brand }-Tarif enthält keinen API-Zugang.
error-forbidden = { -brand } hat diese Anfrage für Ihr Konto abgelehnt.
error-not-found = { -brand } kennt dieses Gerät oder diese Adresse nicht.
error-validation-error = { -brand } hat die gesendeten Daten nicht angenommen.
error-conflict = { -brand } hat abgelehnt: Das Gerät ist mit etwas anderem beschäftigt.
error-rate-limited = Zu viele Anfragen an { -brand }. Die App versucht es gleich erneut.
error-session-disconnected = Die WhatsApp-Verknüpfung des Handys ist getrennt.
error-server-error = { -brand } hatte ein Problem auf seiner Seite. Die App versucht es erneut.
error-api-error = { -brand } hat mit einem Fehler geantwortet.
error-unreachable = { -brand } ist nicht erreichbar.
error-computer-offline = Dieser Computer ist offline.
error-timeout = { -brand } hat zu lange für die Antwort gebraucht.
error-malformed-response = Die Antwort von { -brand } konnte nicht gelesen werden.
error-response-too-large = Die Antwort von { -brand } war zu groß zum Lesen.
error-invalid-base-url = Geben Sie eine gültige Adresse ein, etwa https://api.waping.app
error-already-connected = Dieses Handy ist bereits verknüpft.
error-update-unavailable = Das Update konnte nicht heruntergeladen werden. { -app } versucht es morgen erneut oder wenn Sie selbst nach Updates suchen.
error-update-refused = Das heruntergeladene Update war nicht von den Herstellern von { -app } signiert und wurde deshalb nicht installiert.
error-update-needs-package-manager = { -app } wurde als Systempaket installiert, und das Update hat keine Administratorrechte erhalten. Aktualisieren Sie es mit Ihrer Paketverwaltung: Laden Sie das neue Paket von waping.app herunter und installieren Sie es mit „sudo apt install ./“ und dem Dateinamen.
error-update-failed = Das Update konnte nicht installiert werden. { -app } läuft unverändert weiter.
error-update-while-pairing = Gerade wird ein Handy verknüpft. Schließen Sie das Verknüpfen zuerst ab oder brechen Sie es ab, und starten Sie die App dann neu, um das Update zu installieren.
error-internal = In { -app } ist etwas schiefgelaufen.

# (end of error messages)

### Window: every view and dialog of the window (ui/)

app-add-device = Gerät hinzufügen
app-refresh = Aktualisieren
app-history = Verlauf
app-settings = Einstellungen
nav-devices = Geräte
nav-back = Zurück
error-details = Details

timeline-stretch = { $kind }: { $from } – { $to } ({ $duration })
timeline-stretch-reason = { $kind } — { $reason }: { $from } – { $to } ({ $duration })
timeline-span = { $from } – { $to } ({ $duration })
timeline-changes-drawn = { $count ->
    [one] { $count } Änderung hier gezeichnet; zum Ansehen vergrößern
   *[other] { $count } Änderungen zusammen gezeichnet; zum Ansehen jeder einzelnen vergrößern
}
timeline-keys = Zeitleiste von { $name }. Die Pfeiltasten gehen durch die Änderungen, Plus und Minus zoomen, Bild auf und Bild ab bewegen sich in der Zeit.
timeline-states = Zustände von { $name } vom { $from } bis { $to }
timeline-hint = Klicken Sie auf die Zeitleiste, oder wählen Sie sie aus und nutzen Sie die Pfeiltasten, um jeden Abschnitt zu lesen.

history-range = Zeitraum
history-range-24h = 24 Std.
history-range-week = Diese Woche
history-range-7d = 7 Tage
history-range-30d = 30 Tage
history-from = Von
history-to = Bis
history-show = Anzeigen
history-range-backwards = Wählen Sie einen Beginn vor dem Ende.
history-zoom-and-move = Zoomen und verschieben
history-earlier = Früher
history-later = Später
history-zoom-in = Vergrößern
history-zoom-out = Verkleinern
history-uptime = Verfügbarkeit
history-uptime-by-period = Verfügbarkeit nach Zeitraum
history-period = { $days ->
    [1] 24 Std.
   *[other] { $days } Tage
}
history-disconnects = Trennungen
history-mean-recovery = Mittlere Zeit bis zur Erholung
history-longest-recovery = Längste
history-unreachable = { -brand } nicht erreichbar
history-offline = Dieser Computer offline
history-no-data = Keine Daten
history-uptime-note = Verfügbarkeit ist die Zeit Verbunden oder Instabil im Verhältnis zu dieser Zeit plus der Zeit Getrennt. Nicht verknüpft, { -brand } nicht erreichbar, dieser Computer offline und die App nicht aktiv zählen in keine Richtung.
history-outages = Ausfälle
history-filter-reason = Grund enthält
history-filter-reason-example = z. B. abgemeldet
history-filter-ended = Beendet
history-filter-ended-any = Egal wie
history-no-outages = Keine Ausfälle in diesem Zeitraum.
history-no-outage-matches = Kein Ausfall passt zum Filter.
history-column-start = Beginn
history-column-duration = Dauer
history-column-reason = Grund
history-column-ended = Wie er endete
history-column-end = Ende
history-export = Diesen Zeitraum exportieren:
history-exported = Gespeichert unter:

card-not-linked = Nicht verknüpft
card-unread = In der letzten Antwort von { -brand } nicht lesbar ({ $problem }); der letzte bekannte Zustand wird angezeigt.
card-state-for = In diesem Zustand seit
card-last-seen = Zuletzt gesehen
card-strip = { $name } in den letzten 24 Stunden
card-uptime-24h = Verfügbarkeit 24 Std.
card-show-qr = QR-Code anzeigen
card-rescan = QR-Code neu scannen
card-logout = Abmelden
card-confirm-logout = Abmelden bestätigen
card-history = Verlauf
card-remove = Entfernen
card-confirm-remove = Entfernen bestätigen
card-keep = Behalten
card-snoozed-until = Warnungen stummgeschaltet bis { $time }
card-resume = Fortsetzen
card-snooze-label = Warnungen für { $name } stummschalten
card-snooze = Warnungen stummschalten…
card-snooze-one-hour = Für 1 Stunde
card-snooze-four-hours = Für 4 Stunden
card-snooze-until-tomorrow = Bis morgen

grid-empty = In diesem Arbeitsbereich gibt es noch keine Geräte.
grid-loading = Geräte werden geladen…

plan-label = Tarif und Nutzung
plan = Tarif
plan-devices = Geräte: { $used } von { $limit }
plan-messages = Nachrichten diesen Monat: { $sent } von { $quota }

banner-demo-title = Demo-Arbeitsbereich
banner-demo = simulierte Geräte, kein Konto nötig. Fügen Sie in den Einstellungen Ihren API-Schlüssel hinzu, um Ihre eigenen Handys zu sehen.
banner-open-settings = Einstellungen öffnen
banner-stale-since = Gerätezustände sind seit { $time } eventuell nicht aktuell.
banner-stale = Gerätezustände sind eventuell nicht aktuell.
banner-offline-since = Dieser Computer ist seit { $time } offline
banner-unreachable-since = { -brand } ist seit { $time } nicht erreichbar
banner-check-settings = Einstellungen prüfen
banner-connecting = Verbindung zu { -brand } wird hergestellt…
banner-battery = Im Akkubetrieb wird seltener geprüft.
banner-partial = Nicht gelesene Geräte behalten ihren letzten bekannten Zustand.
banner-diagnose-hint = Einstellungen → Diagnose zeigt, was { -brand } gesendet hat.
banner-diagnose = Diagnose
banner-snoozed-until = Alle Warnungen sind stummgeschaltet bis { $time }.
banner-resume = Fortsetzen

dialog-cancel = Abbrechen
dialog-close = Schließen
dialog-done = Fertig
loading = Wird geladen…

add-title = Gerät hinzufügen
add-name = Name
add-name-example = Laden-Handy
add-adding = Wird hinzugefügt…
add-submit = Hinzufügen und QR-Code anzeigen

pairing-title = „{ $name }“ verknüpfen
pairing-qr-label = QR-Code zum Scannen mit WhatsApp
pairing-countdown = Code { $number } von { $of } · läuft in { $seconds } s ab
pairing-getting-code = Code wird abgerufen…
pairing-linked = Verknüpft
pairing-expired = Dieser Code ist abgelaufen.
pairing-new-code = Neuen Code abrufen
pairing-dashboard = Dieses { -brand }-Konto verknüpft Handys in seinem Dashboard:
pairing-open-browser = Im Browser öffnen
pairing-try-again = Erneut versuchen
pairing-step-open = Öffnen Sie WhatsApp auf dem Handy.
pairing-step-linked-devices = Gehen Sie zu Einstellungen → Verknüpfte Geräte.
pairing-step-link = Tippen Sie auf Gerät verknüpfen und richten Sie das Handy auf diesen Code.
pairing-copied = Der Code wurde als Bild kopiert.
pairing-saved = Gespeichert unter:
pairing-copy = Kopieren
pairing-save-png = Als PNG speichern
pairing-simulate-scan = Scan simulieren (Demo)

ranking-title = Trennungen in den letzten { $days } Tagen
ranking-empty = Noch kein Gerät hat einen Verlauf.
ranking-disconnects = { $count ->
    [one] { $count } Trennung
   *[other] { $count } Trennungen
}
ranking-none-this-week = keine diese Woche
ranking-last = zuletzt { $time }

settings-title = Einstellungen
settings-language = Sprache
settings-language-label = Sprache von { -app }
settings-language-system = System ({ $language })
settings-connection = { -brand }-Verbindung
settings-base-url = Basis-URL
settings-url-problem = Geben Sie eine Adresse wie { $example } ein
settings-api-key = API-Schlüssel
settings-api-key-stored = Gespeichert: { $mask }
settings-api-key-placeholder = Aus dem { -brand }-Dashboard
settings-stored-keyring = Im Schlüsselbund des Systems gespeichert
settings-stored-session = Nur für diese Sitzung behalten
settings-stored-none = Kein Schlüssel gespeichert
settings-no-keyring = Es ist kein Schlüsselbund des Systems verfügbar, daher kann der Schlüssel nicht sicher gespeichert werden. Er wird nie in eine Datei geschrieben.
settings-keep-session = Nur für diese Sitzung behalten
settings-testing = Wird getestet…
settings-test-connection = Verbindung testen
settings-diagnose-hint = Fragt jede Adresse ab, die { -app } nutzt, und berichtet die Antworten, ohne Schlüssel, Namen oder Telefonnummern
settings-diagnosing = Diagnose läuft…
settings-diagnose = Diagnose
settings-forget-key = Schlüssel vergessen
settings-diagnosis-label = Diagnosebericht
settings-copy-report = Bericht kopieren
settings-copied = Kopiert.
settings-connected = Verbunden
settings-connected-devices = { $count ->
    [one] { $count } Gerät im Tarif { $plan }.
   *[other] { $count } Geräte im Tarif { $plan }.
}
settings-monitoring = Überwachung
settings-poll-interval = Prüfen alle (Sekunden)
settings-poll-problem = Zwischen { $min } und { $max } Sekunden ({ $local } für einen Dienst auf diesem Computer)
settings-demo = Demo-Arbeitsbereich verwenden (auch solange kein Schlüssel gespeichert ist)
settings-autostart = { -app } bei der Anmeldung starten
settings-battery = Im Akkubetrieb seltener prüfen (alle 4× das Intervall, mindestens eine Minute)
settings-alerts = Warnungen
settings-remind-every = Erinnern alle (Minuten, 0 = nie)
settings-degraded-after = Bei Instabil warnen nach (Minuten)
settings-quiet-from = Ruhezeiten von
settings-quiet-until = bis
settings-detection = Erkennung
settings-no-activity = Ein verbundenes Handy als verdächtig ansehen nach keiner Aktivität für (Minuten)
settings-down-after = Getrennt nach (Prüfungen in Folge)
settings-up-after = Wiederhergestellt nach (Prüfungen in Folge)
settings-retention = Verlauf behalten für (Tage)
settings-webhooks = Webhooks (optional)
settings-webhooks-hint = Für die Sitzungs-Webhooks von { -brand }, die zu diesem Computer getunnelt werden. Der Empfänger lauscht nur auf diesem Computer.
settings-webhooks-receive = Webhooks empfangen
settings-port = Port
settings-signature-header = Signatur-Header
settings-webhook-secret = Webhook-Geheimnis
settings-webhook-secret-placeholder = Das im { -brand }-Dashboard festgelegte Geheimnis
settings-webhook-secret-stored = Gespeichert
settings-forget-secret = Geheimnis vergessen
settings-hooks = Automatisierungen
settings-hooks-hint = Laufen, wenn ein Handy ausfällt und wenn es zurückkommt, damit Ihre Automatisierungen das Senden pausieren und fortsetzen. Sie folgen nur Ihrem { -brand }-Arbeitsbereich, nie den Demo-Handys.
settings-hook-url = Das Ereignis als JSON (POST) senden an
settings-hook-command = Diesen Befehl ausführen ($WAPING_EVENT, $WAPING_DEVICE_NAME… und das JSON auf stdin)
settings-hook-timeout = Aufgeben nach (Sekunden)
settings-refused = { $part }:
settings-part-settings = Einstellungen
settings-part-key = API-Schlüssel
settings-part-secret = Webhook-Geheimnis
settings-keep-secret-session = Das Geheimnis nur für diese Sitzung behalten
settings-saving = Wird gespeichert…
settings-save = Speichern
settings-loading = Einstellungen werden geladen…
settings-saved = Gespeichert.
settings-saved-partly = Teilweise gespeichert.
settings-saved-settings-not-key = Die Einstellungen wurden gespeichert, der API-Schlüssel nicht.
settings-saved-settings-not-secret = Die Einstellungen wurden gespeichert, das Webhook-Geheimnis nicht.
settings-saved-settings-not-key-secret = Die Einstellungen wurden gespeichert, API-Schlüssel und Webhook-Geheimnis nicht.
settings-saved-key-not-settings = Der API-Schlüssel wurde gespeichert, die Einstellungen nicht.
settings-saved-secret-not-settings = Das Webhook-Geheimnis wurde gespeichert, die Einstellungen nicht.
settings-saved-key-not-settings-secret = Der API-Schlüssel wurde gespeichert, Einstellungen und Webhook-Geheimnis nicht.
settings-saved-secret-not-settings-key = Das Webhook-Geheimnis wurde gespeichert, Einstellungen und API-Schlüssel nicht.
settings-saved-settings-key-not-secret = Einstellungen und API-Schlüssel wurden gespeichert, das Webhook-Geheimnis nicht.
settings-saved-settings-secret-not-key = Einstellungen und Webhook-Geheimnis wurden gespeichert, der API-Schlüssel nicht.
settings-saved-key-secret-not-settings = API-Schlüssel und Webhook-Geheimnis wurden gespeichert, die Einstellungen nicht.

export-dialog-title = Verlauf exportieren

# (end of window messages)

# A newer version of the app: the banner over the cards, and Settings.
update-available = { -app } { $version } ist verfügbar.
update-restart = Neu starten und aktualisieren
update-installing = { -app } { $version } wird installiert… Die App startet danach neu.
update-notes = Neuerungen
update-check = Nach Updates suchen
update-checking = Wird geprüft…
update-up-to-date = { -app } ist auf dem neuesten Stand.

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
tray-update-available = Update verfügbar: { $version } — Neu starten und aktualisieren
tray-update-installing = { $version } wird installiert…
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
doctor-recognised-bare-list = ja, als einfache Liste
doctor-recognised-whole-answer = ja, als gesamte Antwort
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
