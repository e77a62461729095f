package common

import "github.com/charmbracelet/bubbles/key"

// GlobalKeys are the bindings the root model handles whatever pane has focus
// (unless a text field is being edited).
type GlobalKeys struct {
	Quit      key.Binding
	ForceQuit key.Binding
	Help      key.Binding
	NextFocus key.Binding
	PrevFocus key.Binding
	Tabs      [4]key.Binding
}

// NewGlobalKeys returns the default global bindings.
func NewGlobalKeys() GlobalKeys {
	return GlobalKeys{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "cancel / quit")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "all keys")),
		NextFocus: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevFocus: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		Tabs: [4]key.Binding{
			key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "Token")),
			key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "Request")),
			key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "Flow")),
			key.NewBinding(key.WithKeys("4"), key.WithHelp("4", "History")),
		},
	}
}

// ShortHelp lists the global keys worth a place in the footer.
func (k GlobalKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.NextFocus, k.Help, k.Quit}
}

// FullHelp lists every global key, in columns.
func (k GlobalKeys) FullHelp() [][]key.Binding {
	tabs := key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", "Token, Request, Flow, History"))
	return [][]key.Binding{{tabs, k.NextFocus, k.PrevFocus, k.Help, k.Quit, k.ForceQuit}}
}
