# WAPing Desk — Spanish. Translated from en.ftl; keep every message and
# placeable of it (the catalog check in the tests fails otherwise). Product
# terms: docs/TRANSLATING.md.

-brand = WAPing
-app = WAPing Desk

language-name = Español

### Shared words: states, timeline stretches, reasons, durations

state-unlinked = Sin vincular
state-connected = Conectado
state-degraded = Inestable
state-disconnected = Desconectado
state-unknown = Desconocido ({ $status })

segment-connected = Conectado
segment-degraded = Inestable
segment-disconnected = Desconectado
segment-unlinked = Sin vincular
segment-unknown = Estado desconocido
segment-unreachable = { -brand } no responde
segment-offline = Este equipo sin conexión
segment-no-data = Sin datos (la app no estaba abierta)

outage-end-rescan = Nuevo escaneo
outage-end-by-itself = Volvió solo
outage-end-ongoing = Sigue caído

reason-logged-out = se cerró la sesión en el teléfono
reason-phone-offline = el teléfono no tiene conexión (revisa la batería, internet y los límites en segundo plano)
reason-idle = sin uso demasiado tiempo (un teléfono sin usar unos 14 días cierra sus dispositivos vinculados)
reason-policy = cortado por la política de WhatsApp
reason-reinstall = se reinstaló WhatsApp en el teléfono
reason-security = un aviso de seguridad en el teléfono requiere atención
reason-reconnecting = reconectando
reason-no-activity = sin actividad reciente
reason-logged-out-here = sesión cerrada desde { -app }
reason-removed-here = eliminado desde { -app }

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
duration-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
duration-days-hours = { $days } d { $hours } h

ago = hace { $duration }
just-now = ahora mismo
never = nunca

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

# (end of agent messages)

### Command line: status and doctor

# (end of command-line messages)
