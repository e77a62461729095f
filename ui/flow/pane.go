package flow

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/pane"
)

// The Flow tab's side of the pane contract (ui/pane).
var (
	_ pane.Pane        = (*Model)(nil)
	_ pane.Clocked     = (*Model)(nil)
	_ pane.Presenter   = (*Model)(nil)
	_ pane.CodeOfferer = (*Model)(nil)
)

// Handle is Update in place.
func (m *Model) Handle(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	*m, cmd = m.Update(msg)
	return cmd
}

// Enter gives the pane the keyboard and runs what the step on screen needs.
func (m *Model) Enter() tea.Cmd { return m.Focus() }

// FullHelp is every key of the tab, for the help screen.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.FullHelp() }

// CodeOffered reports whether the Code view is offered: on the last step.
func (m *Model) CodeOffered() bool { return m.step == StepAPI }

// CodeSpec is the request of the last step: the profile's default one
// (an empty spec).
func (m *Model) CodeSpec() requests.Spec { return requests.Spec{} }

// WithCodeKey puts the Code view's key first: on the last step there is
// no next step to show instead.
func (m *Model) WithCodeKey(short []key.Binding, open key.Binding) []key.Binding {
	return append([]key.Binding{open}, short...)
}

// Title is the tab's name in lang.
func (*Model) Title(lang i18n.Lang) string { return i18n.T(lang, i18n.AppTabFlow) }
