package token

import (
	"github.com/charmbracelet/bubbles/key"

	"tokentui/text/i18n"
)

// KeyMap is the Token tab's bindings.
type KeyMap struct {
	Get     key.Binding
	Renew   key.Binding
	Inspect key.Binding
	Back    key.Binding
	Copy    key.Binding
	Curl    key.Binding
	Confirm key.Binding
	Cancel  key.Binding
	Up      key.Binding
	Down    key.Binding
	PageUp  key.Binding
	PageDn  key.Binding
}

// KeyMapIn returns the Token tab's default bindings described in lang.
func KeyMapIn(lang i18n.Lang) KeyMap {
	t := func(k i18n.Key) string { return i18n.T(lang, k) }
	return KeyMap{
		Get:     key.NewBinding(key.WithKeys("g"), key.WithHelp("g", t(i18n.TokenKeyGet))),
		Renew:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", t(i18n.TokenKeyRenew))),
		Inspect: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", t(i18n.TokenKeyInspect))),
		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t(i18n.TokenKeyBack))),
		Copy:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", t(i18n.TokenKeyCopy))),
		Curl:    key.NewBinding(key.WithKeys("C"), key.WithHelp("C", t(i18n.TokenKeyCopyCurl))),
		Confirm: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", t(i18n.TokenKeyConfirm))),
		Cancel:  key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", t(i18n.TokenKeyKeep))),
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t(i18n.KeyScrollUp))),
		Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t(i18n.KeyScrollDown))),
		PageUp:  key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", t(i18n.KeyPageUp))),
		PageDn:  key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn", t(i18n.KeyPageDown))),
	}
}

// ShortHelp is the footer's selection of keys.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Get, k.Renew, k.Copy, k.Curl, k.Inspect}
}

// FullHelp lists every Token tab key.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Get, k.Renew, k.Copy, k.Curl, k.Inspect, k.Back}, {k.Up, k.Down, k.PageUp, k.PageDn}}
}
