package token

import "github.com/charmbracelet/bubbles/key"

// KeyMap is the Token tab's bindings.
type KeyMap struct {
	Get     key.Binding
	Renew   key.Binding
	Inspect key.Binding
	Back    key.Binding
	Confirm key.Binding
	Cancel  key.Binding
	Up      key.Binding
	Down    key.Binding
	PageUp  key.Binding
	PageDn  key.Binding
}

// DefaultKeyMap returns the Token tab's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Get:     key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "get token")),
		Renew:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "renew (guarded)")),
		Inspect: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "inspect a pasted token")),
		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to own token")),
		Confirm: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes, renew")),
		Cancel:  key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "keep current")),
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		PageUp:  key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDn:  key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn", "page down")),
	}
}

// ShortHelp is the footer's selection of keys.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Get, k.Renew, k.Inspect, k.Down} }

// FullHelp lists every Token tab key.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Get, k.Renew, k.Inspect, k.Back}, {k.Up, k.Down, k.PageUp, k.PageDn}}
}
