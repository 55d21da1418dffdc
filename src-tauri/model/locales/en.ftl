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

just-now = just now
never = never

# A moment in the past, to the coarsest whole unit: "5 min ago".
ago-seconds = { $seconds } s ago
ago-minutes = { $minutes } min ago
ago-hours = { $hours } h ago
ago-days = { $days } d ago

# What of WAPing's device list could not be read. { $reason } and { $names }
# are the reader's own description of WAPing's data ("Shop phone (no status
# field)"), names joined by read-names-separator.
read-partial = { $count ->
    [one] { -app } could only read { $count } device: { $reason }
   *[other] { -app } could only read { $count } devices: { $reason }
}
read-unreadable = { $count ->
    [one] { $count } device could not be read: { $names }
   *[other] { $count } devices could not be read: { $names }
}
# More than the names shown: { $more } are not named.
read-unreadable-more = { $count } devices could not be read: { $names } and { $more } more
read-names-separator = {", "}
read-problems-separator = {"; "}

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

# Notifications. { $device } is a phone's name as the user gave it; { $time }
# a time of day ("10:42"); { $duration } how long ("2 h 5 min"); { $reason }
# why, in the reason words above (they run on inside the sentence).
notify-down = { $device } disconnected
notify-down-body = Since { $time } — { $reason }. Re-scan the QR code to restore sending.
# Told late (alerts were silenced when it dropped) or as a reminder.
notify-down-lasting-body = Since { $time } ({ $duration }) — { $reason }. Re-scan the QR code to restore sending.
notify-still-down = { $device } is still disconnected
notify-still-unstable = { $device } is still unstable
notify-unstable-lasting-body = Since { $time } ({ $duration }) — { $reason }. Messages may be delayed.
notify-unstable = { $device } is unstable
notify-unstable-body = Degraded since { $time } — { $reason }. Messages may be delayed.
notify-unstable-body-no-reason = Degraded since { $time }. Messages may be delayed.
notify-no-reason = no reason given
notify-back = { $device } is connected again
notify-back-body = { $device } is connected again after { $duration }.
# One notification for what changed while the computer slept, a line per phone.
notify-asleep = While this computer was asleep
notify-asleep-down = { $device } disconnected at { $time } — still down
notify-asleep-back = { $device } is connected again after { $duration }

# The tray: its tooltip and menu. { $summary } is the workspace in one line.
tray-tooltip = { -app } — { $summary }
tray-open = Open
tray-quit = Quit
tray-snooze = Snooze alerts
# { $until } is a time ("16:30"), or a day and a time when not today.
tray-snoozed-until = Alerts snoozed until { $until }
tray-snooze-hours = { $hours ->
    [one] For { $hours } hour
   *[other] For { $hours } hours
}
tray-snooze-tomorrow = Until { $time } tomorrow
tray-resume = Resume alerts

# The workspace in one line: the tray's first line and its tooltip.
tray-connecting = Connecting to { -brand }…
# { $message } is what failed, in words.
tray-failing = { $message } (since { $time })
tray-unreachable = cannot reach { -brand } since { $time } — device states may be stale
tray-partial = Could only read { $count } of the devices; the others may be stale
tray-no-devices = No devices yet
# Counts of devices by state, joined by tray-count-separator: "2 connected, 1 disconnected".
tray-count-connected = { $count } connected
tray-count-degraded = { $count } degraded
tray-count-disconnected = { $count } disconnected
tray-count-unlinked = { $count } unlinked
tray-count-unknown = { $count } unknown
tray-count-unreadable = { $count } not readable
tray-count-separator = {", "}

# Why the webhook receiver does not run although it is turned on. { $port }
# is a port number; { $error } the system's own words.
settings-webhook-no-secret = Webhooks are on but no webhook secret is set.
settings-webhook-port-busy = The webhook receiver cannot listen on port { $port }: { $error }

# (end of agent messages)

### Command line: status and doctor

# (end of command-line messages)
