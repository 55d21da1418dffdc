# WAPing Desk — English (the source catalog).
#
# One file per language: the agent (tray, notifications, command line) and the
# window read the same file. Product terms are kept consistent with the
# glossary in docs/TRANSLATING.md. Placeables such as { $name } must be kept;
# plurals follow CLDR ([one], [few], [many], [other] as the language has them).

-brand = WAPing
-app = WAPing Desk

# The language's own name, as the language picker shows it.
language-name = English

### Shared words: states, timeline stretches, reasons, durations
### (src-tauri/model/src/domain/words.rs)

state-unlinked = Unlinked
state-connected = Connected
state-degraded = Degraded
state-disconnected = Disconnected
# An unrecognised status; { $status } is the word WAPing sent.
state-unknown = Unknown ({ $status })

segment-connected = Connected
segment-degraded = Degraded
segment-disconnected = Disconnected
segment-unlinked = Unlinked
segment-unknown = Unknown status
segment-unreachable = { -brand } unreachable
segment-offline = This computer offline
segment-no-data = No data (app not running)

outage-end-rescan = Re-scan
outage-end-by-itself = By itself
outage-end-ongoing = Still down

# Why a phone is in its state. These run on inside sentences ("Shop phone
# disconnected — logged out on the phone"); a card shows them with a capital.
reason-logged-out = logged out on the phone
reason-phone-offline = the phone is offline (check its battery, internet and background limits)
reason-idle = idle too long (a phone unused for about 14 days logs its linked devices out)
reason-policy = cut by WhatsApp policy
reason-reinstall = WhatsApp was reinstalled on the phone
reason-security = a security prompt on the phone needs attention
reason-reconnecting = reconnecting
reason-no-activity = no activity seen
reason-logged-out-here = logged out from { -app }
reason-removed-here = removed from { -app }

# How long something lasted or has lasted.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
duration-days = { $days } d
duration-days-hours = { $days } d { $hours } h

# A moment in the past; { $duration } is one of the durations above.
ago = { $duration } ago
just-now = just now
never = never

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

# (end of agent messages)

### Command line: status and doctor

# (end of command-line messages)
