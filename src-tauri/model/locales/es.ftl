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

error-invalid-input = No se aceptó este dato. Revíselo e inténtelo de nuevo.
error-unknown-request = Esta versión de { -app } no puede hacer eso. Reinicie la app.
error-agent-unavailable = { -app } no pudo iniciar su servicio en segundo plano. Reinicie la app.
error-agent-gone = El servicio en segundo plano de { -app } se detuvo. Reinicie la app.
error-no-data-folder = { -app } no tiene una carpeta donde guardar sus datos.
error-settings-not-saved = No se pudo guardar la configuración.
error-keyring-unavailable = No hay llavero del sistema disponible, así que la clave no se puede guardar de forma segura.
error-not-connected = Todavía no hay conexión con { -brand }. Añada su clave de API en Configuración.
error-not-demo = Esto solo funciona en el espacio de trabajo de demostración.
error-demo-unavailable = No se pudo iniciar el espacio de trabajo de demostración.
error-no-diagnosis = Todavía no hay diagnóstico. Pulse primero Diagnosticar.
error-history-locked = Otra copia de { -app } está usando el historial.
error-history-error = No se pudo leer ni escribir el historial.
error-history-migration = El historial lo creó una versión más reciente de { -app } y no se puede leer.
error-history-unavailable = El historial no está disponible ahora.
error-history-not-saved = El historial no se está guardando: lo que ve ahora no quedará registrado. Revise el espacio libre de este equipo.
error-history-recovered = El archivo del historial estaba dañado; se apartó y se empezó uno nuevo. El historial anterior está en el archivo apartado.
error-export-failed = No se pudo exportar el historial.
error-plan-limit = Su plan de { -brand } no admite otro dispositivo.
error-no-code = No hay ningún código QR en pantalla.
error-qr-unreadable = No se pudo leer el código QR.
error-scan-failed = No se pudo vincular el teléfono. Inténtelo de nuevo.
error-no-dashboard = Esta cuenta no vincula teléfonos en el panel de { -brand }.
error-no-folder = No hay carpeta Descargas donde guardar.
error-not-saved = No se pudo guardar el archivo.
error-no-clipboard = No se copió nada: el portapapeles no está disponible.
error-not-opened = No se pudo abrir el navegador.
error-autostart = No se pudo cambiar el inicio al iniciar sesión.
error-unauthorized = { -brand } no aceptó la clave de API. Revísela en Configuración.
error-no-api-key = No hay clave de API guardada. Añádala en Configuración.
error-key-needed = Escriba la clave de API para esta dirección: la clave guardada solo se envía a la dirección guardada.
error-no-api-access = Este plan de { -brand } no incluye acceso a la API.
error-forbidden = { -brand } rechazó esta solicitud para su cuenta.
error-not-found = { -brand } no conoce este dispositivo o dirección.
error-validation-error = { -brand } no aceptó lo que se envió.
error-conflict = { -brand } lo rechazó: el dispositivo está ocupado con otra cosa.
error-rate-limited = Demasiadas solicitudes a { -brand }. Se volverá a intentar en breve.
error-session-disconnected = El vínculo de WhatsApp del teléfono está desconectado.
error-server-error = { -brand } tuvo un problema por su parte. Se volverá a intentar.
error-api-error = { -brand } respondió con un error.
error-unreachable = No se puede acceder a { -brand }.
error-computer-offline = Este equipo está sin conexión.
error-timeout = { -brand } tardó demasiado en responder.
error-malformed-response = No se pudo leer la respuesta de { -brand }.
error-response-too-large = La respuesta de { -brand } era demasiado grande para leerla.
error-invalid-base-url = Escriba una dirección válida, como https://api.waping.app
error-already-connected = Este teléfono ya está vinculado.
error-update-unavailable = No se pudo descargar la actualización. { -app } lo volverá a intentar mañana, o cuando usted lo pida.
error-update-refused = La actualización descargada no estaba firmada por los creadores de { -app }, así que no se instaló.
error-update-needs-package-manager = { -app } se instaló como paquete del sistema y la actualización no pudo obtener el permiso de un administrador. Actualícelo con su gestor de paquetes: descargue el paquete nuevo de waping.app e instálelo con «sudo apt install ./» seguido del nombre del archivo.
error-update-failed = No se pudo instalar la actualización. { -app } sigue funcionando como hasta ahora.
error-update-while-pairing = Se está vinculando un teléfono. Termine o cierre primero la vinculación y luego reinicie la app para actualizar.
error-internal = Algo falló en { -app }.

# (end of error messages)

### Window: every view and dialog of the window (ui/)

app-add-device = Añadir dispositivo
app-refresh = Actualizar
app-history = Historial
app-settings = Configuración
nav-devices = Dispositivos
nav-back = Volver
error-details = Detalles

timeline-stretch = { $kind }: { $from } – { $to } ({ $duration })
timeline-stretch-reason = { $kind } — { $reason }: { $from } – { $to } ({ $duration })
timeline-span = { $from } – { $to } ({ $duration })
timeline-changes-drawn = { $count ->
    [one] { $count } cambio dibujado aquí; amplíe para verlo
   *[other] { $count } cambios dibujados juntos; amplíe para ver cada uno
}
timeline-keys = Cronología de { $name }. Las flechas recorren los cambios, más y menos amplían o reducen, Re Pág y Av Pág avanzan o retroceden en el tiempo.
timeline-states = Estados de { $name } del { $from } al { $to }
timeline-hint = Haga clic en la cronología, o selecciónela y use las flechas, para leer cada tramo.

history-range = Periodo
history-range-24h = 24 h
history-range-week = Esta semana
history-range-7d = 7 días
history-range-30d = 30 días
history-from = Desde
history-to = Hasta
history-show = Mostrar
history-range-backwards = Elija un inicio anterior al final.
history-zoom-and-move = Ampliar y mover
history-earlier = Antes
history-later = Después
history-zoom-in = Ampliar
history-zoom-out = Reducir
history-uptime = Tiempo conectado
history-uptime-by-period = Tiempo conectado por periodo
history-period = { $days ->
    [1] 24 h
   *[other] { $days } días
}
history-disconnects = Desconexiones
history-mean-recovery = Tiempo medio de recuperación
history-longest-recovery = La más larga
history-unreachable = { -brand } inaccesible
history-offline = Este equipo sin conexión
history-no-data = Sin datos
history-uptime-note = El tiempo conectado es el tiempo Conectado o Inestable sobre ese tiempo más el tiempo Desconectado. Sin vincular, { -brand } inaccesible, este equipo sin conexión y la app cerrada no cuentan.
history-outages = Caídas
history-filter-reason = El motivo contiene
history-filter-reason-example = p. ej., sesión cerrada
history-filter-ended = Terminó
history-filter-ended-any = De cualquier forma
history-no-outages = No hay caídas en este periodo.
history-no-outage-matches = Ninguna caída coincide con el filtro.
history-column-start = Inicio
history-column-duration = Duración
history-column-reason = Motivo
history-column-ended = Cómo terminó
history-column-end = Fin
history-export = Exportar este periodo:
history-exported = Guardado en:

card-not-linked = Sin vincular
card-unread = No se pudo leer en la última respuesta de { -brand } ({ $problem }); se muestra su último estado conocido.
card-state-for = En este estado desde hace
card-last-seen = Visto por última vez
card-strip = { $name } en las últimas 24 horas
card-uptime-24h = Tiempo conectado en 24 h
card-show-qr = Mostrar código QR
card-rescan = Volver a escanear
card-logout = Cerrar sesión
card-confirm-logout = Confirmar cierre de sesión
card-history = Historial
card-remove = Quitar
card-confirm-remove = Confirmar quitar
card-keep = Conservar
card-snoozed-until = Alertas silenciadas hasta { $time }
card-resume = Reanudar
card-snooze-label = Silenciar alertas de { $name }
card-snooze = Silenciar alertas…
card-snooze-one-hour = Durante 1 hora
card-snooze-four-hours = Durante 4 horas
card-snooze-until-tomorrow = Hasta mañana

grid-empty = Todavía no hay dispositivos en este espacio de trabajo.
grid-loading = Cargando los dispositivos…

plan-label = Plan y uso
plan = Plan
plan-devices = Dispositivos: { $used } de { $limit }
plan-messages = Mensajes este mes: { $sent } de { $quota }

banner-demo-title = Espacio de trabajo de demostración
banner-demo = dispositivos simulados, sin cuenta. Añada su clave de API en Configuración para ver sus propios teléfonos.
banner-open-settings = Abrir Configuración
banner-stale-since = los estados de los dispositivos pueden estar desactualizados desde las { $time }.
banner-stale = los estados de los dispositivos pueden estar desactualizados.
banner-offline-since = Este equipo está sin conexión desde las { $time }
banner-unreachable-since = No se puede acceder a { -brand } desde las { $time }
banner-check-settings = Revisar Configuración
banner-connecting = Conectando con { -brand }…
banner-battery = Se comprueba con menos frecuencia con batería.
banner-partial = Los dispositivos no leídos conservan su último estado conocido.
banner-diagnose-hint = Configuración → Diagnosticar muestra lo que envió { -brand }.
banner-diagnose = Diagnosticar
banner-snoozed-until = Todas las alertas están silenciadas hasta { $time }.
banner-resume = Reanudar

dialog-cancel = Cancelar
dialog-close = Cerrar
dialog-done = Listo
loading = Cargando…

add-title = Añadir un dispositivo
add-name = Nombre
add-name-example = Teléfono de la tienda
add-adding = Añadiendo…
add-submit = Añadir y mostrar el código QR

pairing-title = Vincular «{ $name }»
pairing-qr-label = Código QR para escanear con WhatsApp
pairing-countdown = Código { $number } de { $of } · caduca en { $seconds } s
pairing-getting-code = Obteniendo un código…
pairing-linked = Vinculado
pairing-expired = Este código ha caducado.
pairing-new-code = Obtener un código nuevo
pairing-dashboard = Esta cuenta de { -brand } vincula teléfonos en su panel:
pairing-open-browser = Abrir en el navegador
pairing-try-again = Reintentar
pairing-step-open = Abra WhatsApp en el teléfono.
pairing-step-linked-devices = Vaya a Ajustes → Dispositivos vinculados.
pairing-step-link = Toque Vincular un dispositivo y apunte el teléfono a este código.
pairing-copied = El código se copió como imagen.
pairing-saved = Guardado en:
pairing-copy = Copiar
pairing-save-png = Guardar como PNG
pairing-simulate-scan = Simular escaneo (demo)

ranking-title = Desconexiones en los últimos { $days } días
ranking-empty = Ningún dispositivo tiene historial todavía.
ranking-disconnects = { $count ->
    [one] { $count } desconexión
   *[other] { $count } desconexiones
}
ranking-none-this-week = ninguna esta semana
ranking-last = la última: { $time }

settings-title = Configuración
settings-language = Idioma
settings-language-label = Idioma de { -app }
settings-language-system = Sistema ({ $language })
settings-connection = Conexión con { -brand }
settings-base-url = URL base
settings-url-problem = Escriba una dirección como { $example }
settings-api-key = Clave de API
settings-api-key-stored = Guardada: { $mask }
settings-api-key-placeholder = Del panel de { -brand }
settings-stored-keyring = Guardada en el llavero del sistema
settings-stored-session = Guardada solo para esta sesión
settings-stored-none = No hay clave guardada
settings-no-keyring = No hay llavero del sistema disponible, así que la clave no se puede guardar de forma segura. Nunca se escribe en un archivo.
settings-keep-session = Guardar solo para esta sesión
settings-testing = Probando…
settings-test-connection = Probar conexión
settings-diagnose-hint = Consulta cada dirección que usa { -app } e informa de lo que respondió, sin claves, nombres ni números de teléfono
settings-diagnosing = Diagnosticando…
settings-diagnose = Diagnosticar
settings-forget-key = Olvidar clave
settings-diagnosis-label = Informe de diagnóstico
settings-copy-report = Copiar informe
settings-copied = Copiado.
settings-connected = Conectado
settings-connected-devices = { $count ->
    [one] { $count } dispositivo en el plan { $plan }.
   *[other] { $count } dispositivos en el plan { $plan }.
}
settings-monitoring = Supervisión
settings-poll-interval = Comprobar cada (segundos)
settings-poll-problem = Entre { $min } y { $max } segundos ({ $local } para un servicio en este equipo)
settings-demo = Usar el espacio de trabajo de demostración (también se usa mientras no haya clave guardada)
settings-autostart = Abrir { -app } al iniciar sesión
settings-battery = Comprobar menos con batería (cada 4× el intervalo, al menos un minuto)
settings-alerts = Alertas
settings-remind-every = Recordar cada (minutos, 0 = nunca)
settings-degraded-after = Avisar de Inestable tras (minutos)
settings-quiet-from = Horas de silencio desde
settings-quiet-until = hasta
settings-detection = Detección
settings-no-activity = Considerar sospechoso un teléfono conectado sin actividad durante (minutos)
settings-down-after = Desconectado tras (comprobaciones seguidas)
settings-up-after = Recuperado tras (comprobaciones seguidas)
settings-retention = Conservar el historial durante (días)
settings-webhooks = Webhooks (opcional)
settings-webhooks-hint = Para los webhooks de sesión de { -brand } redirigidos a este equipo. El receptor solo escucha en este equipo.
settings-webhooks-receive = Recibir webhooks
settings-port = Puerto
settings-signature-header = Encabezado de la firma
settings-webhook-secret = Secreto del webhook
settings-webhook-secret-placeholder = El secreto definido en el panel de { -brand }
settings-webhook-secret-stored = Guardado
settings-forget-secret = Olvidar secreto
settings-hooks = Automatizaciones
settings-hooks-hint = Se ejecutan cuando un teléfono cae y cuando vuelve, para que sus automatizaciones pausen y reanuden los envíos. Solo siguen su espacio de trabajo de { -brand }, nunca los teléfonos de la demo.
settings-hook-url = Enviar el evento en JSON (POST) a
settings-hook-command = Ejecutar este comando ($WAPING_EVENT, $WAPING_DEVICE_NAME… y el JSON por la entrada estándar)
settings-hook-timeout = Abandonar tras (segundos)
settings-refused = { $part }:
settings-part-settings = Configuración
settings-part-key = Clave de API
settings-part-secret = Secreto del webhook
settings-keep-secret-session = Guardar el secreto solo para esta sesión
settings-saving = Guardando…
settings-save = Guardar
settings-loading = Cargando la configuración…
settings-saved = Guardado.
settings-saved-partly = Guardado en parte.
settings-saved-settings-not-key = Se guardó la configuración; la clave de API no.
settings-saved-settings-not-secret = Se guardó la configuración; el secreto del webhook no.
settings-saved-settings-not-key-secret = Se guardó la configuración; la clave de API y el secreto del webhook no.
settings-saved-key-not-settings = Se guardó la clave de API; la configuración no.
settings-saved-secret-not-settings = Se guardó el secreto del webhook; la configuración no.
settings-saved-key-not-settings-secret = Se guardó la clave de API; la configuración y el secreto del webhook no.
settings-saved-secret-not-settings-key = Se guardó el secreto del webhook; la configuración y la clave de API no.
settings-saved-settings-key-not-secret = Se guardaron la configuración y la clave de API; el secreto del webhook no.
settings-saved-settings-secret-not-key = Se guardaron la configuración y el secreto del webhook; la clave de API no.
settings-saved-key-secret-not-settings = Se guardaron la clave de API y el secreto del webhook; la configuración no.

export-dialog-title = Exportar historial

# (end of window messages)

# A newer version of the app: the banner over the cards, and Settings.
update-available = Ya está disponible { -app } { $version }.
update-restart = Reiniciar para actualizar
update-installing = Instalando { -app } { $version }… La app se reiniciará al terminar.
update-notes = Novedades
update-check = Buscar actualizaciones
update-checking = Buscando…
update-up-to-date = { -app } está actualizado.

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
tray-update-available = Actualización disponible: { $version } — Reiniciar para actualizar
tray-update-installing = Instalando { $version }…
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
doctor-recognised-bare-list = sí, como una lista simple
doctor-recognised-whole-answer = sí, como la respuesta completa
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
