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

just-now = ahora mismo
never = nunca

ago-seconds = hace { $seconds } s
ago-minutes = hace { $minutes } min
ago-hours = hace { $hours } h
ago-days = { $days ->
    [one] hace { $days } día
   *[other] hace { $days } días
}

read-partial = { $count ->
    [one] { -app } solo pudo leer { $count } dispositivo: { $reason }
   *[other] { -app } solo pudo leer { $count } dispositivos: { $reason }
}
read-unreadable = { $count ->
    [one] No se pudo leer { $count } dispositivo: { $names }
   *[other] No se pudieron leer { $count } dispositivos: { $names }
}
read-unreadable-more = No se pudieron leer { $count } dispositivos: { $names } y { $more } más
read-names-separator = {", "}
read-problems-separator = {"; "}

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

notify-down = { $device } desconectado
notify-down-body = Desde las { $time } — { $reason }. Vuelva a escanear el código QR para volver a enviar.
notify-down-lasting-body = Desde las { $time } ({ $duration }) — { $reason }. Vuelva a escanear el código QR para volver a enviar.
notify-still-down = { $device } sigue desconectado
notify-still-unstable = { $device } sigue inestable
notify-unstable-lasting-body = Desde las { $time } ({ $duration }) — { $reason }. Los mensajes pueden retrasarse.
notify-unstable = { $device } está inestable
notify-unstable-body = Inestable desde las { $time } — { $reason }. Los mensajes pueden retrasarse.
notify-unstable-body-no-reason = Inestable desde las { $time }. Los mensajes pueden retrasarse.
notify-no-reason = sin motivo indicado
notify-back = { $device } volvió a conectarse
notify-back-body = { $device } volvió a conectarse después de { $duration }.
notify-asleep = Mientras esta computadora estaba suspendida
notify-asleep-down = { $device } se desconectó a las { $time } — sigue caído
notify-asleep-back = { $device } volvió a conectarse después de { $duration }

tray-tooltip = { -app } — { $summary }
tray-open = Abrir
tray-quit = Salir
tray-snooze = Silenciar alertas
tray-snoozed-until = Alertas silenciadas hasta { $until }
tray-snooze-hours = { $hours ->
    [one] Durante { $hours } hora
   *[other] Durante { $hours } horas
}
tray-snooze-tomorrow = Hasta mañana a las { $time }
tray-resume = Reanudar alertas

tray-connecting = Conectando con { -brand }…
tray-failing = { $message } (desde las { $time })
tray-unreachable = no se puede acceder a { -brand } desde las { $time } — los estados pueden estar desactualizados
tray-partial = { $count ->
    [one] Solo se pudo leer { $count } dispositivo; los demás pueden estar desactualizados
   *[other] Solo se pudieron leer { $count } dispositivos; los demás pueden estar desactualizados
}
tray-no-devices = Aún no hay dispositivos
tray-count-connected = { $count ->
    [one] { $count } conectado
   *[other] { $count } conectados
}
tray-count-degraded = { $count ->
    [one] { $count } inestable
   *[other] { $count } inestables
}
tray-count-disconnected = { $count ->
    [one] { $count } desconectado
   *[other] { $count } desconectados
}
tray-count-unlinked = { $count } sin vincular
tray-count-unknown = { $count ->
    [one] { $count } desconocido
   *[other] { $count } desconocidos
}
tray-count-unreadable = { $count ->
    [one] { $count } ilegible
   *[other] { $count } ilegibles
}
tray-count-separator = {", "}

settings-webhook-no-secret = Los webhooks están activados, pero no hay un secreto de webhook configurado.
settings-webhook-port-busy = El receptor de webhooks no puede escuchar en el puerto { $port }: { $error }

# (end of agent messages)

### Command line: status and doctor

# (end of command-line messages)
