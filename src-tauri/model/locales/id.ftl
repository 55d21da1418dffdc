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

error-invalid-input = Isian ini tidak diterima. Periksa lalu coba lagi.
error-unknown-request = Versi { -app } ini tidak dapat melakukannya. Mulai ulang aplikasi.
error-agent-unavailable = { -app } tidak dapat memulai layanan latarnya. Mulai ulang aplikasi.
error-agent-gone = Layanan latar { -app } berhenti. Mulai ulang aplikasi.
error-no-data-folder = { -app } tidak punya folder untuk menyimpan datanya.
error-settings-not-saved = Pengaturan tidak dapat disimpan.
error-keyring-unavailable = Keyring sistem tidak tersedia, jadi kunci tidak dapat disimpan dengan aman.
error-not-connected = Belum ada koneksi { -brand }. Tambahkan kunci API Anda di Pengaturan.
error-not-demo = Ini hanya berfungsi di ruang kerja demo.
error-demo-unavailable = Ruang kerja demo tidak dapat dimulai.
error-no-diagnosis = Belum ada diagnosis. Jalankan Diagnosis terlebih dahulu.
error-history-locked = Riwayat sedang dipakai oleh salinan { -app } yang lain.
error-history-error = Riwayat tidak dapat dibaca atau ditulis.
error-history-migration = Riwayat dibuat oleh versi { -app } yang lebih baru dan tidak dapat dibaca.
error-history-unavailable = Riwayat tidak tersedia saat ini.
error-history-not-saved = Riwayat tidak tersimpan: yang Anda lihat sekarang tidak akan tercatat. Periksa ruang kosong di komputer ini.
error-history-recovered = Berkas riwayat rusak, jadi disisihkan dan berkas baru dimulai. Riwayat lama ada di berkas yang disisihkan.
error-export-failed = Riwayat tidak dapat diekspor.
error-plan-limit = Paket { -brand } Anda tidak punya tempat untuk perangkat lain.
error-no-code = Tidak ada kode QR di layar.
error-qr-unreadable = Kode QR tidak dapat dibaca.
error-scan-failed = Gagal menautkan ponsel. Coba lagi.
error-no-dashboard = Akun ini tidak menautkan ponsel di dasbor { -brand }.
error-no-folder = Tidak ada folder Unduhan untuk menyimpan.
error-not-saved = File tidak dapat disimpan.
error-no-clipboard = Tidak ada yang disalin: papan klip tidak tersedia.
error-not-opened = Browser tidak dapat dibuka.
error-autostart = Pengaturan mulai saat login tidak dapat diubah.
error-unauthorized = { -brand } tidak menerima kunci API. Periksa di Pengaturan.
error-no-api-key = Belum ada kunci API tersimpan. Tambahkan di Pengaturan.
error-key-needed = Ketik kunci API untuk alamat ini: kunci tersimpan hanya dikirim ke alamat yang tersimpan.
error-no-api-access = Paket { -brand } ini tidak termasuk akses API.
error-forbidden = { -brand } menolak permintaan ini untuk akun Anda.
error-not-found = { -brand } tidak mengenal perangkat atau alamat ini.
error-validation-error = { -brand } tidak menerima apa yang dikirim.
error-conflict = { -brand } menolak: perangkat sedang sibuk dengan hal lain.
error-rate-limited = Terlalu banyak permintaan ke { -brand }. Aplikasi akan mencoba lagi sebentar lagi.
error-session-disconnected = Tautan WhatsApp ponsel ini terputus.
error-server-error = { -brand } mengalami masalah di pihaknya. Aplikasi akan mencoba lagi.
error-api-error = { -brand } menjawab dengan kesalahan.
error-unreachable = { -brand } tidak dapat dijangkau.
error-computer-offline = Komputer ini offline.
error-timeout = { -brand } terlalu lama menjawab.
error-malformed-response = Jawaban { -brand } tidak dapat dibaca.
error-response-too-large = Jawaban { -brand } terlalu besar untuk dibaca.
error-invalid-base-url = Masukkan alamat yang valid, seperti https://api.waping.app
error-already-connected = Ponsel ini sudah tertaut.
error-update-unavailable = Pembaruan tidak dapat diunduh. { -app } akan mencoba lagi besok, atau saat Anda memintanya.
error-update-refused = Pembaruan yang diunduh tidak ditandatangani oleh pembuat { -app }, jadi tidak dipasang.
error-update-needs-package-manager = { -app } dipasang sebagai paket sistem, dan pembaruan tidak mendapat izin administrator. Perbarui lewat pengelola paket Anda: unduh paket baru dari waping.app lalu pasang dengan “sudo apt install ./” diikuti nama file-nya.
error-update-failed = Pembaruan tidak dapat dipasang. { -app } tetap berjalan seperti biasa.
error-update-while-pairing = Sebuah ponsel sedang ditautkan. Selesaikan atau tutup penautan dulu, lalu mulai ulang aplikasi untuk memperbarui.
error-internal = Terjadi kesalahan di { -app }.

# (end of error messages)

### Window: every view and dialog of the window (ui/)

app-add-device = Tambah perangkat
app-refresh = Muat ulang
app-history = Riwayat
app-settings = Pengaturan
nav-devices = Perangkat
nav-back = Kembali
error-details = Detail

timeline-stretch = { $kind }: { $from } – { $to } ({ $duration })
timeline-stretch-reason = { $kind } — { $reason }: { $from } – { $to } ({ $duration })
timeline-span = { $from } – { $to } ({ $duration })
timeline-changes-drawn = { $count } perubahan digambar bersama; perbesar untuk melihat masing-masing
timeline-keys = Linimasa { $name }. Tombol panah menelusuri perubahan, plus dan minus memperbesar atau memperkecil, Page Up dan Page Down bergerak dalam waktu.
timeline-states = Status { $name } dari { $from } sampai { $to }
timeline-hint = Klik linimasa, atau fokuskan lalu gunakan tombol panah, untuk membaca setiap rentang.

history-range = Rentang
history-range-24h = 24 jam
history-range-week = Minggu ini
history-range-7d = 7 hari
history-range-30d = 30 hari
history-from = Dari
history-to = Sampai
history-show = Tampilkan
history-range-backwards = Pilih awal sebelum akhir.
history-zoom-and-move = Perbesar dan geser
history-earlier = Lebih awal
history-later = Lebih akhir
history-zoom-in = Perbesar
history-zoom-out = Perkecil
history-uptime = Waktu aktif
history-uptime-by-period = Waktu aktif per periode
history-period = { $days ->
    [1] 24 jam
   *[other] { $days } hari
}
history-disconnects = Terputus
history-mean-recovery = Rata-rata waktu pulih
history-longest-recovery = Terlama
history-unreachable = { -brand } tidak terjangkau
history-offline = Komputer ini offline
history-no-data = Tidak ada data
history-uptime-note = Waktu aktif adalah waktu Terhubung atau Tidak stabil dibandingkan waktu itu ditambah waktu Terputus. Belum ditautkan, { -brand } tidak terjangkau, komputer ini offline, dan aplikasi tidak berjalan tidak dihitung.
history-outages = Gangguan
history-filter-reason = Alasan berisi
history-filter-reason-example = mis. keluar
history-filter-ended = Berakhir
history-filter-ended-any = Dengan cara apa pun
history-no-outages = Tidak ada gangguan dalam rentang ini.
history-no-outage-matches = Tidak ada gangguan yang cocok dengan filter.
history-column-start = Mulai
history-column-duration = Durasi
history-column-reason = Alasan
history-column-ended = Cara berakhir
history-column-end = Selesai
history-export = Ekspor rentang ini:
history-exported = Disimpan di:

card-not-linked = Belum ditautkan
card-unread = Tidak dapat dibaca dalam jawaban terakhir { -brand } ({ $problem }); status terakhir yang diketahui ditampilkan.
card-state-for = Dalam status ini selama
card-last-seen = Terakhir terlihat
card-strip = { $name } selama 24 jam terakhir
card-uptime-24h = Waktu aktif 24 jam
card-show-qr = Tampilkan kode QR
card-rescan = Pindai ulang kode QR
card-logout = Keluar
card-confirm-logout = Konfirmasi keluar
card-history = Riwayat
card-remove = Hapus
card-confirm-remove = Konfirmasi hapus
card-keep = Biarkan
card-snoozed-until = Peringatan dibisukan sampai { $time }
card-resume = Lanjutkan
card-snooze-label = Bisukan peringatan untuk { $name }
card-snooze = Bisukan peringatan…
card-snooze-one-hour = Selama 1 jam
card-snooze-four-hours = Selama 4 jam
card-snooze-until-tomorrow = Sampai besok

grid-empty = Belum ada perangkat di ruang kerja ini.
grid-loading = Memuat perangkat…

plan-label = Paket dan pemakaian
plan = Paket
plan-devices = Perangkat: { $used } dari { $limit }
plan-messages = Pesan bulan ini: { $sent } dari { $quota }

banner-demo-title = Ruang kerja demo
banner-demo = perangkat simulasi, tanpa akun. Tambahkan kunci API Anda di Pengaturan untuk melihat ponsel Anda sendiri.
banner-open-settings = Buka Pengaturan
banner-stale-since = status perangkat mungkin sudah tidak terbaru sejak { $time }.
banner-stale = status perangkat mungkin sudah tidak terbaru.
banner-offline-since = Komputer ini offline sejak { $time }
banner-unreachable-since = { -brand } tidak dapat dijangkau sejak { $time }
banner-check-settings = Periksa Pengaturan
banner-connecting = Menghubungkan ke { -brand }…
banner-battery = Memeriksa lebih jarang saat memakai baterai.
banner-partial = Perangkat yang tidak terbaca mempertahankan status terakhir yang diketahui.
banner-diagnose-hint = Pengaturan → Diagnosis menunjukkan apa yang dikirim { -brand }.
banner-diagnose = Diagnosis
banner-snoozed-until = Semua peringatan dibisukan sampai { $time }.
banner-resume = Lanjutkan

dialog-cancel = Batal
dialog-close = Tutup
dialog-done = Selesai
loading = Memuat…

add-title = Tambah perangkat
add-name = Nama
add-name-example = Ponsel toko
add-adding = Menambahkan…
add-submit = Tambah dan tampilkan kode QR

pairing-title = Tautkan “{ $name }”
pairing-qr-label = Kode QR untuk dipindai dengan WhatsApp
pairing-countdown = Kode { $number } dari { $of } · kedaluwarsa dalam { $seconds } dtk
pairing-getting-code = Mengambil kode…
pairing-linked = Tertaut
pairing-expired = Kode ini sudah kedaluwarsa.
pairing-new-code = Ambil kode baru
pairing-dashboard = Akun { -brand } ini menautkan ponsel di dasbornya:
pairing-open-browser = Buka di browser
pairing-try-again = Coba lagi
pairing-step-open = Buka WhatsApp di ponsel.
pairing-step-linked-devices = Buka Setelan → Perangkat tertaut.
pairing-step-link = Ketuk Tautkan perangkat lalu arahkan ponsel ke kode ini.
pairing-copied = Kode disalin sebagai gambar.
pairing-saved = Disimpan di:
pairing-copy = Salin
pairing-save-png = Simpan sebagai PNG
pairing-simulate-scan = Simulasikan pindai (demo)

ranking-title = Terputus dalam { $days } hari terakhir
ranking-empty = Belum ada perangkat yang punya riwayat.
ranking-disconnects = { $count } kali terputus
ranking-none-this-week = tidak ada minggu ini
ranking-last = terakhir { $time }

settings-title = Pengaturan
settings-language = Bahasa
settings-language-label = Bahasa { -app }
settings-language-system = Sistem ({ $language })
settings-connection = Koneksi { -brand }
settings-base-url = URL dasar
settings-url-problem = Masukkan alamat seperti { $example }
settings-api-key = Kunci API
settings-api-key-stored = Tersimpan: { $mask }
settings-api-key-placeholder = Dari dasbor { -brand }
settings-stored-keyring = Tersimpan di keyring sistem
settings-stored-session = Disimpan untuk sesi ini saja
settings-stored-none = Tidak ada kunci tersimpan
settings-no-keyring = Keyring sistem tidak tersedia, jadi kunci tidak dapat disimpan dengan aman. Kunci tidak pernah ditulis ke file.
settings-keep-session = Simpan untuk sesi ini saja
settings-testing = Menguji…
settings-test-connection = Uji koneksi
settings-diagnose-hint = Menanyai setiap alamat yang dipakai { -app } dan melaporkan jawabannya, tanpa kunci, nama, atau nomor telepon
settings-diagnosing = Mendiagnosis…
settings-diagnose = Diagnosis
settings-forget-key = Lupakan kunci
settings-diagnosis-label = Laporan diagnosis
settings-copy-report = Salin laporan
settings-copied = Disalin.
settings-connected = Terhubung
settings-connected-devices = { $count } perangkat pada paket { $plan }.
settings-monitoring = Pemantauan
settings-poll-interval = Periksa setiap (detik)
settings-poll-problem = Antara { $min } dan { $max } detik ({ $local } untuk layanan di komputer ini)
settings-demo = Gunakan ruang kerja demo (juga dipakai selama belum ada kunci tersimpan)
settings-autostart = Jalankan { -app } saat login
settings-battery = Periksa lebih jarang saat memakai baterai (setiap 4× interval, minimal satu menit)
settings-alerts = Peringatan
settings-remind-every = Ingatkan setiap (menit, 0 = tidak pernah)
settings-degraded-after = Beri peringatan Tidak stabil setelah (menit)
settings-quiet-from = Jam tenang dari
settings-quiet-until = sampai
settings-detection = Deteksi
settings-no-activity = Anggap ponsel terhubung mencurigakan setelah tidak ada aktivitas selama (menit)
settings-down-after = Terputus setelah (pemeriksaan berturut-turut)
settings-up-after = Pulih setelah (pemeriksaan berturut-turut)
settings-retention = Simpan riwayat selama (hari)
settings-webhooks = Webhook (opsional)
settings-webhooks-hint = Untuk webhook sesi { -brand } yang diteruskan ke komputer ini. Penerima hanya mendengarkan di komputer ini.
settings-webhooks-receive = Terima webhook
settings-port = Port
settings-signature-header = Header tanda tangan
settings-webhook-secret = Rahasia webhook
settings-webhook-secret-placeholder = Rahasia yang diatur di dasbor { -brand }
settings-webhook-secret-stored = Tersimpan
settings-forget-secret = Lupakan rahasia
settings-hooks = Otomatisasi
settings-hooks-hint = Dijalankan saat ponsel mati dan saat kembali, agar otomatisasi Anda menjeda dan melanjutkan pengiriman. Hanya mengikuti ruang kerja { -brand } Anda, tidak pernah ponsel demo.
settings-hook-url = Kirim event sebagai JSON (POST) ke
settings-hook-command = Jalankan perintah ini ($WAPING_EVENT, $WAPING_DEVICE_NAME… dan JSON di stdin)
settings-hook-timeout = Menyerah setelah (detik)
settings-refused = { $part }:
settings-part-settings = Pengaturan
settings-part-key = Kunci API
settings-part-secret = Rahasia webhook
settings-keep-secret-session = Simpan rahasia untuk sesi ini saja
settings-saving = Menyimpan…
settings-save = Simpan
settings-loading = Memuat pengaturan…
settings-saved = Tersimpan.
settings-saved-partly = Tersimpan sebagian.
settings-saved-settings-not-key = Pengaturan tersimpan; kunci API tidak.
settings-saved-settings-not-secret = Pengaturan tersimpan; rahasia webhook tidak.
settings-saved-settings-not-key-secret = Pengaturan tersimpan; kunci API dan rahasia webhook tidak.
settings-saved-key-not-settings = Kunci API tersimpan; pengaturan tidak.
settings-saved-secret-not-settings = Rahasia webhook tersimpan; pengaturan tidak.
settings-saved-key-not-settings-secret = Kunci API tersimpan; pengaturan dan rahasia webhook tidak.
settings-saved-secret-not-settings-key = Rahasia webhook tersimpan; pengaturan dan kunci API tidak.
settings-saved-settings-key-not-secret = Pengaturan dan kunci API tersimpan; rahasia webhook tidak.
settings-saved-settings-secret-not-key = Pengaturan dan rahasia webhook tersimpan; kunci API tidak.
settings-saved-key-secret-not-settings = Kunci API dan rahasia webhook tersimpan; pengaturan tidak.

export-dialog-title = Ekspor riwayat

# (end of window messages)

# A newer version of the app: the banner over the cards, and Settings.
update-available = { -app } { $version } sudah tersedia.
update-restart = Mulai ulang untuk memperbarui
update-installing = Memasang { -app } { $version }… Aplikasi akan dimulai ulang setelah selesai.
update-notes = Yang baru
update-check = Periksa pembaruan
update-checking = Memeriksa…
update-up-to-date = { -app } sudah versi terbaru.

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
tray-update-available = Pembaruan tersedia: { $version } — Mulai ulang untuk memperbarui
tray-update-installing = Memasang { $version }…
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
doctor-recognised-bare-list = ya, sebagai daftar biasa
doctor-recognised-whole-answer = ya, sebagai seluruh jawaban
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
