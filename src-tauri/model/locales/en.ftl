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
