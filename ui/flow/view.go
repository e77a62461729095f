package flow

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// View draws the fixed top (step, explanation, question) and the window of
// the step's content; both were rendered by refresh when data changed.
func (m Model) View() string {
	if m.Styles == nil || m.Width <= 0 || m.Height <= 0 {
		return ""
	}
	parts := []string{m.topView, m.vp.View()}
	if m.overflow {
		parts = append(parts, m.moreLine())
	}
	if m.bottomView != "" {
		parts = append(parts, m.bottomView)
	}
	out := strings.Split(strings.Join(parts, "\n"), "\n")
	if len(out) > m.Height {
		out = out[:m.Height]
	}
	pad := strings.Repeat(" ", m.margin())
	for i, l := range out {
		out[i] = ansi.Truncate(pad+l, m.Width, "…")
	}
	return strings.Join(out, "\n")
}

// margin is the left margin: none in the pane, a wide one on a projector.
func (m Model) margin() int {
	if !m.present {
		return 0
	}
	return max((m.Width-m.contentWidth())/2, 0)
}

// contentWidth is the width text is wrapped at.
func (m Model) contentWidth() int {
	if !m.present {
		return max(m.Width, 10)
	}
	return max(min(m.Width-6, 110), 10)
}

// refresh re-renders the content and fits the viewport under the top part;
// called whenever data, the step, the size or the mode change.
func (m *Model) refresh() {
	if m.Styles == nil || m.Width <= 0 || m.Height <= 0 {
		return
	}
	w := m.contentWidth()
	m.topView, m.bottomView = m.top(), m.bottom()
	used := lipgloss.Height(m.topView)
	if m.bottomView != "" {
		used += lipgloss.Height(m.bottomView)
	}
	m.vp.Width = w
	m.vp.Height = max(m.Height-used, 1)
	off := m.vp.YOffset
	if m.diag != nil {
		m.vp.SetContent(m.diagnoseContent(w))
	} else if m.storm != nil {
		m.vp.SetContent(m.stormContent(w))
	} else {
		m.vp.SetContent(m.content(w))
	}
	// Content taller than the window keeps a line for "more ↓", so that
	// nobody takes a cut step for the whole of it.
	m.overflow = m.vp.TotalLineCount() > m.vp.Height && m.vp.Height > 1
	if m.overflow {
		m.vp.Height--
	}
	m.vp.SetYOffset(off)
}

// moreLine marks where the content continues below the window ("more ↓"),
// blank once the end is on screen.
func (m Model) moreLine() string {
	if m.vp.AtBottom() {
		return ""
	}
	more := m.t(i18n.FlowMore)
	return strings.Repeat(" ", max(m.contentWidth()-ansi.StringWidth(more), 0)) + m.Styles.Key.Render(more)
}

// top is the step title, the explanation and, when asked, the new-token
// question.
func (m Model) top() string {
	s := m.Styles
	w := m.contentWidth()
	d := &doc{s: s, w: w, lang: m.Lang}
	if m.diag != nil {
		return m.diagnoseTop(d)
	}
	if m.storm != nil {
		return m.stormTop(d)
	}
	title := m.step.Title(m.Lang)
	stepOf := m.t(i18n.FlowStepOf, m.step+1, Steps)
	if m.present {
		d.blank()
		d.line(s.Muted.Render(strings.ToUpper(stepOf)+"  ") + s.Title.Underline(true).Render(strings.ToUpper(title)))
		d.line(m.progress(true))
		d.blank()
		d.words(s.Value.Bold(true), 0, m.t(m.explainKey()))
		d.blank()
	} else {
		left := s.Title.Render(stepOf + " · " + title)
		right := m.progress(false)
		gap := w - lipgloss.Width(left) - lipgloss.Width(right)
		if gap < 2 {
			d.line(left)
		} else {
			d.line(left + strings.Repeat(" ", gap) + right)
		}
		d.words(s.Value, 0, m.t(m.explainKey()))
	}
	if m.confirm {
		m.confirmLines(d)
	}
	if !m.present {
		d.line(s.Muted.Render(strings.Repeat("─", w)))
	}
	return d.String()
}

// progress marks the steps done, the one on screen and the ones ahead.
func (m Model) progress(named bool) string {
	s := m.Styles
	var parts []string
	for i := range stepCount {
		mark := "○"
		style := s.Muted
		switch {
		case i == m.step:
			mark, style = "●", s.Title
		case i < m.step:
			mark = "●"
		}
		if named {
			label := m.t(stepInfos[i].Short)
			if i == m.step {
				label = style.Render(mark + " " + label)
			} else {
				label = style.Render(label)
			}
			parts = append(parts, label)
			continue
		}
		parts = append(parts, style.Render(mark))
	}
	if named {
		return strings.Join(parts, s.Muted.Render(" › "))
	}
	return strings.Join(parts, " ")
}

// bottom is the presentation mode's only help line.
func (m Model) bottom() string {
	if !m.present {
		return ""
	}
	s := m.Styles
	type hint struct {
		key  string
		desc i18n.Key
	}
	// Every key that works, packed into as many lines as it takes: a
	// presenter has no help screen to open.
	hints := []hint{{"n", i18n.FlowShortNext}, {"p", i18n.FlowShortBack}, {"r", i18n.FlowKeyRestart},
		{"F", i18n.FlowKeyNewToken}, {"d", i18n.FlowShortDiag}, {"↑↓", i18n.FlowShortScroll}, {"P", i18n.FlowLeavePresent}, {"q", i18n.FlowShortQuit}}
	if m.opts.Source.Storm != "" {
		hints = append(hints[:len(hints)-2:len(hints)-2], hint{"w", i18n.FlowKeyStorm}, hints[len(hints)-2], hints[len(hints)-1])
	}
	if m.storm != nil {
		hints = []hint{{"w", i18n.FlowShortAgain}, {"esc", i18n.FlowShortBack}, {"↑↓", i18n.FlowShortScroll},
			{"P", i18n.FlowLeavePresent}, {"q", i18n.FlowShortQuit}}
	}
	if m.diag != nil {
		hints = []hint{{"c", i18n.FlowKeyCopy}, {"d", i18n.FlowShortAgain}, {"esc", i18n.FlowShortBack}, {"↑↓", i18n.FlowShortScroll},
			{"P", i18n.FlowLeavePresent}, {"q", i18n.FlowShortQuit}}
	}
	if m.confirm {
		hints = []hint{{"y", i18n.FlowShortNew}, {"n", i18n.TokenKeep}}
	}
	w := m.contentWidth()
	var lines []string
	line, lineW := m.countdown(), 0
	lineW = ansi.StringWidth(line)
	for _, h := range hints {
		item := s.Key.Render(h.key) + s.Muted.Render(" "+m.t(h.desc))
		iw := ansi.StringWidth(h.key) + 1 + ansi.StringWidth(m.t(h.desc))
		switch {
		case lineW == 0:
			line, lineW = item, iw
		case lineW+3+iw <= w:
			line, lineW = line+s.Muted.Render(" · ")+item, lineW+3+iw
		default:
			lines = append(lines, line)
			line, lineW = item, iw
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// countdown is the token's time left, for the presentation's footer: the
// audience sees the token live while the steps are explained; "" before
// the flow has a token.
func (m Model) countdown() string {
	t := m.res.tok
	if t == nil || t.Expiry.IsZero() {
		return ""
	}
	s := m.Styles
	left := t.Expiry.Sub(m.now)
	switch common.UrgencyOf(t.Expiry, m.now) {
	case common.UrgencyExpired:
		return s.Bad.Render("● " + m.t(i18n.FlowTokenExpired))
	case common.UrgencyExpiring, common.UrgencyCritical:
		return s.Warn.Render("● " + m.t(i18n.FlowTokenLeft, i18n.Countdown(left)))
	}
	return s.Good.Render("● " + m.t(i18n.FlowTokenLeft, i18n.Countdown(left)))
}

func (m Model) confirmLines(d *doc) {
	s := d.s
	d.blank()
	if m.advice == nil {
		return
	}
	a := m.advice
	requests := i18n.N(m.Lang, a.RequestsLastHour, i18n.FlowRequestsOne, i18n.FlowRequestsMany)
	d.words(s.Warn, 0, m.t(i18n.FlowConfirm, i18n.Span(m.Lang, a.Remaining), requests))
	if !a.Allowed {
		d.words(s.Bad, 0, m.refusal(a))
	}
	d.line(s.Title.Render(m.t(i18n.TokenAskAnyway)) + "  " + s.Key.Render("y") + s.Muted.Render(" "+m.t(i18n.FlowShortNew)+"  ") +
		s.Key.Render("n") + s.Muted.Render(" "+m.t(i18n.TokenKeep)))
}

// refusal says why the guard would not send a forced token request now
// (auth's RenewAdvice.Message, in the pane's language).
func (m Model) refusal(a *auth.RenewAdvice) string {
	if !a.RetryAfter.IsZero() {
		return m.t(i18n.FlowRetryAfter, i18n.LocalTime(m.Lang, a.RetryAfter, m.now), i18n.Span(m.Lang, a.RetryAfter.Sub(m.now)))
	}
	return m.t(i18n.FlowForcedLimit, a.ForcedLastMinute, i18n.LocalTime(m.Lang, a.AllowedAt, m.now))
}
