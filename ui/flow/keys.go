package flow

import "github.com/charmbracelet/bubbles/key"

// KeyMap is the Flow tab's bindings.
type KeyMap struct {
	Next     key.Binding
	Prev     key.Binding
	Restart  key.Binding
	NewToken key.Binding
	Present  key.Binding
	Diagnose key.Binding
	Copy     key.Binding
	Confirm  key.Binding
	Refuse   key.Binding
	Back     key.Binding
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDn   key.Binding
}

// DefaultKeyMap returns the Flow tab's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Next:     key.NewBinding(key.WithKeys("n", "right", "l"), key.WithHelp("n/→", "next step")),
		Prev:     key.NewBinding(key.WithKeys("p", "left", "h"), key.WithHelp("p/←", "previous step")),
		Restart:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "restart")),
		NewToken: key.NewBinding(key.WithKeys("F"), key.WithHelp("F", "new token (guarded)")),
		Present:  key.NewBinding(key.WithKeys("P"), key.WithHelp("P", "presentation mode")),
		Diagnose: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "diagnose profile")),
		Copy:     key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy report")),
		Confirm:  key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes, new token")),
		Refuse:   key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "keep current")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back / cancel")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDn:   key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn", "page down")),
	}
}

// ShortHelp is the footer's selection of keys, described in a word so
// that they fit 80 columns.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{short(k.Next, "next"), short(k.Prev, "back"), short(k.Restart, "restart"),
		short(k.Diagnose, "diagnose"), short(k.Present, "present"), short(k.NewToken, "new token")}
}

// short is b with a shorter description.
func short(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// FullHelp lists every Flow key.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.Restart, k.NewToken, k.Present},
		{k.Diagnose, k.Copy, k.Back, k.Up, k.Down, k.PageUp, k.PageDn},
	}
}

// diagnoseHelp is the footer while the diagnosis shows.
func (k KeyMap) diagnoseHelp() []key.Binding {
	return []key.Binding{k.Copy, short(k.Diagnose, "run again"), short(k.Back, "back"), k.Down}
}

// confirmHelp is the footer while the new-token question shows.
func (k KeyMap) confirmHelp() []key.Binding { return []key.Binding{k.Confirm, k.Refuse} }
