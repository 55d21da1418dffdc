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

error-invalid-input = Ţţĥîîš ééñţţŕýý ŵååš ññööţ ååççééþţţééð. Çĥééççķ îîţ ååñðð ţŕýý ååĝååîîñ.
error-unknown-request = Ţţĥîîš ṽééŕšîîööñ ööƒ { -app } ççååññööţţ ðöö ţĥĥååţ. Ŕééšţţååŕţ ţţĥéé ååþþ.
error-agent-unavailable = { -app } ççööûûļð ññööţ šţååŕŕţ îîţš ƀƀååçķĝŕŕööûûñð šééŕŕṽîîçéé. Ŕééššţååŕţ ţţĥéé ååþþ.
error-agent-gone = { -app }'šš ƀååçķķĝŕööûûñðð šééŕṽîîççéé šţööþþþééð. Ŕééššţååŕţ ţţĥéé ååþþ.
error-no-data-folder = { -app } ĥĥååš ñöö ƒööļððééŕ ţöö ķééééþ îîţţš ðååţåå îîñ.
error-settings-not-saved = Ţţĥéé šééţţţîîñĝš ççööûûļð ñööţţ ƀéé šååṽééð.
error-keyring-unavailable = Ññöö šýýšţééɱ ķééýýŕîîñĝ îîš ååṽṽååîîļååƀļéé, šöö ţĥéé ķééýý çååñññööţ ƀéé šţööŕééð šååƒééļýý.
error-not-connected = Ţţĥééŕéé îîš ñöö { -brand } ççööññééçţîîööñ ýýééţ. Ååðð ýýööûûŕ ÅåÞÎî ķééýý îîñ Šééţţîîñĝš.
error-not-demo = Ţţĥîîš ööñļýý ŵŵööŕķš îîñ ţţĥéé ðééɱöö ŵööŕŕķšþååçéé.
error-demo-unavailable = Ţţĥéé ðééɱöö ŵŵööŕķšþååççéé çööûûļð ñööţţ šţååŕţ.
error-no-diagnosis = Ţţĥééŕéé îîš ñöö ðîîååĝñööšîîš ýýééţţ. Ŕûûñ Ðîîååĝñööšéé ƒîîŕšţ.
error-history-locked = Ţţĥéé ĥîîšţööŕýý îîš îîñ ûûšéé ƀýý ååñööţĥééŕ çööþýý ööƒ { -app }.
error-history-error = Ţţĥéé ĥîîšţööŕýý ççööûûļð ñööţ ƀéé ŕééååðð ööŕ ŵŕîîţţééñ.
error-history-migration = Ţţĥéé ĥîîšţööŕýý ŵååš ɱååððéé ƀýý åå ñééŵééŕ ṽééŕšîîööñ ööƒ { -app } ååññð çååñññööţ ƀéé ŕééååð.
error-history-unavailable = Ţţĥéé ĥîîšţööŕýý îîšš ñööţ ååṽååîîļååƀļļéé ŕîîĝĥţ ñööŵ.
error-history-not-saved = Ĥĥîîšţööŕýý îîš ññööţ ƀééîîñĝ ššååṽééð: ŵĥååţţ ýýööûû šéééé ñööŵ ŵîîļļļ ƀéé ɱîîšššîîñĝ ƒŕööɱɱ îîţ ļååţééŕ. Ççĥééçķ ţĥĥéé ƒŕéééé šþååççéé ööñ ţĥîîš ççööɱþûûţééŕ.
error-history-recovered = Ţţĥéé ĥîîšţööŕýý ƒîîļļéé ŵååš ðååɱååĝééð, ššöö îîţ ŵååš šééţ ååšîîððéé ååñð åå ñééŵ ööñéé šţţååŕţééð. Ööļðééŕ ĥĥîîšţööŕýý îîš îîñ ţĥĥéé ƒîîļéé šééţ ååšîîðéé.
error-export-failed = Ţţĥéé ĥîîšţööŕŕýý çööûûļð ñööţ ƀƀéé ééẋþööŕţééð.
error-plan-limit = Ýýööûŕ { -brand } þþļååñ ĥååš ññöö ŕööööɱ ƒööŕ ååñööţţĥééŕ ðééṽîîçéé.
error-no-code = Ññöö ǪŔ ççööðéé îîš ööñ ššçŕééééñ.
error-qr-unreadable = Ţţĥéé ǪŔ ççööðéé çööûûļð ññööţ ƀéé ŕééååð.
error-scan-failed = Ļļîîñķîîñĝ ţĥéé þĥĥööñéé ƒååîîļééð. Ţŕýý ååĝååîîñ.
error-no-dashboard = Ţţĥîîš ååççööûûññţ ðööééš ñööţţ ļîîñķ þĥĥööñééš îîñ ţĥéé { -brand } ððååšĥƀööååŕð.
error-no-folder = Ţţĥééŕéé îîš ñöö Ðööŵŵñļööååðš ƒööļððééŕ ţöö šååṽéé îîñţöö.
error-not-saved = Ţţĥéé ƒîîļéé çööûûļðð ñööţ ƀéé šååṽééð.
error-no-clipboard = Ññööţĥîîñĝ çööûûļð ƀéé ççööþîîééð: ţĥéé çļîîþƀööååŕŕð îîš ñööţ ååṽååîîļååƀļéé.
error-not-opened = Ţţĥéé ƀŕööŵššééŕ çööûûļð ññööţ ƀéé ööþééñééð.
error-autostart = Ššţååŕţîîññĝ ååţ ļööĝĝîîñ çööûûļðð ñööţ ƀéé ççĥååñĝééð.
error-unauthorized = { -brand } ððîîð ñööţ ååçççééþţ ţţĥéé ÅåÞÎî ķééýý. Ççĥééçķ îîţţ îîñ Šééţţţîîñĝš.
error-no-api-key = Ññöö ÅåÞÎî ķééýý îîš šţööŕŕééð. Ååðð îîţ îîñ Ššééţţîîñĝš.
error-key-needed = Ţţýýþéé ţĥéé ÅåÞÎî ķķééýý ƒööŕ ţĥîîšš ååððŕééššš: ţĥéé šţööŕŕééð ķééýý îîš ööñļļýý šééñţ ţöö ţţĥéé šååṽééð ååðððŕééšš.
error-no-api-access = Ţţĥîîš { -brand } þþļååñ ðööééš ññööţ îîñçļûûððéé ÅåÞÎî ååççééšš.
error-forbidden = { -brand } ŕŕééƒûûšééð ţĥîîš ŕééǫûûééššţ ƒööŕ ýýööûûŕ ååççööûûñţ.
error-not-found = { -brand } ððööééš ñööţ ķķñööŵ ţĥîîšš ðééṽîîçéé ööŕ ååðððŕééšš.
error-validation-error = { -brand } ððîîð ñööţţ ååççééþþţ ŵĥĥååţ ŵååšš šééñţ.
error-conflict = { -brand } ŕŕééƒûûšééð: ţĥĥéé ðééṽîîçéé îîš ƀûûššýý ŵîîţĥ šööɱééţţĥîîñĝ ééļšéé.
error-rate-limited = Ţöööö ɱååñýý ŕééǫûûééšţš ţöö { -brand }. Ţţĥéé ååþþ ŵŵîîļļ ţŕŕýý ååĝååîîñ šĥĥööŕţļýý.
error-session-disconnected = Ţţĥéé þĥööññéé'š ŴĥååţţšÅåþþ ļļîîñķ îîš ððîîšçööñññééçţééð.
error-server-error = { -brand } ĥĥååð åå þŕööƀƀļééɱ ööñ îîţšš šîîðéé. Ţĥĥéé ååþþ ŵîîļļļ ţŕýý ååĝååîîñ.
error-api-error = { -brand } ååññšŵééŕééðð ŵîîţĥ ååññ ééŕŕööŕ.
error-unreachable = { -brand } ççååññööţ ƀƀéé ŕééååçĥééð.
error-computer-offline = Ţţĥîîš çööɱþûûţţééŕ îîš ööƒƒļîîñéé.
error-timeout = { -brand } ţţööööķ ţöööö ļööñĝĝ ţöö ååñšŵééŕ.
error-malformed-response = { -brand }'šš ååñšŵééŕŕ çööûûļð ññööţ ƀéé ŕééååð.
error-response-too-large = { -brand }'šš ååñšŵééŕŕ ŵååš ţöööö ļååŕŕĝéé ţöö ŕééååð.
error-invalid-base-url = Ééññţééŕ åå ṽṽååļîîð ååðððŕééšš, ššûûçĥ ååš ĥĥţţþšš://ååþîî.ŵååþîîññĝ.ååþþ
error-already-connected = Ţţĥîîš þĥööñéé îîš ååļļŕééååðýý ļîîñķééð.
error-update-unavailable = Ţţĥéé ûûþðååţéé çööûûļð ññööţ ƀéé ðööŵñļööååðééð. { -app } ţţŕîîééš ååĝååîîñ ţööɱööŕŕŕööŵ, ööŕ ŵĥééñ ýýööûû ååšķ.
error-update-refused = Ţţĥéé ðööŵñļööååððééð ûûþðååţéé ŵååš ññööţ šîîĝñééð ƀýý { -app }'šš ɱååķééŕŕš, šöö îîţţ ŵååš ñööţţ îîñšţţååļļééð.
error-update-needs-package-manager = { -app } ŵŵååš îîñšţååļļļééð ååš åå šýýššţééɱ þååçķķååĝéé, ååñð ţĥĥéé ûûþðååţéé çööûûļļð ñööţ ĝééţţ ååñ ååðɱîîñîîššţŕååţööŕ'š þþééŕɱîîššîîööññ. Ûûþðååţéé îîţ ŵŵîîţĥ ýýööûûŕ þååççķååĝéé ɱååñååĝĝééŕ: ðööŵñļļööååð ţĥéé ñééŵŵ þååçķååĝéé ƒŕŕööɱ ŵååþîîñĝĝ.ååþþ ååñð îîññšţååļļ îîţţ ŵîîţĥ “šûûððöö ååþţ îîñšţţååļļ ./” ååñð îîţţš ƒîîļéé ñååɱéé.
error-update-failed = Ţţĥéé ûûþðååţéé ççööûûļð ñööţ ƀéé îîññšţååļļééð. { -app } ķķééééþš ŕŕûûññîîñĝĝ ååš îîţ îîš.
error-update-while-pairing = Åå þþĥööñéé îîš ƀééîîññĝ ļîîñķééðð. Ƒîîñîîšĥ ööŕŕ çļööšéé ţĥĥéé þååîîŕîîñĝ ƒƒîîŕšţ, ţĥĥééñ ŕééšţååŕŕţ ţöö ûûþðååţéé.
error-internal = Ššööɱééţĥĥîîñĝ ŵééññţ ŵŕŕööñĝ îîñ { -app }.

# (end of error messages)


### Window: every view and dialog of the window (ui/)

# The header's buttons.
app-add-device = Ååðð ðééṽîîçéé
app-refresh = Ŕŕééƒŕééšĥ
app-history = Ĥîîšţööŕýý
app-settings = Ššééţţîîñĝš
# Back to the device cards (an arrow is drawn before it).
nav-devices = Ðééṽîîçééš
nav-back = Ɓƀååçķ
# The disclosure under an error sentence that holds the agent's own words.
error-details = Ðééţååîîļš
# The timeline: a stretch of one state. { $kind }, { $reason } and { $duration }
# come in the agent's words; { $from } and { $to } are formatted moments.
timeline-stretch = { $kind }: { $from } – { $to } ({ $duration })
timeline-stretch-reason = { $kind } — { $reason }: { $from } – { $to } ({ $duration })
timeline-span = { $from } – { $to } ({ $duration })
timeline-changes-drawn =
    { $count ->
        [one] { $count } ççĥååñĝéé ðŕŕååŵñ ĥééŕéé; žžööööɱ îîñ ţöö šéééé îîţ
       *[other] { $count } ççĥååñĝééš ððŕååŵñ ţööĝĝééţĥééŕ; žööööɱɱ îîñ ţöö šéééé ééååçĥ
    }
timeline-keys = Ţîîɱééļîîñéé ööƒ { $name }. Ţţĥéé ååŕŕööŵŵ ķééýýš šţţééþ ţĥŕŕööûûĝĥ ţĥéé ççĥååñĝééšš, þļûûš ååññð ɱîîñûûšš žööööɱ, Þååĝéé Ûûþþ ååñð Þååĝĝéé Ðööŵñ ɱɱööṽéé îîñ ţîîɱéé.
timeline-states = Ššţååţééš ööƒ { $name } ƒƒŕööɱ { $from } ţţöö { $to }
timeline-hint = Ççļîîçķ ţĥĥéé ţîîɱééļîîñéé, ööŕŕ ƒööçûûš îîţ ååññð ûûšéé ţĥéé ååŕŕŕööŵ ķééýýš, ţţöö ŕééååð ééååçĥ ššţŕééţçĥ.
# One device's history.
history-range = Ŕååñĝéé
history-range-24h = 24 ĥĥ
history-range-week = Ţţĥîîš ŵééééķ
history-range-7d = 7 ðååýýš
history-range-30d = 30 ððååýýš
history-from = Ƒƒŕööɱ
history-to = Ţöö
history-show = Ššĥööŵ
history-range-backwards = Ççĥööööšéé åå šţååŕţ ƀƀééƒööŕéé ţĥéé ééñð.
history-zoom-and-move = Žööööɱ ååñð ɱööṽéé
history-earlier = Ééååŕļîîéŕ
history-later = Ļååţééŕ
history-zoom-in = Žööööɱ îîñ
history-zoom-out = Žööööɱ ööûţ
history-uptime = Ûûþţîîɱé
history-uptime-by-period = Ûûþţîîɱéé ƀýý þééŕîîöð
# A period the uptime is counted over: the last 24 hours, or the last days.
history-period =
    { $days ->
        [1] 24 ĥĥ
       *[other] { $days } ðååýýš
    }
history-disconnects = Ððîîšçööññééçţš
history-mean-recovery = Ṁééååñ ţîîɱéé ţöö ŕééçööṽééŕ
history-longest-recovery = Ļļööñĝééšţ
history-unreachable = { -brand } ûûñŕééååçĥååƀļéé
history-offline = Ţţĥîîš çööɱþûûţééŕ ööƒƒļîîñéé
history-no-data = Ñöö ðååţåå
history-uptime-note = Ûûþþţîîɱéé îîš ţĥéé ţţîîɱéé Çööññééçţţééð ööŕ Ðééĝŕååðééðð ööûûţ ööƒ ţĥååţ þþļûûš ţĥéé ţîîɱéé Ððîîšçööññééçţţééð. Ûûñļîîñķééð, { -brand } ƀƀééîîñĝ ûûñŕééååçĥĥååƀļéé, ţĥîîš ççööɱþûûţééŕ ƀééîîñĝĝ ööƒƒļîîñéé ååñðð ţĥéé ååþþ ñööţ ŕŕûûññîîñĝ çööûûññţ ñééîîţĥééŕ ŵååýý.
history-outages = Ööûûţååĝéš
history-filter-reason = Ŕééååšööñ çööñţååîîñš
history-filter-reason-example = éé.ĝĝ. ļööĝĝééð ööûûţ
history-filter-ended = Ééñðééð
history-filter-ended-any = Ååñýý ŵååý
history-no-outages = Ññöö ööûûţååĝééš îîñ ţĥîîš ŕååñĝéé.
history-no-outage-matches = Ññöö ööûûţååĝéé ɱååţçĥééšš ţĥéé ƒîîļţééŕ.
history-column-start = Ššţååŕţ
history-column-duration = Ðûûŕååţîîöñ
history-column-reason = Ŕééååšöñ
history-column-ended = Ĥĥööŵ îîţ ééñðééð
history-column-end = Ééñð
history-export = Ééẋẋþööŕţ ţĥĥîîš ŕååñĝéé:
# Followed by the path of the file saved, which is not translated.
history-exported = Ššååṽééð ţöö:
# A device card.
card-not-linked = Ññööţ ļîîñķééð
# { $problem } is the agent's words for what could not be read.
card-unread = Ççööûûļð ñööţ ƀéé ŕééååð îîñ { -brand }'šš ļååššţ ååñššŵééŕ ({ $problem }); îîţţš ļļååšţ ķķñööŵññ šţååţţéé îîš šĥĥööŵñ.
card-state-for = Îîññ ţĥîîš ššţååţéé ƒööŕ
card-last-seen = Ļļååšţ šééééñ
card-strip = { $name } ööṽṽééŕ ţĥĥéé ļååšţţ 24 ĥööûûŕš
card-uptime-24h = 24 ĥĥ ûûþţîîɱéé
card-show-qr = Ššĥööŵ ǪǫŔ çööðéé
card-rescan = Ŕŕéé-šçååñ ǪǫŔ çööðéé
card-logout = Ļööĝ ööûûţ
card-confirm-logout = Ççööñƒîîŕɱ ļööĝ ööûûţ
card-history = Ĥîîšţööŕýý
card-remove = Ŕééɱööṽé
card-confirm-remove = Ççööñƒîîŕɱ ŕééɱööṽéé
card-keep = Ķééééþ
# { $time } is a weekday and time of day, formatted.
card-snoozed-until = Ååļļééŕţš šñööööžééð ûûñţîîļ { $time }
card-resume = Ŕééšûûɱé
card-snooze-label = Ššñööööžéé ååļééŕţš ƒööŕ { $name }
card-snooze = Ššñööööžéé ååļééŕţš…
card-snooze-one-hour = Ƒƒööŕ 1 ĥööûûŕ
card-snooze-four-hours = Ƒƒööŕ 4 ĥööûûŕš
card-snooze-until-tomorrow = Ûûññţîîļ ţööɱööŕŕööŵ
# The device cards.
grid-empty = Ññöö ðééṽîîçééš îîñ ţĥîîšš ŵööŕķšþååçéé ýýééţ.
grid-loading = Ļļööååðîîñĝ ţĥéé ðééṽîîçééš…
# The plan and its use. Numbers are grouped as the language groups them.
plan-label = Þþļååñ ååñð ûûšååĝéé
plan = Þþļååñ
plan-devices = Ððééṽîîçééš: { $used } ööƒƒ { $limit }
plan-messages = Ṁɱééššååĝééšš ţĥîîš ɱɱööñţĥ: { $sent } ööƒƒ { $quota }
# The banners above the cards. { $time } is a time of day, formatted.
banner-demo-title = Ððééɱöö ŵööŕķšþååçéé
banner-demo = ššîîɱûûļååţééð ðééṽîîçééš, ñöö ååççööûûñţ ñééééðééð. Ååðð ýýööûûŕŕ ÅåÞÎî ķééýý îîñ Šééţţîîñĝš ţöö šéééé ýýööûûŕ ööŵñ þĥööñééš.
banner-open-settings = Ööþþééñ Šééţţîîñĝš
banner-stale-since = ððééṽîîçéé šţååţééš ɱååýý ƀéé ööûûţ ööƒ ðååţéé šîîñçéé { $time }.
banner-stale = ðééṽîîçéé šţååţééš ɱååýý ƀéé ööûûţ ööƒ ðååţéé.
banner-offline-since = Ţţĥîîš çööɱþûûţţééŕ ĥååš ƀééééñ ööƒƒƒļîîñéé šîîñçéé { $time }
banner-unreachable-since = Ççååññööţ ŕééååçĥ { -brand } ššîîñçéé { $time }
banner-check-settings = Ççĥééçķķ Šééţţţîîñĝš
banner-connecting = Ççööññééçţţîîñĝ ţöö { -brand }…
banner-battery = Ççĥééçķîîñĝĝ ļééšš ööƒţééññ ööñ ƀååţţééŕýý.
banner-partial = Ððééṽîîçééš ñööţţ ŕééååð ķééééþ ţĥĥééîîŕ ļååšţ ķññööŵñ šţååţéé.
banner-diagnose-hint = Ššééţţîîñĝĝš → Ðîîååĝññööšéé ţééļļļš ŵĥååţ { -brand } ššééñţ.
banner-diagnose = Ðîîååĝñööšé
banner-snoozed-until = Ååļļļ ååļééŕţš ååŕéé ššñööööžééð ûûñţîîļ { $time }.
banner-resume = Ŕééšûûɱé
# Words several dialogs share.
dialog-cancel = Çååñçééļ
dialog-close = Çļööšéé
dialog-done = Ðööñéé
loading = Ļööååðîîñĝ…
# Adding a device.
add-title = Ååðð åå ðééṽîîçéé
add-name = Ñååɱéé
add-name-example = Ššĥööþ þĥööñéé
add-adding = Ååðððîîñĝ…
add-submit = Ååððð ååñðð šĥööŵŵ ţĥéé ǪǫŔ çööðéé
# Linking a phone by its QR code.
pairing-title = Ļļîîñķ “{ $name }”
pairing-qr-label = ǪǫŔ çööððéé ţöö šççååñ ŵîîţĥĥ ŴĥååţţšÅåþþ
pairing-countdown = Çööðéé { $number } ööƒƒ { $of } · ééẋẋþîîŕŕééš îîñ { $seconds } šš
pairing-getting-code = Ĝĝééţţîîñĝ åå çööðéé…
pairing-linked = Ļîîñķééð
pairing-expired = Ţţĥîîš çööðéé ĥĥååš ééẋþîîŕééð.
pairing-new-code = Ĝĝééţ åå ñééŵ çööðéé
pairing-dashboard = Ţţĥîîš { -brand } ååçççööûûñţ ļļîîñķš þþĥööñééš îîññ îîţš ðååššĥƀööååŕð:
pairing-open-browser = Ööþþééñ îîñ ƀŕööŵšééŕ
pairing-try-again = Ţŕýý ååĝååîîñ
pairing-step-open = Ööþþééñ ŴĥååţţšÅåþþ ööñ ţţĥéé þĥööñéé.
pairing-step-linked-devices = Ĝĝöö ţöö Šééţţţîîñĝš → Ļļîîñķééð ððééṽîîçééš.
pairing-step-link = Ţţååþ Ļîîñķ åå ðééṽṽîîçéé ååñð þööîîñţţ ţĥéé þĥööñéé ååţţ ţĥîîš çööðéé.
pairing-copied = Çööþîîééð ţĥéé çööðéé ååš ååñ îîɱååĝéé.
# Followed by the path of the file saved, which is not translated.
pairing-saved = Ššååṽééð ţöö:
pairing-copy = Çööþýý
pairing-save-png = Ššååṽéé ååš ÞÑĜ
pairing-simulate-scan = Ššîîɱûûļååţéé šçååñ (ðééɱöö)
# The devices ranked by their disconnects.
ranking-title = Ððîîšçööñññééçţšš îîñ ţĥĥéé ļååšţ { $days } ðååýýš
ranking-empty = Ñöö ðééṽîîçéé ĥååš ååñýý ĥîîšţööŕýý ýýééţ.
ranking-disconnects =
    { $count ->
        [one] { $count } ððîîšçööññééçţ
       *[other] { $count } ððîîšçööñññééçţš
    }
ranking-none-this-week = ññööñéé ţĥîîš ŵééééķ
# { $time } is a day and time, formatted.
ranking-last = ļļååšţ { $time }
# Settings.
settings-title = Ššééţţîîñĝš
settings-language = Ļååñĝûûååĝé
settings-language-label = Ļååñĝûûååĝéé ööƒ { -app }
# The first choice: follow the computer's language, named in its own language.
settings-language-system = Ššýýšţééɱ ({ $language })
settings-connection = { -brand } çööññééçţîîööñ
settings-base-url = Ɓååšéé ÛûŔĻ
settings-url-problem = Ééññţééŕ ååñ ååðððŕééššš šûûçĥ ååš { $example }
settings-api-key = ÅåÞÎî ķééý
# { $mask } is the stored key with most of it hidden; it is not translated.
settings-api-key-stored = Ššţööŕééð: { $mask }
settings-api-key-placeholder = Ƒƒŕööɱɱ ţĥéé { -brand } ððååšĥƀööååŕð
settings-stored-keyring = Ššţööŕééð îîñ ţĥéé ššýýšţééɱ ķééýýŕîîñĝ
settings-stored-session = Ķķééþţ ƒööŕ ţĥîîšš šééššîîööñ ööñļýý
settings-stored-none = Ñöö ķééýý šţööŕééð
settings-no-keyring = Ññöö šýýšţééɱ ķééýýŕîîñĝĝ îîš ååṽååîîļååƀļéé, šöö ţĥéé ķķééýý çååññööţ ƀéé šţööŕŕééð šååƒééļýý. Îîţ îîš ñééṽééŕŕ ŵŕîîţţééñ ţöö åå ƒîîļéé.
settings-keep-session = Ķķééééþ ƒööŕ ţĥîîš šééššîîööñ ööñļýý
settings-testing = Ţţééšţîîñĝ…
settings-test-connection = Ţţééšţ çööññééçţîîööñ
settings-diagnose-hint = Ååššķ ééṽééŕýý ååððŕééšš { -app } ûûššééš ååñð ŕŕééþööŕţ ŵĥĥååţ çååɱéé ƀååççķ, ŵîîţĥööûûţţ ķééýýš, ñååɱééšš ööŕ þĥööñéé ññûûɱƀééŕš
settings-diagnosing = Ðîîååĝñööšîîñĝ…
settings-diagnose = Ðîîååĝñööšé
settings-forget-key = Ƒööŕĝééţ ķééýý
settings-diagnosis-label = Ðîîååĝñööšîîš ŕééþööŕţ
settings-copy-report = Çööþýý ŕééþööŕţ
settings-copied = Çööþîîééð.
settings-connected = Ççööññééçţééð
# { $plan } is the plan's name, as { -brand } sends it.
settings-connected-devices =
    { $count ->
        [one] { $count } ððééṽîîçéé ööñ ţĥéé { $plan } þþļååñ.
       *[other] { $count } ððééṽîîçééš ööñ ţĥéé { $plan } þþļååñ.
    }
settings-monitoring = Ṁööñîîţööŕîîñĝ
settings-poll-interval = Ççĥééçķ ééṽééŕŕýý (šééçööñðš)
settings-poll-problem = Ɓééţŵééééñ { $min } ååññð { $max } ššééçööññðš ({ $local } ƒƒööŕ åå šééŕṽîîççéé ööñ ţĥîîš ççööɱþûûţééŕ)
settings-demo = Ûûššéé ţĥéé ðééɱöö ŵööŕķššþååçéé (ååļšöö ûûšééð ŵĥĥîîļéé ñöö ķééýý îîš šţööŕééð)
settings-autostart = Ššţååŕţ { -app } ååţţ ļööĝîîñ
settings-battery = Ççĥééçķ ļééššš ööƒţééñ ööññ ƀååţţééŕýý (ééṽṽééŕýý 4× ţĥéé îîñţţééŕṽååļ, ååţ ļļééååšţ åå ɱîîñûûţéé)
settings-alerts = Ååļééŕţš
settings-remind-every = Ŕŕééɱîîñð ééṽṽééŕýý (ɱîîñûûţţééš, 0 = ñééṽééŕ)
settings-degraded-after = Ååļļééŕţ ööñ Ðééĝŕååðééðð ååƒţééŕ (ɱîîñûûţééš)
settings-quiet-from = Ǫûûîîééţ ĥööûûŕš ƒŕööɱ
settings-quiet-until = ûûñţîîļ
settings-detection = Ðééţééçţîîööñ
settings-no-activity = Ţţŕééååţ åå çööññééçţééðð þĥööñéé ååš šûûšþééççţ ååƒţééŕ ñöö ååçţîîṽṽîîţýý ƒööŕ (ɱîîñûûţééš)
settings-down-after = Ððîîšçööñññééçţééð ååƒţţééŕ (çĥééçķķš îîñ åå ŕööŵ)
settings-up-after = Ŕŕééçööṽééŕééð ååƒƒţééŕ (çĥééççķš îîñ åå ŕööŵ)
settings-retention = Ķķééééþ ĥîîšţööŕýý ƒööŕ (ðååýýš)
settings-webhooks = Ŵŵééƀĥööööķš (ööþţîîööñååļ)
settings-webhooks-hint = Ƒƒööŕ { -brand }'šš šééššîîööñ ŵŵééƀĥööööķš ţûûñññééļļééð ţöö ţţĥîîš çööɱþûûţţééŕ. Ţĥéé ŕééçééîîṽṽééŕ ļîîšţééñšš ööñ ţĥîîš çööɱɱþûûţééŕ ööñļýý.
settings-webhooks-receive = Ŕééçééîîṽéé ŵééƀĥöööķš
settings-port = Þþööŕţ
settings-signature-header = Šîîĝñååţûûŕéé ĥééååðéŕ
settings-webhook-secret = Ŵŵééƀĥööööķ šééçŕééţ
settings-webhook-secret-placeholder = Ţţĥéé šééççŕééţ šééţţ îîñ ţĥéé { -brand } ððååšĥƀööååŕð
settings-webhook-secret-stored = Šţööŕééð
settings-forget-secret = Ƒƒööŕĝééţ šééçŕééţ
settings-hooks = Ååûûţööɱåţîîööñ ĥöööķš
settings-hooks-hint = Ŕŕûûñ ŵĥééñ åå þĥööñéé ĝĝööééš ðööŵñ ååñð ŵĥééññ îîţ çööɱééš ƀååçķ, šöö ýýööûûŕŕ ööŵñ ååûûţööɱååţîîööñš þååûûššéé ååñð ŕééšûûɱéé šééñðîîññĝ. Ţĥééýý ƒööļļööŵ ýýööûûŕ { -brand } ŵŵööŕķšþååççéé ööñļýý, ñééṽééŕŕ ţĥéé ðééɱöö'šš þĥööñééš.
settings-hook-url = ÞþÖöŠŢ ţĥĥéé ééṽééñţ ååšš ĴŠÖöÑ ţöö
settings-hook-command = Ŕŕûûñ ţĥĥîîš çööɱɱɱååñð ($ŴÅåÞþÎîÑĜ_ÉéṼÉéÑñŢ, $ŴÅåÞÎîÑñĜ_ÐÉéṼṽÎîÇÉé_ÑÅåṀÉé… ååññð ţĥéé ĴĵŠÖöÑ ööñ ššţðîîñ)
settings-hook-timeout = Ĝĝîîṽéé ûûþ ååƒţééŕŕ (šééçööñðš)
# Before the sentence saying why one part was not saved.
settings-refused = { $part }:
settings-part-settings = Ššééţţîîñĝš
settings-part-key = ÅåÞÎî ķééý
settings-part-secret = Ŵŵééƀĥööööķ šééçŕééţ
settings-keep-secret-session = Ķķééééþ ţĥéé šééçŕŕééţ ƒööŕ ţĥîîšš šééššîîööñ ööñļýý
settings-saving = Ššååṽîîñĝ…
settings-save = Šååṽéé
settings-loading = Ļļööååðîîñĝ šééţţţîîñĝš…
settings-saved = Šååṽééð.
settings-saved-partly = Ššååṽééð îîññ þååŕţ.
settings-saved-settings-not-key = Ššååṽééð ţĥéé ššééţţîîñĝš; ññööţ ţĥéé ÅåÞÎî ķééýý.
settings-saved-settings-not-secret = Ššååṽééð ţĥĥéé šééţţîîñĝĝš; ñööţ ţţĥéé ŵééƀĥööööķķ šééçŕééţ.
settings-saved-settings-not-key-secret = Ššååṽééð ţĥĥéé šééţţîîñĝĝš; ñööţ ţĥĥéé ÅåÞÎî ķééýý ååñð ţţĥéé ŵééƀĥööööķķ šééçŕééţ.
settings-saved-key-not-settings = Ššååṽééð ţĥéé ÅåÞþÎî ķééýý; ñööţ ţĥéé ššééţţîîñĝš.
settings-saved-secret-not-settings = Ššååṽééð ţĥĥéé ŵééƀĥööööķ ššééçŕééţ; ññööţ ţĥéé šééţţţîîñĝš.
settings-saved-key-not-settings-secret = Ššååṽééð ţĥĥéé ÅåÞÎî ķééýý; ñööţ ţţĥéé šééţţîîññĝš ååñð ţţĥéé ŵééƀĥööööķķ šééçŕééţ.
settings-saved-secret-not-settings-key = Ššååṽééð ţĥĥéé ŵééƀĥööööķ ššééçŕééţ; ñööţţ ţĥéé šééţţţîîñĝš ååñðð ţĥéé ÅåÞÎî ķééýý.
settings-saved-settings-key-not-secret = Ššååṽééð ţĥĥéé šééţţîîñĝĝš ååñð ţĥĥéé ÅåÞÎî ķééýý; ñööţ ţţĥéé ŵééƀĥööööķķ šééçŕééţ.
settings-saved-settings-secret-not-key = Ššååṽééð ţĥĥéé šééţţîîñĝĝš ååñð ţĥĥéé ŵééƀĥööööķ ššééçŕééţ; ñööţţ ţĥéé ÅåÞÎî ķééýý.
settings-saved-key-secret-not-settings = Ššååṽééð ţĥĥéé ÅåÞÎî ķééýý ååñð ţţĥéé ŵééƀĥööööķķ šééçŕééţ; ññööţ ţĥéé šééţţţîîñĝš.
# The title of the save dialog an export opens.
export-dialog-title = Ééẋẋþööŕţ ĥîîšţööŕýý

# (end of window messages)

# A newer version of the app: the banner over the cards, and Settings.
update-available = { -app } { $version } îîš ååṽååîîļååƀļéé.
update-restart = Ŕŕééšţååŕţ ţöö ûûþðååţéé
update-installing = Îîññšţååļļîîñĝ { -app } { $version }… Ţţĥéé ååþþþ ŕééšţţååŕţš ŵŵĥééñ îîţţ îîš ðööñéé.
update-notes = Ŵŵĥååţ'šš ñééŵ
update-check = Ççĥééçķ ƒööŕŕ ûûþðååţééš
update-checking = Ççĥééçķķîîñĝ…
update-up-to-date = { -app } îîšš ûûþ ţöö ðååţéé.

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
tray-update-available = Ûûþðååţéé ååṽååîîļååƀļé: { $version } — Ŕŕééšţååŕţţ ţöö ûûþðååţéé
tray-update-installing = Îîññšţååļļîîñĝ { $version }…
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
doctor-recognised-bare-list = ýýééšš, ååš åå ƀååŕéé ļîîšţ
doctor-recognised-whole-answer = ýýééšš, ååš ţĥéé ŵĥĥööļéé ååñšŵééŕ
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

