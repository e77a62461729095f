package flow

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/text/wrap"
	"tokentui/ui/common"
)

// diagnoseTop is the title of the diagnosis and what it does.
func (m Model) diagnoseTop(d *doc) string {
	s := d.s
	if m.present {
		d.blank()
	}
	d.line(s.Title.Render(m.t(i18n.FlowDiagnose)+" · ") + s.Value.Bold(true).Render(inert.String(m.opts.ID)))
	d.words(s.Muted, 0, m.t(i18n.FlowDiagIntro))
	if m.diag.notice != "" {
		style := s.Good
		if m.diag.bad {
			style = s.Bad
		}
		d.words(style, 0, m.diag.notice)
	}
	if !m.present {
		d.line(s.Muted.Render(strings.Repeat("─", d.w)))
	} else {
		d.blank()
	}
	return d.String()
}

// diagnoseContent lists the checks, ✓ ! ✗ – with what was found and the hint.
func (m Model) diagnoseContent(w int) string {
	s := m.Styles
	d := &doc{s: s, w: max(w, 20), lang: m.Lang}
	if m.diag.report == nil {
		if m.stopped {
			d.line(s.Warn.Render(m.t(i18n.FlowCancelled)) + s.Muted.Render(" "+m.t(i18n.FlowDiagAgain)))
		} else {
			d.line(s.Muted.Render(m.t(i18n.FlowDiagRunning)))
		}
		return d.String()
	}
	report := i18n.DiagnoseReport(m.Lang, *m.diag.report)
	r := &report
	nameW := 16 // the titles' column: as wide as the longest, within 16–24 cells
	for _, c := range r.Checks {
		nameW = max(nameW, min(ansi.StringWidth(inert.String(c.Title)), 24))
	}
	textW := max(d.w-nameW-3, 12)
	for _, c := range r.Checks {
		style := s.Good
		switch c.Status {
		case auth.CheckWarn:
			style = s.Warn
		case auth.CheckFail:
			style = s.Bad
		case auth.CheckSkipped:
			style = s.Muted
		}
		text := wrap.Wrap(c.Detail, textW, "", "") // at spaces: never inside a word
		for i, t := range text {
			head := strings.Repeat(" ", nameW+2)
			if i == 0 {
				head = style.Render(c.Status.Symbol()) + " " + s.Label.Render(common.Pad(inert.String(c.Title), nameW))
			}
			d.line(head + " " + lineStyle(s.Value, c.Status == auth.CheckFail, style).Render(t))
		}
		if c.Status == auth.CheckFail || c.Status == auth.CheckWarn {
			notes := []string{c.Cause}
			if c.Hint != "" {
				notes = append(notes, m.t(i18n.CliHint, c.Hint))
			}
			for _, note := range notes {
				if note == "" {
					continue
				}
				for _, t := range wrap.Wrap(note, textW, "", "") {
					d.line(strings.Repeat(" ", nameW+3) + s.Muted.Render(t))
				}
			}
		}
	}
	d.blank()
	if n := failedChecks(*r); n > 0 {
		d.line(s.Bad.Render(i18n.N(m.Lang, n, i18n.FlowDiagFailOne, i18n.FlowDiagFailMany)))
	} else {
		d.line(s.Good.Render(m.t(i18n.FlowDiagNoneFail)))
	}
	before, after, _ := strings.Cut(i18n.Format(m.Lang, i18n.FlowDiagCopy), "%s")
	d.line(s.Muted.Render(before) + s.Key.Render("c") + s.Muted.Render(after))
	return d.String()
}

func lineStyle(normal lipgloss.Style, failed bool, fail lipgloss.Style) lipgloss.Style {
	if failed {
		return fail.Bold(false)
	}
	return normal
}
