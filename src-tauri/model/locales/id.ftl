# WAPing Desk — Indonesian. Translated from en.ftl; keep every message and
# placeable of it (the catalog check in the tests fails otherwise). Product
# terms: docs/TRANSLATING.md.

-brand = WAPing
-app = WAPing Desk

language-name = Bahasa Indonesia

### Shared words: states, timeline stretches, reasons, durations

state-unlinked = Belum ditautkan
state-connected = Terhubung
state-degraded = Tidak stabil
state-disconnected = Terputus
state-unknown = Tidak dikenal ({ $status })

segment-connected = Terhubung
segment-degraded = Tidak stabil
segment-disconnected = Terputus
segment-unlinked = Belum ditautkan
segment-unknown = Status tidak dikenal
segment-unreachable = { -brand } tidak dapat dihubungi
segment-offline = Komputer ini offline
segment-no-data = Tidak ada data (aplikasi tidak berjalan)

outage-end-rescan = Pindai ulang
outage-end-by-itself = Pulih sendiri
outage-end-ongoing = Masih terputus

reason-logged-out = keluar dari sesi di ponsel
reason-phone-offline = ponsel sedang offline (periksa baterai, internet, dan batasan latar belakang)
reason-idle = terlalu lama tidak dipakai (ponsel yang tidak dipakai sekitar 14 hari mengeluarkan perangkat tertautnya)
reason-policy = diputus oleh kebijakan WhatsApp
reason-reinstall = WhatsApp dipasang ulang di ponsel
reason-security = ada peringatan keamanan di ponsel yang perlu ditanggapi
reason-reconnecting = menghubungkan ulang
reason-no-activity = tidak ada aktivitas
reason-logged-out-here = dikeluarkan dari { -app }
reason-removed-here = dihapus dari { -app }

duration-seconds = { $seconds } dtk
duration-minutes = { $minutes } mnt
duration-hours = { $hours } jam
duration-hours-minutes = { $hours } jam { $minutes } mnt
duration-days = { $days } hari
duration-days-hours = { $days } hari { $hours } jam

just-now = baru saja
never = belum pernah

ago-seconds = { $seconds } dtk yang lalu
ago-minutes = { $minutes } mnt yang lalu
ago-hours = { $hours } jam yang lalu
ago-days = { $days } hari yang lalu

read-partial = { -app } hanya dapat membaca { $count } perangkat: { $reason }
read-unreadable = { $count } perangkat tidak dapat dibaca: { $names }
read-unreadable-more = { $count } perangkat tidak dapat dibaca: { $names } dan { $more } lainnya
read-names-separator = {", "}
read-problems-separator = {"; "}

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

notify-down = { $device } terputus
notify-down-body = Sejak { $time } — { $reason }. Pindai ulang kode QR agar bisa mengirim lagi.
notify-down-lasting-body = Sejak { $time } ({ $duration }) — { $reason }. Pindai ulang kode QR agar bisa mengirim lagi.
notify-still-down = { $device } masih terputus
notify-still-unstable = { $device } masih tidak stabil
notify-unstable-lasting-body = Sejak { $time } ({ $duration }) — { $reason }. Pesan mungkin terlambat.
notify-unstable = { $device } tidak stabil
notify-unstable-body = Tidak stabil sejak { $time } — { $reason }. Pesan mungkin terlambat.
notify-unstable-body-no-reason = Tidak stabil sejak { $time }. Pesan mungkin terlambat.
notify-no-reason = tanpa keterangan
notify-back = { $device } terhubung kembali
notify-back-body = { $device } terhubung kembali setelah { $duration }.
notify-asleep = Selama komputer ini dalam mode tidur
notify-asleep-down = { $device } terputus pukul { $time } — masih terputus
notify-asleep-back = { $device } terhubung kembali setelah { $duration }

tray-tooltip = { -app } — { $summary }
tray-open = Buka
tray-quit = Keluar
tray-snooze = Bisukan peringatan
tray-snoozed-until = Peringatan dibisukan sampai { $until }
tray-snooze-hours = Selama { $hours } jam
tray-snooze-tomorrow = Sampai besok pukul { $time }
tray-resume = Aktifkan lagi peringatan

tray-connecting = Menghubungkan ke { -brand }…
tray-failing = { $message } (sejak { $time })
tray-unreachable = tidak dapat menjangkau { -brand } sejak { $time } — status perangkat mungkin sudah usang
tray-partial = Hanya { $count } perangkat yang terbaca; yang lain mungkin sudah usang
tray-no-devices = Belum ada perangkat
tray-count-connected = { $count } terhubung
tray-count-degraded = { $count } tidak stabil
tray-count-disconnected = { $count } terputus
tray-count-unlinked = { $count } belum ditautkan
tray-count-unknown = { $count } tidak dikenal
tray-count-unreadable = { $count } tidak terbaca
tray-count-separator = {", "}

settings-webhook-no-secret = Webhook aktif, tetapi rahasia webhook belum diatur.
settings-webhook-port-busy = Penerima webhook tidak dapat mendengarkan di port { $port }: { $error }

# (end of agent messages)

### Command line: status and doctor

status-column-device = PERANGKAT
status-column-name = NAMA
status-column-state = STATUS
status-column-reason = ALASAN
status-column-last-seen = TERAKHIR TERLIHAT
status-unreadable = Tidak terbaca
status-no-devices = Tidak ada perangkat di ruang kerja ini.

doctor-title = Diagnosis { -app }
doctor-label-app = Aplikasi:
doctor-label-waping = { -brand }:
doctor-label-at = Waktu:
doctor-label-exit-code = Kode keluar:
doctor-label-verdict = Kesimpulan:
doctor-label-error = kesalahan:
doctor-label-skipped = Dilewati:
doctor-label-recognised = Dikenali:
doctor-label-problem = Masalah:
doctor-label-entries = Entri:
doctor-label-missing = Tidak ada:
doctor-label-unknown-fields = Kolom tak dikenal (diabaikan):
doctor-label-unknown-statuses = Status tak dikenal:
doctor-label-time-forms = Format waktu:
doctor-label-pagination = Paginasi:
doctor-fields-read = Kolom yang dibaca (kolom <- lokasi):
doctor-at = { $time } ({ $utc })
doctor-exit-code = { $code } ({ $meaning })
doctor-exit-all-connected = semua terhubung
doctor-exit-some-not-connected = sebagian tidak terhubung
doctor-exit-some-disconnected = sebagian terputus
doctor-exit-failed = { -brand } gagal atau tidak terbaca utuh
doctor-endpoint-device-list = Daftar perangkat
doctor-endpoint-workspace = Ruang kerja
doctor-endpoint-one-device = Satu perangkat
doctor-endpoint-qr-code = Kode QR
doctor-request = { $method } { $url } -> { $status } dalam { $millis } ms
doctor-no-answer = tidak ada jawaban
doctor-yes = ya
doctor-no = tidak
doctor-recognised-as = ya, ditemukan sebagai { $shape }
doctor-recognised-under = ya, ditemukan di "{ $shape }"
doctor-none = tidak ada
doctor-pagination-one-page = tidak ada (satu halaman)
doctor-list-separator = {", "}
doctor-missing-in-entries = { $field } ({ $count } dari { $entries } entri)
doctor-skipped-no-list = daftar perangkat tidak dapat dibaca
doctor-skipped-no-device = tidak ada perangkat
doctor-skipped-none-unlinked = tidak ada perangkat yang Belum ditautkan; kode hanya diminta jika belum ada ponsel yang tertaut
doctor-skipped-no-qr-endpoint = { -brand } tidak punya endpoint QR di sini ({ $message }); penautan dilakukan lewat dasbor { -brand }
doctor-skipped-linked-meanwhile = perangkat sudah tertaut sementara itu ({ $message })
doctor-problem-broke-off = daftar terhenti setelah { $count } entri: { $reason }
doctor-problem-unread = { $count } entri tidak dapat dibaca: { $entries }
doctor-unread-entry = entri { $position } ({ $problem })
doctor-and-more = { $list } dan { $count } lainnya
doctor-verdict-no-list = Daftar perangkat tidak dapat dibaca: { $problem }.
doctor-verdict-no-devices = Ruang kerja ini tidak punya perangkat.
doctor-verdict-devices = { $count } perangkat: { $states }.
doctor-state-count = { $state }: { $count }
doctor-verdict-incomplete = Daftar tidak lengkap: { $reason }.
doctor-verdict-all-read = Semua endpoint yang ditanya menjawab dalam bentuk yang dapat dibaca { -app }.
doctor-verdict-not-read = Tidak terbaca: { $endpoints }.
doctor-verdict-gaps = Beberapa kolom atau status yang diharapkan tidak ada atau tidak dikenal; lihat di bawah.

# (end of command-line messages)
