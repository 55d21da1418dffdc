# WAPing Desk — en-XA, the pseudo-locale. Generated from en.ftl by
# `cargo test -p waping-model --test catalogs`: do not edit it by hand.
# Every letter is accented and the text about 40% longer, so that a word
# the catalogs miss stands out and a box too small for longer languages shows.

-brand = WAPing
-app = WAPing Desk
# The language's own name, as the language picker shows it.
language-name = Ééññĝļîîšĥ

### Shared words: states, timeline stretches, reasons, durations
### (src-tauri/model/src/domain/words.rs)

state-unlinked = Ûûñļîîñķééð
state-connected = Ççööññééçţééð
state-degraded = Ðééĝŕååðééð
state-disconnected = Ððîîšçööññééçţééð
# An unrecognised status; { $status } is the word WAPing sent.
state-unknown = Ûûññķññööŵñ ({ $status })
segment-connected = Ççööññééçţééð
segment-degraded = Ðééĝŕååðééð
segment-disconnected = Ððîîšçööññééçţééð
segment-unlinked = Ûûñļîîñķééð
segment-unknown = Ûûññķñööŵññ šţååţûûš
segment-unreachable = { -brand } ûûñŕééååçĥååƀļéé
segment-offline = Ţţĥîîš çööɱþûûţééŕ ööƒƒļîîñéé
segment-no-data = Ññöö ðååţåå (ååþþþ ñööţ ŕûûñññîîñĝ)
outage-end-rescan = Ŕŕéé-šçååñ
outage-end-by-itself = Ɓƀýý îîţšééļƒ
outage-end-ongoing = Ššţîîļļļ ðööŵñ
# Why a phone is in its state. These run on inside sentences ("Shop phone
# disconnected — logged out on the phone"); a card shows them with a capital.
reason-logged-out = ļļööĝĝééð ööûûţ ööñ ţĥéé þĥööñéé
reason-phone-offline = ţţĥéé þĥööññéé îîš ööƒƒļîîññéé (çĥééçķ îîţţš ƀååţţééŕŕýý, îîñţééŕññééţ ååñð ƀååççķĝŕööûûñðð ļîîɱîîţš)
reason-idle = îîððļéé ţöööö ļööñĝ (åå þĥööññéé ûûñûûšééð ƒööŕ ååƀööûûţ 14 ððååýýš ļööĝš îîţš ļîîññķééð ðééṽîîçééš ööûûţ)
reason-policy = ççûûţ ƀýý ŴĥååţššÅåþþ þööļîîçýý
reason-reinstall = ŴŵĥååţšÅåþþþ ŵååš ŕééîîñššţååļļééð ööññ ţĥéé þĥööñéé
reason-security = åå ššééçûûŕîîţýý þŕööɱþţ ööñ ţĥĥéé þĥööñéé ñééééðš ååţţééñţîîööñ
reason-reconnecting = ŕŕééçööññééçţîîñĝ
reason-no-activity = ñöö ååçţîîṽîîţýý šéééñ
reason-logged-out-here = ļļööĝĝééð ööûûţ ƒŕööɱ { -app }
reason-removed-here = ŕŕééɱööṽééð ƒŕööɱ { -app }
# How long something lasted or has lasted.
duration-seconds = { $seconds } šš
duration-minutes = { $minutes } ɱɱîîñ
duration-hours = { $hours } ĥĥ
duration-hours-minutes = { $hours } ĥĥ { $minutes } ɱɱîîñ
duration-days = { $days } ðð
duration-days-hours = { $days } ðð { $hours } ĥĥ
just-now = ĵĵûûšţ ñööŵ
never = ñééṽééŕ
# A moment in the past, to the coarsest whole unit: "5 min ago".
ago-seconds = { $seconds } š ååĝöö
ago-minutes = { $minutes } ɱîîñ ååĝöö
ago-hours = { $hours } ĥ ååĝöö
ago-days = { $days } ð ååĝöö
# What of WAPing's device list could not be read. { $reason } and { $names }
# are the reader's own description of WAPing's data ("Shop phone (no status
# field)"), names joined by read-names-separator.
read-partial =
    { $count ->
        [one] { -app } ççööûûļð ööñļýý ŕééååð { $count } ððééṽîîçéé: { $reason }
       *[other] { -app } ççööûûļð ööñļýý ŕééååð { $count } ððééṽîîçééš: { $reason }
    }
read-unreadable =
    { $count ->
        [one] { $count } ððééṽîîçéé çööûûļðð ñööţ ƀéé ŕééååð: { $names }
       *[other] { $count } ððééṽîîçééš çööûûļðð ñööţ ƀéé ŕééååð: { $names }
    }
# More than the names shown: { $more } are not named.
read-unreadable-more = { $count } ððééṽîîçééš çööûûļðð ñööţ ƀéé ŕééååð: { $names } ååññð { $more } ɱööŕéé
read-names-separator = { ", " }
read-problems-separator = { "; " }

# (end of shared words)


### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)


# (end of error messages)


### Window: every view and dialog of the window (ui/)


# (end of window messages)


### Agent: tray menu and tooltip, notifications, the wake summary

# Notifications. { $device } is a phone's name as the user gave it; { $time }
# a time of day ("10:42"); { $duration } how long ("2 h 5 min"); { $reason }
# why, in the reason words above (they run on inside the sentence).
notify-down = { $device } ððîîšçööññééçţééð
notify-down-body = Šîîñçéé { $time } — { $reason }. Ŕŕéé-šçååñ ţţĥéé ǪŔ ççööðéé ţöö ŕééššţööŕéé šééññðîîñĝ.
# Told late (alerts were silenced when it dropped) or as a reminder.
notify-down-lasting-body = Šîîñçéé { $time } ({ $duration }) — { $reason }. Ŕŕéé-šçååñ ţţĥéé ǪŔ ççööðéé ţöö ŕééššţööŕéé šééññðîîñĝ.
notify-still-down = { $device } îîšš šţîîļļļ ðîîšçööñññééçţééð
notify-still-unstable = { $device } îîšš šţîîļļ ûûññšţååƀļéé
notify-unstable-lasting-body = Šîîñçéé { $time } ({ $duration }) — { $reason }. Ṁééššååĝééš ɱååýý ƀéé ðééļååýýééð.
notify-unstable = { $device } îîšš ûûñšţååƀļéé
notify-unstable-body = Ððééĝŕååðééð šîîñçéé { $time } — { $reason }. Ṁééššååĝééš ɱååýý ƀéé ðééļååýýééð.
notify-unstable-body-no-reason = Ððééĝŕååðééð šîîñçéé { $time }. Ṁééššååĝééš ɱååýý ƀéé ðééļååýýééð.
notify-no-reason = ñöö ŕééååšööñ ĝîîṽééñ
notify-back = { $device } îîšš çööññééçţééð ååĝååîîñ
notify-back-body = { $device } îîšš çööññééçţééð ååĝååîîñ ååƒţééŕ { $duration }.
# One notification for what changed while the computer slept, a line per phone.
notify-asleep = Ŵŵĥîîļéé ţĥîîš çööɱþþûûţééŕ ŵååš ååšļééééþ
notify-asleep-down = { $device } ððîîšçööñññééçţééð ååţ { $time } — ššţîîļļļ ððööŵñ
notify-asleep-back = { $device } îîšš çööññééçţééð ååĝååîîñ ååƒţééŕ { $duration }
# The tray: its tooltip and menu. { $summary } is the workspace in one line.
tray-tooltip = { -app } — { $summary }
tray-open = Ööþééñ
tray-quit = Ǫûûîîţ
tray-snooze = Šñööööžéé ååļééŕţš
# { $until } is a time ("16:30"), or a day and a time when not today.
tray-snoozed-until = Ååļļééŕţš šñööööžééð ûûñţîîļ { $until }
tray-snooze-hours =
    { $hours ->
        [one] Ƒƒööŕ { $hours } ĥööûûŕ
       *[other] Ƒƒööŕ { $hours } ĥööûûŕš
    }
tray-snooze-tomorrow = Ûûñţîîļ { $time } ţţööɱööŕŕööŵ
tray-resume = Ŕééšûûɱéé ååļééŕţš
# The workspace in one line: the tray's first line and its tooltip.
tray-connecting = Ççööññééçţţîîñĝ ţöö { -brand }…
# { $message } is what failed, in words.
tray-failing = { $message } (ššîîñçéé { $time })
tray-unreachable = ççååññööţ ŕééååçĥ { -brand } ššîîñçéé { $time } — ððééṽîîçéé šţååţééšš ɱååýý ƀéé šţååļéé
tray-partial = Çööûûļð ööñļýý ŕééååð { $count } ööƒƒ ţĥéé ðééṽîîçééšš; ţĥéé ööţĥééŕšš ɱååýý ƀéé šţååļéé
tray-no-devices = Ñöö ðééṽîîçééš ýýééţ
# Counts of devices by state, joined by tray-count-separator: "2 connected, 1 disconnected".
tray-count-connected = { $count } ççööññééçţééð
tray-count-degraded = { $count } ððééĝŕååðééð
tray-count-disconnected = { $count } ððîîšçööññééçţééð
tray-count-unlinked = { $count } ûûññļîîñķééð
tray-count-unknown = { $count } ûûññķñööŵñ
tray-count-unreadable = { $count } ñööţ ŕééååðååƀļéé
tray-count-separator = { ", " }
# Why the webhook receiver does not run although it is turned on. { $port }
# is a port number; { $error } the system's own words.
settings-webhook-no-secret = Ŵŵééƀĥööööķš ååŕéé ööñ ƀƀûûţ ñöö ŵééƀĥööööķ ššééçŕééţ îîš šééţ.
settings-webhook-port-busy = Ţţĥéé ŵééƀĥööööķ ŕééççééîîṽééŕ çååññööţ ļļîîšţééñ ööñ þööŕţ { $port }: { $error }

# (end of agent messages)


### Command line: status and doctor


## waping-desk status: the table's column headers (capitals where the
## language has them, as command-line tables write them)

status-column-device = ÐÉéṼÎîÇÉ
status-column-name = ÑÅåṀÉé
status-column-state = ŠŢÅåŢÉé
status-column-reason = ŔÉéÅåŠÖÑ
status-column-last-seen = ĻļÅåŠŢ ŠÉéÉéÑ
# A device WAPing named but whose entry could not be read.
status-unreadable = Ûûñŕééååðååƀļé
status-no-devices = Ññöö ðééṽîîçééš îîññ ţĥîîš ŵööŕŕķšþååçéé.

## waping-desk doctor: the report a user sends to support

doctor-title = { -app } ðîîååĝñööšîîš
# Labels before a value; the report lines the values up after the longest.
doctor-label-app = Ååþþþ:
doctor-label-waping = { -brand }:
doctor-label-at = Ååţ:
doctor-label-exit-code = Ééẋîîţ çööðéé:
doctor-label-verdict = Ṽṽééŕðîîçţ:
doctor-label-error = ééŕŕööŕ:
doctor-label-skipped = Ššķîîþþééð:
doctor-label-recognised = Ŕééçööĝñîîšééð:
doctor-label-problem = Þþŕööƀļééɱ:
doctor-label-entries = Ééñţŕîîééš:
doctor-label-missing = Ṁɱîîššîîñĝ:
doctor-label-unknown-fields = Ûûññķñööŵññ ƒîîééļðšš (îîĝñööŕééð):
doctor-label-unknown-statuses = Ûûññķñööŵñ ššţååţûûšééš:
doctor-label-time-forms = Ţţîîɱéé ƒööŕɱš:
doctor-label-pagination = Þååĝîîñååţîîöñ:
# Keep "<-": the lines below it read "status <- session.status".
doctor-fields-read = Ƒƒîîééļðšš ŕééååð (ƒƒîîééļð <- ŵŵĥééŕéé):
# { $time } is the local date and time, { $utc } the same moment in UTC.
doctor-at = { $time } ({ $utc })
# { $code } is the number scripts see; { $meaning } one of doctor-exit-*.
doctor-exit-code = { $code } ({ $meaning })
doctor-exit-all-connected = ååļļļ çööññééçţééð
doctor-exit-some-not-connected = ššööɱéé ñööţ çööññééçţééð
doctor-exit-some-disconnected = ššööɱéé ðîîšçööññééçţééð
doctor-exit-failed = { -brand } ƒƒååîîļééð ööŕ ŵååš ññööţ ŕééååð ŵĥööļéé
# The endpoints the app asks, as the report names them.
doctor-endpoint-device-list = Ðééṽîîçéé ļîîšţ
doctor-endpoint-workspace = Ŵŵööŕķšþååçéé
doctor-endpoint-one-device = Ööñéé ðééṽîîçé
doctor-endpoint-qr-code = ǪǫŔ çööðéé
# One request: "GET https://…/v1/devices -> HTTP 200 in 35 ms".
doctor-request = { $method } { $url } -> { $status } îîññ { $millis } ɱɱš
doctor-no-answer = ññöö ååñšŵééŕ
doctor-yes = ýýéš
doctor-no = ñöö
# { $shape } is where the answer was found, as the report's data names it.
doctor-recognised-as = ýýééšš, ƒööûûñð ååš { $shape }
doctor-recognised-under = ýýééšš, ƒööûûñð ûûñðééŕ "{ $shape }"
doctor-none = ñööñéé
doctor-pagination-one-page = ñööñéé (ööñéé þååĝéé)
# Between the items of a list ("2 Connected, 1 Degraded").
doctor-list-separator = { ", " }
doctor-missing-in-entries =
    { $field } ({ $count } ööƒƒ { $entries ->
        [one] { $entries } ééñţŕýý
       *[other] { $entries } ééñţŕîîééš
    })
doctor-skipped-no-list = ţţĥéé ðééṽîîçéé ļîîšţ ççööûûļð ñööţ ƀéé ŕééååð
doctor-skipped-no-device = ñöö ðééṽîîçéé
doctor-skipped-none-unlinked = ññöö ðééṽîîçéé îîš Ûûñļîîñķķééð; åå çööðéé îîš ööñļýý ååšķķééð ƒööŕ ŵĥééŕéé ñöö þþĥööñéé îîš ļîîñķééð
doctor-skipped-no-qr-endpoint = { -brand } ĥĥååš ñöö ǪŔŕ ééñðþööîîññţ ĥééŕéé ({ $message }); þþååîîŕîîñĝ ĝĝööééš ţĥŕŕööûûĝĥ ţĥéé { -brand } ððååšĥƀööååŕð
doctor-skipped-linked-meanwhile = ţţĥéé ðééṽîîçéé ŵååš ļîîññķééð ɱééååñŵĥîîļéé ({ $message })
doctor-problem-broke-off =
    ţţĥéé ļîîšţţ ƀŕööķéé ööƒƒƒ ååƒţééŕ { $count ->
        [one] { $count } ééñţŕýý
       *[other] { $count } ééñţŕîîééš
    }: { $reason }
# { $entries } lists doctor-unread-entry items.
doctor-problem-unread =
    { $count ->
        [one] { $count } ééññţŕýý çööûûļðð ñööţ ƀéé ŕééååð: { $entries }
       *[other] { $count } ééññţŕîîééš çööûûļðð ñööţ ƀéé ŕééååð: { $entries }
    }
doctor-unread-entry = ééñţŕýý { $position } ({ $problem })
doctor-and-more = { $list } ååññð { $count } ɱööŕéé
# The verdict: a few sentences at the top of the report.
doctor-verdict-no-list = Ţţĥéé ðééṽîîçéé ļļîîšţ çööûûļðð ñööţ ƀéé ŕééååð: { $problem }.
doctor-verdict-no-devices = Ţţĥéé ŵööŕķššþååçéé ĥååš ññöö ðééṽîîçééš.
# { $states } lists doctor-state-count items.
doctor-verdict-devices =
    { $count ->
        [one] { $count } ðééṽîîçéé
       *[other] { $count } ðééṽîîçééš
    }: { $states }.
# How many devices are in one state ("2 Connected"); { $state } is a state's
# label as the shared words give it.
doctor-state-count = { $count } { $state }
doctor-verdict-incomplete = Ţţĥéé ļîîšţţ îîš îîñçööɱɱþļééţéé: { $reason }.
doctor-verdict-all-read = Ééṽṽééŕýý ééñðþööîîñţ ååšķééð ååñšŵééŕééð îîñ åå šĥååþéé { -app } ŕŕééååðš.
doctor-verdict-not-read = Ññööţ ŕééååð: { $endpoints }.
doctor-verdict-gaps = Ššööɱéé ééẋþééçţééðð ƒîîééļðš ööŕ šţţååţûûšééš ŵééŕéé ɱîîšššîîñĝ ööŕ ûûñķññööŵñ; šéééé ƀééļööŵ.

# (end of command-line messages)

