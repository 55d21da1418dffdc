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

error-invalid-input = यह जानकारी स्वीकार नहीं हुई। इसे जाँचकर फिर कोशिश करें।
error-unknown-request = { -app } का यह संस्करण यह नहीं कर सकता। ऐप दोबारा शुरू करें।
error-agent-unavailable = { -app } अपनी बैकग्राउंड सेवा शुरू नहीं कर सका। ऐप दोबारा शुरू करें।
error-agent-gone = { -app } की बैकग्राउंड सेवा बंद हो गई। ऐप दोबारा शुरू करें।
error-no-data-folder = { -app } के पास अपना डेटा रखने के लिए कोई फ़ोल्डर नहीं है।
error-settings-not-saved = सेटिंग्स सहेजी नहीं जा सकीं।
error-keyring-unavailable = कोई सिस्टम कीरिंग उपलब्ध नहीं है, इसलिए कुंजी सुरक्षित रूप से सहेजी नहीं जा सकती।
error-not-connected = अभी { -brand } से कोई कनेक्शन नहीं है। सेटिंग्स में अपनी API कुंजी जोड़ें।
error-not-demo = यह सिर्फ़ डेमो वर्कस्पेस में काम करता है।
error-demo-unavailable = डेमो वर्कस्पेस शुरू नहीं हो सका।
error-no-diagnosis = अभी कोई जाँच रिपोर्ट नहीं है। पहले जाँच करें चलाएँ।
error-history-locked = इतिहास का इस्तेमाल { -app } की कोई दूसरी कॉपी कर रही है।
error-history-error = इतिहास पढ़ा या लिखा नहीं जा सका।
error-history-migration = इतिहास { -app } के नए संस्करण ने बनाया है और पढ़ा नहीं जा सकता।
error-history-unavailable = इतिहास अभी उपलब्ध नहीं है।
error-history-not-saved = इतिहास सहेजा नहीं जा रहा है: अभी जो दिख रहा है वह बाद में उसमें नहीं होगा। इस कंप्यूटर पर खाली जगह जाँचें।
error-history-recovered = इतिहास की फ़ाइल खराब थी, इसलिए उसे अलग रखकर नई फ़ाइल शुरू की गई। पुराना इतिहास अलग रखी गई फ़ाइल में है।
error-export-failed = इतिहास एक्सपोर्ट नहीं हो सका।
error-plan-limit = आपके { -brand } प्लान में एक और डिवाइस की जगह नहीं है।
error-no-code = स्क्रीन पर कोई QR कोड नहीं है।
error-qr-unreadable = QR कोड पढ़ा नहीं जा सका।
error-scan-failed = फ़ोन लिंक नहीं हो सका। फिर कोशिश करें।
error-no-dashboard = यह खाता { -brand } डैशबोर्ड में फ़ोन लिंक नहीं करता।
error-no-folder = सहेजने के लिए कोई Downloads फ़ोल्डर नहीं है।
error-not-saved = फ़ाइल सहेजी नहीं जा सकी।
error-no-clipboard = कुछ कॉपी नहीं हुआ: क्लिपबोर्ड उपलब्ध नहीं है।
error-not-opened = ब्राउज़र खोला नहीं जा सका।
error-autostart = लॉगिन पर शुरू होने की सेटिंग बदली नहीं जा सकी।
error-unauthorized = { -brand } ने API कुंजी स्वीकार नहीं की। सेटिंग्स में इसे जाँचें।
error-no-api-key = कोई API कुंजी सहेजी नहीं गई है। सेटिंग्स में जोड़ें।
error-key-needed = इस पते के लिए API कुंजी टाइप करें: सहेजी गई कुंजी सिर्फ़ सहेजे गए पते पर भेजी जाती है।
error-no-api-access = इस { -brand } प्लान में API का इस्तेमाल शामिल नहीं है।
error-forbidden = { -brand } ने आपके खाते के लिए यह अनुरोध मना कर दिया।
error-not-found = { -brand } इस डिवाइस या पते को नहीं पहचानता।
error-validation-error = { -brand } ने भेजी गई जानकारी स्वीकार नहीं की।
error-conflict = { -brand } ने मना किया: डिवाइस किसी और काम में व्यस्त है।
error-rate-limited = { -brand } को बहुत ज़्यादा अनुरोध भेजे गए। ऐप थोड़ी देर में फिर कोशिश करेगा।
error-session-disconnected = फ़ोन का WhatsApp लिंक डिस्कनेक्ट है।
error-server-error = { -brand } की तरफ़ कोई समस्या हुई। ऐप फिर कोशिश करेगा।
error-api-error = { -brand } ने एक त्रुटि के साथ जवाब दिया।
error-unreachable = { -brand } तक पहुँचा नहीं जा सकता।
error-computer-offline = यह कंप्यूटर ऑफ़लाइन है।
error-timeout = { -brand } ने जवाब देने में बहुत देर लगाई।
error-malformed-response = { -brand } का जवाब पढ़ा नहीं जा सका।
error-response-too-large = { -brand } का जवाब पढ़ने के लिए बहुत बड़ा था।
error-invalid-base-url = कोई सही पता डालें, जैसे https://api.waping.app
error-already-connected = यह फ़ोन पहले से लिंक है।
error-update-unavailable = अपडेट डाउनलोड नहीं हो सका। { -app } कल फिर कोशिश करेगा, या जब आप कहें।
error-update-refused = डाउनलोड किया गया अपडेट { -app } के निर्माताओं ने साइन नहीं किया था, इसलिए उसे इंस्टॉल नहीं किया गया।
error-update-needs-package-manager = { -app } सिस्टम पैकेज के रूप में इंस्टॉल किया गया था, और अपडेट को एडमिनिस्ट्रेटर की अनुमति नहीं मिल सकी। इसे अपने पैकेज मैनेजर से अपडेट करें: waping.app से नया पैकेज डाउनलोड करें और “sudo apt install ./” के बाद उसकी फ़ाइल का नाम लिखकर इंस्टॉल करें।
error-update-failed = अपडेट इंस्टॉल नहीं हो सका। { -app } पहले की तरह चलता रहेगा।
error-update-while-pairing = एक फ़ोन लिंक किया जा रहा है। पहले लिंक करना पूरा करें या बंद करें, फिर अपडेट के लिए ऐप दोबारा शुरू करें।
error-internal = { -app } में कुछ गड़बड़ हो गई।

# (end of error messages)

### Window: every view and dialog of the window (ui/)

app-add-device = डिवाइस जोड़ें
app-refresh = रीफ़्रेश करें
app-history = इतिहास
app-settings = सेटिंग्स
nav-devices = डिवाइस
nav-back = वापस
error-details = विवरण

timeline-stretch = { $kind }: { $from } – { $to } ({ $duration })
timeline-stretch-reason = { $kind } — { $reason }: { $from } – { $to } ({ $duration })
timeline-span = { $from } – { $to } ({ $duration })
timeline-changes-drawn = { $count ->
    [one] { $count } बदलाव यहाँ दिखाया गया; देखने के लिए ज़ूम इन करें
   *[other] { $count } बदलाव एक साथ दिखाए गए; हर एक देखने के लिए ज़ूम इन करें
}
timeline-keys = { $name } की टाइमलाइन। तीर कुंजियाँ बदलावों पर चलती हैं, प्लस और माइनस ज़ूम करते हैं, Page Up और Page Down समय में आगे-पीछे जाते हैं।
timeline-states = { $name } की स्थितियाँ { $from } से { $to } तक
timeline-hint = हर हिस्सा पढ़ने के लिए टाइमलाइन पर क्लिक करें, या उस पर फ़ोकस करके तीर कुंजियाँ इस्तेमाल करें।

history-range = अवधि
history-range-24h = 24 घंटे
history-range-week = यह सप्ताह
history-range-7d = 7 दिन
history-range-30d = 30 दिन
history-from = से
history-to = तक
history-show = दिखाएँ
history-range-backwards = अंत से पहले की शुरुआत चुनें।
history-zoom-and-move = ज़ूम करें और खिसकाएँ
history-earlier = पहले
history-later = बाद में
history-zoom-in = ज़ूम इन
history-zoom-out = ज़ूम आउट
history-uptime = अपटाइम
history-uptime-by-period = अवधि के अनुसार अपटाइम
history-period = { $days ->
    [1] 24 घंटे
   *[other] { $days } दिन
}
history-disconnects = डिस्कनेक्ट
history-mean-recovery = ठीक होने का औसत समय
history-longest-recovery = सबसे लंबा
history-unreachable = { -brand } तक पहुँच नहीं
history-offline = यह कंप्यूटर ऑफ़लाइन
history-no-data = कोई डेटा नहीं
history-uptime-note = अपटाइम कनेक्टेड या अस्थिर समय का, उस समय और डिस्कनेक्टेड समय के जोड़ से अनुपात है। लिंक नहीं, { -brand } तक पहुँच न होना, इस कंप्यूटर का ऑफ़लाइन होना और ऐप का बंद होना किसी तरफ़ नहीं गिने जाते।
history-outages = रुकावटें
history-filter-reason = कारण में शामिल है
history-filter-reason-example = जैसे लॉग आउट
history-filter-ended = कैसे खत्म हुई
history-filter-ended-any = किसी भी तरह
history-no-outages = इस अवधि में कोई रुकावट नहीं।
history-no-outage-matches = फ़िल्टर से कोई रुकावट मेल नहीं खाती।
history-column-start = शुरुआत
history-column-duration = अवधि
history-column-reason = कारण
history-column-ended = कैसे खत्म हुई
history-column-end = अंत
history-export = यह अवधि एक्सपोर्ट करें:
history-exported = यहाँ सहेजा गया:

card-not-linked = लिंक नहीं
card-unread = { -brand } के पिछले जवाब में इसे पढ़ा नहीं जा सका ({ $problem }); इसकी आखिरी ज्ञात स्थिति दिखाई गई है।
card-state-for = इस स्थिति में कब से
card-last-seen = आखिरी बार देखा गया
card-strip = पिछले 24 घंटों में { $name }
card-uptime-24h = 24 घंटे का अपटाइम
card-show-qr = QR कोड दिखाएँ
card-rescan = दोबारा स्कैन करें
card-logout = लॉग आउट करें
card-confirm-logout = लॉग आउट की पुष्टि करें
card-history = इतिहास
card-remove = हटाएँ
card-confirm-remove = हटाने की पुष्टि करें
card-keep = रहने दें
card-snoozed-until = अलर्ट { $time } तक म्यूट हैं
card-resume = फिर शुरू करें
card-snooze-label = { $name } के अलर्ट म्यूट करें
card-snooze = अलर्ट म्यूट करें…
card-snooze-one-hour = 1 घंटे के लिए
card-snooze-four-hours = 4 घंटे के लिए
card-snooze-until-tomorrow = कल तक

grid-empty = इस वर्कस्पेस में अभी कोई डिवाइस नहीं है।
grid-loading = डिवाइस लोड हो रहे हैं…

plan-label = प्लान और इस्तेमाल
plan = प्लान
plan-devices = डिवाइस: { $limit } में से { $used }
plan-messages = इस महीने के संदेश: { $quota } में से { $sent }

banner-demo-title = डेमो वर्कस्पेस
banner-demo = नकली डिवाइस, किसी खाते की ज़रूरत नहीं। अपने फ़ोन देखने के लिए सेटिंग्स में अपनी API कुंजी जोड़ें।
banner-open-settings = सेटिंग्स खोलें
banner-stale-since = { $time } से डिवाइस की स्थितियाँ पुरानी हो सकती हैं।
banner-stale = डिवाइस की स्थितियाँ पुरानी हो सकती हैं।
banner-offline-since = यह कंप्यूटर { $time } से ऑफ़लाइन है
banner-unreachable-since = { $time } से { -brand } तक पहुँच नहीं
banner-check-settings = सेटिंग्स जाँचें
banner-connecting = { -brand } से कनेक्ट हो रहा है…
banner-battery = बैटरी पर कम बार जाँच हो रही है।
banner-partial = जो डिवाइस पढ़े नहीं गए, वे अपनी आखिरी ज्ञात स्थिति में रहते हैं।
banner-diagnose-hint = सेटिंग्स → जाँच करें बताता है कि { -brand } ने क्या भेजा।
banner-diagnose = जाँच करें
banner-snoozed-until = सभी अलर्ट { $time } तक म्यूट हैं।
banner-resume = फिर शुरू करें

dialog-cancel = रद्द करें
dialog-close = बंद करें
dialog-done = हो गया
loading = लोड हो रहा है…

add-title = डिवाइस जोड़ें
add-name = नाम
add-name-example = दुकान का फ़ोन
add-adding = जोड़ा जा रहा है…
add-submit = जोड़ें और QR कोड दिखाएँ

pairing-title = “{ $name }” लिंक करें
pairing-qr-label = WhatsApp से स्कैन करने के लिए QR कोड
pairing-countdown = कोड { $of } में से { $number } · { $seconds } सेकंड में खत्म होगा
pairing-getting-code = कोड लिया जा रहा है…
pairing-linked = लिंक हो गया
pairing-expired = इस कोड की समय-सीमा खत्म हो गई है।
pairing-new-code = नया कोड लें
pairing-dashboard = यह { -brand } खाता अपने डैशबोर्ड में फ़ोन लिंक करता है:
pairing-open-browser = ब्राउज़र में खोलें
pairing-try-again = फिर कोशिश करें
pairing-step-open = फ़ोन पर WhatsApp खोलें।
pairing-step-linked-devices = सेटिंग्स → लिंक किए गए डिवाइस पर जाएँ।
pairing-step-link = डिवाइस लिंक करें पर टैप करें और फ़ोन को इस कोड की ओर करें।
pairing-copied = कोड इमेज के रूप में कॉपी हो गया।
pairing-saved = यहाँ सहेजा गया:
pairing-copy = कॉपी करें
pairing-save-png = PNG के रूप में सहेजें
pairing-simulate-scan = स्कैन का अभ्यास (डेमो)

ranking-title = पिछले { $days } दिनों में डिस्कनेक्ट
ranking-empty = अभी किसी डिवाइस का कोई इतिहास नहीं है।
ranking-disconnects = { $count ->
    [one] { $count } डिस्कनेक्ट
   *[other] { $count } डिस्कनेक्ट
}
ranking-none-this-week = इस सप्ताह कोई नहीं
ranking-last = आखिरी { $time }

settings-title = सेटिंग्स
settings-language = भाषा
settings-language-label = { -app } की भाषा
settings-language-system = सिस्टम ({ $language })
settings-connection = { -brand } कनेक्शन
settings-base-url = बेस URL
settings-url-problem = { $example } जैसा पता डालें
settings-api-key = API कुंजी
settings-api-key-stored = सहेजी गई: { $mask }
settings-api-key-placeholder = { -brand } डैशबोर्ड से
settings-stored-keyring = सिस्टम कीरिंग में सहेजी गई
settings-stored-session = सिर्फ़ इस सत्र के लिए रखी गई
settings-stored-none = कोई कुंजी सहेजी नहीं गई
settings-no-keyring = कोई सिस्टम कीरिंग उपलब्ध नहीं है, इसलिए कुंजी सुरक्षित रूप से सहेजी नहीं जा सकती। इसे कभी किसी फ़ाइल में नहीं लिखा जाता।
settings-keep-session = सिर्फ़ इस सत्र के लिए रखें
settings-testing = जाँच हो रही है…
settings-test-connection = कनेक्शन जाँचें
settings-diagnose-hint = { -app } जिन पतों का इस्तेमाल करता है, उन सबसे पूछकर जवाब बताता है, बिना कुंजियों, नामों या फ़ोन नंबरों के
settings-diagnosing = जाँच हो रही है…
settings-diagnose = जाँच करें
settings-forget-key = कुंजी भूल जाएँ
settings-diagnosis-label = जाँच रिपोर्ट
settings-copy-report = रिपोर्ट कॉपी करें
settings-copied = कॉपी हो गया।
settings-connected = कनेक्टेड
settings-connected-devices = { $count ->
    [one] { $plan } प्लान पर { $count } डिवाइस।
   *[other] { $plan } प्लान पर { $count } डिवाइस।
}
settings-monitoring = निगरानी
settings-poll-interval = हर (सेकंड) में जाँचें
settings-poll-problem = { $min } और { $max } सेकंड के बीच (इस कंप्यूटर पर चल रही सेवा के लिए { $local })
settings-demo = डेमो वर्कस्पेस इस्तेमाल करें (जब तक कोई कुंजी सहेजी न हो, तब भी यही इस्तेमाल होता है)
settings-autostart = लॉगिन पर { -app } शुरू करें
settings-battery = बैटरी पर कम बार जाँचें (अंतराल का 4 गुना, कम से कम एक मिनट)
settings-alerts = अलर्ट
settings-remind-every = हर (मिनट, 0 = कभी नहीं) याद दिलाएँ
settings-degraded-after = अस्थिर होने पर इतने (मिनट) बाद अलर्ट करें
settings-quiet-from = शांत समय शुरू
settings-quiet-until = खत्म
settings-detection = पहचान
settings-no-activity = कनेक्टेड फ़ोन को संदिग्ध मानें, जब इतने (मिनट) तक कोई गतिविधि न हो
settings-down-after = डिस्कनेक्ट माना जाए (लगातार जाँचों के बाद)
settings-up-after = ठीक माना जाए (लगातार जाँचों के बाद)
settings-retention = इतिहास रखें (दिन)
settings-webhooks = वेबहुक (वैकल्पिक)
settings-webhooks-hint = { -brand } के सत्र वेबहुक के लिए, जो इस कंप्यूटर तक टनल किए गए हों। रिसीवर सिर्फ़ इसी कंप्यूटर पर सुनता है।
settings-webhooks-receive = वेबहुक प्राप्त करें
settings-port = पोर्ट
settings-signature-header = सिग्नेचर हेडर
settings-webhook-secret = वेबहुक सीक्रेट
settings-webhook-secret-placeholder = { -brand } डैशबोर्ड में सेट किया गया सीक्रेट
settings-webhook-secret-stored = सहेजा गया
settings-forget-secret = सीक्रेट भूल जाएँ
settings-hooks = ऑटोमेशन
settings-hooks-hint = किसी फ़ोन के बंद होने और वापस आने पर चलते हैं, ताकि आपके ऑटोमेशन भेजना रोकें और फिर शुरू करें। ये सिर्फ़ आपके { -brand } वर्कस्पेस को देखते हैं, डेमो के फ़ोन को कभी नहीं।
settings-hook-url = इवेंट को JSON के रूप में यहाँ POST करें
settings-hook-command = यह कमांड चलाएँ ($WAPING_EVENT, $WAPING_DEVICE_NAME… और stdin पर JSON)
settings-hook-timeout = इतने (सेकंड) बाद छोड़ दें
settings-refused = { $part }:
settings-part-settings = सेटिंग्स
settings-part-key = API कुंजी
settings-part-secret = वेबहुक सीक्रेट
settings-keep-secret-session = सीक्रेट सिर्फ़ इस सत्र के लिए रखें
settings-saving = सहेजा जा रहा है…
settings-save = सहेजें
settings-loading = सेटिंग्स लोड हो रही हैं…
settings-saved = सहेजा गया।
settings-saved-partly = कुछ हिस्सा सहेजा गया।
settings-saved-settings-not-key = सेटिंग्स सहेजी गईं; API कुंजी नहीं।
settings-saved-settings-not-secret = सेटिंग्स सहेजी गईं; वेबहुक सीक्रेट नहीं।
settings-saved-settings-not-key-secret = सेटिंग्स सहेजी गईं; API कुंजी और वेबहुक सीक्रेट नहीं।
settings-saved-key-not-settings = API कुंजी सहेजी गई; सेटिंग्स नहीं।
settings-saved-secret-not-settings = वेबहुक सीक्रेट सहेजा गया; सेटिंग्स नहीं।
settings-saved-key-not-settings-secret = API कुंजी सहेजी गई; सेटिंग्स और वेबहुक सीक्रेट नहीं।
settings-saved-secret-not-settings-key = वेबहुक सीक्रेट सहेजा गया; सेटिंग्स और API कुंजी नहीं।
settings-saved-settings-key-not-secret = सेटिंग्स और API कुंजी सहेजी गईं; वेबहुक सीक्रेट नहीं।
settings-saved-settings-secret-not-key = सेटिंग्स और वेबहुक सीक्रेट सहेजे गए; API कुंजी नहीं।
settings-saved-key-secret-not-settings = API कुंजी और वेबहुक सीक्रेट सहेजे गए; सेटिंग्स नहीं।

export-dialog-title = इतिहास एक्सपोर्ट करें

# (end of window messages)

# A newer version of the app: the banner over the cards, and Settings.
update-available = { -app } { $version } उपलब्ध है।
update-restart = अपडेट के लिए दोबारा शुरू करें
update-installing = { -app } { $version } इंस्टॉल हो रहा है… पूरा होने पर ऐप दोबारा शुरू हो जाएगा।
update-notes = नया क्या है
update-check = अपडेट जाँचें
update-checking = जाँच हो रही है…
update-up-to-date = { -app } पूरी तरह अपडेट है।

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
tray-update-available = अपडेट उपलब्ध: { $version } — अपडेट के लिए दोबारा शुरू करें
tray-update-installing = { $version } इंस्टॉल हो रहा है…
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
doctor-recognised-bare-list = हाँ, सादी सूची के रूप में
doctor-recognised-whole-answer = हाँ, पूरे जवाब के रूप में
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
