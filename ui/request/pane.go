package request

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/text/i18n"
	"tokentui/ui/pane"
)

// The Request tab's side of the pane contract (ui/pane).
var (
	_ pane.Pane          = (*Model)(nil)
	_ pane.RequestOpener = (*Model)(nil)
	_ pane.CodeOfferer   = (*Model)(nil)
)

// Handle is Update in place.
func (m *Model) Handle(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	*m, cmd = m.Update(msg)
	return cmd
}

// Enter gives the pane the keyboard as its tab is shown: outside any text
// field (Arrive), so the next key is a key, not a letter of the URL.
func (m *Model) Enter() tea.Cmd {
	m.Arrive()
	return nil
}

// ShortHelp is the footer's keys for the part of the pane in use.
func (m *Model) ShortHelp() []key.Binding { return m.KeyMap().ShortHelp() }

// FullHelp is every key of the tab, for the help screen.
func (m *Model) FullHelp() [][]key.Binding { return m.KeyMap().FullHelp() }

// CodeOffered reports whether the Code view is offered for the request as
// typed (CodeSpec): not while a text field has the keyboard or the request
// is on its way.
func (m *Model) CodeOffered() bool { return !m.Editing() && !m.Sending() }

// WithCodeKey puts the Code view's key after the pane's.
func (m *Model) WithCodeKey(short []key.Binding, open key.Binding) []key.Binding {
	return append(short, open)
}

// Title is the tab's name in lang.
func (*Model) Title(lang i18n.Lang) string { return i18n.T(lang, i18n.AppTabRequest) }
