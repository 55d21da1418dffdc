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

error-invalid-input = Este dado não foi aceito. Confira e tente de novo.
error-unknown-request = Esta versão do { -app } não consegue fazer isso. Reinicie o app.
error-agent-unavailable = O { -app } não conseguiu iniciar o serviço em segundo plano. Reinicie o app.
error-agent-gone = O serviço em segundo plano do { -app } parou. Reinicie o app.
error-no-data-folder = O { -app } não tem uma pasta para guardar seus dados.
error-settings-not-saved = Não foi possível salvar as configurações.
error-keyring-unavailable = Não há chaveiro do sistema disponível, então a chave não pode ser guardada com segurança.
error-not-connected = Ainda não há conexão com o { -brand }. Adicione sua chave de API em Configurações.
error-not-demo = Isso só funciona no espaço de trabalho de demonstração.
error-demo-unavailable = Não foi possível iniciar o espaço de trabalho de demonstração.
error-no-diagnosis = Ainda não há diagnóstico. Clique em Diagnosticar primeiro.
error-history-locked = O histórico está em uso por outra cópia do { -app }.
error-history-error = Não foi possível ler ou gravar o histórico.
error-history-migration = O histórico foi criado por uma versão mais nova do { -app } e não pode ser lido.
error-history-unavailable = O histórico não está disponível agora.
error-history-not-saved = O histórico não está sendo salvo: o que você vê agora não ficará registrado. Verifique o espaço livre neste computador.
error-history-recovered = O arquivo de histórico estava danificado; ele foi guardado à parte e um novo foi iniciado. O histórico antigo está no arquivo guardado.
error-export-failed = Não foi possível exportar o histórico.
error-plan-limit = Seu plano { -brand } não tem espaço para mais um aparelho.
error-no-code = Não há código QR na tela.
error-qr-unreadable = Não foi possível ler o código QR.
error-scan-failed = Não foi possível vincular o celular. Tente de novo.
error-no-dashboard = Esta conta não vincula celulares no painel do { -brand }.
error-no-folder = Não há pasta Downloads para salvar.
error-not-saved = Não foi possível salvar o arquivo.
error-no-clipboard = Nada foi copiado: a área de transferência não está disponível.
error-not-opened = Não foi possível abrir o navegador.
error-autostart = Não foi possível mudar a abertura ao iniciar a sessão.
error-unauthorized = O { -brand } não aceitou a chave de API. Confira em Configurações.
error-no-api-key = Nenhuma chave de API salva. Adicione em Configurações.
error-key-needed = Digite a chave de API para este endereço: a chave salva só é enviada ao endereço salvo.
error-no-api-access = Este plano { -brand } não inclui acesso à API.
error-forbidden = O { -brand } recusou este pedido para a sua conta.
error-not-found = O { -brand } não conhece este aparelho ou endereço.
error-validation-error = O { -brand } não aceitou o que foi enviado.
error-conflict = O { -brand } recusou: o aparelho está ocupado com outra coisa.
error-rate-limited = Muitos pedidos ao { -brand }. O app tentará de novo em breve.
error-session-disconnected = O vínculo do WhatsApp deste celular está desconectado.
error-server-error = O { -brand } teve um problema do lado dele. O app tentará de novo.
error-api-error = O { -brand } respondeu com um erro.
error-unreachable = Sem acesso ao { -brand }.
error-computer-offline = Este computador está sem internet.
error-timeout = O { -brand } demorou demais para responder.
error-malformed-response = Não foi possível ler a resposta do { -brand }.
error-response-too-large = A resposta do { -brand } era grande demais para ler.
error-invalid-base-url = Digite um endereço válido, como https://api.waping.app
error-already-connected = Este celular já está vinculado.
error-update-unavailable = Não foi possível baixar a atualização. O { -app } tenta de novo amanhã, ou quando você pedir.
error-update-refused = A atualização baixada não foi assinada pelos criadores do { -app }, então não foi instalada.
error-update-needs-package-manager = O { -app } foi instalado como pacote do sistema, e a atualização não conseguiu a permissão de um administrador. Atualize pelo seu gerenciador de pacotes: baixe o novo pacote em waping.app e instale com “sudo apt install ./” seguido do nome do arquivo.
error-update-failed = Não foi possível instalar a atualização. O { -app } continua funcionando como está.
error-update-while-pairing = Um celular está sendo vinculado. Conclua ou feche a vinculação primeiro e depois reinicie o app para atualizar.
error-internal = Algo deu errado no { -app }.

# (end of error messages)

### Window: every view and dialog of the window (ui/)

app-add-device = Adicionar aparelho
app-refresh = Atualizar
app-history = Histórico
app-settings = Configurações
nav-devices = Aparelhos
nav-back = Voltar
error-details = Detalhes

timeline-stretch = { $kind }: { $from } – { $to } ({ $duration })
timeline-stretch-reason = { $kind } — { $reason }: { $from } – { $to } ({ $duration })
timeline-span = { $from } – { $to } ({ $duration })
timeline-changes-drawn = { $count ->
    [one] { $count } mudança desenhada aqui; amplie para vê-la
   *[other] { $count } mudanças desenhadas juntas; amplie para ver cada uma
}
timeline-keys = Linha do tempo de { $name }. As setas percorrem as mudanças, mais e menos ampliam, Page Up e Page Down avançam ou recuam no tempo.
timeline-states = Estados de { $name } de { $from } a { $to }
timeline-hint = Clique na linha do tempo, ou selecione-a e use as setas, para ler cada trecho.

history-range = Período
history-range-24h = 24 h
history-range-week = Esta semana
history-range-7d = 7 dias
history-range-30d = 30 dias
history-from = De
history-to = Até
history-show = Mostrar
history-range-backwards = Escolha um início antes do fim.
history-zoom-and-move = Ampliar e mover
history-earlier = Antes
history-later = Depois
history-zoom-in = Ampliar
history-zoom-out = Reduzir
history-uptime = Tempo conectado
history-uptime-by-period = Tempo conectado por período
history-period = { $days ->
    [1] 24 h
   *[other] { $days } dias
}
history-disconnects = Desconexões
history-mean-recovery = Tempo médio para voltar
history-longest-recovery = Mais longa
history-unreachable = { -brand } inacessível
history-offline = Este computador sem internet
history-no-data = Sem dados
history-uptime-note = O tempo conectado é o tempo Conectado ou Instável sobre esse tempo mais o tempo Desconectado. Não vinculado, { -brand } inacessível, este computador sem internet e o app fechado não contam.
history-outages = Quedas
history-filter-reason = Motivo contém
history-filter-reason-example = ex.: saiu da conta
history-filter-ended = Terminou
history-filter-ended-any = De qualquer forma
history-no-outages = Nenhuma queda neste período.
history-no-outage-matches = Nenhuma queda corresponde ao filtro.
history-column-start = Início
history-column-duration = Duração
history-column-reason = Motivo
history-column-ended = Como terminou
history-column-end = Fim
history-export = Exportar este período:
history-exported = Salvo em:

card-not-linked = Não vinculado
card-unread = Não foi possível ler este aparelho na última resposta do { -brand } ({ $problem }); mostramos o último estado conhecido.
card-state-for = Neste estado há
card-last-seen = Visto por último
card-strip = { $name } nas últimas 24 horas
card-uptime-24h = Tempo conectado em 24 h
card-show-qr = Mostrar código QR
card-rescan = Escanear de novo
card-logout = Desconectar
card-confirm-logout = Confirmar desconexão
card-history = Histórico
card-remove = Remover
card-confirm-remove = Confirmar remoção
card-keep = Manter
card-snoozed-until = Alertas silenciados até { $time }
card-resume = Retomar
card-snooze-label = Silenciar alertas de { $name }
card-snooze = Silenciar alertas…
card-snooze-one-hour = Por 1 hora
card-snooze-four-hours = Por 4 horas
card-snooze-until-tomorrow = Até amanhã

grid-empty = Ainda não há aparelhos neste espaço de trabalho.
grid-loading = Carregando os aparelhos…

plan-label = Plano e uso
plan = Plano
plan-devices = Aparelhos: { $used } de { $limit }
plan-messages = Mensagens neste mês: { $sent } de { $quota }

banner-demo-title = Espaço de trabalho de demonstração
banner-demo = aparelhos simulados, sem conta. Adicione sua chave de API em Configurações para ver seus próprios celulares.
banner-open-settings = Abrir Configurações
banner-stale-since = os estados dos aparelhos podem estar desatualizados desde { $time }.
banner-stale = os estados dos aparelhos podem estar desatualizados.
banner-offline-since = Este computador está sem internet desde { $time }
banner-unreachable-since = Sem acesso ao { -brand } desde { $time }
banner-check-settings = Verificar Configurações
banner-connecting = Conectando ao { -brand }…
banner-battery = Verificando com menos frequência na bateria.
banner-partial = Os aparelhos não lidos mantêm o último estado conhecido.
banner-diagnose-hint = Configurações → Diagnosticar mostra o que o { -brand } enviou.
banner-diagnose = Diagnosticar
banner-snoozed-until = Todos os alertas estão silenciados até { $time }.
banner-resume = Retomar

dialog-cancel = Cancelar
dialog-close = Fechar
dialog-done = Concluído
loading = Carregando…

add-title = Adicionar um aparelho
add-name = Nome
add-name-example = Celular da loja
add-adding = Adicionando…
add-submit = Adicionar e mostrar o código QR

pairing-title = Vincular “{ $name }”
pairing-qr-label = Código QR para escanear com o WhatsApp
pairing-countdown = Código { $number } de { $of } · expira em { $seconds } s
pairing-getting-code = Obtendo um código…
pairing-linked = Vinculado
pairing-expired = Este código expirou.
pairing-new-code = Obter um novo código
pairing-dashboard = Esta conta { -brand } vincula celulares no painel:
pairing-open-browser = Abrir no navegador
pairing-try-again = Tentar de novo
pairing-step-open = Abra o WhatsApp no celular.
pairing-step-linked-devices = Vá em Configurações → Aparelhos conectados.
pairing-step-link = Toque em Conectar um aparelho e aponte o celular para este código.
pairing-copied = O código foi copiado como imagem.
pairing-saved = Salvo em:
pairing-copy = Copiar
pairing-save-png = Salvar como PNG
pairing-simulate-scan = Simular leitura (demonstração)

ranking-title = Desconexões nos últimos { $days } dias
ranking-empty = Nenhum aparelho tem histórico ainda.
ranking-disconnects = { $count ->
    [one] { $count } desconexão
   *[other] { $count } desconexões
}
ranking-none-this-week = nenhuma nesta semana
ranking-last = última em { $time }

settings-title = Configurações
settings-language = Idioma
settings-language-label = Idioma do { -app }
settings-language-system = Sistema ({ $language })
settings-connection = Conexão com o { -brand }
settings-base-url = URL base
settings-url-problem = Digite um endereço como { $example }
settings-api-key = Chave de API
settings-api-key-stored = Salva: { $mask }
settings-api-key-placeholder = Do painel do { -brand }
settings-stored-keyring = Salva no chaveiro do sistema
settings-stored-session = Guardada só nesta sessão
settings-stored-none = Nenhuma chave salva
settings-no-keyring = Não há chaveiro do sistema disponível, então a chave não pode ser guardada com segurança. Ela nunca é gravada em arquivo.
settings-keep-session = Guardar só nesta sessão
settings-testing = Testando…
settings-test-connection = Testar conexão
settings-diagnose-hint = Consulta cada endereço que o { -app } usa e mostra o que voltou, sem chaves, nomes ou números de telefone
settings-diagnosing = Diagnosticando…
settings-diagnose = Diagnosticar
settings-forget-key = Esquecer chave
settings-diagnosis-label = Relatório de diagnóstico
settings-copy-report = Copiar relatório
settings-copied = Copiado.
settings-connected = Conectado
settings-connected-devices = { $count ->
    [one] { $count } aparelho no plano { $plan }.
   *[other] { $count } aparelhos no plano { $plan }.
}
settings-monitoring = Monitoramento
settings-poll-interval = Verificar a cada (segundos)
settings-poll-problem = Entre { $min } e { $max } segundos ({ $local } para um serviço neste computador)
settings-demo = Usar o espaço de trabalho de demonstração (usado também enquanto não há chave salva)
settings-autostart = Abrir o { -app } ao iniciar a sessão
settings-battery = Verificar menos na bateria (a cada 4× o intervalo, no mínimo um minuto)
settings-alerts = Alertas
settings-remind-every = Lembrar a cada (minutos, 0 = nunca)
settings-degraded-after = Alertar sobre Instável após (minutos)
settings-quiet-from = Horário de silêncio das
settings-quiet-until = até
settings-detection = Detecção
settings-no-activity = Considerar suspeito um celular conectado sem atividade por (minutos)
settings-down-after = Desconectado após (verificações seguidas)
settings-up-after = Recuperado após (verificações seguidas)
settings-retention = Manter o histórico por (dias)
settings-webhooks = Webhooks (opcional)
settings-webhooks-hint = Para os webhooks de sessão do { -brand } encaminhados a este computador. O receptor só escuta neste computador.
settings-webhooks-receive = Receber webhooks
settings-port = Porta
settings-signature-header = Cabeçalho da assinatura
settings-webhook-secret = Segredo do webhook
settings-webhook-secret-placeholder = O segredo definido no painel do { -brand }
settings-webhook-secret-stored = Salvo
settings-forget-secret = Esquecer segredo
settings-hooks = Automações
settings-hooks-hint = Executadas quando um celular cai e quando volta, para suas automações pausarem e retomarem o envio. Seguem só o seu espaço de trabalho { -brand }, nunca os celulares da demonstração.
settings-hook-url = Enviar o evento em JSON (POST) para
settings-hook-command = Executar este comando ($WAPING_EVENT, $WAPING_DEVICE_NAME… e o JSON na entrada padrão)
settings-hook-timeout = Desistir após (segundos)
settings-refused = { $part }:
settings-part-settings = Configurações
settings-part-key = Chave de API
settings-part-secret = Segredo do webhook
settings-keep-secret-session = Guardar o segredo só nesta sessão
settings-saving = Salvando…
settings-save = Salvar
settings-loading = Carregando as configurações…
settings-saved = Salvo.
settings-saved-partly = Salvo em parte.
settings-saved-settings-not-key = As configurações foram salvas; a chave de API não.
settings-saved-settings-not-secret = As configurações foram salvas; o segredo do webhook não.
settings-saved-settings-not-key-secret = As configurações foram salvas; a chave de API e o segredo do webhook não.
settings-saved-key-not-settings = A chave de API foi salva; as configurações não.
settings-saved-secret-not-settings = O segredo do webhook foi salvo; as configurações não.
settings-saved-key-not-settings-secret = A chave de API foi salva; as configurações e o segredo do webhook não.
settings-saved-secret-not-settings-key = O segredo do webhook foi salvo; as configurações e a chave de API não.
settings-saved-settings-key-not-secret = As configurações e a chave de API foram salvas; o segredo do webhook não.
settings-saved-settings-secret-not-key = As configurações e o segredo do webhook foram salvos; a chave de API não.
settings-saved-key-secret-not-settings = A chave de API e o segredo do webhook foram salvos; as configurações não.

export-dialog-title = Exportar histórico

# (end of window messages)

# A newer version of the app: the banner over the cards, and Settings.
update-available = O { -app } { $version } está disponível.
update-restart = Reiniciar para atualizar
update-installing = Instalando o { -app } { $version }… O app reinicia quando terminar.
update-notes = Novidades
update-check = Verificar atualizações
update-checking = Verificando…
update-up-to-date = O { -app } está atualizado.

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
tray-update-available = Atualização disponível: { $version } — Reiniciar para atualizar
tray-update-installing = Instalando { $version }…
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
doctor-recognised-bare-list = sim, como uma lista simples
doctor-recognised-whole-answer = sim, como a resposta inteira
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
