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

ago = منذ { $duration }
just-now = الآن
never = أبدًا

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

# (end of agent messages)

### Command line: status and doctor

# (end of command-line messages)
