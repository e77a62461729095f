package flow

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/ui/inert"
)

// diagnoseTop is the title of the diagnosis and what it does.
func (m Model) diagnoseTop(d *doc) string {
	s := d.s
	if m.present {
		d.blank()
	}
	d.line(s.Title.Render("Diagnose · ") + s.Value.Bold(true).Render(inert.String(m.opts.ID)))
	d.words(s.Muted, 0, "Checks the provider, discovery, auth method, credentials, scopes, clock and signature. "+
		"No new token is requested while a valid one is cached.")
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
	d := &doc{s: s, w: max(w, 20)}
	if m.diag.report == nil {
		if m.stopped {
			d.line(s.Warn.Render("Cancelled.") + s.Muted.Render(" Press d to run it again."))
		} else {
			d.line(s.Muted.Render("… running the checks"))
		}
		return d.String()
	}
	r := m.diag.report
	nameW := 16
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
		text := strings.Split(ansi.Wrap(inert.String(c.Detail), textW, ""), "\n")
		for i, t := range text {
			head := strings.Repeat(" ", nameW+2)
			if i == 0 {
				head = style.Render(c.Status.Symbol()) + " " + s.Label.Render(pad(inert.String(c.Title), nameW))
			}
			d.line(head + " " + lineStyle(s.Value, c.Status == auth.CheckFail, style).Render(t))
		}
		if c.Status == auth.CheckFail || c.Status == auth.CheckWarn {
			for _, note := range []string{c.Cause, "hint: " + c.Hint} {
				if note == "" || note == "hint: " {
					continue
				}
				for _, t := range strings.Split(ansi.Wrap(inert.String(note), textW, ""), "\n") {
					d.line(strings.Repeat(" ", nameW+3) + s.Muted.Render(t))
				}
			}
		}
	}
	d.blank()
	if n := failedChecks(*r); n > 0 {
		d.line(s.Bad.Render(plural(n, "check") + " failed."))
	} else {
		d.line(s.Good.Render("No check failed."))
	}
	d.line(s.Muted.Render("Press ") + s.Key.Render("c") + s.Muted.Render(" to copy the report (no secret, no token in it)."))
	return d.String()
}

func lineStyle(normal lipgloss.Style, failed bool, fail lipgloss.Style) lipgloss.Style {
	if failed {
		return fail.Bold(false)
	}
	return normal
}

func pad(s string, w int) string {
	if d := w - ansi.StringWidth(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return ansi.Truncate(s, w, "…")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
