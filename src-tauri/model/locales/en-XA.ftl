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


# (end of command-line messages)

