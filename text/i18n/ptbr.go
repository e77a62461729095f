package i18n

// portuguese is the catalogue in Brazilian Portuguese, written the way a
// developer in Brazil would say it (token, escopo, cliente, provedor de
// identidade), not word for word from the English.
var portuguese = map[Key]string{
	FmtIn:      "em %s",
	FmtAgo:     "há %s",
	FmtNow:     "agora",
	FmtDays:    "%d d",
	FmtHours:   "%d h",
	FmtMinutes: "%d min",
	FmtSeconds: "%d s",

	AppTabToken:        "Token",
	AppTabRequest:      "Requisição",
	AppTabFlow:         "Fluxo",
	AppTabHistory:      "Histórico",
	AppProfile:         "perfil",
	AppProfiles:        "Perfis",
	AppStateSetUp:      "a configurar",
	AppStateRequesting: "pedindo…",
	AppStateNoToken:    "sem token",
	AppBadgeExpired:    "expirado",
	AppBadgeExpiring:   "expirando %s",
	AppBadgeValid:      "válido %s",
	AppCloseHelp:       "fechar ajuda",
	HelpTitle:          "Teclas",
	HelpCloses:         "(esc ou ? fecha)",
	HelpTabSection:     "Aba %s",
	HelpEverywhere:     "Em qualquer lugar",
	KeyQuit:            "sair",
	KeyCancelQuit:      "cancelar / sair",
	KeyAllKeys:         "todas as teclas",
	KeyNextPane:        "próximo painel",
	KeyPrevPane:        "painel anterior",

	ClipCopied:    "%s copiado (%s)",
	ClipViaSystem: "área de transferência do sistema",
	ClipViaOSC52:  "pelo terminal, OSC 52",
	ClipFailed:    "não foi possível copiar: %s",

	TokenInspectTitle:  "Inspecionar um token",
	TokenInspectIntro:  "Cole um JWT tirado de um log ou de um chamado: ele é decodificado e a assinatura é conferida com as chaves do próprio emissor. Nada é salvo.",
	TokenInspectAction: "inspecionar",
	TokenClose:         "fechar",
	TokenPlaceholder:   "cole um JWT (eyJ…) e tecle Enter",
	TokenInspecting:    "INSPECIONANDO UM TOKEN COLADO — não é o deste perfil",
	TokenEscBack:       "(esc: voltar)",
	TokenCannotGet:     "Este perfil ainda não consegue obter tokens.",
	TokenRequesting:    "Pedindo um token ao provedor…",
	TokenNoneYet:       "Este perfil ainda não tem token.",
	TokenPressGet:      "Tecle %s para obter um: um único pedido ao provedor, e",
	TokenReusedUntil:   "o token é reutilizado até expirar.",
	TokenNoExpiry:      "validade desconhecida (o token não tem a claim exp)",
	TokenValid:         "VÁLIDO",
	TokenExpiring:      "EXPIRANDO",
	TokenExpired:       "EXPIRADO",
	TokenLeft:          "restantes",
	TokenExpiresAt:     "expira às %s",
	TokenExpiresOn:     "expira em %s",
	TokenExpiredAt:     "expirou em %s",
	TokenRequestingNew: "Pedindo um novo token…",
	TokenOriginNew:     "token novo",
	TokenOriginCache:   "do cache",
	TokenObtained:      "obtido %s",
	TokenRequestsHour:  "pedidos de token deste cliente na última hora: %d",
	TokenConfirm:       "O token atual ainda vale por %s. Reutilize este token em todas as chamadas à API: pedir tokens demais faz o cliente ser bloqueado automaticamente pelo provedor (%s deste cliente na última hora).",
	TokenRequestsOne:   "%d pedido",
	TokenRequestsMany:  "%d pedidos",
	TokenAskAnyway:     "Pedir um token novo mesmo assim?",
	TokenRenew:         "renovar",
	TokenKeep:          "manter",
	TokenOpaque:        "Não é um JWT (é um token opaco): funciona, mas não há o que decodificar.",
	TokenRawToken:      "Token bruto",
	TokenSignature:     "Assinatura",
	TokenScopes:        "Escopos",
	TokenHeader:        "Cabeçalho",
	TokenClaims:        "Claims",
	TokenRawJWT:        "JWT bruto",
	TokenVerified:      "verificada",
	TokenFailed:        "inválida",
	TokenNotChecked:    "não verificada — %s",
	TokenChecking:      "conferindo com as chaves do provedor…",
	TokenKeyGet:        "obter token",
	TokenKeyRenew:      "renovar (protegido)",
	TokenKeyInspect:    "inspecionar token colado",
	TokenKeyBack:       "voltar ao token do perfil",
	TokenKeyConfirm:    "sim, renovar",
	TokenKeyKeep:       "manter o atual",
	KeyScrollUp:        "rolar para cima",
	KeyScrollDown:      "rolar para baixo",
	KeyPageUp:          "página acima",
	KeyPageDown:        "página abaixo",

	ClaimIss:        "emissor: quem gerou e assinou o token",
	ClaimSub:        "sujeito: de quem o token fala (um usuário; em tokens de cliente, muitas vezes o id do cliente)",
	ClaimAud:        "audiência: a(s) API(s) que devem aceitá-lo",
	ClaimExp:        "expiração: recusado depois deste horário",
	ClaimNbf:        "não antes de: recusado antes deste horário",
	ClaimIat:        "emitido em: quando foi gerado",
	ClaimJti:        "id do token: único para cada token",
	ClaimScope:      "escopos: o que o token permite",
	ClaimClientID:   "o cliente para o qual o token foi emitido",
	ClaimClientName: "o nome de exibição do cliente",
	ClaimAuthTime:   "quando o usuário fez login",
	ClaimIdp:        "o provedor de identidade usado",
	ClaimAmr:        "como o usuário se autenticou",
	ClaimSid:        "id da sessão",
	ClaimCnf:        "chave de confirmação (prova de posse)",
	ClaimRole:       "papéis concedidos",
	HeaderAlg:       "algoritmo de assinatura",
	HeaderTyp:       "tipo do token (at+jwt: um access token OAuth2, RFC 9068)",
	HeaderKid:       "qual chave do JWKS do provedor o assinou",
	HeaderX5t:       "impressão digital (thumbprint) do certificado de assinatura",
	HeaderCty:       "tipo de conteúdo",
	HeaderX5tS256:   "impressão digital SHA-256 do certificado de assinatura",
	HeaderJku:       "URL de um JWK Set (nunca confiável por si só)",
	HeaderX5u:       "URL do certificado de assinatura",
	HeaderCrit:      "extensões que o receptor precisa entender",
	ClaimAzp:        "parte autorizada: o cliente para o qual o token foi emitido",
	ClaimName:       "nome",
	ClaimEmail:      "endereço de e-mail",

	DecodeShort:          "Decodifica um JWT; --verify confere a assinatura (JWKS pela discovery do iss ou --jwks) e os horários",
	DecodeLong:           "Decodifica qualquer JWT: o cabeçalho e as claims, com os horários em hora local\ne relativos (\"em 41 min\"), e o que cada claim conhecida significa. O token\nvem do argumento, ou da entrada padrão quando o argumento é - ou não existe.\n\nDecodificar não confere nada. --verify confere a assinatura com as chaves do\nemissor (achadas pelo documento de discovery do iss do token, ou na URL de\n--jwks), com o algoritmo preso ao tipo da chave, e exp/nbf sem tolerância;\nsai com 1 quando alguma verificação falha. Um token malformado sai com 2,\nindicando a parte com problema.",
	DecodeFlagVerify:     "confere a assinatura e exp/nbf; sai com 1 quando falham",
	DecodeFlagJWKS:       "verifica com o JWK Set desta URL em vez da discovery do iss (implica --verify)",
	DecodeUnverified:     "%s, %d bytes, não verificada (use --verify)",
	DecodeKeysFrom:       "chaves de %s",
	DecodeVerifyHint:     "confira se o token vem do emissor que ele indica e se não expirou",
	DecodeJWKSHint:       "informe a URL do JWKS do emissor com --jwks",
	DecodeDidNotVerify:   "o token não passou na verificação: %s",
	DecodeFailed:         "falhou: %s",
	DecodeNotChecked:     "não verificada: %s",
	DecodeNoToken:        "nenhum token informado",
	DecodeNoTokenPipe:    "passe o token como argumento, ou por pipe: tokentui token | tokentui decode",
	DecodeNoTokenArg:     "passe o token como argumento",
	DecodeStdinError:     "não foi possível ler o token da entrada padrão: %v",
	DecodeStdinEmpty:     "a entrada padrão veio vazia: nenhum token para decodificar",
	DecodeStdinEmptyHint: "mande um token por pipe, por exemplo tokentui token | tokentui decode",

	TokenCmdShort:     "Mostra o access token, reutilizando o que está em cache enquanto for válido",
	TokenCmdLong:      "Mostra o access token do perfil na saída padrão, para que $(tokentui token) funcione.\n\nO token fica em cache (em $TOKENTUI_CACHE_DIR; sem ela, $XDG_CACHE_HOME/tokentui)\ne é compartilhado por todos os processos do tokentui: enquanto ele for válido,\nnenhum pedido é feito, e chamadas em paralelo fazem um único pedido de token,\nnão um cada. Pedir tokens demais faz o cliente ser bloqueado automaticamente\npelo provedor, por isso o --force é protegido: no máximo 3 renovações forçadas\npor minuto, e nunca antes de um Retry-After informado pelo provedor.",
	TokenCmdNote:      "tokentui: observação: %s.",
	TokenCmdFlagForce: "pede um token novo mesmo que o do cache seja válido (no máximo 3 por minuto)",
	TokenCmdFlagJSON:  "mostra um objeto JSON com o token, a validade, os escopos e de onde ele veio",

	DiagShort:      "Confere endpoint, discovery, credenciais, escopos e relógio; mostra um relatório sem segredos",
	DiagLong:       "Confere o perfil passo a passo: o próprio perfil, a conectividade com o\nprovedor (DNS, TCP, TLS), o documento de discovery (issuer, método de\nautenticação, tipo de grant, escopos), as credenciais, os escopos concedidos, o\nrelógio desta máquina e a assinatura do token. Cada verificação mostra ✓ (ok),\n! (atenção), ✗ (falhou) ou - (pulada), com a causa provável e o que tentar.\n\nFaz no máximo um pedido de token, e nenhum enquanto houver um token válido em\ncache (aí o relatório é sobre esse token); --fresh força um pedido para testar\nas credenciais agora. O relatório não contém segredo nem token: pode ser colado\nnum chamado com segurança. Sai com 1 quando alguma verificação falha. --json\ngera o relatório em inglês, para ferramentas.",
	DiagFailedOne:  "%d verificação falhou: %s",
	DiagFailedMany: "%d verificações falharam: %s",
	DiagFailedHint: "o relatório na saída padrão traz a causa de cada verificação que falhou e o que tentar",
	DiagFlagJSON:   "mostra o relatório em JSON",
	DiagFlagFresh:  "pede um token novo mesmo que haja um válido em cache (protegido)",
	DiagTitle:      "Diagnóstico do perfil %q (cliente %q), %s",
	DiagAllPassed:  "Todas as verificações passaram",

	CliError:         "tokentui: %s",
	CliHint:          "dica: %s",
	CliCause:         "causa: %s",
	CliUnknownError:  "erro desconhecido.",
	CliBadLang:       "--lang %q: idioma desconhecido",
	CliBadLangHint:   "use --lang en ou --lang pt-BR (pt_BR, pt e en_US também valem)",
	CliFlagsHint:     "rode '%s --help' para ver as opções",
	CliWarning:       "atenção: %s",
	RootShort:        "Explore tokens OAuth2 de client credentials e as APIs que eles liberam",
	RootLong:         "Explore tokens OAuth2 de client credentials e as APIs que eles liberam.\n\nSem comando, o tokentui abre a TUI com os perfis salvos.\nAs mensagens saem em inglês ou em português do Brasil: --lang en|pt-BR;\nsem a opção, vale LC_ALL, LC_MESSAGES ou LANG (pt_BR.UTF-8 é português).",
	FlagConfig:       "arquivo de perfis (env TOKENTUI_CONFIG)",
	FlagProfile:      "nome do perfil (env TOKENTUI_PROFILE; sem ela, o default do arquivo)",
	FlagLang:         "idioma: en ou pt-BR (sem a opção, vem de LC_ALL, LC_MESSAGES, LANG)",
	FlagDebug:        "grava um log de depuração neste arquivo",
	FlagPresent:      "abre a aba Fluxo no modo apresentação, para projetores (TUI e demo)",
	FlagHelp:         "ajuda do %s",
	HelpCmdShort:     "Ajuda sobre qualquer comando",
	HelpCmdLong:      "Mostra a ajuda de qualquer comando.\nDigite %s help [caminho do comando] para ver os detalhes.",
	VersionShort:     "Mostra a versão",
	CliUsageTemplate: usageTemplatePtBR,

	DemoShort:          "Abre a TUI no provedor sandbox embutido (sem credenciais)",
	DemoFlagTTL:        "validade dos tokens do sandbox",
	DemoTTLTooShort:    "--token-ttl %s é curto demais",
	DemoTTLHint:        "use pelo menos 10s, por exemplo --token-ttl 2m",
	DemoListenHint:     "o sandbox não conseguiu escutar numa porta de loopback; algum outro programa está ocupando todas?",
	DemoBanner:         "sandbox",
	TUIFirstRunBanner:  "primeira execução: perfis ainda não salvos",
	TUIDebugLog:        "não foi possível abrir o log de depuração %s: %v",
	TUIDebugLogHint:    "escolha um caminho gravável para --debug",
	TUITemplateProblem: "Este perfil é um modelo: preencha antes o client id e o segredo do cliente (tecla e na lista de perfis).",
	TUIStopped:         "a interface no terminal parou: %w",

	CliNoProfilesFile:     "não há arquivo de perfis em %s",
	CliNoProfilesFileHint: "crie um perfil com 'tokentui profiles add NOME --issuer URL --client-id ID --secret-ref env:VAR', ou experimente o sandbox: rode 'tokentui sandbox' em outro terminal e crie o perfil dele ('tokentui profiles add sandbox --issuer http://127.0.0.1:8765 --client-id demo-client --secret-ref demo-secret')",
	CliBadProfile:         "perfil %q: %v",
	CliBadProfileHint:     "corrija com 'tokentui profiles show %s' e um editor, ou com 'tokentui profiles add'",
	CliCAUnreadable:       "perfil %q: não foi possível ler o ca_file: %v",
	CliCAUnreadableHint:   "aponte ca_file para um arquivo PEM que possa ser lido",
	CliCANoPEM:            "perfil %q: o ca_file %s não contém nenhum certificado PEM",
	CliCANoPEMHint:        "exporte o certificado da CA em PEM (-----BEGIN CERTIFICATE-----)",
	CliBadTimeout:         "%s=%q não é uma duração positiva",
	CliBadTimeoutHint:     "escreva como 10s, 90s ou 2m, ou remova a variável para usar os padrões (30s para o provedor, 2m para chamadas à API)",
	CliMaxArgs:            "%s aceita no máximo %d argumento(s), recebeu %d (%q)",
	CliUsageHint:          "rode '%s --help' para ver como usar",
	CliDidYouMean:         "você quis dizer '%s'? %s",
	CliTokenNone:          "nenhum",
	CliTokenUnchecked:     "não verificado (um segredo cmd: ou keyring não é lido para listar perfis)",
	CliHeldHint:           "corrija o segredo ou o perfil (um segredo novo é tentado na hora); para pedir mais uma vez ao provedor com as mesmas credenciais mesmo assim: tokentui token --force",
	CliTokenExpired:       "expirado %s",
	CliTokenValid:         "válido por %s",

	ProfilesShort:        "Lista, mostra, cria e remove perfis",
	ProfilesLong:         profilesLongPtBR,
	ProfilesNotCommand:   "%q não é um comando de profiles",
	ProfilesCommandsHint: "use 'tokentui profiles list', 'show NOME', 'add NOME …', 'rm NOME' ou 'default NOME'",
	ProfilesWriteHint:    "verifique se você tem permissão de escrita no arquivo de perfis e no diretório dele",
	ProfilesAddHint:      "crie um com 'tokentui profiles add NOME --issuer URL --client-id ID --secret-ref env:VAR'",
	ProfilesListShort:    "Lista os perfis (* marca o padrão)",
	ProfilesNone:         "Ainda não há perfis em %s: %s, ou rode 'tokentui demo'.",
	ProfilesListHeader:   "\tNOME\tEMISSOR / TOKEN URL\tCLIENT ID\tESCOPOS\tTOKEN",
	ProfilesShowShort:    "Mostra todos os campos de um perfil (o segredo só pela referência)",
	ProfilesShowLong:     "Mostra todos os campos de um perfil: NOME; sem ele, -p; sem -p, o perfil padrão. Um segredo literal aparece mascarado e com um aviso.",
	ProfilesDefaultMark:  "(padrão)",
	ProfilesLiteralWarn:  "o perfil %q guarda o segredo do cliente no próprio arquivo; prefira env:VAR, file:PATH, cmd:COMMAND ou keyring.",
	ProfilesInsecureWarn: "o perfil %q não verifica certificados TLS (insecure: true).",
	ProfilesAddShort:     "Cria um perfil (e o arquivo de perfis, se ainda não existir)",
	ProfilesAddLong:      "Cria um perfil. REF é uma referência ao segredo, não o segredo: env:VAR,\nfile:PATH, cmd:COMMAND ou keyring (um segredo literal funciona, mas fica\ngravado no arquivo).\n\nCom --replace, um perfil com o mesmo nome é sobrescrito; params, headers,\nrequisições salvas, ca_file e insecure dele são mantidos. Se o arquivo não\nexistir, ele é criado com este perfil como padrão.",
	FlagIssuer:           "URL base do provedor (a discovery encontra o token endpoint)",
	FlagTokenURL:         "token endpoint, quando não há discovery",
	FlagJWKSURL:          "URL do JWK Set, quando não há discovery",
	FlagClientID:         "client id fornecido pelo provedor (obrigatório)",
	FlagSecretRef:        "onde está o segredo: env:VAR | file:PATH | cmd:COMMAND | keyring (obrigatório)",
	FlagScope:            "escopo a pedir (repita a opção ou separe com espaços)",
	FlagAuthMethod:       "client_secret_basic (padrão), client_secret_post, private_key_jwt, client_secret_jwt, tls_client_auth ou self_signed_tls_client_auth",
	FlagAPIBaseURL:       "URL base da API à qual 'tokentui call PATH' acrescenta o caminho",
	FlagReplace:          "sobrescreve um perfil existente com esse nome",
	FlagDefault:          "torna este o perfil padrão",
	ProfilesOneName:      "%s precisa de exatamente um nome de perfil, recebeu %d",
	ProfilesOneNameHint:  "por exemplo '%s ac-homolog'; 'tokentui profiles list' mostra os nomes",
	ProfilesNeedClientID: "--client-id é obrigatório",
	ProfilesClientIDHint: "informe o client id que o provedor atribuiu, por exemplo --client-id meu-cliente",
	ProfilesNeedSecret:   "--secret-ref é obrigatório",
	ProfilesSecretHint:   "diga onde está o segredo: --secret-ref env:VAR, file:PATH, cmd:COMMAND ou keyring",
	ProfilesExists:       "já existe um perfil chamado %q em %s",
	ProfilesExistsHint:   "acrescente --replace para sobrescrevê-lo, ou escolha outro nome",
	ProfilesCreated:      "Criado %s com o perfil %q (o padrão).",
	ProfilesReplaced:     "Perfil %q substituído em %s.",
	ProfilesAdded:        "Perfil %q adicionado a %s.",
	ProfilesLiteralSaved: "o segredo do cliente ficou gravado como literal em %s; prefira --secret-ref env:VAR, file:PATH, cmd:COMMAND ou keyring.",
	ProfilesIssuerHint:   "informe --issuer URL (a URL base do provedor) ou --token-url URL (o token endpoint dele)",
	ProfilesCheckFlag:    "confira %s: %s",
	ProfilesRmShort:      "Remove um perfil",
	ProfilesRemoved:      "Perfil %q removido de %s (o arquivo anterior está em %s.bak).",
	ProfilesDefaultShort: "Torna um perfil o padrão",
	ProfilesDefaultSet:   "Perfil padrão: %s.",

	SandboxShort:        "Serve o provedor sandbox embutido e a API de demonstração até Ctrl+C",
	SandboxLong:         "Serve o sandbox: um provedor OAuth2 parecido com o IdentityServer (discovery,\nJWKS, token endpoint de client credentials, bloqueio de clientes que pedem\ntokens demais) e uma API de demonstração que confere os tokens. Mostra as URLs\ne as credenciais públicas de demonstração, registra cada requisição e para\ncom Ctrl+C ou SIGTERM.",
	SandboxFlagAddr:     "host:porta onde escutar (porta 0 escolhe uma livre)",
	SandboxFlagTTL:      "validade dos tokens emitidos, por exemplo 2m ou 1h",
	SandboxTTLTooShort:  "--token-ttl %s é curto demais",
	SandboxTTLHint:      "tokens valem segundos inteiros: use 1s ou mais, por exemplo --token-ttl 2m",
	SandboxStopped:      "o sandbox parou de atender inesperadamente",
	SandboxRestartHint:  "inicie de novo; se acontecer outra vez, rode com --addr 127.0.0.1:0",
	SandboxStoppedAfter: "sandbox encerrado depois de %d pedidos de token.",
	SandboxBadAddr:      "--addr %q não está no formato host:porta: %v",
	SandboxBadPort:      "--addr %q não tem uma porta válida: use um número de 0 a 65535",
	SandboxAddrHint:     "por exemplo --addr 127.0.0.1:8765, ou 127.0.0.1:0 para uma porta livre",
	SandboxInUseHint:    "outro programa (talvez outro sandbox) está usando %s; encerre-o, ou escolha outra porta com --addr 127.0.0.1:0",
	SandboxPrivHint:     "portas abaixo de 1024 exigem privilégios; use uma mais alta, por exemplo --addr 127.0.0.1:8765",
	SandboxNoAddrHint:   "nenhuma interface de rede desta máquina tem esse endereço; use 127.0.0.1",
	SandboxHostHint:     "confira o host em --addr; 127.0.0.1:8765 sempre funciona, a não ser que a porta esteja ocupada",
	SandboxBanner:       "tokentui sandbox: um provedor parecido com o IdentityServer e uma API de demonstração",
	SandboxIssuer:       "emissor",
	SandboxDiscovery:    "discovery",
	SandboxTokenURL:     "token URL",
	SandboxJWKS:         "JWKS",
	SandboxAPIBase:      "base da API",
	SandboxTokensLive:   "Os tokens valem %s. Mais de %d pedidos de token por minuto de um mesmo cliente recebem 429:",
	SandboxReuse:        "reutilize o token até ele expirar, como o provedor real espera.",
	SandboxClients:      "Clientes de demonstração (credenciais públicas do sandbox):",
	SandboxColClient:    "client id",
	SandboxColScopes:    "escopos",
	SandboxNoGrant:      "(sem o grant client_credentials: mostra unauthorized_client)",
	SandboxTry:          "Experimente:",
	SandboxFirstRun:     "(o perfil \"sandbox\" da primeira execução aponta para cá)",
	SandboxExposed:      "escutando em %s, acessível de outras máquinas; qualquer pessoa ali pode usar as credenciais de demonstração.",
	SandboxServing:      "Atendendo até Ctrl+C.",
}

// usageTemplatePtBR is cobra's usage template with the headings in
// Portuguese.
const usageTemplatePtBR = `Uso:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [comando]{{end}}{{if gt (len .Aliases) 0}}

Apelidos:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Exemplos:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}{{$cmds := .Commands}}{{if eq (len .Groups) 0}}

Comandos:{{range $cmds}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{else}}{{range $group := .Groups}}

{{.Title}}{{range $cmds}}{{if (and (eq .GroupID $group.ID) (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if not .AllChildCommandsHaveGroup}}

Outros comandos:{{range $cmds}}{{if (and (eq .GroupID "") (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Opções:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Opções globais:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasHelpSubCommands}}

Outros tópicos de ajuda:{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

Use "{{.CommandPath}} [comando] --help" para saber mais sobre um comando.{{end}}
`

// profilesLongPtBR is the long help of `tokentui profiles`.
const profilesLongPtBR = `Gerencia o arquivo de perfis (--config, $TOKENTUI_CONFIG; sem eles, $XDG_CONFIG_HOME/tokentui/profiles.yaml).

Um perfil aponta um provedor de identidade (issuer, ou token_url quando não
há discovery), um client id, uma referência ao segredo e os escopos:

  default: ac-homolog
  profiles:
    - name: ac-homolog
      issuer: https://acessocidadao.es.gov.br/is
      client_id: meu-cliente
      client_secret: env:AC_SECRET   # env:VAR | file:PATH | cmd:COMMAND | keyring | literal (com aviso)
      scopes: [api-cargarh-base]
      auth_method: client_secret_basic
      api_base_url: https://api.example.es.gov.br/
      requests:
        - {name: me, method: GET, path: /v1/me}

O tokentui reescreve o arquivo ao salvar (os comentários se perdem), guarda a
versão anterior em profiles.yaml.bak e nunca sobrescreve um arquivo que não
carrega.`
