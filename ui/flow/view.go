package flow

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/ui/i18n"
)

// View draws the fixed top (step, explanation, question) and the window of
// the step's content; both were rendered by refresh when data changed.
func (m Model) View() string {
	if m.Styles == nil || m.Width <= 0 || m.Height <= 0 {
		return ""
	}
	parts := []string{m.topView, m.vp.View()}
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
	} else {
		m.vp.SetContent(m.content(w))
	}
	m.vp.SetYOffset(off)
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
	title := m.step.Title(m.Lang)
	stepOf := m.t(i18n.FlowStepOf, m.step+1, Steps)
	if m.present {
		d.blank()
		d.line(s.Muted.Render(strings.ToUpper(stepOf)+"  ") + s.Title.Underline(true).Render(strings.ToUpper(title)))
		d.line(m.progress(true))
		d.blank()
		d.words(s.Value.Bold(true), 0, m.t(stepInfos[m.step].Explain))
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
		d.words(s.Value, 0, m.t(stepInfos[m.step].Explain))
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
	hints := []hint{{"n", i18n.FlowShortNext}, {"p", i18n.FlowShortBack}, {"r", i18n.FlowKeyRestart},
		{"d", i18n.FlowShortDiag}, {"P", i18n.FlowLeavePresent}}
	if m.diag != nil {
		hints = []hint{{"c", i18n.FlowKeyCopy}, {"d", i18n.FlowShortAgain}, {"esc", i18n.FlowShortBack}, {"P", i18n.FlowLeavePresent}}
	}
	if m.confirm {
		hints = []hint{{"y", i18n.FlowShortNew}, {"n", i18n.TokenKeep}}
	}
	keys := make([]string, len(hints))
	for i, h := range hints {
		keys[i] = h.key + " " + m.t(h.desc)
	}
	return ansi.Truncate(s.Muted.Render(strings.Join(keys, " · ")), m.contentWidth(), "…")
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
