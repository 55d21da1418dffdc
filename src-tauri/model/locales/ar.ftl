# WAPing Desk — Arabic. Translated from en.ftl; keep every message and
# placeable of it (the catalog check in the tests fails otherwise). Product
# terms: docs/TRANSLATING.md.

-brand = WAPing
-app = WAPing Desk

language-name = العربية

### Shared words: states, timeline stretches, reasons, durations

state-unlinked = غير مرتبط
state-connected = متصل
state-degraded = غير مستقر
state-disconnected = غير متصل
state-unknown = غير معروف ({ $status })

segment-connected = متصل
segment-degraded = غير مستقر
segment-disconnected = غير متصل
segment-unlinked = غير مرتبط
segment-unknown = حالة غير معروفة
segment-unreachable = تعذّر الوصول إلى { -brand }
segment-offline = هذا الكمبيوتر غير متصل بالإنترنت
segment-no-data = لا توجد بيانات (التطبيق لم يكن يعمل)

outage-end-rescan = إعادة المسح
outage-end-by-itself = عاد تلقائيًا
outage-end-ongoing = ما زال منقطعًا

reason-logged-out = تم تسجيل الخروج من الهاتف
reason-phone-offline = الهاتف غير متصل (تحقّق من البطارية والإنترنت وقيود العمل في الخلفية)
reason-idle = لم يُستخدم لمدة طويلة (الهاتف غير المستخدم نحو 14 يومًا يُخرج أجهزته المرتبطة)
reason-policy = أوقفته سياسة واتساب
reason-reinstall = أُعيد تثبيت واتساب على الهاتف
reason-security = تنبيه أمان على الهاتف يحتاج إلى انتباهك
reason-reconnecting = جارٍ إعادة الاتصال
reason-no-activity = لا يوجد نشاط
reason-logged-out-here = تم تسجيل الخروج من { -app }
reason-removed-here = تمت الإزالة من { -app }

duration-seconds = { $seconds ->
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $seconds } ثوانٍ
   *[other] { $seconds } ثانية
}
duration-minutes = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
}
duration-hours = { $hours ->
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
   *[other] { $hours } ساعة
}
duration-hours-minutes = { $hours } س { $minutes } د
duration-days = { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
   *[other] { $days } يومًا
}
duration-days-hours = { $days } ي { $hours } س

just-now = الآن
never = أبدًا

ago-seconds = { $seconds ->
    [one] منذ ثانية
    [two] منذ ثانيتين
    [few] منذ { $seconds } ثوانٍ
   *[other] منذ { $seconds } ثانية
}
ago-minutes = { $minutes ->
    [one] منذ دقيقة
    [two] منذ دقيقتين
    [few] منذ { $minutes } دقائق
   *[other] منذ { $minutes } دقيقة
}
ago-hours = { $hours ->
    [one] منذ ساعة
    [two] منذ ساعتين
    [few] منذ { $hours } ساعات
   *[other] منذ { $hours } ساعة
}
ago-days = { $days ->
    [one] منذ يوم
    [two] منذ يومين
    [few] منذ { $days } أيام
    [many] منذ { $days } يومًا
   *[other] منذ { $days } يوم
}

read-partial = لم يتمكن { -app } من قراءة سوى { $count } من الأجهزة: { $reason }
read-unreadable = { $count ->
    [one] تعذّرت قراءة جهاز واحد: { $names }
    [two] تعذّرت قراءة جهازين: { $names }
   *[other] تعذّرت قراءة { $count } من الأجهزة: { $names }
}
read-unreadable-more = تعذّرت قراءة { $count } من الأجهزة: { $names } و{ $more } غيرها
read-names-separator = {"، "}
read-problems-separator = {"؛ "}

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

error-invalid-input = لم يُقبل هذا الإدخال. تحقق منه وحاول مرة أخرى.
error-unknown-request = لا يستطيع هذا الإصدار من { -app } القيام بذلك. أعد تشغيل التطبيق.
error-agent-unavailable = تعذّر على { -app } تشغيل خدمته في الخلفية. أعد تشغيل التطبيق.
error-agent-gone = توقفت خدمة { -app } في الخلفية. أعد تشغيل التطبيق.
error-no-data-folder = لا يملك { -app } مجلدًا لحفظ بياناته.
error-settings-not-saved = تعذّر حفظ الإعدادات.
error-keyring-unavailable = لا تتوفر سلسلة مفاتيح للنظام، لذا لا يمكن حفظ المفتاح بأمان.
error-not-connected = لا يوجد اتصال بـ { -brand } بعد. أضف مفتاح API في الإعدادات.
error-not-demo = يعمل هذا في مساحة العمل التجريبية فقط.
error-demo-unavailable = تعذّر تشغيل مساحة العمل التجريبية.
error-no-diagnosis = لا يوجد تشخيص بعد. شغّل التشخيص أولًا.
error-history-locked = السجل مستخدم من نسخة أخرى من { -app }.
error-history-error = تعذّرت قراءة السجل أو الكتابة فيه.
error-history-migration = أنشأ السجلَ إصدارٌ أحدث من { -app } ولا يمكن قراءته.
error-history-unavailable = السجل غير متاح الآن.
error-history-not-saved = لا يتم حفظ السجل: ما تراه الآن لن يكون فيه لاحقًا. تحقّق من المساحة الفارغة على هذا الكمبيوتر.
error-history-recovered = كان ملف السجل تالفًا، فنُقل جانبًا وبدأ ملف جديد. السجل الأقدم موجود في الملف المنقول.
error-export-failed = تعذّر تصدير السجل.
error-plan-limit = لا تتسع باقة { -brand } الخاصة بك لجهاز آخر.
error-no-code = لا يوجد رمز QR على الشاشة.
error-qr-unreadable = تعذّرت قراءة رمز QR.
error-scan-failed = تعذّر ربط الهاتف. حاول مرة أخرى.
error-no-dashboard = لا يربط هذا الحساب الهواتف من لوحة تحكم { -brand }.
error-no-folder = لا يوجد مجلد التنزيلات للحفظ فيه.
error-not-saved = تعذّر حفظ الملف.
error-no-clipboard = لم يُنسخ شيء: الحافظة غير متاحة.
error-not-opened = تعذّر فتح المتصفح.
error-autostart = تعذّر تغيير التشغيل عند تسجيل الدخول.
error-unauthorized = لم يقبل { -brand } مفتاح API. تحقق منه في الإعدادات.
error-no-api-key = لا يوجد مفتاح API محفوظ. أضفه في الإعدادات.
error-key-needed = اكتب مفتاح API لهذا العنوان: لا يُرسل المفتاح المحفوظ إلا إلى العنوان المحفوظ.
error-no-api-access = لا تتضمن باقة { -brand } هذه الوصول إلى API.
error-forbidden = رفض { -brand } هذا الطلب لحسابك.
error-not-found = لا يعرف { -brand } هذا الجهاز أو العنوان.
error-validation-error = لم يقبل { -brand } ما أُرسل.
error-conflict = رفض { -brand }: الجهاز مشغول بأمر آخر.
error-rate-limited = طلبات كثيرة جدًا إلى { -brand }. سيعيد التطبيق المحاولة قريبًا.
error-session-disconnected = ارتباط WhatsApp في الهاتف غير متصل.
error-server-error = حدثت مشكلة لدى { -brand }. سيعيد التطبيق المحاولة.
error-api-error = ردّ { -brand } بخطأ.
error-unreachable = تعذّر الوصول إلى { -brand }.
error-computer-offline = هذا الكمبيوتر غير متصل بالإنترنت.
error-timeout = استغرق { -brand } وقتًا طويلًا للرد.
error-malformed-response = تعذّرت قراءة رد { -brand }.
error-response-too-large = كان رد { -brand } أكبر من أن يُقرأ.
error-invalid-base-url = أدخل عنوانًا صالحًا، مثل https://api.waping.app
error-already-connected = هذا الهاتف مرتبط بالفعل.
error-update-unavailable = تعذّر تنزيل التحديث. سيحاول { -app } مرة أخرى غدًا، أو عندما تطلب ذلك.
error-update-refused = لم يكن التحديث الذي تم تنزيله موقّعًا من مطوّري { -app }، لذا لم يُثبَّت.
error-update-needs-package-manager = ثُبِّت { -app } كحزمة نظام، ولم يتمكن التحديث من الحصول على صلاحيات المسؤول. حدّثه باستخدام مدير الحزم: نزّل الحزمة الجديدة من waping.app وثبّتها بالأمر «sudo apt install ./» متبوعًا باسم ملفها.
error-update-failed = تعذّر تثبيت التحديث. يستمر { -app } في العمل كما هو.
error-update-while-pairing = يجري ربط هاتف الآن. أكمل الربط أو أغلقه أولًا، ثم أعد تشغيل التطبيق للتحديث.
error-internal = حدث خطأ ما في { -app }.

# (end of error messages)

### Window: every view and dialog of the window (ui/)

app-add-device = إضافة جهاز
app-refresh = تحديث
app-history = السجل
app-settings = الإعدادات
nav-devices = الأجهزة
nav-back = رجوع
error-details = التفاصيل

timeline-stretch = { $kind }: { $from } – { $to } ({ $duration })
timeline-stretch-reason = { $kind } — { $reason }: { $from } – { $to } ({ $duration })
timeline-span = { $from } – { $to } ({ $duration })
timeline-changes-drawn = { $count ->
    [zero] لا تغييرات هنا
    [one] تغيير واحد مرسوم هنا؛ كبّر لرؤيته
    [two] تغييران مرسومان معًا؛ كبّر لرؤية كل منهما
    [few] { $count } تغييرات مرسومة معًا؛ كبّر لرؤية كل منها
    [many] { $count } تغييرًا مرسومة معًا؛ كبّر لرؤية كل منها
   *[other] { $count } تغيير مرسومة معًا؛ كبّر لرؤية كل منها
}
timeline-keys = المخطط الزمني لـ { $name }. تنتقل مفاتيح الأسهم بين التغييرات، ويكبّر الزائد ويصغّر الناقص، وينتقل Page Up وPage Down في الزمن.
timeline-states = حالات { $name } من { $from } إلى { $to }
timeline-hint = انقر على المخطط الزمني، أو ركّز عليه واستخدم مفاتيح الأسهم، لقراءة كل فترة.

history-range = الفترة
history-range-24h = 24 ساعة
history-range-week = هذا الأسبوع
history-range-7d = 7 أيام
history-range-30d = 30 يومًا
history-from = من
history-to = إلى
history-show = عرض
history-range-backwards = اختر بداية قبل النهاية.
history-zoom-and-move = التكبير والتحريك
history-earlier = أقدم
history-later = أحدث
history-zoom-in = تكبير
history-zoom-out = تصغير
history-uptime = مدة الاتصال
history-uptime-by-period = مدة الاتصال حسب الفترة
history-period = { $days ->
    [1] 24 ساعة
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
history-disconnects = مرات الانقطاع
history-mean-recovery = متوسط وقت العودة
history-longest-recovery = الأطول
history-unreachable = تعذّر الوصول إلى { -brand }
history-offline = هذا الكمبيوتر غير متصل بالإنترنت
history-no-data = لا توجد بيانات
history-uptime-note = مدة الاتصال هي وقت الحالة متصل أو غير مستقر مقسومًا على ذلك الوقت مضافًا إليه وقت غير متصل. لا تُحسب حالات غير مرتبط، وتعذّر الوصول إلى { -brand }، وانقطاع هذا الكمبيوتر عن الإنترنت، وعدم تشغيل التطبيق.
history-outages = الانقطاعات
history-filter-reason = السبب يتضمن
history-filter-reason-example = مثلًا: تسجيل الخروج
history-filter-ended = طريقة الانتهاء
history-filter-ended-any = أي طريقة
history-no-outages = لا انقطاعات في هذه الفترة.
history-no-outage-matches = لا يوجد انقطاع يطابق عامل التصفية.
history-column-start = البداية
history-column-duration = المدة
history-column-reason = السبب
history-column-ended = كيف انتهى
history-column-end = النهاية
history-export = تصدير هذه الفترة:
history-exported = حُفظ في:

card-not-linked = غير مرتبط
card-unread = تعذّرت قراءته في آخر رد من { -brand } ({ $problem })؛ تظهر آخر حالة معروفة له.
card-state-for = في هذه الحالة منذ
card-last-seen = آخر ظهور
card-strip = { $name } خلال آخر 24 ساعة
card-uptime-24h = مدة الاتصال خلال 24 ساعة
card-show-qr = عرض رمز QR
card-rescan = إعادة المسح
card-logout = تسجيل الخروج
card-confirm-logout = تأكيد تسجيل الخروج
card-history = السجل
card-remove = إزالة
card-confirm-remove = تأكيد الإزالة
card-keep = إبقاء
card-snoozed-until = التنبيهات مكتومة حتى { $time }
card-resume = استئناف
card-snooze-label = كتم تنبيهات { $name }
card-snooze = كتم التنبيهات…
card-snooze-one-hour = لمدة ساعة
card-snooze-four-hours = لمدة 4 ساعات
card-snooze-until-tomorrow = حتى الغد

grid-empty = لا توجد أجهزة في مساحة العمل هذه بعد.
grid-loading = جارٍ تحميل الأجهزة…

plan-label = الباقة والاستخدام
plan = الباقة
plan-devices = الأجهزة: { $used } من { $limit }
plan-messages = رسائل هذا الشهر: { $sent } من { $quota }

banner-demo-title = مساحة عمل تجريبية
banner-demo = أجهزة محاكاة، دون الحاجة إلى حساب. أضف مفتاح API في الإعدادات لرؤية هواتفك.
banner-open-settings = فتح الإعدادات
banner-stale-since = قد لا تكون حالات الأجهزة محدّثة منذ { $time }.
banner-stale = قد لا تكون حالات الأجهزة محدّثة.
banner-offline-since = هذا الكمبيوتر غير متصل بالإنترنت منذ { $time }
banner-unreachable-since = تعذّر الوصول إلى { -brand } منذ { $time }
banner-check-settings = مراجعة الإعدادات
banner-connecting = جارٍ الاتصال بـ { -brand }…
banner-battery = يتم الفحص بوتيرة أقل أثناء العمل على البطارية.
banner-partial = تحتفظ الأجهزة التي لم تُقرأ بآخر حالة معروفة لها.
banner-diagnose-hint = الإعدادات ← التشخيص يوضح ما أرسله { -brand }.
banner-diagnose = التشخيص
banner-snoozed-until = جميع التنبيهات مكتومة حتى { $time }.
banner-resume = استئناف

dialog-cancel = إلغاء
dialog-close = إغلاق
dialog-done = تم
loading = جارٍ التحميل…

add-title = إضافة جهاز
add-name = الاسم
add-name-example = هاتف المتجر
add-adding = جارٍ الإضافة…
add-submit = إضافة وعرض رمز QR

pairing-title = ربط «{ $name }»
pairing-qr-label = رمز QR للمسح باستخدام WhatsApp
pairing-countdown = الرمز { $number } من { $of } · تنتهي صلاحيته خلال { $seconds } ث
pairing-getting-code = جارٍ الحصول على رمز…
pairing-linked = مرتبط
pairing-expired = انتهت صلاحية هذا الرمز.
pairing-new-code = الحصول على رمز جديد
pairing-dashboard = يربط حساب { -brand } هذا الهواتف من لوحة التحكم الخاصة به:
pairing-open-browser = فتح في المتصفح
pairing-try-again = إعادة المحاولة
pairing-step-open = افتح WhatsApp على الهاتف.
pairing-step-linked-devices = انتقل إلى الإعدادات ← الأجهزة المرتبطة.
pairing-step-link = اضغط على ربط جهاز ووجّه الهاتف نحو هذا الرمز.
pairing-copied = نُسخ الرمز كصورة.
pairing-saved = حُفظ في:
pairing-copy = نسخ
pairing-save-png = حفظ بصيغة PNG
pairing-simulate-scan = محاكاة المسح (تجريبي)

ranking-title = { $days ->
    [few] مرات الانقطاع في آخر { $days } أيام
    [many] مرات الانقطاع في آخر { $days } يومًا
   *[other] مرات الانقطاع في آخر { $days } يوم
}
ranking-empty = لا يوجد سجل لأي جهاز بعد.
ranking-disconnects = { $count ->
    [zero] لا انقطاعات
    [one] انقطاع واحد
    [two] انقطاعان
    [few] { $count } انقطاعات
    [many] { $count } انقطاعًا
   *[other] { $count } انقطاع
}
ranking-none-this-week = لا شيء هذا الأسبوع
ranking-last = آخرها { $time }

settings-title = الإعدادات
settings-language = اللغة
settings-language-label = لغة { -app }
settings-language-system = لغة النظام ({ $language })
settings-connection = الاتصال بـ { -brand }
settings-base-url = عنوان URL الأساسي
settings-url-problem = أدخل عنوانًا مثل { $example }
settings-api-key = مفتاح API
settings-api-key-stored = محفوظ: { $mask }
settings-api-key-placeholder = من لوحة تحكم { -brand }
settings-stored-keyring = محفوظ في سلسلة مفاتيح النظام
settings-stored-session = محفوظ لهذه الجلسة فقط
settings-stored-none = لا يوجد مفتاح محفوظ
settings-no-keyring = لا تتوفر سلسلة مفاتيح للنظام، لذا لا يمكن حفظ المفتاح بأمان. لا يُكتب أبدًا في ملف.
settings-keep-session = الاحتفاظ به لهذه الجلسة فقط
settings-testing = جارٍ الاختبار…
settings-test-connection = اختبار الاتصال
settings-diagnose-hint = يسأل كل عنوان يستخدمه { -app } ويعرض ما عاد منه، دون مفاتيح أو أسماء أو أرقام هواتف
settings-diagnosing = جارٍ التشخيص…
settings-diagnose = التشخيص
settings-forget-key = نسيان المفتاح
settings-diagnosis-label = تقرير التشخيص
settings-copy-report = نسخ التقرير
settings-copied = تم النسخ.
settings-connected = متصل
settings-connected-devices = { $count ->
    [zero] لا أجهزة في باقة { $plan }.
    [one] جهاز واحد في باقة { $plan }.
    [two] جهازان في باقة { $plan }.
    [few] { $count } أجهزة في باقة { $plan }.
    [many] { $count } جهازًا في باقة { $plan }.
   *[other] { $count } جهاز في باقة { $plan }.
}
settings-monitoring = المراقبة
settings-poll-interval = الفحص كل (ثانية)
settings-poll-problem = بين { $min } و{ $max } ثانية ({ $local } لخدمة على هذا الكمبيوتر)
settings-demo = استخدام مساحة العمل التجريبية (تُستخدم أيضًا ما دام لا يوجد مفتاح محفوظ)
settings-autostart = تشغيل { -app } عند تسجيل الدخول
settings-battery = الفحص بوتيرة أقل على البطارية (كل 4 أضعاف الفاصل، دقيقة على الأقل)
settings-alerts = التنبيهات
settings-remind-every = التذكير كل (دقيقة، 0 = أبدًا)
settings-degraded-after = التنبيه لحالة غير مستقر بعد (دقيقة)
settings-quiet-from = ساعات الهدوء من
settings-quiet-until = حتى
settings-detection = الاكتشاف
settings-no-activity = اعتبار الهاتف المتصل مشكوكًا فيه بعد غياب النشاط لمدة (دقيقة)
settings-down-after = غير متصل بعد (فحوص متتالية)
settings-up-after = عاد بعد (فحوص متتالية)
settings-retention = الاحتفاظ بالسجل لمدة (يوم)
settings-webhooks = Webhooks (اختياري)
settings-webhooks-hint = لخطافات الجلسة (Webhooks) من { -brand } الموجّهة إلى هذا الكمبيوتر. لا يستمع المستقبِل إلا على هذا الكمبيوتر.
settings-webhooks-receive = استقبال Webhooks
settings-port = المنفذ
settings-signature-header = ترويسة التوقيع
settings-webhook-secret = سر Webhook
settings-webhook-secret-placeholder = السر المحدد في لوحة تحكم { -brand }
settings-webhook-secret-stored = محفوظ
settings-forget-secret = نسيان السر
settings-hooks = الأتمتة
settings-hooks-hint = تعمل عندما يتوقف هاتف وعندما يعود، لتوقف أتمتتك الإرسال ثم تستأنفه. تتبع مساحة عمل { -brand } الخاصة بك فقط، ولا تتبع هواتف العرض التجريبي أبدًا.
settings-hook-url = إرسال الحدث بصيغة JSON (POST) إلى
settings-hook-command = تشغيل هذا الأمر ($WAPING_EVENT و$WAPING_DEVICE_NAME… وJSON على stdin)
settings-hook-timeout = التوقف بعد (ثانية)
settings-refused = { $part }:
settings-part-settings = الإعدادات
settings-part-key = مفتاح API
settings-part-secret = سر Webhook
settings-keep-secret-session = الاحتفاظ بالسر لهذه الجلسة فقط
settings-saving = جارٍ الحفظ…
settings-save = حفظ
settings-loading = جارٍ تحميل الإعدادات…
settings-saved = تم الحفظ.
settings-saved-partly = تم الحفظ جزئيًا.
settings-saved-settings-not-key = حُفظت الإعدادات؛ ولم يُحفظ مفتاح API.
settings-saved-settings-not-secret = حُفظت الإعدادات؛ ولم يُحفظ سر Webhook.
settings-saved-settings-not-key-secret = حُفظت الإعدادات؛ ولم يُحفظ مفتاح API ولا سر Webhook.
settings-saved-key-not-settings = حُفظ مفتاح API؛ ولم تُحفظ الإعدادات.
settings-saved-secret-not-settings = حُفظ سر Webhook؛ ولم تُحفظ الإعدادات.
settings-saved-key-not-settings-secret = حُفظ مفتاح API؛ ولم تُحفظ الإعدادات ولا سر Webhook.
settings-saved-secret-not-settings-key = حُفظ سر Webhook؛ ولم تُحفظ الإعدادات ولا مفتاح API.
settings-saved-settings-key-not-secret = حُفظت الإعدادات ومفتاح API؛ ولم يُحفظ سر Webhook.
settings-saved-settings-secret-not-key = حُفظت الإعدادات وسر Webhook؛ ولم يُحفظ مفتاح API.
settings-saved-key-secret-not-settings = حُفظ مفتاح API وسر Webhook؛ ولم تُحفظ الإعدادات.

export-dialog-title = تصدير السجل

# (end of window messages)

# A newer version of the app: the banner over the cards, and Settings.
update-available = يتوفر الآن { -app } { $version }.
update-restart = إعادة التشغيل للتحديث
update-installing = جارٍ تثبيت { -app } { $version }… سيُعاد تشغيل التطبيق عند الانتهاء.
update-notes = ما الجديد
update-check = التحقق من وجود تحديثات
update-checking = جارٍ التحقق…
update-up-to-date = لديك أحدث إصدار من { -app }.

### Agent: tray menu and tooltip, notifications, the wake summary

notify-down = انقطع اتصال { $device }
notify-down-body = منذ { $time } — { $reason }. أعد مسح رمز QR لاستئناف الإرسال.
notify-down-lasting-body = منذ { $time } ({ $duration }) — { $reason }. أعد مسح رمز QR لاستئناف الإرسال.
notify-still-down = { $device } ما زال غير متصل
notify-still-unstable = { $device } ما زال غير مستقر
notify-unstable-lasting-body = منذ { $time } ({ $duration }) — { $reason }. قد تتأخر الرسائل.
notify-unstable = { $device } غير مستقر
notify-unstable-body = غير مستقر منذ { $time } — { $reason }. قد تتأخر الرسائل.
notify-unstable-body-no-reason = غير مستقر منذ { $time }. قد تتأخر الرسائل.
notify-no-reason = لم يُذكر سبب
notify-back = عاد اتصال { $device }
notify-back-body = عاد اتصال { $device } بعد { $duration }.
notify-asleep = أثناء سكون هذا الكمبيوتر
notify-asleep-down = انقطع اتصال { $device } عند { $time } — ما زال منقطعًا
notify-asleep-back = عاد اتصال { $device } بعد { $duration }

tray-tooltip = { -app } — { $summary }
tray-open = فتح
tray-quit = إنهاء
tray-update-available = يتوفر تحديث: { $version } — إعادة التشغيل للتحديث
tray-update-installing = جارٍ تثبيت { $version }…
tray-snooze = كتم التنبيهات
tray-snoozed-until = التنبيهات مكتومة حتى { $until }
tray-snooze-hours = { $hours ->
    [one] لمدة ساعة
    [two] لمدة ساعتين
    [few] لمدة { $hours } ساعات
   *[other] لمدة { $hours } ساعة
}
tray-snooze-tomorrow = حتى { $time } غدًا
tray-resume = استئناف التنبيهات

tray-connecting = جارٍ الاتصال بـ{ -brand }…
tray-failing = { $message } (منذ { $time })
tray-unreachable = تعذّر الوصول إلى { -brand } منذ { $time } — قد تكون حالات الأجهزة قديمة
tray-partial = لم يُقرأ سوى { $count } من الأجهزة؛ قد تكون البقية قديمة
tray-no-devices = لا توجد أجهزة بعد
# "State: count" keeps the number clear of the adjective's agreement.
tray-count-connected = متصل: { $count }
tray-count-degraded = غير مستقر: { $count }
tray-count-disconnected = غير متصل: { $count }
tray-count-unlinked = غير مرتبط: { $count }
tray-count-unknown = غير معروف: { $count }
tray-count-unreadable = تعذّرت قراءته: { $count }
tray-count-separator = {"، "}

settings-webhook-no-secret = الويب هوك مفعّل، لكن لم يتم تعيين سر الويب هوك.
settings-webhook-port-busy = لا يمكن لمستقبل الويب هوك الاستماع على المنفذ { $port }: { $error }

# (end of agent messages)

### Command line: status and doctor

status-column-device = الجهاز
status-column-name = الاسم
status-column-state = الحالة
status-column-reason = السبب
status-column-last-seen = آخر ظهور
status-unreadable = غير مقروء
status-no-devices = لا توجد أجهزة في مساحة العمل هذه.

doctor-title = تشخيص { -app }
doctor-label-app = التطبيق:
doctor-label-waping = { -brand }:
doctor-label-at = الوقت:
doctor-label-exit-code = رمز الخروج:
doctor-label-verdict = الخلاصة:
doctor-label-error = خطأ:
doctor-label-skipped = تم التخطي:
doctor-label-recognised = تم التعرّف:
doctor-label-problem = المشكلة:
doctor-label-entries = الإدخالات:
doctor-label-missing = الناقص:
doctor-label-unknown-fields = حقول غير معروفة (تم تجاهلها):
doctor-label-unknown-statuses = حالات غير معروفة:
doctor-label-time-forms = صيغ الوقت:
doctor-label-pagination = تقسيم الصفحات:
doctor-fields-read = الحقول المقروءة (الحقل <- الموضع):
doctor-at = { $time } ({ $utc })
doctor-exit-code = { $code } ({ $meaning })
doctor-exit-all-connected = كل الأجهزة متصلة
doctor-exit-some-not-connected = بعض الأجهزة ليست متصلة تمامًا
doctor-exit-some-disconnected = بعض الأجهزة غير متصلة
doctor-exit-failed = فشل { -brand } أو لم تتم قراءته كاملًا
doctor-endpoint-device-list = قائمة الأجهزة
doctor-endpoint-workspace = مساحة العمل
doctor-endpoint-one-device = جهاز واحد
doctor-endpoint-qr-code = رمز QR
doctor-request = { $method } { $url } -> { $status } خلال { $millis } ms
doctor-no-answer = لا رد
doctor-yes = نعم
doctor-no = لا
doctor-recognised-bare-list = نعم، كقائمة بسيطة
doctor-recognised-whole-answer = نعم، كالإجابة كاملة
doctor-recognised-under = نعم، وُجد تحت "{ $shape }"
doctor-none = لا شيء
doctor-pagination-one-page = لا شيء (صفحة واحدة)
doctor-list-separator = {"، "}
doctor-missing-in-entries = { $field } ({ $count } من { $entries ->
    [zero] { $entries } إدخال
    [one] إدخال واحد
    [two] إدخالين
    [few] { $entries } إدخالات
    [many] { $entries } إدخالًا
   *[other] { $entries } إدخال
})
doctor-skipped-no-list = تعذّرت قراءة قائمة الأجهزة
doctor-skipped-no-device = لا يوجد جهاز
doctor-skipped-none-unlinked = لا يوجد جهاز غير مرتبط؛ لا يُطلب رمز إلا حين لا يكون أي هاتف مرتبطًا
doctor-skipped-no-qr-endpoint = لا توجد لدى { -brand } نقطة نهاية لرمز QR هنا ({ $message })؛ يتم الربط من لوحة تحكم { -brand }
doctor-skipped-linked-meanwhile = تم ربط الجهاز في أثناء ذلك ({ $message })
doctor-problem-broke-off = انقطعت القائمة بعد { $count ->
    [zero] { $count } إدخال
    [one] إدخال واحد
    [two] إدخالين
    [few] { $count } إدخالات
    [many] { $count } إدخالًا
   *[other] { $count } إدخال
}: { $reason }
doctor-problem-unread = { $count ->
    [zero] تعذّرت قراءة { $count } إدخال: { $entries }
    [one] تعذّرت قراءة إدخال واحد: { $entries }
    [two] تعذّرت قراءة إدخالين: { $entries }
    [few] تعذّرت قراءة { $count } إدخالات: { $entries }
    [many] تعذّرت قراءة { $count } إدخالًا: { $entries }
   *[other] تعذّرت قراءة { $count } إدخال: { $entries }
}
doctor-unread-entry = الإدخال { $position } ({ $problem })
doctor-and-more = { $list } و{ $count } غيرها
doctor-verdict-no-list = تعذّرت قراءة قائمة الأجهزة: { $problem }.
doctor-verdict-no-devices = لا توجد أجهزة في مساحة العمل.
doctor-verdict-devices = { $count ->
    [zero] لا أجهزة
    [one] جهاز واحد
    [two] جهازان
    [few] { $count } أجهزة
    [many] { $count } جهازًا
   *[other] { $count } جهاز
}: { $states }.
doctor-state-count = { $state }: { $count }
doctor-verdict-incomplete = القائمة غير مكتملة: { $reason }.
doctor-verdict-all-read = أجابت كل نقطة نهاية سُئلت بصيغة يقرؤها { -app }.
doctor-verdict-not-read = لم تُقرأ: { $endpoints }.
doctor-verdict-gaps = بعض الحقول أو الحالات المتوقعة كانت ناقصة أو غير معروفة؛ انظر أدناه.

# (end of command-line messages)
