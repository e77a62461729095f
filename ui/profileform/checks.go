package profileform

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/common"
)

// RenderChecks draws a diagnosis in lang for a pane w cells wide: one line
// per check (symbol, title, what was found), the cause and what to try
// under each failure or warning, and a summary. The provider's text is made
// inert.
func RenderChecks(s *common.Styles, lang i18n.Lang, r auth.Report, w int) []string {
	r = i18n.DiagnoseReport(lang, r)
	titleWidth := 20 // the longest title and a gap, up to 26 cells
	for _, c := range r.Checks {
		titleWidth = max(titleWidth, min(lipgloss.Width(inert.String(c.Title))+2, 26))
	}
	lines := []string{s.Title.Render(i18n.T(lang, i18n.ProfileFormTest))}
	failed, warned := 0, 0
	for _, c := range r.Checks {
		st := s.Muted
		switch c.Status {
		case auth.CheckOK:
			st = s.Good
		case auth.CheckWarn:
			st, warned = s.Warn, warned+1
		case auth.CheckFail:
			st, failed = s.Bad, failed+1
		}
		title := ansi.Truncate(inert.String(c.Title), titleWidth-1, "…")
		title += strings.Repeat(" ", max(titleWidth-lipgloss.Width(title), 1))
		detail := strings.Join(strings.Fields(inert.String(c.Detail)), " ")
		line := st.Render(c.Status.Symbol()+" "+title) + s.Value.Render(detail)
		lines = append(lines, ansi.Truncate(line, w, "…"))
		if c.Status == auth.CheckFail || c.Status == auth.CheckWarn {
			indent := strings.Repeat(" ", 4)
			for _, part := range []struct {
				label i18n.Key
				text  string
			}{{i18n.CliCause, c.Cause}, {i18n.ProfileFormChecksTryLabel, c.Hint}} {
				if strings.TrimSpace(part.text) == "" {
					continue
				}
				for _, l := range wrap(s.Muted, i18n.T(lang, part.label, part.text), w-len(indent)) {
					lines = append(lines, indent+l)
				}
			}
		}
	}
	sum := summary(lang, r.OK, failed, warned, len(r.Checks), r.TokenRequests)
	st := s.Good
	if !r.OK {
		st = s.Bad
	} else if warned > 0 {
		st = s.Warn
	}
	return append(lines, st.Render(ansi.Truncate(sum, w, "…")))
}
