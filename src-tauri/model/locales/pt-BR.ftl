# WAPing Desk — Brazilian Portuguese. Translated from en.ftl; keep every message and
# placeable of it (the catalog check in the tests fails otherwise). Product
# terms: docs/TRANSLATING.md.

-brand = WAPing
-app = WAPing Desk

language-name = Português (Brasil)

### Shared words: states, timeline stretches, reasons, durations

state-unlinked = Não vinculado
state-connected = Conectado
state-degraded = Instável
state-disconnected = Desconectado
state-unknown = Desconhecido ({ $status })

segment-connected = Conectado
segment-degraded = Instável
segment-disconnected = Desconectado
segment-unlinked = Não vinculado
segment-unknown = Status desconhecido
segment-unreachable = { -brand } fora do ar
segment-offline = Este computador sem internet
segment-no-data = Sem dados (app fechado)

outage-end-rescan = Novo escaneamento
outage-end-by-itself = Voltou sozinho
outage-end-ongoing = Ainda fora

reason-logged-out = a sessão foi encerrada no celular
reason-phone-offline = o celular está sem conexão (verifique a bateria, a internet e as restrições de segundo plano)
reason-idle = sem uso por muito tempo (um celular parado por cerca de 14 dias desconecta os aparelhos vinculados)
reason-policy = bloqueado pela política do WhatsApp
reason-reinstall = o WhatsApp foi reinstalado no celular
reason-security = um aviso de segurança no celular precisa de atenção
reason-reconnecting = reconectando
reason-no-activity = nenhuma atividade recente
reason-logged-out-here = desconectado pelo { -app }
reason-removed-here = removido pelo { -app }

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
duration-days = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
duration-days-hours = { $days } d { $hours } h

just-now = agora mesmo
never = nunca

ago-seconds = há { $seconds } s
ago-minutes = há { $minutes } min
ago-hours = há { $hours } h
ago-days = { $days ->
    [one] há { $days } dia
   *[other] há { $days } dias
}

read-partial = { $count ->
    [one] O { -app } só conseguiu ler { $count } aparelho: { $reason }
   *[other] O { -app } só conseguiu ler { $count } aparelhos: { $reason }
}
read-unreadable = { $count ->
    [one] { $count } aparelho não pôde ser lido: { $names }
   *[other] { $count } aparelhos não puderam ser lidos: { $names }
}
read-unreadable-more = { $count } aparelhos não puderam ser lidos: { $names } e mais { $more }
read-names-separator = {", "}
read-problems-separator = {"; "}

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

notify-down = { $device } desconectado
notify-down-body = Desde { $time } — { $reason }. Escaneie o código QR de novo para voltar a enviar.
notify-down-lasting-body = Desde { $time } ({ $duration }) — { $reason }. Escaneie o código QR de novo para voltar a enviar.
notify-still-down = { $device } continua desconectado
notify-still-unstable = { $device } continua instável
notify-unstable-lasting-body = Desde { $time } ({ $duration }) — { $reason }. As mensagens podem atrasar.
notify-unstable = { $device } está instável
notify-unstable-body = Instável desde { $time } — { $reason }. As mensagens podem atrasar.
notify-unstable-body-no-reason = Instável desde { $time }. As mensagens podem atrasar.
notify-no-reason = nenhum motivo informado
notify-back = { $device } está conectado de novo
notify-back-body = { $device } está conectado de novo após { $duration }.
notify-asleep = Enquanto este computador estava em repouso
notify-asleep-down = { $device } desconectou às { $time } — ainda fora do ar
notify-asleep-back = { $device } está conectado de novo após { $duration }

tray-tooltip = { -app } — { $summary }
tray-open = Abrir
tray-quit = Sair
tray-snooze = Silenciar alertas
tray-snoozed-until = Alertas silenciados até { $until }
tray-snooze-hours = { $hours ->
    [one] Por { $hours } hora
   *[other] Por { $hours } horas
}
tray-snooze-tomorrow = Até amanhã às { $time }
tray-resume = Retomar alertas

tray-connecting = Conectando ao { -brand }…
tray-failing = { $message } (desde { $time })
tray-unreachable = sem acesso ao { -brand } desde { $time } — os status podem estar desatualizados
tray-partial = { $count ->
    [one] Só foi possível ler { $count } aparelho; os outros podem estar desatualizados
   *[other] Só foi possível ler { $count } aparelhos; os outros podem estar desatualizados
}
tray-no-devices = Nenhum aparelho ainda
tray-count-connected = { $count ->
    [one] { $count } conectado
   *[other] { $count } conectados
}
tray-count-degraded = { $count ->
    [one] { $count } instável
   *[other] { $count } instáveis
}
tray-count-disconnected = { $count ->
    [one] { $count } desconectado
   *[other] { $count } desconectados
}
tray-count-unlinked = { $count ->
    [one] { $count } não vinculado
   *[other] { $count } não vinculados
}
tray-count-unknown = { $count ->
    [one] { $count } desconhecido
   *[other] { $count } desconhecidos
}
tray-count-unreadable = { $count ->
    [one] { $count } ilegível
   *[other] { $count } ilegíveis
}
tray-count-separator = {", "}

settings-webhook-no-secret = Os webhooks estão ativados, mas nenhum segredo de webhook foi definido.
settings-webhook-port-busy = O receptor de webhooks não consegue escutar na porta { $port }: { $error }

# (end of agent messages)

### Command line: status and doctor

status-column-device = APARELHO
status-column-name = NOME
status-column-state = ESTADO
status-column-reason = MOTIVO
status-column-last-seen = VISTO POR ÚLTIMO
status-unreadable = Ilegível
status-no-devices = Nenhum aparelho neste espaço de trabalho.

doctor-title = Diagnóstico do { -app }
doctor-label-app = App:
doctor-label-waping = { -brand }:
doctor-label-at = Em:
doctor-label-exit-code = Código de saída:
doctor-label-verdict = Conclusão:
doctor-label-error = erro:
doctor-label-skipped = Pulado:
doctor-label-recognised = Reconhecido:
doctor-label-problem = Problema:
doctor-label-entries = Entradas:
doctor-label-missing = Ausentes:
doctor-label-unknown-fields = Campos desconhecidos (ignorados):
doctor-label-unknown-statuses = Status desconhecidos:
doctor-label-time-forms = Formatos de hora:
doctor-label-pagination = Paginação:
doctor-fields-read = Campos lidos (campo <- onde):
doctor-at = { $time } ({ $utc })
doctor-exit-code = { $code } ({ $meaning })
doctor-exit-all-connected = todos conectados
doctor-exit-some-not-connected = alguns não conectados
doctor-exit-some-disconnected = alguns desconectados
doctor-exit-failed = o { -brand } falhou ou não foi lido por inteiro
doctor-endpoint-device-list = Lista de aparelhos
doctor-endpoint-workspace = Espaço de trabalho
doctor-endpoint-one-device = Um aparelho
doctor-endpoint-qr-code = Código QR
doctor-request = { $method } { $url } -> { $status } em { $millis } ms
doctor-no-answer = sem resposta
doctor-yes = sim
doctor-no = não
doctor-recognised-as = sim, encontrado como { $shape }
doctor-recognised-under = sim, encontrado em "{ $shape }"
doctor-none = nenhum
doctor-pagination-one-page = nenhuma (uma página)
doctor-list-separator = {", "}
doctor-missing-in-entries = { $field } ({ $count } de { $entries ->
    [one] { $entries } entrada
   *[other] { $entries } entradas
})
doctor-skipped-no-list = não foi possível ler a lista de aparelhos
doctor-skipped-no-device = nenhum aparelho
doctor-skipped-none-unlinked = nenhum aparelho está Não vinculado; um código só é pedido quando nenhum celular está vinculado
doctor-skipped-no-qr-endpoint = o { -brand } não tem endpoint de QR aqui ({ $message }); a vinculação é feita pelo painel do { -brand }
doctor-skipped-linked-meanwhile = o aparelho foi vinculado nesse meio-tempo ({ $message })
doctor-problem-broke-off = a lista parou depois de { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}: { $reason }
doctor-problem-unread = { $count ->
    [one] { $count } entrada não pôde ser lida: { $entries }
   *[other] { $count } entradas não puderam ser lidas: { $entries }
}
doctor-unread-entry = entrada { $position } ({ $problem })
doctor-and-more = { $list } e mais { $count }
doctor-verdict-no-list = Não foi possível ler a lista de aparelhos: { $problem }.
doctor-verdict-no-devices = O espaço de trabalho não tem aparelhos.
doctor-verdict-devices = { $count ->
    [one] { $count } aparelho
   *[other] { $count } aparelhos
}: { $states }.
doctor-state-count = { $state }: { $count }
doctor-verdict-incomplete = A lista está incompleta: { $reason }.
doctor-verdict-all-read = Todos os endpoints consultados responderam num formato que o { -app } lê.
doctor-verdict-not-read = Não lidos: { $endpoints }.
doctor-verdict-gaps = Alguns campos ou status esperados estavam ausentes ou eram desconhecidos; veja abaixo.

# (end of command-line messages)
