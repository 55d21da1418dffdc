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

## waping-desk status: the table's column headers (capitals where the
## language has them, as command-line tables write them)
status-column-device = DEVICE
status-column-name = NAME
status-column-state = STATE
status-column-reason = REASON
status-column-last-seen = LAST SEEN
# A device WAPing named but whose entry could not be read.
status-unreadable = Unreadable
status-no-devices = No devices in this workspace.

## waping-desk doctor: the report a user sends to support
doctor-title = { -app } diagnosis
# Labels before a value; the report lines the values up after the longest.
doctor-label-app = App:
doctor-label-waping = { -brand }:
doctor-label-at = At:
doctor-label-exit-code = Exit code:
doctor-label-verdict = Verdict:
doctor-label-error = error:
doctor-label-skipped = Skipped:
doctor-label-recognised = Recognised:
doctor-label-problem = Problem:
doctor-label-entries = Entries:
doctor-label-missing = Missing:
doctor-label-unknown-fields = Unknown fields (ignored):
doctor-label-unknown-statuses = Unknown statuses:
doctor-label-time-forms = Time forms:
doctor-label-pagination = Pagination:
# Keep "<-": the lines below it read "status <- session.status".
doctor-fields-read = Fields read (field <- where):
# { $time } is the local date and time, { $utc } the same moment in UTC.
doctor-at = { $time } ({ $utc })
# { $code } is the number scripts see; { $meaning } one of doctor-exit-*.
doctor-exit-code = { $code } ({ $meaning })
doctor-exit-all-connected = all connected
doctor-exit-some-not-connected = some not connected
doctor-exit-some-disconnected = some disconnected
doctor-exit-failed = { -brand } failed or was not read whole
# The endpoints the app asks, as the report names them.
doctor-endpoint-device-list = Device list
doctor-endpoint-workspace = Workspace
doctor-endpoint-one-device = One device
doctor-endpoint-qr-code = QR code
# One request: "GET https://…/v1/devices -> HTTP 200 in 35 ms".
doctor-request = { $method } { $url } -> { $status } in { $millis } ms
doctor-no-answer = no answer
doctor-yes = yes
doctor-no = no
# { $shape } is where the answer was found, as the report's data names it.
doctor-recognised-as = yes, found as { $shape }
doctor-recognised-under = yes, found under "{ $shape }"
doctor-none = none
doctor-pagination-one-page = none (one page)
# Between the items of a list ("2 Connected, 1 Degraded").
doctor-list-separator = {", "}
doctor-missing-in-entries = { $field } ({ $count } of { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
})
doctor-skipped-no-list = the device list could not be read
doctor-skipped-no-device = no device
doctor-skipped-none-unlinked = no device is Unlinked; a code is only asked for where no phone is linked
doctor-skipped-no-qr-endpoint = { -brand } has no QR endpoint here ({ $message }); pairing goes through the { -brand } dashboard
doctor-skipped-linked-meanwhile = the device was linked meanwhile ({ $message })
doctor-problem-broke-off = the list broke off after { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}: { $reason }
# { $entries } lists doctor-unread-entry items.
doctor-problem-unread = { $count ->
    [one] { $count } entry could not be read: { $entries }
   *[other] { $count } entries could not be read: { $entries }
}
doctor-unread-entry = entry { $position } ({ $problem })
doctor-and-more = { $list } and { $count } more
# The verdict: a few sentences at the top of the report.
doctor-verdict-no-list = The device list could not be read: { $problem }.
doctor-verdict-no-devices = The workspace has no devices.
# { $states } lists doctor-state-count items.
doctor-verdict-devices = { $count ->
    [one] { $count } device
   *[other] { $count } devices
}: { $states }.
# How many devices are in one state ("2 Connected"); { $state } is a state's
# label as the shared words give it.
doctor-state-count = { $count } { $state }
doctor-verdict-incomplete = The list is incomplete: { $reason }.
doctor-verdict-all-read = Every endpoint asked answered in a shape { -app } reads.
doctor-verdict-not-read = Not read: { $endpoints }.
doctor-verdict-gaps = Some expected fields or statuses were missing or unknown; see below.

# (end of command-line messages)
