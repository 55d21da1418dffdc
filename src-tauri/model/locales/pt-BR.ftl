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

ago = há { $duration }
just-now = agora mesmo
never = nunca

# (end of shared words)

### Errors: what went wrong, by error code (every ErrorCode has error-<kebab-code>)

# (end of error messages)

### Window: every view and dialog of the window (ui/)

# (end of window messages)

### Agent: tray menu and tooltip, notifications, the wake summary

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
