package response

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/ui/common"
	"tokentui/ui/inert"
)

// View draws the status line, any explanation or notice, the rows of the
// current view that are on screen, and the position or prompt line. It
// touches only the visible lines, whatever the size of the body.
func (m Model) View() string {
	if m.Styles == nil || m.Width <= 0 || m.Height <= 0 {
		return ""
	}
	if m.resp == nil {
		return ""
	}
	top := m.topLines()
	h := max(m.Height-len(top)-1, 0)
	bottom := m.bottomLine(max(h, 1))
	rows := make([]string, 0, m.Height)
	rows = append(rows, top...)
	if m.view == ViewBody {
		rows = append(rows, m.bodyRows(h)...)
	} else {
		rows = append(rows, m.sideRows(h)...)
	}
	for len(rows) < m.Height-1 {
		rows = append(rows, "")
	}
	rows = append(rows, bottom)
	if len(rows) > m.Height {
		rows = rows[:m.Height]
	}
	return strings.Join(rows, "\n")
}

// bodyHeight is the rows left for the view's lines.
func (m Model) bodyHeight() int {
	if m.resp == nil {
		return max(m.Height, 1)
	}
	return max(m.Height-len(m.topLines())-1, 1)
}

// topLines: the status line with the view tabs, then what the user must
// know before reading the body (an auth challenge explained, a cut body).
func (m Model) topLines() []string {
	s := m.Styles
	w := m.Width
	r := m.resp
	status := m.statusStyle().Render(inert.String(r.Status))
	info := []string{duration(r.Timing.Total), Size(r.BodySize)}
	if r.ContentType != "" {
		info = append(info, inert.String(r.ContentType))
	}
	tabs := m.tabsView()
	left := status + s.Muted.Render(" · "+strings.Join(info, " · "))
	if lipgloss.Width(left)+lipgloss.Width(tabs)+2 > w && len(info) > 2 {
		left = status + s.Muted.Render(" · "+strings.Join(info[:2], " · "))
	}
	var lines []string
	if gap := w - lipgloss.Width(left) - lipgloss.Width(tabs); gap >= 2 {
		lines = append(lines, left+strings.Repeat(" ", gap)+tabs)
	} else {
		lines = append(lines, ansi.Truncate(left, w, "…"), ansi.Truncate(tabs, w, "…"))
	}
	lines = append(lines, m.explanationLines()...)
	lines = append(lines, m.noticeLines()...)
	return lines
}

func (m Model) statusStyle() lipgloss.Style {
	s := m.Styles
	switch c := m.resp.StatusCode; {
	case c >= 200 && c < 300:
		return s.Good.Bold(true)
	case c >= 500:
		return s.Bad
	case c >= 300:
		return s.Warn.Bold(true)
	}
	return s.Value.Bold(true)
}

func (m Model) tabsView() string {
	s := m.Styles
	keys := [viewCount]string{"b", "h", "t"}
	parts := make([]string, 0, viewCount)
	for v := range viewCount {
		label := viewNames[v]
		if v == m.view {
			parts = append(parts, s.TabActive.UnsetPadding().Render(label))
		} else {
			parts = append(parts, s.Key.Render(keys[v])+s.Muted.Render(" "+label))
		}
	}
	return strings.Join(parts, s.Muted.Render("  "))
}

// explanationLines explain a 401 or 403 from its WWW-Authenticate.
func (m Model) explanationLines() []string {
	r := m.resp
	if r.Explanation == nil {
		return nil
	}
	s := m.Styles
	e := r.Explanation
	code := string(e.Code)
	if r.Challenge != nil && r.Challenge.Error != "" {
		code = inert.String(r.Challenge.Error)
	}
	var out []string
	out = append(out, m.wrapped(s.Bad, "✗ "+code+": ", e.Cause, 2)...)
	if e.Detail != "" {
		out = append(out, m.wrapped(s.Value, "  ", inert.String(e.Detail), 2)...)
	}
	if e.Hint != "" {
		out = append(out, m.wrapped(s.Muted, "  → ", e.Hint, 2)...)
	}
	return out
}

// noticeLines: a cut body, a renewed token, a history that failed.
func (m Model) noticeLines() []string {
	r := m.resp
	s := m.Styles
	var out []string
	if r.Truncated {
		text := fmt.Sprintf("Body of %s: the first %s are shown; the whole body is in %s · S saves it",
			Size(r.BodySize), Size(int64(len(r.Body))), r.SpillPath)
		if r.SpillPath == "" {
			text = fmt.Sprintf("Body of %s: the first %s are shown; the rest is gone (its temporary file was removed)",
				Size(r.BodySize), Size(int64(len(r.Body))))
		}
		out = append(out, m.wrapped(s.Warn, "⚠ ", text, 3)...)
	}
	if r.Renewed {
		out = append(out, m.wrapped(s.Warn, "↻ ", "The API rejected the token as invalid; it was renewed once and the request sent again.", 2)...)
	}
	if r.RenewError != nil {
		out = append(out, m.wrapped(s.Warn, "⚠ ", "The token could not be renewed: "+inert.String(r.RenewError.Error()), 2)...)
	}
	if r.HistoryError != nil {
		out = append(out, m.wrapped(s.Muted, "", "Not added to the history: "+inert.String(r.HistoryError.Error()), 1)...)
	}
	return out
}

// wrapped word-wraps prefix+text to the width, continuation rows indented
// under the text, at most maxRows rows.
func (m Model) wrapped(st lipgloss.Style, prefix, text string, maxRows int) []string {
	w := max(m.Width, 10)
	indent := ansi.StringWidth(prefix)
	if indent > w/3 {
		indent = 0
	}
	rows := strings.Split(ansi.Wordwrap(text, w-indent, " "), "\n")
	if len(rows) > maxRows {
		rows = rows[:maxRows]
		rows[maxRows-1] = ansi.Truncate(rows[maxRows-1]+" …", w-indent, "…")
	}
	for i, r := range rows {
		lead := prefix
		if i > 0 {
			lead = strings.Repeat(" ", indent)
		}
		rows[i] = st.Render(ansi.Truncate(lead+r, w, "…"))
	}
	return rows
}

// bodyRows renders the body lines from the offset until h rows are full.
func (m Model) bodyRows(h int) []string {
	s := m.Styles
	if m.preparing {
		return []string{s.Muted.Render("formatting the body…")}
	}
	if len(m.lines) == 0 {
		return []string{s.Muted.Render("(empty body)")}
	}
	gutter := 0
	if len(m.matches) > 0 {
		gutter = 2
	}
	tw := max(m.Width-gutter, 1)
	rows := make([]string, 0, h)
	for i := m.offset[ViewBody]; i < len(m.lines) && len(rows) < h; i++ {
		plain := m.lines[i]
		line := plain
		if i < len(m.colored) {
			line = m.colored[i]
		}
		mark := ""
		if m.query != "" && !m.searching {
			if r := matchRanges(plain, m.query, m.fold); len(r) > 0 {
				line = markRanges(line, r, m.on, m.off)
				mark = "• "
				if m.current < len(m.matches) && m.matches[m.current] == i {
					mark = "▶ "
				}
			}
		}
		if gutter > 0 {
			if mark == "" {
				mark = "  "
			}
			mark = s.Key.Render(mark)
		}
		if m.wrap {
			for _, piece := range strings.Split(ansi.Hardwrap(line, tw, true), "\n") {
				rows = append(rows, mark+piece)
				if len(rows) == h {
					break
				}
				if gutter > 0 {
					mark = "  "
				}
			}
			continue
		}
		if len(plain) > tw && ansi.StringWidth(plain) > tw {
			line = ansi.Truncate(line, tw, "…")
		}
		rows = append(rows, mark+line)
	}
	return rows
}

// sideRows renders the Headers or Timing lines on screen.
func (m Model) sideRows(h int) []string {
	lines := m.side[m.view]
	off := m.offset[m.view]
	rows := make([]string, 0, h)
	for i := off; i < len(lines) && len(rows) < h; i++ {
		rows = append(rows, ansi.Truncate(lines[i], m.Width, "…"))
	}
	return rows
}

// bottomLine is the prompt while one is open, else where the view is and
// what a search found, else a note.
func (m Model) bottomLine(h int) string {
	s := m.Styles
	w := m.Width
	switch m.prompting {
	case promptSearch:
		return ansi.Truncate(s.Key.Render("/")+m.prompt.View(), w, "")
	case promptSave:
		return ansi.Truncate(s.Key.Render("save to: ")+m.prompt.View(), w, "")
	}
	var parts []string
	if m.note != "" {
		st := s.Muted
		if m.noteBad {
			st = s.Warn
		}
		return st.Render(ansi.Truncate(inert.String(m.note), w, "…"))
	}
	n := len(m.side[m.view])
	if m.view == ViewBody {
		n = len(m.lines)
	}
	if n > 0 {
		first := m.offset[m.view] + 1
		last := min(m.offset[m.view]+h, n)
		parts = append(parts, fmt.Sprintf("lines %d–%d of %d", first, last, n))
	}
	if m.view == ViewBody {
		switch {
		case m.searching:
			parts = append(parts, "searching…")
		case m.query != "" && len(m.matches) > 0:
			parts = append(parts, fmt.Sprintf("match %d/%d %q · n/N", m.current+1, len(m.matches), m.query))
		}
		if m.highlighted && len(m.colored) < len(m.lines) && m.offset[ViewBody]+h > len(m.colored) {
			parts = append(parts, fmt.Sprintf("colours stop after %s", Size(highlightBudget)))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return s.Muted.Render(ansi.Truncate(strings.Join(parts, " · "), w, "…"))
}

// headerLines lists the response headers, then the request headers sent
// (the token itself is never shown).
func (m Model) headerLines() []string {
	s := m.Styles
	r := m.resp
	var out []string
	out = append(out, s.Title.Render("Response headers")+s.Muted.Render(" · "+inert.String(r.Proto)+" "+inert.String(r.Status)))
	names := make([]string, 0, len(r.Headers))
	for k := range r.Headers {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		for _, v := range r.Headers[k] {
			out = append(out, s.Label.Render(inert.String(k)+": ")+s.Value.Render(inert.String(v)))
		}
	}
	out = append(out, "", s.Title.Render("Request headers sent")+s.Muted.Render(" · "+inert.String(r.Method)+" "+inert.String(r.URL)))
	if r.TokenJTI != "" || !r.TokenExpiry.IsZero() {
		tok := "Bearer (the profile's token"
		if r.TokenJTI != "" {
			tok += ", jti " + inert.String(r.TokenJTI)
		}
		tok += ")"
		out = append(out, s.Label.Render("Authorization: ")+s.Muted.Render(tok))
	}
	for _, h := range r.Sent {
		out = append(out, s.Label.Render(inert.String(h.Name)+": ")+s.Value.Render(inert.String(h.Value)))
	}
	return out
}

// timingLines says where the time went, and which token was sent.
func (m Model) timingLines() []string {
	s := m.Styles
	r := m.resp
	t := r.Timing
	now := m.opts.Now()
	row := func(label, value string) string {
		return s.Label.Render(fmt.Sprintf("%-14s", label)) + s.Value.Render(value)
	}
	phase := func(d time.Duration) string {
		if d == 0 {
			return "—"
		}
		return duration(d)
	}
	conn := "new"
	if t.Reused {
		conn = "reused (no DNS, connect or TLS)"
	}
	out := []string{
		s.Title.Render("Timing"),
		row("started", common.LocalTime(t.Start, now)),
		row("DNS lookup", phase(t.DNS)),
		row("TCP connect", phase(t.Connect)),
		row("TLS handshake", phase(t.TLS)),
		row("first byte", phase(t.FirstByte)),
		row("total", phase(t.Total)),
		row("connection", conn),
		"",
		s.Title.Render("Exchange"),
		row("request", inert.String(r.Method+" "+r.URL)),
		row("protocol", inert.String(r.Proto)),
		row("body", fmt.Sprintf("%s (%d bytes)", Size(r.BodySize), r.BodySize)),
	}
	if r.TokenJTI != "" {
		out = append(out, row("token jti", inert.String(r.TokenJTI)))
	}
	if !r.TokenExpiry.IsZero() {
		out = append(out, row("token expires", common.LocalTime(r.TokenExpiry, now)+" ("+common.Relative(r.TokenExpiry, now)+")"))
	}
	return out
}

// Size formats a byte count for people: "812 B", "1.2 KB", "10.0 MB".
func Size(n int64) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KB", float64(n)/1024)
	case n < 1<<30:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
}

// duration formats an exchange's time: "0.4 ms", "12 ms", "2.3 s".
func duration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
	case d < 10*time.Second:
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}
