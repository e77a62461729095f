package i18n

// Keys of the Request tab: its key help, the fields' placeholders and
// labels, the summary of headers and body, what the request is doing, the
// saved-requests list, and the errors the pane finds before sending. What
// the user typed (method, URL, header names) is not in the catalogue.
const (
	RequestKeySend        Key = "RequestKeySend"        // send
	RequestKeyEditURL     Key = "RequestKeyEditURL"     // edit URL
	RequestKeyEditHeaders Key = "RequestKeyEditHeaders" // edit headers
	RequestKeyEditBody    Key = "RequestKeyEditBody"    // edit body
	RequestKeyMethod      Key = "RequestKeyMethod"      // method
	RequestKeyMethodBack  Key = "RequestKeyMethodBack"  // previous method
	RequestKeyNextField   Key = "RequestKeyNextField"   // next field
	RequestKeyPrevField   Key = "RequestKeyPrevField"   // previous field
	RequestKeyLeave       Key = "RequestKeyLeave"       // to response
	RequestKeyCancel      Key = "RequestKeyCancel"      // cancel request
	RequestKeySaved       Key = "RequestKeySaved"       // saved requests
	RequestKeyUseIt       Key = "RequestKeyUseIt"       // use it

	RequestHelpEsc    Key = "RequestHelpEsc"    // cancel request · leave a field
	RequestHelpEdit   Key = "RequestHelpEdit"   // edit URL, headers, body
	RequestHelpTab    Key = "RequestHelpTab"    // next field (in a field)
	RequestHelpMethod Key = "RequestHelpMethod" // method (ctrl+←/→ in the URL)
	RequestHelpViews  Key = "RequestHelpViews"  // body, headers, timing
	RequestHelpScroll Key = "RequestHelpScroll" // scroll
	RequestHelpSearch Key = "RequestHelpSearch" // search, next, previous

	RequestURLPlaceholder     Key = "RequestURLPlaceholder"     // ‹path, or a full URL›
	RequestHeadersPlaceholder Key = "RequestHeadersPlaceholder" // Name: value, one per line
	RequestBodyPlaceholder    Key = "RequestBodyPlaceholder"    // request body
	RequestHeadersHelp        Key = "RequestHeadersHelp"        // one “Name: value” per line · tab next · esc done
	RequestBodyHelp           Key = "RequestBodyHelp"           // tab next · esc done

	RequestHeadersNone Key = "RequestHeadersNone" // headers: none
	RequestHeadersList Key = "RequestHeadersList" // headers: %s
	RequestProfiles    Key = "RequestProfiles"    // + profile's %s
	RequestBodyNone    Key = "RequestBodyNone"    // body: none
	RequestBodySize    Key = "RequestBodySize"    // body: %s
	RequestSummaryKeys Key = "RequestSummaryKeys" // H headers · d body · s saved
	RequestSummaryTab  Key = "RequestSummaryTab"  // tab: headers, body

	RequestCancelling Key = "RequestCancelling" // Cancelling %s…
	RequestSending    Key = "RequestSending"    // Sending %s
	RequestEscCancels Key = "RequestEscCancels" // %s · esc cancels
	RequestCancelled  Key = "RequestCancelled"  // Request cancelled; nothing was received.
	RequestOpened     Key = "RequestOpened"     // Opened %s · enter sends it
	RequestSavedNote  Key = "RequestSavedNote"  // saved request “%s” (what RequestOpened opened)
	RequestTypePath   Key = "RequestTypePath"   // Type a path and press enter: it is sent with the profile's token.

	RequestSavedTitle Key = "RequestSavedTitle" // Saved requests
	RequestSavedHelp  Key = "RequestSavedHelp"  // enter uses one · esc closes
	RequestNoSaved    Key = "RequestNoSaved"    // This profile has no saved requests; add them under requests: in the profiles file.

	RequestNotSetUp     Key = "RequestNotSetUp"     // requests are not set up for this profile
	RequestBadLine      Key = "RequestBadLine"      // header line %d is not “Name: value”: %w
	RequestHintNoBase   Key = "RequestHintNoBase"   // type a full http(s) URL, or set api_base_url in this profile
	RequestHintBadURL   Key = "RequestHintBadURL"   // type a path under the API base URL, or a full http or https URL
	RequestHintAuth     Key = "RequestHintAuth"     // remove the Authorization header: the profile's token is sent in it
	RequestHintBadHeads Key = "RequestHintBadHeads" // write each header as “Name: value”, one per line
)

func init() {
	register(map[Key]string{
		RequestKeySend:        "send",
		RequestKeyEditURL:     "edit URL",
		RequestKeyEditHeaders: "edit headers",
		RequestKeyEditBody:    "edit body",
		RequestKeyMethod:      "method",
		RequestKeyMethodBack:  "previous method",
		RequestKeyNextField:   "next field",
		RequestKeyPrevField:   "previous field",
		RequestKeyLeave:       "to response",
		RequestKeyCancel:      "cancel request",
		RequestKeySaved:       "saved requests",
		RequestKeyUseIt:       "use it",

		RequestHelpEsc:    "cancel request · leave a field",
		RequestHelpEdit:   "edit URL, headers, body",
		RequestHelpTab:    "next field (in a field)",
		RequestHelpMethod: "method (ctrl+←/→ in the URL)",
		RequestHelpViews:  "body, headers, timing",
		RequestHelpScroll: "scroll",
		RequestHelpSearch: "search, next, previous",

		RequestURLPlaceholder:     "‹path, or a full URL›",
		RequestHeadersPlaceholder: "Name: value, one per line",
		RequestBodyPlaceholder:    "request body",
		RequestHeadersHelp:        "one “Name: value” per line · tab next · esc done",
		RequestBodyHelp:           "tab next · esc done",

		RequestHeadersNone: "headers: none",
		RequestHeadersList: "headers: %s",
		RequestProfiles:    "+ profile's %s",
		RequestBodyNone:    "body: none",
		RequestBodySize:    "body: %s",
		RequestSummaryKeys: "H headers · d body · s saved",
		RequestSummaryTab:  "tab: headers, body",

		RequestCancelling: "Cancelling %s…",
		RequestSending:    "Sending %s",
		RequestEscCancels: "%s · esc cancels",
		RequestCancelled:  "Request cancelled; nothing was received.",
		RequestOpened:     "Opened %s · enter sends it",
		RequestSavedNote:  "saved request “%s”",
		RequestTypePath:   "Type a path and press enter: it is sent with the profile's token.",

		RequestSavedTitle: "Saved requests",
		RequestSavedHelp:  "enter uses one · esc closes",
		RequestNoSaved:    "This profile has no saved requests; add them under requests: in the profiles file.",

		RequestNotSetUp:     "requests are not set up for this profile",
		RequestBadLine:      "header line %d is not “Name: value”: %w",
		RequestHintNoBase:   "type a full http(s) URL, or set api_base_url in this profile",
		RequestHintBadURL:   "type a path under the API base URL, or a full http or https URL",
		RequestHintAuth:     "remove the Authorization header: the profile's token is sent in it",
		RequestHintBadHeads: "write each header as “Name: value”, one per line",
	}, map[Key]string{
		RequestKeySend:        "enviar",
		RequestKeyEditURL:     "editar a URL",
		RequestKeyEditHeaders: "editar os cabeçalhos",
		RequestKeyEditBody:    "editar o corpo",
		RequestKeyMethod:      "método",
		RequestKeyMethodBack:  "método anterior",
		RequestKeyNextField:   "próximo campo",
		RequestKeyPrevField:   "campo anterior",
		RequestKeyLeave:       "à resposta",
		RequestKeyCancel:      "cancelar a requisição",
		RequestKeySaved:       "requisições salvas",
		RequestKeyUseIt:       "usar esta",

		RequestHelpEsc:    "cancelar · sair do campo",
		RequestHelpEdit:   "editar URL, cabeçalhos, corpo",
		RequestHelpTab:    "próximo campo (em um campo)",
		RequestHelpMethod: "método (ctrl+←/→ na URL)",
		RequestHelpViews:  "corpo, cabeçalhos, tempos",
		RequestHelpScroll: "rolar",
		RequestHelpSearch: "buscar, próxima, anterior",

		RequestURLPlaceholder:     "‹caminho, ou uma URL completa›",
		RequestHeadersPlaceholder: "Nome: valor, um por linha",
		RequestBodyPlaceholder:    "corpo da requisição",
		RequestHeadersHelp:        "um “Nome: valor” por linha · tab avança · esc conclui",
		RequestBodyHelp:           "tab avança · esc conclui",

		RequestHeadersNone: "cabeçalhos: nenhum",
		RequestHeadersList: "cabeçalhos: %s",
		RequestProfiles:    "+ %s do perfil",
		RequestBodyNone:    "corpo: vazio",
		RequestBodySize:    "corpo: %s",
		RequestSummaryKeys: "H cabeçalhos · d corpo · s salvas",
		RequestSummaryTab:  "tab: cabeçalhos, corpo",

		RequestCancelling: "Cancelando %s…",
		RequestSending:    "Enviando %s",
		RequestEscCancels: "%s · esc cancela",
		RequestCancelled:  "Requisição cancelada; nada foi recebido.",
		RequestOpened:     "Aberta %s · enter envia",
		RequestSavedNote:  "a requisição salva “%s”",
		RequestTypePath:   "Digite um caminho e tecle enter: a requisição vai com o token do perfil.",

		RequestSavedTitle: "Requisições salvas",
		RequestSavedHelp:  "enter usa uma · esc fecha",
		RequestNoSaved:    "Este perfil não tem requisições salvas; adicione-as em requests: no arquivo de perfis.",

		RequestNotSetUp:     "este perfil não está configurado para enviar requisições",
		RequestBadLine:      "a linha %d dos cabeçalhos não está no formato “Nome: valor”: %w",
		RequestHintNoBase:   "digite uma URL http(s) completa, ou defina api_base_url neste perfil",
		RequestHintBadURL:   "digite um caminho sob a URL base da API, ou uma URL http ou https completa",
		RequestHintAuth:     "tire o cabeçalho Authorization: o token do perfil já vai nele",
		RequestHintBadHeads: "escreva cada cabeçalho como “Nome: valor”, um por linha",
	})
}
