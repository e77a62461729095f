package i18n

// Keys of issue 15's key model and the Request tab's start: which tab keys
// work where, what an empty Request tab offers, and what Enter on an empty
// path says.
const (
	KeyTabsOutside  Key = "KeyTabsOutside"  // tabs, outside text fields
	KeyTabsAnywhere Key = "KeyTabsAnywhere" // tabs, also in text fields
	KeyTabsShort    Key = "KeyTabsShort"    // tabs

	RequestStartTitle Key = "RequestStartTitle" // Nothing sent yet. Start from:
	RequestStartSaved Key = "RequestStartSaved" // one of the profile's saved requests:
	RequestStartOps   Key = "RequestStartOps"   // the operations of the API's OpenAPI document
	RequestStartType  Key = "RequestStartType"  // type a path under the API, or a full URL, then enter
	RequestEmptyPath  Key = "RequestEmptyPath"  // The path is empty: type one (such as %s) and press enter.
	RequestEmptyNoEx  Key = "RequestEmptyNoEx"  // The path is empty: type a path under the API, or a full URL, and press enter.
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				KeyTabsOutside:  "tabs, outside text fields",
				KeyTabsAnywhere: "tabs, also in text fields",
				KeyTabsShort:    "tabs",

				RequestStartTitle: "Nothing sent yet. Start from:",
				RequestStartSaved: "one of the profile's saved requests:",
				RequestStartOps:   "the operations of the API's OpenAPI document",
				RequestStartType:  "type a path under the API, or a full URL, then enter",
				RequestEmptyPath:  "The path is empty: type one (such as %s) and press enter.",
				RequestEmptyNoEx:  "The path is empty: type a path under the API, or a full URL, and press enter.",
			}, map[Key]string{
				KeyTabsOutside:  "abas, fora de campos de texto",
				KeyTabsAnywhere: "abas, também em campos de texto",
				KeyTabsShort:    "abas",

				RequestStartTitle: "Nada enviado ainda. Comece por:",
				RequestStartSaved: "uma das requisições salvas do perfil:",
				RequestStartOps:   "as operações do documento OpenAPI da API",
				RequestStartType:  "digite um caminho sob a API, ou uma URL completa, e tecle enter",
				RequestEmptyPath:  "O caminho está vazio: digite um (como %s) e tecle enter.",
				RequestEmptyNoEx:  "O caminho está vazio: digite um caminho sob a API, ou uma URL completa, e tecle enter.",
			}
	})
}

// Keys of the presentation mode's footer (issue 15, part 4).
const (
	FlowShortScroll  Key = "FlowShortScroll"  // scroll
	FlowShortQuit    Key = "FlowShortQuit"    // quit
	FlowMore         Key = "FlowMore"         // more ↓
	FlowTokenLeft    Key = "FlowTokenLeft"    // token %s
	FlowTokenExpired Key = "FlowTokenExpired" // token expired
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				FlowShortScroll:  "scroll",
				FlowShortQuit:    "quit",
				FlowMore:         "more ↓",
				FlowTokenLeft:    "token %s",
				FlowTokenExpired: "token expired",
			}, map[Key]string{
				FlowShortScroll:  "rolar",
				FlowShortQuit:    "sair",
				FlowMore:         "mais ↓",
				FlowTokenLeft:    "token %s",
				FlowTokenExpired: "token expirado",
			}
	})
}

// Keys of the response view's prompts in the footer (issue 15, part 6).
const (
	ResponsePromptSearch Key = "ResponsePromptSearch" // search
	ResponsePromptSave   Key = "ResponsePromptSave"   // save
	ResponsePromptJQ     Key = "ResponsePromptJQ"     // apply the filter
	ResponsePromptCancel Key = "ResponsePromptCancel" // cancel
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				ResponsePromptSearch: "search",
				ResponsePromptSave:   "save",
				ResponsePromptJQ:     "apply the filter",
				ResponsePromptCancel: "cancel",
			}, map[Key]string{
				ResponsePromptSearch: "buscar",
				ResponsePromptSave:   "salvar",
				ResponsePromptJQ:     "aplicar o filtro",
				ResponsePromptCancel: "cancelar",
			}
	})
}

// Keys of the honest notices (issue 15, part 6).
const (
	ResponseHiddenOne  Key = "ResponseHiddenOne"  // %d control character hidden
	ResponseHiddenMany Key = "ResponseHiddenMany" // %d control characters hidden
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				ResponseHiddenOne:  "%d control character hidden",
				ResponseHiddenMany: "%d control characters hidden",
			}, map[Key]string{
				ResponseHiddenOne:  "%d caractere de controle oculto",
				ResponseHiddenMany: "%d caracteres de controle ocultos",
			}
	})
}

// Keys of the OSC 52 notice (issue 15, part 6): a copy through the terminal
// is sent, never confirmed.
const (
	ClipSentOSC52  Key = "ClipSentOSC52"  // %s sent to the terminal (OSC 52): it cannot confirm the copy.
	ClipTmuxHint   Key = "ClipTmuxHint"   // In tmux it arrives only with: set -g set-clipboard on; set -g allow-passthrough on
	ClipScreenHint Key = "ClipScreenHint" // In GNU screen the terminal must accept OSC 52 passed through screen.
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				ClipSentOSC52:  "%s sent to the terminal (OSC 52): it cannot confirm the copy.",
				ClipTmuxHint:   "In tmux it arrives only with: set -g set-clipboard on; set -g allow-passthrough on",
				ClipScreenHint: "In GNU screen it arrives only if your terminal accepts OSC 52 passed through screen.",
			}, map[Key]string{
				ClipSentOSC52:  "%s enviado ao terminal (OSC 52): ele não confirma a cópia.",
				ClipTmuxHint:   "No tmux ele só chega com: set -g set-clipboard on; set -g allow-passthrough on",
				ClipScreenHint: "No GNU screen ele só chega se o seu terminal aceitar OSC 52 repassado pelo screen.",
			}
	})
}

// Keys of the search through the part of a large body kept on disk only
// (issue 15, part 6), and of going to its matches.
const (
	ResponseSpillSearching Key = "ResponseSpillSearching" // searching the part on disk %d%% · esc stops
	ResponseSpillFailed    Key = "ResponseSpillFailed"    // the part on disk could not be searched: %s
	ResponseSpillNone      Key = "ResponseSpillNone"      // no match for %q in the whole body
	ResponseSpillOne       Key = "ResponseSpillOne"       // %d of them on disk
	ResponseSpillMany      Key = "ResponseSpillMany"      // %d of them on disk
	ResponseOnDisk         Key = "ResponseOnDisk"         // on disk at %s of %s (a match's window)
	ResponseSpillWaiting   Key = "ResponseSpillWaiting"   // n/N waiting for the search on disk
	ResponseSpillFinding   Key = "ResponseSpillFinding"   // reading match %s on disk…
)

func init() {
	registerLazy(func() (map[Key]string, map[Key]string) {
		return map[Key]string{
				ResponseSpillSearching: "searching the part on disk %d%% · esc stops",
				ResponseSpillFailed:    "the part on disk could not be searched: %s",
				ResponseSpillNone:      "no match for %q in the whole body",
				ResponseSpillOne:       "%d of them on disk",
				ResponseSpillMany:      "%d of them on disk",
				ResponseOnDisk:         "on disk at %s of %s",
				ResponseSpillWaiting:   "waiting for the search on disk to get there",
				ResponseSpillFinding:   "reading match %s on disk…",
			}, map[Key]string{
				ResponseSpillSearching: "buscando na parte em disco %d%% · esc para",
				ResponseSpillFailed:    "não foi possível buscar na parte em disco: %s",
				ResponseSpillNone:      "nada encontrado para %q no corpo inteiro",
				ResponseSpillOne:       "%d delas em disco",
				ResponseSpillMany:      "%d delas em disco",
				ResponseOnDisk:         "em disco, em %s de %s",
				ResponseSpillWaiting:   "aguardando a busca em disco chegar lá",
				ResponseSpillFinding:   "lendo a ocorrência %s em disco…",
			}
	})
}
