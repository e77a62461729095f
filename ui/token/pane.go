package token

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/text/i18n"
	"tokentui/ui/pane"
)

// The Token tab's side of the pane contract (ui/pane).
var (
	_ pane.Pane    = (*Model)(nil)
	_ pane.Starter = (*Model)(nil)
	_ pane.Clocked = (*Model)(nil)
)

// Handle is Update in place.
func (m *Model) Handle(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	*m, cmd = m.Update(msg)
	return cmd
}

// Enter gives the pane the keyboard as its tab is shown.
func (m *Model) Enter() tea.Cmd {
	m.Focus()
	return nil
}

// ShortHelp is the footer's keys.
func (m *Model) ShortHelp() []key.Binding { return m.keys.ShortHelp() }

// FullHelp is every key of the tab, for the help screen.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.FullHelp() }

// Title is the tab's name in lang.
func (*Model) Title(lang i18n.Lang) string { return i18n.T(lang, i18n.AppTabToken) }
