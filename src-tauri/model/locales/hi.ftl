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

ago = { $duration } पहले
just-now = अभी-अभी
never = कभी नहीं

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

# (end of agent messages)

### Command line: status and doctor

# (end of command-line messages)
