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

status-column-device = DISPOSITIVO
status-column-name = NOMBRE
status-column-state = ESTADO
status-column-reason = MOTIVO
status-column-last-seen = VISTO POR ÚLTIMA VEZ
status-unreadable = Ilegible
status-no-devices = No hay dispositivos en este espacio de trabajo.

doctor-title = Diagnóstico de { -app }
doctor-label-app = App:
doctor-label-waping = { -brand }:
doctor-label-at = Fecha:
doctor-label-exit-code = Código de salida:
doctor-label-verdict = Conclusión:
doctor-label-error = error:
doctor-label-skipped = Omitido:
doctor-label-recognised = Reconocido:
doctor-label-problem = Problema:
doctor-label-entries = Entradas:
doctor-label-missing = Faltan:
doctor-label-unknown-fields = Campos desconocidos (ignorados):
doctor-label-unknown-statuses = Estados desconocidos:
doctor-label-time-forms = Formatos de hora:
doctor-label-pagination = Paginación:
doctor-fields-read = Campos leídos (campo <- dónde):
doctor-at = { $time } ({ $utc })
doctor-exit-code = { $code } ({ $meaning })
doctor-exit-all-connected = todos conectados
doctor-exit-some-not-connected = algunos no conectados
doctor-exit-some-disconnected = algunos desconectados
doctor-exit-failed = { -brand } falló o no se leyó completo
doctor-endpoint-device-list = Lista de dispositivos
doctor-endpoint-workspace = Espacio de trabajo
doctor-endpoint-one-device = Un dispositivo
doctor-endpoint-qr-code = Código QR
doctor-request = { $method } { $url } -> { $status } en { $millis } ms
doctor-no-answer = sin respuesta
doctor-yes = sí
doctor-no = no
doctor-recognised-as = sí, encontrado como { $shape }
doctor-recognised-under = sí, encontrado en "{ $shape }"
doctor-none = ninguno
doctor-pagination-one-page = ninguna (una sola página)
doctor-list-separator = {", "}
doctor-missing-in-entries = { $field } ({ $count } de { $entries ->
    [one] { $entries } entrada
   *[other] { $entries } entradas
})
doctor-skipped-no-list = no se pudo leer la lista de dispositivos
doctor-skipped-no-device = ningún dispositivo
doctor-skipped-none-unlinked = ningún dispositivo está Sin vincular; solo se pide un código donde no hay ningún teléfono vinculado
doctor-skipped-no-qr-endpoint = { -brand } no tiene aquí un endpoint de QR ({ $message }); la vinculación se hace en el panel de { -brand }
doctor-skipped-linked-meanwhile = el dispositivo se vinculó mientras tanto ({ $message })
doctor-problem-broke-off = la lista se cortó después de { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}: { $reason }
doctor-problem-unread = { $count ->
    [one] no se pudo leer { $count } entrada: { $entries }
   *[other] no se pudieron leer { $count } entradas: { $entries }
}
doctor-unread-entry = entrada { $position } ({ $problem })
doctor-and-more = { $list } y { $count } más
doctor-verdict-no-list = No se pudo leer la lista de dispositivos: { $problem }.
doctor-verdict-no-devices = El espacio de trabajo no tiene dispositivos.
doctor-verdict-devices = { $count ->
    [one] { $count } dispositivo
   *[other] { $count } dispositivos
}: { $states }.
doctor-state-count = { $state }: { $count }
doctor-verdict-incomplete = La lista está incompleta: { $reason }.
doctor-verdict-all-read = Todos los endpoints consultados respondieron en un formato que { -app } sabe leer.
doctor-verdict-not-read = Sin leer: { $endpoints }.
doctor-verdict-gaps = Faltaban algunos campos o estados esperados, o eran desconocidos; vea abajo.

# (end of command-line messages)
