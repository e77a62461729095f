package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/history"
)

// The History tab is global (one for all profiles), so the root routes to
// it itself; the per-profile tabs go through the active workspace.

// paneUpdate sends a key or mouse message to the pane of the current tab.
func (m *Model) paneUpdate(msg tea.Msg) tea.Cmd {
	if m.tab == TabHistory {
		var cmd tea.Cmd
		m.history, cmd = m.history.Update(msg)
		return cmd
	}
	if w, ok := m.spaces[m.active]; ok {
		return w.update(m.tab, msg)
	}
	return nil
}

// paneView draws the pane of the current tab.
func (m Model) paneView() string {
	if m.tab == TabHistory {
		return m.history.View()
	}
	if w, ok := m.spaces[m.active]; ok {
		return w.view(m.tab)
	}
	return ""
}

func (m Model) paneShortHelp() []keyBinding {
	if m.tab == TabHistory {
		return m.history.KeyMap().ShortHelp()
	}
	if w, ok := m.spaces[m.active]; ok {
		return w.shortHelp(m.tab)
	}
	return nil
}

func (m Model) paneFullHelp() [][]keyBinding {
	if m.tab == TabHistory {
		return m.history.KeyMap().FullHelp()
	}
	if w, ok := m.spaces[m.active]; ok {
		return w.fullHelp(m.tab)
	}
	return nil
}

// focusHistory gives the History tab the keyboard when it is shown and
// focused, and reads the file again when it is opened.
func (m *Model) focusHistory(on bool) tea.Cmd {
	if !on || m.tab != TabHistory {
		m.history.Blur()
		return nil
	}
	m.history.Focus()
	return m.history.Reload()
}

// openFromHistory reopens a past request in the Request tab of its
// profile, switching profile when needed (the active one when the entry's
// profile is gone).
func (m *Model) openFromHistory(e requests.Entry) tea.Cmd {
	name := e.Profile
	note := i18n.T(m.opts.Lang, i18n.ProfileNoticeFromHistory)
	if _, ok := m.spaces[name]; !ok {
		note = i18n.T(m.opts.Lang, i18n.ProfileNoticeFromHistGone, name)
		name = m.active
	}
	w, ok := m.spaces[name]
	if !ok {
		return nil
	}
	cleanup := w.request.Open(e.Spec(), note)
	m.tab = TabRequest
	m.history.Blur()
	m.focus = focusTab
	if name != m.active {
		return tea.Batch(cleanup, m.activate(name))
	}
	return tea.Batch(cleanup, m.setFocus(focusTab))
}

var _ = history.OpenMsg{}
