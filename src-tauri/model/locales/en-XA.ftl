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
# A moment in the past; { $duration } is one of the durations above.
ago = { $duration } ååĝöö
just-now = ĵĵûûšţ ñööŵ
never = ñééṽééŕ

# (end of shared words)


### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)


# (end of error messages)


### Window: every view and dialog of the window (ui/)


# (end of window messages)


### Agent: tray menu and tooltip, notifications, the wake summary


# (end of agent messages)


### Command line: status and doctor


# (end of command-line messages)

