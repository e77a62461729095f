package history

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/text/wrap"
	"tokentui/ui/common"
	"tokentui/ui/pane"
)

// ID is how the History names itself in what it asks the root and the
// clipboard: one History serves every profile.
const ID = "history"

// curl starts "copy as curl" on the selected entry: the root writes the
// command (it knows the entry's profile: its default headers, where its
// token comes from). An entry that lacks part of its request is not
// copied: the note says what is missing.
func (m *Model) curl() tea.Cmd {
	if m.sel >= len(m.entries) {
		return nil
	}
	e := m.entries[m.sel]
	if why := m.missing(e); why != "" {
		m.setNote(m.T(i18n.HistoryCurlRefused, why), true)
		return nil
	}
	return func() tea.Msg { return pane.CurlRequestMsg{ID: ID, Entry: e} }
}

// missing says, in the tab's language, what of its request the entry
// lacks; "" when it holds all of it.
func (m Model) missing(e requests.Entry) string {
	switch e.Left() {
	case requests.LeftBodyFile:
		return m.T(i18n.HistoryCurlBodyFile)
	case requests.LeftBodyBinary:
		return m.T(i18n.HistoryCurlBodyBinary)
	case requests.LeftBodySecret:
		return m.T(i18n.HistoryCurlBodySecret)
	case requests.LeftBodyCut:
		return m.T(i18n.HistoryCurlBodyCut)
	case requests.LeftHeaders:
		names := inert.String(strings.Join(e.Redacted, ", "))
		if len(e.Redacted) == 1 {
			return m.T(i18n.HistoryCurlHeaderOne, names)
		}
		return m.T(i18n.HistoryCurlHeaderMany, names)
	case requests.LeftURLSecret:
		return m.T(i18n.HistoryCurlURLSecret)
	}
	return ""
}

// copied handles the root's command and the clipboard's report: the
// command goes to the clipboard, and the note says how the copy went and,
// when the command reads the token from a variable, which.
func (m *Model) copied(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case pane.CurlMsg:
		m.tokenVar = msg.TokenVar
		return common.CopyCmd(ID, m.T(i18n.RequestWhatCurl), msg.Command)
	case common.ClipboardMsg:
		text := msg.CopiedText(m.Lang)
		if msg.Err == nil && m.tokenVar != "" {
			text += "\n" + m.T(i18n.HistoryCurlTokenVar, m.tokenVar)
		}
		m.setNote(text, msg.Err != nil)
	}
	return nil
}

// setNote shows text under the list, in place of the selected entry's
// detail, until the next key; the list gives up rows for it.
func (m *Model) setNote(text string, bad bool) {
	m.note, m.noteBad = text, bad
	m.keepVisible()
}

// noteLines is the note (its paragraphs on lines of their own) wrapped to
// the pane's width, at most half the pane's height.
func (m Model) noteLines() []string {
	if m.note == "" {
		return nil
	}
	lines := wrap.Wrap(m.note, max(m.Width, 10), "", "")
	return lines[:min(len(lines), max(m.Height/2, 1))]
}
