package ui

// The root's drawing: header, profiles pane, tabs, footer, and the token
// badge they share. Layout sizes come from layout.go.

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/common"
)

// tokenState is the profile list's view of each profile's token.
func (m Model) tokenState(name string) (string, common.Urgency) {
	w, ok := m.spaces[name]
	ok = ok && w.token != nil // the profile's token is the Token tab's
	lang := m.opts.Lang
	if ok && w.token.Unusable() {
		return i18n.T(lang, i18n.AppStateSetUp), common.UrgencyNone
	}
	if !ok || w.token.Token() == nil {
		if ok && w.token.Loading() {
			return i18n.T(lang, i18n.AppStateRequesting), common.UrgencyNone
		}
		if ok && w.token.Held() != nil {
			return i18n.T(lang, i18n.AppBadgeHeld), common.UrgencyExpired
		}
		return i18n.T(lang, i18n.AppStateNoToken), common.UrgencyNone
	}
	if _, untrusted := w.token.Untrusted(); untrusted {
		return i18n.T(lang, i18n.AppBadgeUntrusted), common.UrgencyExpired
	}
	text, u := badgeText(lang, w.token.Token().Expiry, m.now)
	if u == common.UrgencyExpired && w.token.Held() != nil {
		return i18n.T(lang, i18n.AppBadgeHeld), u
	}
	return text, u
}

func badgeText(lang i18n.Lang, expiry, now time.Time) (string, common.Urgency) {
	u := common.UrgencyOf(expiry, now)
	switch u {
	case common.UrgencyExpired:
		return i18n.T(lang, i18n.AppBadgeExpired), u
	case common.UrgencyExpiring, common.UrgencyCritical:
		return i18n.T(lang, i18n.AppBadgeExpiring, i18n.Countdown(expiry.Sub(now))), u
	}
	return i18n.T(lang, i18n.AppBadgeValid, i18n.Countdown(expiry.Sub(now))), u
}

// View draws the whole screen.
func (m Model) View() string {
	if m.quitting || m.width == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight { // presenting too: keys are ignored here (app.go)
		msg := lipgloss.NewStyle().Width(max(m.width-2, 10)).Render(i18n.T(m.opts.Lang, i18n.AppTooSmall, m.width, m.height))
		return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, msg, lipgloss.WithWhitespaceChars(" "))
	}
	if ws, ok := m.spaces[m.active]; ok && m.presenting() {
		return ws.view(m.tab)
	}
	header := m.headerView()
	footer := m.footerView()
	bodyH := m.height - lipgloss.Height(header) - lipgloss.Height(footer)
	var body string
	if m.showHelp {
		body = m.helpView(m.width, bodyH)
	} else if v, ok := m.pm.View(m.width, bodyH); ok { // the profile form or a notice
		body = v
	} else {
		// The panes' lines are as wide as their pane: joined without
		// measuring them again (compose.go).
		return stackFrame(header, joinPanes(m.leftView(), m.rightView()), footer)
	}
	return lipgloss.JoinVertical(lipgloss.Left, header, body, footer)
}

func (m Model) headerView() string {
	s := m.styles
	left := s.AppName.Render("tokentui")
	if m.opts.Banner != "" {
		left += s.Muted.Render(" · " + m.opts.Banner)
	}
	left += s.Muted.Render(" · "+i18n.T(m.opts.Lang, i18n.AppProfile)+" ") + s.Value.Bold(true).Render(m.active)
	if e, ok := m.pm.Entry(m.active); ok && e.Config.Insecure {
		// On every screen of the profile: its TLS certificates are not checked.
		left += " " + s.Bad.Reverse(true).Render(i18n.T(m.opts.Lang, i18n.AppInsecure))
	}
	text, u := m.tokenState(m.active)
	badge := s.ForUrgency(u).Bold(true).Render("[" + text + "]")
	left = ansi.Truncate(left, max(m.width-3-lipgloss.Width(badge), 1), "…")
	gap := max(m.width-2-lipgloss.Width(left)-lipgloss.Width(badge), 1)
	header := s.Header.Render(left + strings.Repeat(" ", gap) + badge)
	if m.opts.Warning != "" {
		// The command to run is at the end: cut on the left, if at all.
		w := ansi.StringWidth(m.opts.Warning)
		line := inert.String(m.opts.Warning)
		if w > m.width-2 {
			line = ansi.TruncateLeft(line, w-(m.width-2)+1, "…")
		}
		header += "\n" + s.Bad.Render(line)
	}
	return header
}

func (m Model) footerView() string {
	var bindings []key.Binding
	if m.showHelp {
		bindings = []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc/?", i18n.T(m.opts.Lang, i18n.AppCloseHelp)))}
	} else if b, ok := m.pm.ShortHelp(); ok {
		bindings = b
	} else if m.focus == focusProfiles {
		bindings = m.pm.ListKeyMap().ShortHelp()
	} else {
		bindings = m.paneShortHelp()
	}
	var global []key.Binding
	typing := false
	if m.focus == focusTab && !m.showHelp && m.paneEditing() {
		typing = true // q and ? are typed: only the tab keys that are never typed
	}
	switch {
	case typing:
		global = m.keys.EditingHelp()
	case !m.showHelp && !m.pm.Covering(): // the form takes q, tab and ? as text; the help is all keys already
		global = m.keys.ShortHelp()
	}
	// The pane's keys give way before the global ones: "? all keys" always shows.
	m.help.Width = 0
	for len(bindings) > 0 && lipgloss.Width(m.help.ShortHelpView(append(bindings[:len(bindings):len(bindings)], global...))) > m.width-2 {
		bindings = bindings[:len(bindings)-1]
	}
	line := m.help.ShortHelpView(append(bindings, global...))
	if len(global) > 0 && !typing {
		if more := m.help.ShortHelpView(append(append(bindings[:len(bindings):len(bindings)], m.keys.NextFocus), global...)); lipgloss.Width(more) <= m.width-2 {
			line = more
		}
	}
	return m.styles.Footer.MaxWidth(m.width).Render(ansi.Truncate(line, m.width-2, "…"))
}

func (m Model) leftView() string {
	frame := m.styles.Pane
	if m.focus == focusProfiles {
		frame = m.styles.PaneFocus
	}
	w, h := m.leftSize()
	title := m.styles.Title.Render(i18n.T(m.opts.Lang, i18n.AppProfiles))
	list := m.pm.ListView(m.tokenState) // bound to this frame's model, so it reads this frame's clock
	return frame.Width(w).Height(h).MaxHeight(h + 2).Render(title + "\n" + list)
}

func (m Model) rightView() string {
	frame := m.styles.Pane
	if m.focus == focusTab {
		frame = m.styles.PaneFocus
	}
	w, h := m.rightSize()
	content := m.paneView()
	return frame.Width(w).Height(h).MaxHeight(h + 2).Render(m.tabsView() + "\n" + content)
}

func (m Model) tabsView() string {
	var parts []string
	for i, name := range tabNames(m.opts.Lang) {
		label := fmt.Sprintf(" %d %s ", i+1, name)
		style := m.styles.Tab
		if i == m.tab {
			// Brackets too, so the tab in use shows without colour (NO_COLOR).
			label = fmt.Sprintf("[%d %s]", i+1, name)
			style = m.styles.TabActive
		}
		parts = append(parts, style.Render(label))
	}
	return strings.Join(parts, m.styles.Muted.Render("│"))
}
