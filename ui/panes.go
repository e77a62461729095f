package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/pane"
)

// Routing to the tabs. A per-profile tab's pane is in the active
// workspace; a shared tab's (the History) is the root's own, in
// m.shared at the tab's index. Either way the root goes through tabs.

// paneUpdate sends a key or mouse message to the pane of the current tab.
func (m *Model) paneUpdate(msg tea.Msg) tea.Cmd {
	if p := m.shared[m.tab]; p != nil {
		return p.Handle(msg)
	}
	if w, ok := m.spaces[m.active]; ok {
		return w.update(m.tab, msg)
	}
	return nil
}

// paneView draws the pane of the current tab.
func (m Model) paneView() string {
	if p := m.shared[m.tab]; p != nil {
		return p.View()
	}
	if w, ok := m.spaces[m.active]; ok {
		return w.view(m.tab)
	}
	return ""
}

func (m Model) paneShortHelp() []keyBinding {
	if p := m.shared[m.tab]; p != nil {
		return p.ShortHelp()
	}
	if w, ok := m.spaces[m.active]; ok {
		return w.shortHelp(m.tab)
	}
	return nil
}

func (m Model) paneFullHelp() [][]keyBinding {
	if p := m.shared[m.tab]; p != nil {
		return p.FullHelp()
	}
	if w, ok := m.spaces[m.active]; ok {
		return w.fullHelp(m.tab)
	}
	return nil
}

// paneEditing reports whether the current tab's pane has a text field
// taking keys.
func (m Model) paneEditing() bool {
	if p := m.shared[m.tab]; p != nil {
		return p.Editing()
	}
	w, ok := m.spaces[m.active]
	return ok && w.editing(m.tab)
}

// paneCancel stops the current tab's work in flight; it reports whether
// there was any.
func (m Model) paneCancel() bool {
	if p := m.shared[m.tab]; p != nil {
		return p.Cancel()
	}
	w, ok := m.spaces[m.active]
	return ok && w.cancel(m.tab)
}

// focusShared gives a shared tab's pane the keyboard when it is shown and
// focused (Enter: the History reads its file again), and takes it from
// the others.
func (m *Model) focusShared(on bool) tea.Cmd {
	var cmd tea.Cmd
	for i, p := range m.shared {
		switch {
		case p == nil:
		case on && i == m.tab:
			cmd = p.Enter()
		default:
			p.Blur()
		}
	}
	return cmd
}

// openRequest reopens a past request in the tab that opens requests
// (pane.RequestOpener) of its profile, switching profile when needed (the
// active one when the entry's profile is gone).
func (m *Model) openRequest(e requests.Entry) tea.Cmd {
	name := e.Profile
	note := i18n.T(m.opts.Lang, i18n.ProfileNoticeFromHistory)
	if _, ok := m.spaces[name]; !ok {
		note = i18n.T(m.opts.Lang, i18n.ProfileNoticeFromHistGone, name)
		name = m.active
	}
	w, ok := m.spaces[name]
	tab := tabWith(func(t tab) bool { return t.opens })
	if !ok || tab < 0 {
		return nil
	}
	opener, ok := w.panes[tab].(pane.RequestOpener)
	if !ok {
		return nil
	}
	cleanup := opener.Open(e.Spec(), note)
	m.tab = tab
	m.focusShared(false)
	m.focus = focusTab
	if name != m.active {
		return tea.Batch(cleanup, m.activate(name))
	}
	return tea.Batch(cleanup, m.setFocus(focusTab))
}
