package profilemgr

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/profileform"
	"tokentui/ui/profilelist"
)

// noticeKeyMap closes and scrolls a notice.
type noticeKeyMap struct{ Close, Up, Down key.Binding }

// noticeKeys are the notice's keys, described in the app's language.
func (m Model) noticeKeys() noticeKeyMap {
	t := func(k i18n.Key) string { return i18n.T(m.Lang, k) }
	return noticeKeyMap{
		Close: key.NewBinding(key.WithKeys("esc", "enter", "q"), key.WithHelp("esc", t(i18n.TokenClose))),
		Up:    key.NewBinding(key.WithKeys("up", "k", "pgup"), key.WithHelp("↑", t(i18n.KeyScrollUp))),
		Down:  key.NewBinding(key.WithKeys("down", "j", "pgdown"), key.WithHelp("↓", t(i18n.KeyScrollDown))),
	}
}

// Key takes the keys while the form or a notice is open, or the list's
// filter has the keyboard (listFocused: the list has the focus); handled
// is false otherwise.
func (m *Model) Key(msg tea.KeyMsg, listFocused bool) (cmd tea.Cmd, handled bool) {
	switch {
	case m.formOpen:
		if key.Matches(msg, m.forceQuit) {
			if m.form.Cancel() {
				return nil, true
			}
			return effectsCmd(Quit{}), true
		}
		var cmd tea.Cmd
		m.form, cmd = m.form.Update(msg)
		return cmd, true
	case m.notice != nil:
		n, nk := *m.notice, m.noticeKeys()
		switch {
		case key.Matches(msg, m.forceQuit) && n.pending && m.cancel != nil:
			m.cancel()
			m.cancel = nil
			m.notice = nil
		case key.Matches(msg, m.forceQuit):
			return effectsCmd(Quit{}), true
		case key.Matches(msg, nk.Close):
			if n.pending && m.cancel != nil {
				m.cancel()
				m.cancel = nil
			}
			m.notice = nil
		case key.Matches(msg, nk.Up):
			n.offset = max(n.offset-1, 0)
			m.notice = &n
		case key.Matches(msg, nk.Down):
			n.offset++
			m.notice = &n
		}
		return nil, true
	case listFocused && m.list.Editing():
		if key.Matches(msg, m.forceQuit) {
			m.list.Cancel()
			return nil, true
		}
		var cmd tea.Cmd
		m.list, cmd = m.list.Update(msg)
		return cmd, true
	}
	return nil, false
}

// ShortHelp is the footer while the form or a notice is open; ok is
// false when neither is.
func (m Model) ShortHelp() ([]key.Binding, bool) {
	switch {
	case m.formOpen:
		return m.form.ShortHelp(), true
	case m.notice != nil:
		k := m.noticeKeys()
		return []key.Binding{k.Close, k.Down}, true
	}
	return nil, false
}

// View draws the form or the notice in place of the body, w×h with the
// frame; ok is false when neither is open.
func (m Model) View(w, h int) (string, bool) {
	frame := m.Styles.PaneFocus
	iw, ih := w-frame.GetHorizontalFrameSize(), h-frame.GetVerticalFrameSize()
	var content string
	switch {
	case m.formOpen:
		content = m.form.View()
	case m.notice != nil:
		content = m.noticeView(*m.notice, iw, ih)
	default:
		return "", false
	}
	return frame.Width(iw).Height(ih).MaxHeight(h).Render(content), true
}

func (m Model) noticeView(n notice, w, h int) string {
	s := m.Styles
	lines := []string{s.Title.Render(ansi.Truncate(inert.String(n.title), w, "…")), ""}
	var body []string
	for _, l := range n.lines {
		if l == "" {
			body = append(body, "")
			continue
		}
		wrapped := lipgloss.NewStyle().Width(max(w, 10)).Render(inert.String(l))
		for _, wl := range strings.Split(wrapped, "\n") {
			st := s.Value
			if n.pending {
				st = s.Muted
			}
			body = append(body, st.Render(strings.TrimRight(wl, " ")))
		}
	}
	if n.report != nil {
		body = append(body, profileform.RenderChecks(s, m.Lang, *n.report, w)[1:]...)
	}
	room := max(h-len(lines)-2, 1)
	off := min(n.offset, max(len(body)-room, 0))
	body = body[off:min(off+room, len(body))]
	lines = append(lines, body...)
	for len(lines) < h-1 {
		lines = append(lines, "")
	}
	lines = append(lines, s.Muted.Render(i18n.T(m.Lang, i18n.ProfileNoticeEscToClose)))
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "…")
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

// The list, drawn by the app in the left pane.

// ListView draws the list, each profile's token described by state.
func (m Model) ListView(state profilelist.StateFunc) string {
	list := m.list
	list.SetState(state) // bound to the caller's frame, so it reads that frame's clock
	return list.View()
}

// ListKey hands a key to the list (it has the focus).
func (m *Model) ListKey(msg tea.KeyMsg) tea.Cmd {
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	return cmd
}

// ListKeyMap is the list's bindings, for the footer and the help screen.
func (m Model) ListKeyMap() profilelist.KeyMap { return m.list.KeyMap() }

// FocusList gives the list the keyboard (on) or takes it away.
func (m *Model) FocusList(on bool) {
	if on {
		m.list.Focus()
	} else {
		m.list.Blur()
	}
}

// SetActive marks the profile shown in the list.
func (m *Model) SetActive(name string) { m.list.SetActive(name) }

// SetSize sizes the list (its inner size under the title) and the form
// (the body's, framed).
func (m *Model) SetSize(listW, listH, formW, formH int) {
	m.list.SetSize(listW, listH)
	m.formW, m.formH = formW, formH
	if m.formOpen {
		m.form.SetSize(formW, formH)
	}
}
