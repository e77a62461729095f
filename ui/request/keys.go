package request

import (
	"github.com/charmbracelet/bubbles/key"

	"tokentui/ui/i18n"

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
	PickUp      key.Binding
	PickDown    key.Binding
	PickChoose  key.Binding
	PickClose   key.Binding

	Response response.KeyMap

	mode helpMode
}

type helpMode int

const (
	helpResponse helpMode = iota
	helpURL
	helpEditor
	helpSending
	helpPicker
)

// DefaultKeyMap returns the Request tab's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Send:        key.NewBinding(key.WithKeys("enter", "r"), key.WithHelp("enter", "send")),
		EditURL:     key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "edit URL")),
		EditHeaders: key.NewBinding(key.WithKeys("H"), key.WithHelp("H", "edit headers")),
		EditBody:    key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "edit body")),
		Method:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m/M", "method")),
		MethodBack:  key.NewBinding(key.WithKeys("M"), key.WithHelp("M", "previous method")),
		FieldMethod: key.NewBinding(key.WithKeys("ctrl+right", "ctrl+left"), key.WithHelp("ctrl+←/→", "method")),
		NextField:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field")),
		PrevField:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous field")),
		Leave:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "to response")),
		Cancel:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel request")),
		Saved:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "saved requests")),
		Curl:        key.NewBinding(key.WithKeys("C"), key.WithHelp("C", i18n.T(i18n.En, i18n.RequestKeyCurl))),
		Retry:       key.NewBinding(key.WithKeys("R"), key.WithHelp("R", i18n.T(i18n.En, i18n.RequestKeyRetry))),
		PickUp:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		PickDown:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PickChoose:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "use it")),
		PickClose:   key.NewBinding(key.WithKeys("esc", "s", "q"), key.WithHelp("esc", "close")),
		Response:    response.DefaultKeyMap(),
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
	}
	return []key.Binding{k.Send, k.EditURL, k.Method, k.Saved, k.Response.Body, k.Response.Headers, k.Response.Timing, k.Response.Search}
}

// FullHelp lists every key of the Request tab and its response view,
// related keys folded into one line so that it fits an 80×24 screen.
func (k KeyMap) FullHelp() [][]key.Binding {
	fold := func(keys, help string) key.Binding {
		return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, help))
	}
	return [][]key.Binding{
		{
			k.Send,
			fold("esc", "cancel request · leave a field"),
			fold("u H d", "edit URL, headers, body"),
			fold("tab", "next field (in a field)"),
			fold("m M", "method (ctrl+←/→ in the URL)"),
			k.Saved,
			k.Curl,
			k.Retry,
		},
		{
			fold("b h t", "body, headers, timing"),
			fold("↑↓ pgup pgdn g G", "scroll"),
			fold("/ n N", "search, next, previous"),
			k.Response.Wrap,
			k.Response.Save,
		},
	}
}
