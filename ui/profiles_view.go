package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/profileform"
)

// noticeKeyMap closes and scrolls a notice.
type noticeKeyMap struct{ Close, Up, Down key.Binding }

// noticeKeys are the notice's keys, described in the app's language.
func (m Model) noticeKeys() noticeKeyMap {
	t := func(k i18n.Key) string { return i18n.T(m.opts.Lang, k) }
	return noticeKeyMap{
		Close: key.NewBinding(key.WithKeys("esc", "enter", "q"), key.WithHelp("esc", t(i18n.TokenClose))),
		Up:    key.NewBinding(key.WithKeys("up", "k", "pgup"), key.WithHelp("↑", t(i18n.KeyScrollUp))),
		Down:  key.NewBinding(key.WithKeys("down", "j", "pgdown"), key.WithHelp("↓", t(i18n.KeyScrollDown))),
	}
}

// profilesKey takes the keys while the form or a notice is open; handled
// is false otherwise.
func (m Model) profilesKey(msg tea.KeyMsg) (tea.Model, tea.Cmd, bool) {
	switch {
	case m.pm.formOpen:
		if key.Matches(msg, m.keys.ForceQuit) {
			if m.pm.form.Cancel() {
				return m, nil, true
			}
			mm, cmd := m.quit()
			return mm, cmd, true
		}
		var cmd tea.Cmd
		m.pm.form, cmd = m.pm.form.Update(msg)
		return m, cmd, true
	case m.pm.notice != nil:
		n, nk := *m.pm.notice, m.noticeKeys()
		switch {
		case key.Matches(msg, m.keys.ForceQuit) && n.pending && m.pm.cancel != nil:
			m.pm.cancel()
			m.pm.cancel = nil
			m.pm.notice = nil
		case key.Matches(msg, m.keys.ForceQuit):
			mm, cmd := m.quit()
			return mm, cmd, true
		case key.Matches(msg, nk.Close):
			if n.pending && m.pm.cancel != nil {
				m.pm.cancel()
				m.pm.cancel = nil
			}
			m.pm.notice = nil
		case key.Matches(msg, nk.Up):
			n.offset = max(n.offset-1, 0)
			m.pm.notice = &n
		case key.Matches(msg, nk.Down):
			n.offset++
			m.pm.notice = &n
		}
		return m, nil, true
	case m.focus == focusProfiles && m.list.Editing():
		if key.Matches(msg, m.keys.ForceQuit) {
			m.list.Cancel()
			return m, nil, true
		}
		var cmd tea.Cmd
		m.list, cmd = m.list.Update(msg)
		return m, cmd, true
	}
	return m, nil, false
}

// profilesShortHelp is the footer while the form or a notice is open.
func (m Model) profilesShortHelp() ([]key.Binding, bool) {
	switch {
	case m.pm.formOpen:
		return m.pm.form.KeyMap().ShortHelp(), true
	case m.pm.notice != nil:
		k := m.noticeKeys()
		return []key.Binding{k.Close, k.Down}, true
	}
	return nil, false
}

// profilesView draws the form or the notice in place of the body, w×h
// with the frame; ok is false when neither is open.
func (m Model) profilesView(w, h int) (string, bool) {
	frame := m.styles.PaneFocus
	iw, ih := w-frame.GetHorizontalFrameSize(), h-frame.GetVerticalFrameSize()
	var content string
	switch {
	case m.pm.formOpen:
		content = m.pm.form.View()
	case m.pm.notice != nil:
		content = m.noticeView(*m.pm.notice, iw, ih)
	default:
		return "", false
	}
	return frame.Width(iw).Height(ih).MaxHeight(h).Render(content), true
}

func (m Model) noticeView(n notice, w, h int) string {
	s := m.styles
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
		body = append(body, profileform.RenderChecks(s, m.opts.Lang, *n.report, w)[1:]...)
	}
	room := max(h-len(lines)-2, 1)
	off := min(n.offset, max(len(body)-room, 0))
	body = body[off:min(off+room, len(body))]
	lines = append(lines, body...)
	for len(lines) < h-1 {
		lines = append(lines, "")
	}
	lines = append(lines, s.Muted.Render(i18n.T(m.opts.Lang, i18n.ProfileNoticeEscToClose)))
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "…")
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}
