package history

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/text/i18n"
	"tokentui/ui/pane"
)

// The History tab's side of the pane contract (ui/pane). One History
// serves every profile.
var _ pane.Pane = (*Model)(nil)

// Handle is Update in place.
func (m *Model) Handle(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	*m, cmd = m.Update(msg)
	return cmd
}

// Enter gives the tab the keyboard and reads the file again: requests
// sent since it was last shown appear.
func (m *Model) Enter() tea.Cmd {
	m.Focus()
	return m.Reload()
}

// ShortHelp is the footer's keys.
func (m *Model) ShortHelp() []key.Binding { return m.keys.ShortHelp() }

// FullHelp is every key of the tab, for the help screen.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.FullHelp() }

// Title is the tab's name in lang.
func (*Model) Title(lang i18n.Lang) string { return i18n.T(lang, i18n.AppTabHistory) }
