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

# (end of command-line messages)
