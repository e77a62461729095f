package i18n

// Keys of `tokentui api`, of call's operationId, --param and --jq, and of
// the OpenAPI notes shared with the TUI.
const (
	APIShort           Key = "APIShort"           // List the operations of the profile's API, from its OpenAPI document
	APILong            Key = "APILong"            // long help of api
	APIShowShort       Key = "APIShowShort"       // Show one operation: its scopes, parameters, example body and responses
	APIFlagJSON        Key = "APIFlagJSON"        // print the operations as JSON
	APIFlagRefresh     Key = "APIFlagRefresh"     // read the document again instead of the cached copy
	APIOneOp           Key = "APIOneOp"           // api show needs one operation (an operationId or 'METHOD /path'), got %d
	APIOneOpHint       Key = "APIOneOpHint"       // list them with: tokentui api
	APIMaxOneFilter    Key = "APIMaxOneFilter"    // api takes at most one FILTER, got %d
	APIMaxOneHint      Key = "APIMaxOneHint"      // quote a filter of several words: tokentui api 'get items'
	APINoSuchOp        Key = "APINoSuchOp"        // the OpenAPI document of profile %q has no operation %q
	APINoSuchOpHint    Key = "APINoSuchOpHint"    // list the operations with: tokentui api -p %s
	APISpecError       Key = "APISpecError"       // %s (the loader's error)
	APISpecHintNone    Key = "APISpecHintNone"    // set openapi in profile %q to the document's URL, a path under api_base_url or file:PATH
	APISpecHintBroken  Key = "APISpecHintBroken"  // fix the document where it broke, or point openapi in profile %q at another one
	APISpecHintFetch   Key = "APISpecHintFetch"   // check that the API is reachable, or set openapi in profile %q to file:PATH
	APIHeadCovered     Key = "APIHeadCovered"     // TOKEN
	APIHeadMethod      Key = "APIHeadMethod"      // METHOD
	APIHeadPath        Key = "APIHeadPath"        // PATH
	APIHeadScopes      Key = "APIHeadScopes"      // SCOPES
	APIHeadOperation   Key = "APIHeadOperation"   // OPERATION
	APIHeadSummary     Key = "APIHeadSummary"     // SUMMARY
	APIMarkCovered     Key = "APIMarkCovered"     // ✓ yes
	APIMarkMissing     Key = "APIMarkMissing"     // ✗ no
	APIMarkPublic      Key = "APIMarkPublic"      // public
	APIMarkNoToken     Key = "APIMarkNoToken"     // ? no token
	APIScopesNone      Key = "APIScopesNone"      // (any token)
	APISummary         Key = "APISummary"         // %d of %d operations · %s %s (%s) · %s
	APIFromCache       Key = "APIFromCache"       // cached %s ago
	APIFetched         Key = "APIFetched"         // just read
	APITokenScopes     Key = "APITokenScopes"     // token scopes: %s
	APINoTokenNote     Key = "APINoTokenNote"     // no token (%s): coverage not shown
	APIShowScopes      Key = "APIShowScopes"      // Scopes
	APIShowPublic      Key = "APIShowPublic"      // none: the operation is public
	APIShowAnyToken    Key = "APIShowAnyToken"    // none named: any valid token
	APIShowCovered     Key = "APIShowCovered"     // your token has them
	APIShowParams      Key = "APIShowParams"      // Parameters
	APIShowBody        Key = "APIShowBody"        // Body (%s)
	APIShowBodyReq     Key = "APIShowBodyReq"     // Body (%s, required)
	APIShowRequired    Key = "APIShowRequired"    // required
	APIShowReqNote     Key = "APIShowReqNote"     // * required field
	APIShowExample     Key = "APIShowExample"     // Example
	APIShowResponses   Key = "APIShowResponses"   // Responses
	APIShowCall        Key = "APIShowCall"        // Call it
	APIShowDeprecated  Key = "APIShowDeprecated"  // deprecated
	ScopeLacks         Key = "ScopeLacks"         // the token lacks %s, which %s needs
	ScopeGrantHint     Key = "ScopeGrantHint"     // only the provider can grant it to client %s; a new token will not help
	ScopeDeclared      Key = "ScopeDeclared"      // %s declares the scopes %s; the token has %s
	ScopeNone          Key = "ScopeNone"          // none
	CallFlagParam      Key = "CallFlagParam"      // a path or query parameter of the operation, name=value (repeatable)
	CallFlagJQ         Key = "CallFlagJQ"         // print the result of a jq filter on the JSON body instead of the body
	CallBadParam       Key = "CallBadParam"       // bad --param %q: write it as name=value
	CallParamNeedsOp   Key = "CallParamNeedsOp"   // --param needs an operation: %s is not an operationId of profile %q's OpenAPI document
	CallParamsHint     Key = "CallParamsHint"     // its parameters: tokentui api -p %s show %s
	CallBadJQ          Key = "CallBadJQ"          // bad --jq filter: %v
	CallBadJQHint      Key = "CallBadJQHint"      // the filter is jq's language, e.g. --jq '.[0].name' or --jq 'map(.id)'
	CallJQNotJSON      Key = "CallJQNotJSON"      // the body is not JSON, so --jq cannot filter it
	CallJQFailed       Key = "CallJQFailed"       // the --jq filter failed: %v
	CallOperation      Key = "CallOperation"      // tokentui: %s is %s %s
	CallWarnScope      Key = "CallWarnScope"      // tokentui: warning: %s
	CallNoteScope      Key = "CallNoteScope"      // tokentui: %s
	ConformNotDeclared Key = "ConformNotDeclared" // status %d is not declared by %s (it declares %s)
	ConformOK          Key = "ConformOK"          // matches the document (%s)
	ConformDiffers     Key = "ConformDiffers"     // the body differs from the document's schema for %s:
	ConformMore        Key = "ConformMore"        // … and %d more
	ConformNote        Key = "ConformNote"        // status %s declared; body not checked: %s
)

func init() {
	register(map[Key]string{
		APIShort: "List the operations of the profile's API, from its OpenAPI document",
		APILong: `List the operations of the profile's API, read from its OpenAPI document
(OpenAPI 3.0, 3.1 or Swagger 2.0, JSON or YAML), each with the scopes it needs
and whether the profile's token has them.

The document is the profile's openapi setting (a URL, a path under api_base_url,
or file:PATH); without one it is looked for under api_base_url at
/swagger/v1/swagger.json, /openapi.json, /v3/api-docs and /swagger.json. It is
fetched with the profile's token only when it is on the API's own origin, and
cached for 24 h (--refresh reads it again). FILTER keeps the operations whose
method, path, summary or operationId hold all its words.`,
		APIShowShort:       "Show one operation: its scopes, parameters, example body and responses",
		APIFlagJSON:        "print the operations as JSON",
		APIFlagRefresh:     "read the OpenAPI document again instead of the cached copy",
		APIOneOp:           "api show needs one operation (an operationId or 'METHOD /path'), got %d",
		APIOneOpHint:       "list them with: tokentui api",
		APIMaxOneFilter:    "api takes at most one FILTER, got %d",
		APIMaxOneHint:      "quote a filter of several words: tokentui api 'get items'",
		APINoSuchOp:        "the OpenAPI document of profile %q has no operation %q",
		APINoSuchOpHint:    "list the operations with: tokentui api -p %s",
		APISpecError:       "%s",
		APISpecHintNone:    "set openapi in profile %q to the document's URL, a path under api_base_url or file:PATH",
		APISpecHintBroken:  "fix the document where it broke, or point openapi in profile %q at another one",
		APISpecHintFetch:   "check that the API is reachable, or set openapi in profile %q to file:PATH",
		APIHeadCovered:     "TOKEN",
		APIHeadMethod:      "METHOD",
		APIHeadPath:        "PATH",
		APIHeadScopes:      "SCOPES",
		APIHeadOperation:   "OPERATION",
		APIHeadSummary:     "SUMMARY",
		APIMarkCovered:     "✓ yes",
		APIMarkMissing:     "✗ no",
		APIMarkPublic:      "public",
		APIMarkNoToken:     "? no token",
		APIScopesNone:      "(any token)",
		APISummary:         "%d of %d operations · %s %s (%s) · %s",
		APIFromCache:       "cached %s ago",
		APIFetched:         "just read",
		APITokenScopes:     "token scopes: %s",
		APINoTokenNote:     "no token (%s): coverage not shown",
		APIShowScopes:      "Scopes",
		APIShowPublic:      "none: the operation is public",
		APIShowAnyToken:    "none named: any valid token",
		APIShowCovered:     "your token has them",
		APIShowParams:      "Parameters",
		APIShowBody:        "Body (%s)",
		APIShowBodyReq:     "Body (%s, required)",
		APIShowRequired:    "required",
		APIShowReqNote:     "* required field",
		APIShowExample:     "Example",
		APIShowResponses:   "Responses",
		APIShowCall:        "Call it",
		APIShowDeprecated:  "deprecated",
		ScopeLacks:         "the token lacks %s, which %s needs",
		ScopeGrantHint:     "only the provider can grant it to client %s: renewing the token will not help",
		ScopeDeclared:      "%s declares the scopes %s; the token has %s",
		ScopeNone:          "none",
		CallFlagParam:      "a path or query parameter of the operation, name=value (repeatable)",
		CallFlagJQ:         "print the result of a jq filter on the JSON body instead of the body",
		CallBadParam:       "bad --param %q: write it as name=value",
		CallParamNeedsOp:   "--param needs an operation: %s is not an operationId of profile %q's OpenAPI document",
		CallParamsHint:     "its parameters: tokentui api -p %s show %s",
		CallBadJQ:          "bad --jq filter: %v",
		CallBadJQHint:      "the filter is jq's language, e.g. --jq '.[0].name' or --jq 'map(.id)'",
		CallJQNotJSON:      "the body is not JSON, so --jq cannot filter it",
		CallJQFailed:       "the --jq filter failed: %v",
		CallOperation:      "tokentui: %s is %s %s",
		CallWarnScope:      "tokentui: warning: %s",
		CallNoteScope:      "tokentui: %s",
		ConformNotDeclared: "status %d is not declared by %s (it declares %s)",
		ConformOK:          "matches the document (%s)",
		ConformDiffers:     "the body differs from the document's schema for %s:",
		ConformMore:        "… and %d more",
		ConformNote:        "status %s declared; body not checked: %s",
	}, map[Key]string{
		APIShort: "Lista as operações da API do perfil, a partir do documento OpenAPI",
		APILong: `Lista as operações da API do perfil, lidas do documento OpenAPI (OpenAPI 3.0,
3.1 ou Swagger 2.0, JSON ou YAML), cada uma com os escopos que exige e se o token
do perfil os tem.

O documento é o campo openapi do perfil (uma URL, um caminho sob api_base_url ou
file:CAMINHO); sem ele, é procurado sob api_base_url em /swagger/v1/swagger.json,
/openapi.json, /v3/api-docs e /swagger.json. Só vai com o token do perfil quando
está na própria origem da API, e fica em cache por 24 h (--refresh lê de novo).
FILTRO mantém as operações cujo método, caminho, resumo ou operationId contêm
todas as suas palavras.`,
		APIShowShort:       "Mostra uma operação: escopos, parâmetros, corpo de exemplo e respostas",
		APIFlagJSON:        "imprime as operações em JSON",
		APIFlagRefresh:     "lê o documento OpenAPI de novo em vez da cópia em cache",
		APIOneOp:           "api show precisa de uma operação (um operationId ou 'MÉTODO /caminho'), recebeu %d",
		APIOneOpHint:       "liste-as com: tokentui api",
		APIMaxOneFilter:    "api aceita no máximo um FILTRO, recebeu %d",
		APIMaxOneHint:      "ponha entre aspas um filtro de várias palavras: tokentui api 'get items'",
		APINoSuchOp:        "o documento OpenAPI do perfil %q não tem a operação %q",
		APINoSuchOpHint:    "liste as operações com: tokentui api -p %s",
		APISpecError:       "%s",
		APISpecHintNone:    "defina openapi no perfil %q com a URL do documento, um caminho sob api_base_url ou file:CAMINHO",
		APISpecHintBroken:  "corrija o documento onde ele quebrou, ou aponte openapi do perfil %q para outro",
		APISpecHintFetch:   "verifique se a API está acessível, ou defina openapi no perfil %q como file:CAMINHO",
		APIHeadCovered:     "TOKEN",
		APIHeadMethod:      "MÉTODO",
		APIHeadPath:        "CAMINHO",
		APIHeadScopes:      "ESCOPOS",
		APIHeadOperation:   "OPERAÇÃO",
		APIHeadSummary:     "RESUMO",
		APIMarkCovered:     "✓ sim",
		APIMarkMissing:     "✗ não",
		APIMarkPublic:      "pública",
		APIMarkNoToken:     "? sem token",
		APIScopesNone:      "(qualquer token)",
		APISummary:         "%d de %d operações · %s %s (%s) · %s",
		APIFromCache:       "em cache há %s",
		APIFetched:         "lido agora",
		APITokenScopes:     "escopos do token: %s",
		APINoTokenNote:     "sem token (%s): cobertura não mostrada",
		APIShowScopes:      "Escopos",
		APIShowPublic:      "nenhum: a operação é pública",
		APIShowAnyToken:    "nenhum citado: qualquer token válido",
		APIShowCovered:     "seu token os tem",
		APIShowParams:      "Parâmetros",
		APIShowBody:        "Corpo (%s)",
		APIShowBodyReq:     "Corpo (%s, obrigatório)",
		APIShowRequired:    "obrigatório",
		APIShowReqNote:     "* campo obrigatório",
		APIShowExample:     "Exemplo",
		APIShowResponses:   "Respostas",
		APIShowCall:        "Para chamar",
		APIShowDeprecated:  "obsoleta",
		ScopeLacks:         "o token não tem %s, que %s exige",
		ScopeGrantHint:     "só o provedor pode concedê-lo ao cliente %s: renovar o token não resolve",
		ScopeDeclared:      "%s declara os escopos %s; o token tem %s",
		ScopeNone:          "nenhum",
		CallFlagParam:      "um parâmetro de caminho ou de query da operação, nome=valor (repetível)",
		CallFlagJQ:         "imprime o resultado de um filtro jq sobre o corpo JSON em vez do corpo",
		CallBadParam:       "--param %q inválido: escreva nome=valor",
		CallParamNeedsOp:   "--param precisa de uma operação: %s não é um operationId do documento OpenAPI do perfil %q",
		CallParamsHint:     "os parâmetros dela: tokentui api -p %s show %s",
		CallBadJQ:          "filtro --jq inválido: %v",
		CallBadJQHint:      "o filtro usa a linguagem do jq, por exemplo --jq '.[0].name' ou --jq 'map(.id)'",
		CallJQNotJSON:      "o corpo não é JSON, então --jq não pode filtrá-lo",
		CallJQFailed:       "o filtro --jq falhou: %v",
		CallOperation:      "tokentui: %s é %s %s",
		CallWarnScope:      "tokentui: aviso: %s",
		CallNoteScope:      "tokentui: %s",
		ConformNotDeclared: "o status %d não é declarado por %s (declara %s)",
		ConformOK:          "confere com o documento (%s)",
		ConformDiffers:     "o corpo difere do schema do documento para %s:",
		ConformMore:        "… e mais %d",
		ConformNote:        "status %s declarado; corpo não verificado: %s",
	})
}

// Keys of the response view's jq filter (J).
const (
	ResponseKeyJQ     Key = "ResponseKeyJQ"     // jq filter
	ResponseJQPrompt  Key = "ResponseJQPrompt"  // jq filter:
	ResponseJQActive  Key = "ResponseJQActive"  // jq %s (J, empty: the whole body)
	ResponseJQRunning Key = "ResponseJQRunning" // running jq %s…
	ResponseJQFailed  Key = "ResponseJQFailed"  // jq: %v
)

func init() {
	register(map[Key]string{
		ResponseKeyJQ:     "jq filter",
		ResponseJQPrompt:  "jq filter: ",
		ResponseJQActive:  "jq %s (J, then empty: whole body)",
		ResponseJQRunning: "running jq %s…",
		ResponseJQFailed:  "jq: %v",
	}, map[Key]string{
		ResponseKeyJQ:     "filtro jq",
		ResponseJQPrompt:  "filtro jq: ",
		ResponseJQActive:  "jq %s (J, e vazio: corpo inteiro)",
		ResponseJQRunning: "rodando jq %s…",
		ResponseJQFailed:  "o jq falhou: %v",
	})
}

// Keys of the operations explorer (ui/explorer) and its place in the
// Request tab.
const (
	ExplorerTitle             Key = "ExplorerTitle"             // Operations
	ExplorerCount             Key = "ExplorerCount"             // %d of %d
	ExplorerLegend            Key = "ExplorerLegend"            // ✓ token has the scopes · ✗ lacks one · ○ public
	ExplorerFilter            Key = "ExplorerFilter"            // filter:
	ExplorerFilterPlaceholder Key = "ExplorerFilterPlaceholder" // method, path, summary or operationId
	ExplorerNoMatch           Key = "ExplorerNoMatch"           // no operation matches %q
	ExplorerUntagged          Key = "ExplorerUntagged"          // (no tag)
	ExplorerPublic            Key = "ExplorerPublic"            // ○ public: no token needed
	ExplorerCovered           Key = "ExplorerCovered"           // ✓ needs %s: the token has it
	ExplorerLacks             Key = "ExplorerLacks"             // ✗ the token lacks %s: only the provider can grant it
	ExplorerNoToken           Key = "ExplorerNoToken"           // ? needs %s; no token yet (g on the Token tab)
	ExplorerParams            Key = "ExplorerParams"            // params: %s
	ExplorerResponses         Key = "ExplorerResponses"         // responses: %s
	ExplorerBody              Key = "ExplorerBody"              // body %s
	ExplorerRequired          Key = "ExplorerRequired"          // required: %s
	ExplorerExample           Key = "ExplorerExample"           // e.g. %s
	ExplorerFormHelp          Key = "ExplorerFormHelp"          // tab next · enter use · esc back
	ExplorerParamsTitle       Key = "ExplorerParamsTitle"       // Parameters (* required)
	ExplorerMissingParam      Key = "ExplorerMissingParam"      // %s is required
	ExplorerBodyNote          Key = "ExplorerBodyNote"          // body: %s; an example built from its schema goes in the body editor (d)
	ExplorerKeyChoose         Key = "ExplorerKeyChoose"         // use it
	ExplorerResponsesTitle    Key = "ExplorerResponsesTitle"    // Responses
	ExplorerMore              Key = "ExplorerMore"              // … %d more
	ExplorerKeyReload         Key = "ExplorerKeyReload"         // read the document again
	ExplorerKeyClose          Key = "ExplorerKeyClose"          // close
	FlowOpenAPITitle          Key = "FlowOpenAPITitle"          // In the API's OpenAPI document
	FlowOpenAPIOp             Key = "FlowOpenAPIOp"             // this is the operation %s: %s
	FlowOpenAPIUndeclared     Key = "FlowOpenAPIUndeclared"     // ✗ the document does not declare this status
	FlowOpenAPIDiffers        Key = "FlowOpenAPIDiffers"        // ✗ the body differs from the schema declared for %s (%d differences)
	FlowOpenAPIMore           Key = "FlowOpenAPIMore"           // every operation, its scopes and parameters: o on the Request tab, or tokentui api
	RequestHelpSavedOps       Key = "RequestHelpSavedOps"       // saved requests, API operations
	RequestKeyOps             Key = "RequestKeyOps"             // operations
	RequestOpsLoading         Key = "RequestOpsLoading"         // reading the API's OpenAPI document…
	RequestOpsFailed          Key = "RequestOpsFailed"          // no operations list: %s
	RequestOpsNone            Key = "RequestOpsNone"            // no operations list: the profile cannot be used yet
	RequestOpsHint            Key = "RequestOpsHint"            // set openapi in the profile (a URL, a path under api_base_url or file:PATH), then o again
	RequestOpNote             Key = "RequestOpNote"             // %s · %s
	RequestOpPreparing        Key = "RequestOpPreparing"        // operation %s: building its example body…
	RequestOpFilled           Key = "RequestOpFilled"           // operation %s: body from its schema (d to edit)
	RequestScopeWarn          Key = "RequestScopeWarn"          // ✗ the token lacks %s, which %s needs
	RequestScopeGrant         Key = "RequestScopeGrant"         // only the provider can grant it to client %s: renewing the token will not help. The API will most likely answer 403.
	RequestScopeAsk           Key = "RequestScopeAsk"           // send anyway? y sends · n or esc cancels
	RequestScopeDeclared      Key = "RequestScopeDeclared"      // %s declares the scopes %s; the token has %s: ask the provider to grant the missing one to the client
)

func init() {
	register(map[Key]string{
		ExplorerTitle:             "Operations",
		ExplorerCount:             "%d of %d",
		ExplorerLegend:            "✓ token has the scopes · ✗ lacks one · ○ public",
		ExplorerFilter:            "filter: ",
		ExplorerFilterPlaceholder: "method, path, summary or operationId",
		ExplorerNoMatch:           "no operation matches %q",
		ExplorerUntagged:          "(no tag)",
		ExplorerPublic:            "○ public: no token needed",
		ExplorerCovered:           "✓ needs %s: the token has it",
		ExplorerLacks:             "✗ the token lacks %s: only the provider can grant it",
		ExplorerNoToken:           "? needs %s; no token yet (g on the Token tab)",
		ExplorerParams:            "params: %s",
		ExplorerResponses:         "responses: %s",
		ExplorerBody:              "body %s",
		ExplorerExample:           "e.g. %s",
		ExplorerRequired:          "required: %s",
		ExplorerFormHelp:          "tab next · enter use · esc back",
		ExplorerParamsTitle:       "Parameters (* required)",
		ExplorerMissingParam:      "%s is required",
		ExplorerBodyNote:          "body: %s; an example built from its schema goes in the body editor (d)",
		ExplorerKeyChoose:         "use it",
		ExplorerResponsesTitle:    "Responses",
		ExplorerMore:              "  … %d more",
		ExplorerKeyClose:          "close",
		ExplorerKeyReload:         "read the document again",
		FlowOpenAPITitle:          "In the API's OpenAPI document",
		FlowOpenAPIOp:             "this is the operation %s: %s",
		FlowOpenAPIUndeclared:     "✗ the document does not declare this status",
		FlowOpenAPIDiffers:        "✗ the body differs from the schema declared for %s (%d differences)",
		FlowOpenAPIMore:           "every operation, with its scopes and parameters: o on the %s tab, or tokentui api",
		RequestKeyOps:             "operations",
		RequestHelpSavedOps:       "saved requests, API operations",
		RequestOpsLoading:         "reading the API's OpenAPI document…",
		RequestOpsFailed:          "no operations list: %s",
		RequestOpsNone:            "no operations list: the profile cannot be used yet",
		RequestOpsHint:            "set openapi in the profile (a URL, a path under api_base_url or file:PATH), then o again",
		RequestOpNote:             "%s · %s",
		RequestOpPreparing:        "operation %s: building its example body…",
		RequestOpFilled:           "operation %s: body from its schema (d to edit)",
		RequestScopeWarn:          "✗ the token lacks %s, which %s needs",
		RequestScopeGrant:         "only the provider can grant it to client %s; renewing the token will not help.",
		RequestScopeAsk:           "send anyway? y sends · n or esc cancels",
		RequestScopeDeclared:      "%s declares the scopes %s; the token has %s: the provider must grant the client the missing one",
	}, map[Key]string{
		ExplorerTitle:             "Operações",
		ExplorerCount:             "%d de %d",
		ExplorerLegend:            "✓ token tem os escopos · ✗ falta um · ○ pública",
		ExplorerFilter:            "filtro: ",
		ExplorerFilterPlaceholder: "método, caminho, resumo ou operationId",
		ExplorerNoMatch:           "nenhuma operação contém %q",
		ExplorerUntagged:          "(sem tag)",
		ExplorerPublic:            "○ pública: não precisa de token",
		ExplorerCovered:           "✓ exige %s: o token tem",
		ExplorerLacks:             "✗ o token não tem %s: só o provedor pode concedê-lo",
		ExplorerNoToken:           "? exige %s; ainda sem token (g na aba Token)",
		ExplorerParams:            "parâmetros: %s",
		ExplorerResponses:         "respostas: %s",
		ExplorerBody:              "corpo %s",
		ExplorerExample:           "ex.: %s",
		ExplorerRequired:          "obrigatórios: %s",
		ExplorerFormHelp:          "tab próximo · enter usar · esc voltar",
		ExplorerParamsTitle:       "Parâmetros (* obrigatório)",
		ExplorerMissingParam:      "%s é obrigatório",
		ExplorerBodyNote:          "corpo: %s; um exemplo montado a partir do schema vai para o editor do corpo (d)",
		ExplorerKeyChoose:         "usar",
		ExplorerResponsesTitle:    "Respostas",
		ExplorerMore:              "  … mais %d",
		ExplorerKeyClose:          "fechar",
		ExplorerKeyReload:         "ler o documento de novo",
		FlowOpenAPITitle:          "No documento OpenAPI da API",
		FlowOpenAPIOp:             "esta é a operação %s: %s",
		FlowOpenAPIUndeclared:     "✗ o documento não declara este status",
		FlowOpenAPIDiffers:        "✗ o corpo difere do schema declarado para %s (%d diferenças)",
		FlowOpenAPIMore:           "todas as operações, com escopos e parâmetros: o na aba %s, ou tokentui api",
		RequestKeyOps:             "operações",
		RequestHelpSavedOps:       "requisições salvas, operações",
		RequestOpsLoading:         "lendo o documento OpenAPI da API…",
		RequestOpsFailed:          "sem lista de operações: %s",
		RequestOpsNone:            "sem lista de operações: o perfil ainda não pode ser usado",
		RequestOpsHint:            "defina openapi no perfil (uma URL, um caminho sob api_base_url ou file:CAMINHO) e tecle o de novo",
		RequestOpNote:             "%s · %s",
		RequestOpPreparing:        "operação %s: montando o corpo de exemplo…",
		RequestOpFilled:           "operação %s: corpo montado a partir do schema (d para editar)",
		RequestScopeWarn:          "✗ o token não tem %s, que %s exige",
		RequestScopeGrant:         "só o provedor pode concedê-lo ao cliente %s; renovar o token não resolve.",
		RequestScopeAsk:           "enviar mesmo assim? y envia · n ou esc cancela",
		RequestScopeDeclared:      "%s declara os escopos %s; o token tem %s: o provedor precisa conceder ao cliente o que falta",
	})
}
