package request

import (
	"github.com/charmbracelet/bubbles/key"

	"tokentui/text/i18n"
	"tokentui/ui/response"
)

// KeyMap is the Request tab's bindings. Its help follows what the pane is
// doing: editing a field, sending, or showing a response.
type KeyMap struct {
	Send        key.Binding // enter (in the URL field, or outside any field), r
	EditURL     key.Binding
	EditHeaders key.Binding
	EditBody    key.Binding
	Method      key.Binding // next method (outside fields)
	MethodBack  key.Binding
	FieldMethod key.Binding // ctrl+←/→ in the URL field
	NextField   key.Binding // tab inside the pane
	PrevField   key.Binding
	Leave       key.Binding // esc leaves a field
	Cancel      key.Binding // esc cancels a request in flight
	Saved       key.Binding
	Curl        key.Binding // copy the request as a curl command
	Retry       key.Binding // toggle renew-and-retry-once on invalid_token
	TokenAny    key.Binding // send with the token to a host that is not the profile's API, after a confirmation
	PickUp      key.Binding
	PickDown    key.Binding
	PickChoose  key.Binding
	PickClose   key.Binding
	Ops         key.Binding // the operations of the API's OpenAPI document
	ConfirmYes  key.Binding
	ConfirmNo   key.Binding

	Response response.KeyMap

	mode helpMode
	ops  []key.Binding // the explorer's, while it is open
	lang i18n.Lang     // the language of the folded lines of FullHelp
}

type helpMode int

const (
	helpResponse helpMode = iota
	helpURL
	helpEditor
	helpSending
	helpPicker
	helpOps
	helpConfirm
	helpPrompt
)

// KeyMapIn returns the Request tab's default bindings described in lang.
func KeyMapIn(lang i18n.Lang) KeyMap {
	t := func(k i18n.Key) string { return i18n.T(lang, k) }
	return KeyMap{
		Send:        key.NewBinding(key.WithKeys("enter", "r"), key.WithHelp("enter", t(i18n.RequestKeySend))),
		EditURL:     key.NewBinding(key.WithKeys("u"), key.WithHelp("u", t(i18n.RequestKeyEditURL))),
		EditHeaders: key.NewBinding(key.WithKeys("H"), key.WithHelp("H", t(i18n.RequestKeyEditHeaders))),
		EditBody:    key.NewBinding(key.WithKeys("d"), key.WithHelp("d", t(i18n.RequestKeyEditBody))),
		Method:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m/M", t(i18n.RequestKeyMethod))),
		MethodBack:  key.NewBinding(key.WithKeys("M"), key.WithHelp("M", t(i18n.RequestKeyMethodBack))),
		FieldMethod: key.NewBinding(key.WithKeys("ctrl+right", "ctrl+left"), key.WithHelp("ctrl+←/→", t(i18n.RequestKeyMethod))),
		NextField:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t(i18n.RequestKeyNextField))),
		PrevField:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t(i18n.RequestKeyPrevField))),
		Leave:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t(i18n.RequestKeyLeave))),
		Cancel:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t(i18n.RequestKeyCancel))),
		Saved:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", t(i18n.RequestKeySaved))),
		Curl:        key.NewBinding(key.WithKeys("C"), key.WithHelp("C", t(i18n.RequestKeyCurl))),
		Retry:       key.NewBinding(key.WithKeys("R"), key.WithHelp("R", t(i18n.RequestKeyRetry))),
		TokenAny:    key.NewBinding(key.WithKeys("T"), key.WithHelp("T", t(i18n.RequestKeyTokenAny))),
		PickUp:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t(i18n.ListKeyUp))),
		PickDown:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t(i18n.ListKeyDown))),
		PickChoose:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t(i18n.RequestKeyUseIt))),
		PickClose:   key.NewBinding(key.WithKeys("esc", "s", "q"), key.WithHelp("esc", t(i18n.TokenClose))),
		Ops:         key.NewBinding(key.WithKeys("o"), key.WithHelp("o", t(i18n.RequestKeyOps))),
		ConfirmYes:  key.NewBinding(key.WithKeys("y"), key.WithHelp("y", t(i18n.RequestKeySend))),
		ConfirmNo:   key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", t(i18n.TokenClose))),
		Response:    response.KeyMapIn(lang),
		lang:        lang,
	}
}

// ShortHelp is the footer's selection of keys for what the pane is doing.
func (k KeyMap) ShortHelp() []key.Binding {
	switch k.mode {
	case helpSending:
		return []key.Binding{k.Cancel}
	case helpURL:
		return []key.Binding{k.Send, k.FieldMethod, k.NextField, k.Leave}
	case helpEditor:
		return []key.Binding{k.NextField, k.PrevField, k.Leave}
	case helpPicker:
		return []key.Binding{k.PickDown, k.PickChoose, k.PickClose}
	case helpOps:
		return k.ops
	case helpConfirm:
		return []key.Binding{k.ConfirmYes, k.ConfirmNo}
	case helpPrompt:
		return k.Response.ShortHelp()
	}
	return []key.Binding{k.Send, k.Ops, k.EditURL, k.Method, k.Saved, k.Response.Body, k.Response.Headers, k.Response.Timing, k.Response.Search}
}

// FullHelp lists every key of the Request tab and its response view,
// related keys folded into one line so that it fits an 80×24 screen in
// both languages (pgup/pgdn scroll too, as everywhere).
func (k KeyMap) FullHelp() [][]key.Binding {
	fold := func(keys string, help i18n.Key) key.Binding {
		return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, i18n.T(k.lang, help)))
	}
	return [][]key.Binding{
		{
			k.Send,
			fold("esc", i18n.RequestHelpEsc),
			fold("u H d", i18n.RequestHelpEdit),
			fold("tab", i18n.RequestHelpTab),
			fold("m M", i18n.RequestHelpMethod),
			fold("s o", i18n.RequestHelpSavedOps),
			k.Curl,
			k.Retry,
			k.TokenAny,
		},
		{
			fold("b h t", i18n.RequestHelpViews),
			fold("↑↓ g G", i18n.RequestHelpScroll),
			fold("/ n N", i18n.RequestHelpSearch),
			k.Response.Wrap,
			k.Response.Save,
			k.Response.JQ,
		},
	}
}
