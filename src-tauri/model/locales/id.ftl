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

ago = { $duration } yang lalu
just-now = baru saja
never = belum pernah

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

# (end of agent messages)

### Command line: status and doctor

# (end of command-line messages)
