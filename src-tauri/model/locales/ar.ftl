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

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

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
doctor-recognised-as = نعم، وُجد بصيغة { $shape }
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
