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

error-invalid-input = This entry was not accepted. Check it and try again.
error-unknown-request = This version of { -app } cannot do that. Restart the app.
error-agent-unavailable = { -app } could not start its background service. Restart the app.
error-agent-gone = { -app }'s background service stopped. Restart the app.
error-no-data-folder = { -app } has no folder to keep its data in.
error-settings-not-saved = The settings could not be saved.
error-keyring-unavailable = No system keyring is available, so the key cannot be stored safely.
error-not-connected = There is no { -brand } connection yet. Add your API key in Settings.
error-not-demo = This only works in the demo workspace.
error-demo-unavailable = The demo workspace could not start.
error-no-diagnosis = There is no diagnosis yet. Run Diagnose first.
error-history-locked = The history is in use by another copy of { -app }.
error-history-error = The history could not be read or written.
error-history-migration = The history was made by a newer version of { -app } and cannot be read.
error-history-unavailable = The history is not available right now.
error-history-not-saved = History is not being saved: what you see now will be missing from it later. Check the free space on this computer.
error-history-recovered = The history file was damaged, so it was set aside and a new one started. Older history is in the file set aside.
error-export-failed = The history could not be exported.
error-plan-limit = Your { -brand } plan has no room for another device.
error-no-code = No QR code is on screen.
error-qr-unreadable = The QR code could not be read.
error-scan-failed = Linking the phone failed. Try again.
error-no-dashboard = This account does not link phones in the { -brand } dashboard.
error-no-folder = There is no Downloads folder to save into.
error-not-saved = The file could not be saved.
error-no-clipboard = Nothing could be copied: the clipboard is not available.
error-not-opened = The browser could not be opened.
error-autostart = Starting at login could not be changed.
error-unauthorized = { -brand } did not accept the API key. Check it in Settings.
error-no-api-key = No API key is stored. Add it in Settings.
error-key-needed = Type the API key for this address: the stored key is only sent to the saved address.
error-no-api-access = This { -brand } plan does not include API access.
error-forbidden = { -brand } refused this request for your account.
error-not-found = { -brand } does not know this device or address.
error-validation-error = { -brand } did not accept what was sent.
error-conflict = { -brand } refused: the device is busy with something else.
error-rate-limited = Too many requests to { -brand }. The app will try again shortly.
error-session-disconnected = The phone's WhatsApp link is disconnected.
error-server-error = { -brand } had a problem on its side. The app will try again.
error-api-error = { -brand } answered with an error.
error-unreachable = { -brand } cannot be reached.
error-computer-offline = This computer is offline.
error-timeout = { -brand } took too long to answer.
error-malformed-response = { -brand }'s answer could not be read.
error-response-too-large = { -brand }'s answer was too large to read.
error-invalid-base-url = Enter a valid address, such as https://api.waping.app
error-already-connected = This phone is already linked.
error-update-unavailable = The update could not be downloaded. { -app } tries again tomorrow, or when you ask.
error-update-refused = The downloaded update was not signed by { -app }'s makers, so it was not installed.
error-update-needs-package-manager = { -app } was installed as a system package, and the update could not get an administrator's permission. Update it with your package manager: download the new package from waping.app and install it with “sudo apt install ./” and its file name.
error-update-failed = The update could not be installed. { -app } keeps running as it is.
error-update-while-pairing = A phone is being linked. Finish or close the pairing first, then restart to update.
error-internal = Something went wrong in { -app }.

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# The header's buttons.
app-add-device = Add device
app-refresh = Refresh
app-history = History
app-settings = Settings
# Back to the device cards (an arrow is drawn before it).
nav-devices = Devices
nav-back = Back
# The disclosure under an error sentence that holds the agent's own words.
error-details = Details

# The timeline: a stretch of one state. { $kind }, { $reason } and { $duration }
# come in the agent's words; { $from } and { $to } are formatted moments.
timeline-stretch = { $kind }: { $from } – { $to } ({ $duration })
timeline-stretch-reason = { $kind } — { $reason }: { $from } – { $to } ({ $duration })
timeline-span = { $from } – { $to } ({ $duration })
timeline-changes-drawn = { $count ->
    [one] { $count } change drawn here; zoom in to see it
   *[other] { $count } changes drawn together; zoom in to see each
}
timeline-keys = Timeline of { $name }. The arrow keys step through the changes, plus and minus zoom, Page Up and Page Down move in time.
timeline-states = States of { $name } from { $from } to { $to }
timeline-hint = Click the timeline, or focus it and use the arrow keys, to read each stretch.

# One device's history.
history-range = Range
history-range-24h = 24 h
history-range-week = This week
history-range-7d = 7 days
history-range-30d = 30 days
history-from = From
history-to = To
history-show = Show
history-range-backwards = Choose a start before the end.
history-zoom-and-move = Zoom and move
history-earlier = Earlier
history-later = Later
history-zoom-in = Zoom in
history-zoom-out = Zoom out
history-uptime = Uptime
history-uptime-by-period = Uptime by period
# A period the uptime is counted over: the last 24 hours, or the last days.
history-period = { $days ->
    [1] 24 h
   *[other] { $days } days
}
history-disconnects = Disconnects
history-mean-recovery = Mean time to recover
history-longest-recovery = Longest
history-unreachable = { -brand } unreachable
history-offline = This computer offline
history-no-data = No data
history-uptime-note = Uptime is the time Connected or Degraded out of that plus the time Disconnected. Unlinked, { -brand } being unreachable, this computer being offline and the app not running count neither way.
history-outages = Outages
history-filter-reason = Reason contains
history-filter-reason-example = e.g. logged out
history-filter-ended = Ended
history-filter-ended-any = Any way
history-no-outages = No outages in this range.
history-no-outage-matches = No outage matches the filter.
history-column-start = Start
history-column-duration = Duration
history-column-reason = Reason
history-column-ended = How it ended
history-column-end = End
history-export = Export this range:
# Followed by the path of the file saved, which is not translated.
history-exported = Saved to:

# A device card.
card-not-linked = Not linked
# { $problem } is the agent's words for what could not be read.
card-unread = Could not be read in { -brand }'s last answer ({ $problem }); its last known state is shown.
card-state-for = In this state for
card-last-seen = Last seen
card-strip = { $name } over the last 24 hours
card-uptime-24h = 24 h uptime
card-show-qr = Show QR code
card-rescan = Re-scan QR code
card-logout = Log out
card-confirm-logout = Confirm log out
card-history = History
card-remove = Remove
card-confirm-remove = Confirm remove
card-keep = Keep
# { $time } is a weekday and time of day, formatted.
card-snoozed-until = Alerts snoozed until { $time }
card-resume = Resume
card-snooze-label = Snooze alerts for { $name }
card-snooze = Snooze alerts…
card-snooze-one-hour = For 1 hour
card-snooze-four-hours = For 4 hours
card-snooze-until-tomorrow = Until tomorrow

# The device cards.
grid-empty = No devices in this workspace yet.
grid-loading = Loading the devices…

# The plan and its use. Numbers are grouped as the language groups them.
plan-label = Plan and usage
plan = Plan
plan-devices = Devices: { $used } of { $limit }
plan-messages = Messages this month: { $sent } of { $quota }

# The banners above the cards. { $time } is a time of day, formatted.
banner-demo-title = Demo workspace
banner-demo = simulated devices, no account needed. Add your API key in Settings to see your own phones.
banner-open-settings = Open Settings
banner-stale-since = device states may be out of date since { $time }.
banner-stale = device states may be out of date.
banner-offline-since = This computer has been offline since { $time }
banner-unreachable-since = Cannot reach { -brand } since { $time }
banner-check-settings = Check Settings
banner-connecting = Connecting to { -brand }…
banner-battery = Checking less often on battery.
banner-partial = Devices not read keep their last known state.
banner-diagnose-hint = Settings → Diagnose tells what { -brand } sent.
banner-diagnose = Diagnose
banner-snoozed-until = All alerts are snoozed until { $time }.
banner-resume = Resume

# Words several dialogs share.
dialog-cancel = Cancel
dialog-close = Close
dialog-done = Done
loading = Loading…

# Adding a device.
add-title = Add a device
add-name = Name
add-name-example = Shop phone
add-adding = Adding…
add-submit = Add and show the QR code

# Linking a phone by its QR code.
pairing-title = Link “{ $name }”
pairing-qr-label = QR code to scan with WhatsApp
pairing-countdown = Code { $number } of { $of } · expires in { $seconds } s
pairing-getting-code = Getting a code…
pairing-linked = Linked
pairing-expired = This code has expired.
pairing-new-code = Get a new code
pairing-dashboard = This { -brand } account links phones in its dashboard:
pairing-open-browser = Open in browser
pairing-try-again = Try again
pairing-step-open = Open WhatsApp on the phone.
pairing-step-linked-devices = Go to Settings → Linked devices.
pairing-step-link = Tap Link a device and point the phone at this code.
pairing-copied = Copied the code as an image.
# Followed by the path of the file saved, which is not translated.
pairing-saved = Saved to:
pairing-copy = Copy
pairing-save-png = Save as PNG
pairing-simulate-scan = Simulate scan (demo)

# The devices ranked by their disconnects.
ranking-title = Disconnects in the last { $days } days
ranking-empty = No device has any history yet.
ranking-disconnects = { $count ->
    [one] { $count } disconnect
   *[other] { $count } disconnects
}
ranking-none-this-week = none this week
# { $time } is a day and time, formatted.
ranking-last = last { $time }

# Settings.
settings-title = Settings
settings-language = Language
settings-language-label = Language of { -app }
# The first choice: follow the computer's language, named in its own language.
settings-language-system = System ({ $language })
settings-connection = { -brand } connection
settings-base-url = Base URL
settings-url-problem = Enter an address such as { $example }
settings-api-key = API key
# { $mask } is the stored key with most of it hidden; it is not translated.
settings-api-key-stored = Stored: { $mask }
settings-api-key-placeholder = From the { -brand } dashboard
settings-stored-keyring = Stored in the system keyring
settings-stored-session = Kept for this session only
settings-stored-none = No key stored
settings-no-keyring = No system keyring is available, so the key cannot be stored safely. It is never written to a file.
settings-keep-session = Keep for this session only
settings-testing = Testing…
settings-test-connection = Test connection
settings-diagnose-hint = Ask every address { -app } uses and report what came back, without keys, names or phone numbers
settings-diagnosing = Diagnosing…
settings-diagnose = Diagnose
settings-forget-key = Forget key
settings-diagnosis-label = Diagnosis report
settings-copy-report = Copy report
settings-copied = Copied.
settings-connected = Connected
# { $plan } is the plan's name, as { -brand } sends it.
settings-connected-devices = { $count ->
    [one] { $count } device on the { $plan } plan.
   *[other] { $count } devices on the { $plan } plan.
}
settings-monitoring = Monitoring
settings-poll-interval = Check every (seconds)
settings-poll-problem = Between { $min } and { $max } seconds ({ $local } for a service on this computer)
settings-demo = Use the demo workspace (also used while no key is stored)
settings-autostart = Start { -app } at login
settings-battery = Check less often on battery (every 4× the interval, at least a minute)
settings-alerts = Alerts
settings-remind-every = Remind every (minutes, 0 = never)
settings-degraded-after = Alert on Degraded after (minutes)
settings-quiet-from = Quiet hours from
settings-quiet-until = until
settings-detection = Detection
settings-no-activity = Treat a connected phone as suspect after no activity for (minutes)
settings-down-after = Disconnected after (checks in a row)
settings-up-after = Recovered after (checks in a row)
settings-retention = Keep history for (days)
settings-webhooks = Webhooks (optional)
settings-webhooks-hint = For { -brand }'s session webhooks tunnelled to this computer. The receiver listens on this computer only.
settings-webhooks-receive = Receive webhooks
settings-port = Port
settings-signature-header = Signature header
settings-webhook-secret = Webhook secret
settings-webhook-secret-placeholder = The secret set in the { -brand } dashboard
settings-webhook-secret-stored = Stored
settings-forget-secret = Forget secret
settings-hooks = Automation hooks
settings-hooks-hint = Run when a phone goes down and when it comes back, so your own automations pause and resume sending. They follow your { -brand } workspace only, never the demo's phones.
settings-hook-url = POST the event as JSON to
settings-hook-command = Run this command ($WAPING_EVENT, $WAPING_DEVICE_NAME… and the JSON on stdin)
settings-hook-timeout = Give up after (seconds)
# Before the sentence saying why one part was not saved.
settings-refused = { $part }:
settings-part-settings = Settings
settings-part-key = API key
settings-part-secret = Webhook secret
settings-keep-secret-session = Keep the secret for this session only
settings-saving = Saving…
settings-save = Save
settings-loading = Loading settings…
settings-saved = Saved.
settings-saved-partly = Saved in part.
settings-saved-settings-not-key = Saved the settings; not the API key.
settings-saved-settings-not-secret = Saved the settings; not the webhook secret.
settings-saved-settings-not-key-secret = Saved the settings; not the API key and the webhook secret.
settings-saved-key-not-settings = Saved the API key; not the settings.
settings-saved-secret-not-settings = Saved the webhook secret; not the settings.
settings-saved-key-not-settings-secret = Saved the API key; not the settings and the webhook secret.
settings-saved-secret-not-settings-key = Saved the webhook secret; not the settings and the API key.
settings-saved-settings-key-not-secret = Saved the settings and the API key; not the webhook secret.
settings-saved-settings-secret-not-key = Saved the settings and the webhook secret; not the API key.
settings-saved-key-secret-not-settings = Saved the API key and the webhook secret; not the settings.

# The title of the save dialog an export opens.
export-dialog-title = Export history

# (end of window messages)

# A newer version of the app: the banner over the cards, and Settings.
update-available = { -app } { $version } is available.
update-restart = Restart to update
update-installing = Installing { -app } { $version }… The app restarts when it is done.
update-notes = What's new
update-check = Check for updates
update-checking = Checking…
update-up-to-date = { -app } is up to date.

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
tray-update-available = Update available: { $version } — Restart to update
tray-update-installing = Installing { $version }…
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
doctor-recognised-bare-list = yes, as a bare list
doctor-recognised-whole-answer = yes, as the whole answer
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
