# WAPing Desk — Hindi. Translated from en.ftl; keep every message and
# placeable of it (the catalog check in the tests fails otherwise). Product
# terms: docs/TRANSLATING.md.

-brand = WAPing
-app = WAPing Desk

language-name = हिन्दी

### Shared words: states, timeline stretches, reasons, durations

state-unlinked = लिंक नहीं
state-connected = कनेक्टेड
state-degraded = अस्थिर
state-disconnected = डिस्कनेक्टेड
state-unknown = अज्ञात ({ $status })

segment-connected = कनेक्टेड
segment-degraded = अस्थिर
segment-disconnected = डिस्कनेक्टेड
segment-unlinked = लिंक नहीं
segment-unknown = अज्ञात स्थिति
segment-unreachable = { -brand } से संपर्क नहीं
segment-offline = यह कंप्यूटर ऑफ़लाइन
segment-no-data = कोई डेटा नहीं (ऐप बंद था)

outage-end-rescan = दोबारा स्कैन
outage-end-by-itself = अपने आप
outage-end-ongoing = अब भी बंद

reason-logged-out = फ़ोन पर लॉग आउट किया गया
reason-phone-offline = फ़ोन ऑफ़लाइन है (उसकी बैटरी, इंटरनेट और बैकग्राउंड सीमाएँ जाँचें)
reason-idle = बहुत समय से इस्तेमाल नहीं हुआ (लगभग 14 दिन इस्तेमाल न होने पर फ़ोन अपने लिंक किए डिवाइस लॉग आउट कर देता है)
reason-policy = WhatsApp की नीति के कारण बंद
reason-reinstall = फ़ोन पर WhatsApp दोबारा इंस्टॉल किया गया
reason-security = फ़ोन पर एक सुरक्षा संदेश ध्यान माँग रहा है
reason-reconnecting = दोबारा जुड़ रहा है
reason-no-activity = कोई गतिविधि नहीं दिखी
reason-logged-out-here = { -app } से लॉग आउट किया गया
reason-removed-here = { -app } से हटाया गया

duration-seconds = { $seconds } से॰
duration-minutes = { $minutes } मि॰
duration-hours = { $hours } घं॰
duration-hours-minutes = { $hours } घं॰ { $minutes } मि॰
duration-days = { $days } दिन
duration-days-hours = { $days } दिन { $hours } घं॰

just-now = अभी-अभी
never = कभी नहीं

ago-seconds = { $seconds } से॰ पहले
ago-minutes = { $minutes } मि॰ पहले
ago-hours = { $hours } घं॰ पहले
ago-days = { $days } दिन पहले

read-partial = { -app } केवल { $count } डिवाइस पढ़ सका: { $reason }
read-unreadable = { $count } डिवाइस पढ़े नहीं जा सके: { $names }
read-unreadable-more = { $count } डिवाइस पढ़े नहीं जा सके: { $names } और { $more } अन्य
read-names-separator = {", "}
read-problems-separator = {"; "}

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

notify-down = { $device } डिस्कनेक्ट हो गया
notify-down-body = { $time } से — { $reason }। भेजना फिर शुरू करने के लिए QR कोड दोबारा स्कैन करें।
notify-down-lasting-body = { $time } से ({ $duration }) — { $reason }। भेजना फिर शुरू करने के लिए QR कोड दोबारा स्कैन करें।
notify-still-down = { $device } अब भी डिस्कनेक्टेड है
notify-still-unstable = { $device } अब भी अस्थिर है
notify-unstable-lasting-body = { $time } से ({ $duration }) — { $reason }। संदेशों में देरी हो सकती है।
notify-unstable = { $device } अस्थिर है
notify-unstable-body = { $time } से अस्थिर — { $reason }। संदेशों में देरी हो सकती है।
notify-unstable-body-no-reason = { $time } से अस्थिर। संदेशों में देरी हो सकती है।
notify-no-reason = कोई कारण नहीं बताया गया
notify-back = { $device } फिर से कनेक्टेड है
notify-back-body = { $device } { $duration } बाद फिर से कनेक्टेड है।
notify-asleep = जब यह कंप्यूटर स्लीप में था
notify-asleep-down = { $device } { $time } पर डिस्कनेक्ट हुआ — अब भी बंद
notify-asleep-back = { $device } { $duration } बाद फिर से कनेक्टेड है

tray-tooltip = { -app } — { $summary }
tray-open = खोलें
tray-quit = बाहर निकलें
tray-snooze = अलर्ट म्यूट करें
tray-snoozed-until = { $until } तक अलर्ट म्यूट हैं
tray-snooze-hours = { $hours } घंटे के लिए
tray-snooze-tomorrow = कल { $time } तक
tray-resume = अलर्ट फिर चालू करें

tray-connecting = { -brand } से कनेक्ट हो रहा है…
tray-failing = { $message } ({ $time } से)
tray-unreachable = { $time } से { -brand } तक पहुँच नहीं — डिवाइस की स्थिति पुरानी हो सकती है
tray-partial = केवल { $count } डिवाइस पढ़े जा सके; बाकी की जानकारी पुरानी हो सकती है
tray-no-devices = अभी कोई डिवाइस नहीं
tray-count-connected = { $count } कनेक्टेड
tray-count-degraded = { $count } अस्थिर
tray-count-disconnected = { $count } डिस्कनेक्टेड
tray-count-unlinked = { $count } लिंक नहीं
tray-count-unknown = { $count } अज्ञात
tray-count-unreadable = { $count } पढ़े नहीं जा सके
tray-count-separator = {", "}

settings-webhook-no-secret = वेबहुक चालू हैं, लेकिन कोई वेबहुक सीक्रेट सेट नहीं है।
settings-webhook-port-busy = वेबहुक रिसीवर पोर्ट { $port } पर नहीं सुन सकता: { $error }

# (end of agent messages)

### Command line: status and doctor

status-column-device = डिवाइस
status-column-name = नाम
status-column-state = स्थिति
status-column-reason = कारण
status-column-last-seen = आखिरी बार देखा गया
status-unreadable = पढ़ा नहीं जा सका
status-no-devices = इस वर्कस्पेस में कोई डिवाइस नहीं है।

doctor-title = { -app } जाँच रिपोर्ट
doctor-label-app = ऐप:
doctor-label-waping = { -brand }:
doctor-label-at = समय:
doctor-label-exit-code = एग्ज़िट कोड:
doctor-label-verdict = निष्कर्ष:
doctor-label-error = त्रुटि:
doctor-label-skipped = छोड़ा गया:
doctor-label-recognised = पहचाना गया:
doctor-label-problem = समस्या:
doctor-label-entries = एंट्री:
doctor-label-missing = गायब:
doctor-label-unknown-fields = अनजान फ़ील्ड (अनदेखे):
doctor-label-unknown-statuses = अनजान स्थितियाँ:
doctor-label-time-forms = समय के रूप:
doctor-label-pagination = पेज विभाजन:
doctor-fields-read = पढ़े गए फ़ील्ड (फ़ील्ड <- कहाँ से):
doctor-at = { $time } ({ $utc })
doctor-exit-code = { $code } ({ $meaning })
doctor-exit-all-connected = सभी कनेक्टेड
doctor-exit-some-not-connected = कुछ कनेक्टेड नहीं
doctor-exit-some-disconnected = कुछ डिस्कनेक्टेड
doctor-exit-failed = { -brand } विफल रहा या पूरा पढ़ा नहीं जा सका
doctor-endpoint-device-list = डिवाइस सूची
doctor-endpoint-workspace = वर्कस्पेस
doctor-endpoint-one-device = एक डिवाइस
doctor-endpoint-qr-code = QR कोड
doctor-request = { $method } { $url } -> { $status }, { $millis } ms में
doctor-no-answer = कोई जवाब नहीं
doctor-yes = हाँ
doctor-no = नहीं
doctor-recognised-as = हाँ, { $shape } के रूप में मिला
doctor-recognised-under = हाँ, "{ $shape }" में मिला
doctor-none = कोई नहीं
doctor-pagination-one-page = कोई नहीं (एक पेज)
doctor-list-separator = {", "}
doctor-missing-in-entries = { $field } ({ $entries } एंट्री में से { $count })
doctor-skipped-no-list = डिवाइस सूची पढ़ी नहीं जा सकी
doctor-skipped-no-device = कोई डिवाइस नहीं
doctor-skipped-none-unlinked = कोई डिवाइस "लिंक नहीं" स्थिति में नहीं है; कोड तभी माँगा जाता है जब कोई फ़ोन लिंक न हो
doctor-skipped-no-qr-endpoint = यहाँ { -brand } का कोई QR एंडपॉइंट नहीं है ({ $message }); लिंक करना { -brand } डैशबोर्ड से होता है
doctor-skipped-linked-meanwhile = इस बीच डिवाइस लिंक हो गया ({ $message })
doctor-problem-broke-off = सूची { $count } एंट्री के बाद रुक गई: { $reason }
doctor-problem-unread = { $count ->
    [one] { $count } एंट्री पढ़ी नहीं जा सकी: { $entries }
   *[other] { $count } एंट्री पढ़ी नहीं जा सकीं: { $entries }
}
doctor-unread-entry = एंट्री { $position } ({ $problem })
doctor-and-more = { $list } और { $count } अन्य
doctor-verdict-no-list = डिवाइस सूची पढ़ी नहीं जा सकी: { $problem }।
doctor-verdict-no-devices = इस वर्कस्पेस में कोई डिवाइस नहीं है।
doctor-verdict-devices = { $count } डिवाइस: { $states }।
doctor-state-count = { $state }: { $count }
doctor-verdict-incomplete = सूची अधूरी है: { $reason }।
doctor-verdict-all-read = पूछे गए हर एंडपॉइंट ने ऐसे रूप में जवाब दिया जिसे { -app } पढ़ सकता है।
doctor-verdict-not-read = पढ़े नहीं गए: { $endpoints }।
doctor-verdict-gaps = कुछ अपेक्षित फ़ील्ड या स्थितियाँ गायब या अनजान थीं; नीचे देखें।

# (end of command-line messages)
