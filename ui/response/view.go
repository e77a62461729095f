package response

import (
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
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
	info := []string{duration(m.Lang, r.Timing.Total), i18n.Bytes(m.Lang, r.BodySize)}
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
		label := m.T(viewNames[v])
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
	if m.expl == nil {
		return nil
	}
	s := m.Styles
	e := m.expl
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
		whole, shown := i18n.Bytes(m.Lang, r.BodySize), i18n.Bytes(m.Lang, int64(len(r.Body)))
		text := m.T(i18n.ResponseCutSpilled, whole, shown, r.SpillPath)
		if r.SpillPath == "" {
			text = m.T(i18n.ResponseCutGone, whole, shown)
		}
		out = append(out, m.wrapped(s.Warn, "⚠ ", text, 3)...)
	}
	if r.Renewed {
		out = append(out, m.wrapped(s.Warn, "↻ ", m.T(i18n.ResponseRenewed), 2)...)
	}
	if r.RenewError != nil {
		out = append(out, m.wrapped(s.Warn, "⚠ ", m.T(i18n.ResponseRenewError, inert.String(r.RenewError.Error())), 2)...)
	}
	if r.HistoryError != nil {
		out = append(out, m.wrapped(s.Muted, "", m.T(i18n.ResponseNoHistory, inert.String(r.HistoryError.Error())), 1)...)
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
		return []string{s.Muted.Render(m.T(i18n.ResponseFormatting))}
	}
	lines, colored := m.body(), m.colored
	if m.win != nil {
		colored = nil // a window of the part on disk is shown plain
	}
	if len(lines) == 0 {
		return []string{s.Muted.Render(m.T(i18n.ResponseEmptyBody))}
	}
	gutter := 0
	if m.matchCount() > 0 {
		gutter = 2
	}
	cur := m.currentLine()
	tw := max(m.Width-gutter, 1)
	rows := make([]string, 0, h)
	for i := m.offset[ViewBody]; i < len(lines) && len(rows) < h; i++ {
		plain := lines[i]
		line := plain
		if i < len(colored) {
			line = colored[i]
		}
		mark := ""
		if m.query != "" && !m.searching {
			if r := matchRanges(plain, m.query, m.fold); len(r) > 0 {
				line = markRanges(line, r, m.on, m.off)
				mark = "• "
				if i == cur {
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
		return ansi.Truncate(s.Key.Render(m.T(i18n.ResponseSaveTo))+m.prompt.View(), w, "")
	case promptJQ:
		return ansi.Truncate(s.Key.Render(m.T(i18n.ResponseJQPrompt))+m.prompt.View(), w, "")
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
		n = len(m.body())
		parts = append(parts, m.searchParts()...) // first: the line is cut at the width
	}
	if w := m.win; w != nil && m.view == ViewBody {
		parts = append(parts, m.T(i18n.ResponseOnDisk, i18n.Bytes(m.Lang, w.at), i18n.Bytes(m.Lang, m.resp.BodySize)))
	} else if n > 0 {
		first := m.offset[m.view] + 1
		last := min(m.offset[m.view]+h, n)
		parts = append(parts, m.T(i18n.ResponseLines, first, last, n))
	}
	if m.view == ViewBody {
		if m.hidden > 0 { // the body shown is not quite the body received: say so
			parts = append(parts, i18n.N(m.Lang, m.hidden, i18n.ResponseHiddenOne, i18n.ResponseHiddenMany))
		}
		if m.jq != "" {
			parts = append(parts, m.T(i18n.ResponseJQActive, inert.String(m.jq)))
		}
		if m.win == nil && m.highlighted && len(m.colored) < len(m.lines) && m.offset[ViewBody]+h > len(m.colored) {
			parts = append(parts, m.T(i18n.ResponseColorsStop, i18n.Bytes(m.Lang, highlightBudget)))
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
	out = append(out, s.Title.Render(m.T(i18n.ResponseHeadersTitle))+s.Muted.Render(" · "+inert.String(r.Proto)+" "+inert.String(r.Status)))
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
	out = append(out, "", s.Title.Render(m.T(i18n.ResponseSentTitle))+s.Muted.Render(" · "+inert.String(r.Method)+" "+inert.String(r.URL)))
	switch {
	case r.TokenSent:
		tok := m.T(i18n.ResponseBearer)
		if r.TokenJTI != "" {
			tok = m.T(i18n.ResponseBearerJTI, inert.String(r.TokenJTI))
		}
		out = append(out, s.Label.Render("Authorization: ")+s.Muted.Render(tok))
	case r.TokenWithheld:
		host := r.URL
		if o, err := requests.OriginOf(r.URL); err == nil {
			host = o.Host()
		}
		out = append(out, s.Label.Render("Authorization: ")+s.Warn.Render(m.T(i18n.ResponseBearerWithheld, inert.String(host))))
	case r.TokenDropped:
		out = append(out, s.Label.Render("Authorization: ")+s.Warn.Render(m.T(i18n.ResponseBearerDropped)))
	}
	for _, h := range r.Sent {
		out = append(out, s.Label.Render(inert.String(h.Name)+": ")+s.Value.Render(inert.String(h.Value)))
	}
	return out
}

// timingLines says where the time went, and which token was sent. The
// labels' column fits the longest label of the pane's language.
func (m Model) timingLines() []string {
	s := m.Styles
	r := m.resp
	t := r.Timing
	now := m.opts.Now()
	labels := map[i18n.Key]string{}
	width := 13
	for _, k := range []i18n.Key{i18n.ResponseStarted, i18n.ResponseDNS, i18n.ResponseConnect, i18n.ResponseTLS,
		i18n.ResponseFirstByte, i18n.ResponseTotal, i18n.ResponseConnection, i18n.ResponseRequest,
		i18n.ResponseProtocol, i18n.ResponseKeyBody, i18n.ResponseTokenJTI, i18n.ResponseTokenExp} {
		labels[k] = m.T(k)
		width = max(width, ansi.StringWidth(labels[k]))
	}
	row := func(k i18n.Key, value string) string {
		label := labels[k]
		return s.Label.Render(label+strings.Repeat(" ", width+1-ansi.StringWidth(label))) + s.Value.Render(value)
	}
	phase := func(d time.Duration) string {
		if d == 0 {
			return "—"
		}
		return duration(m.Lang, d)
	}
	conn := m.T(i18n.ResponseConnNew)
	if t.Reused {
		conn = m.T(i18n.ResponseConnReused)
	}
	size := i18n.Bytes(m.Lang, r.BodySize)
	if r.BodySize >= 1024 {
		size += " (" + i18n.Number(m.Lang, r.BodySize) + " B)"
	}
	out := []string{
		s.Title.Render(m.T(i18n.ResponseViewTiming)),
		row(i18n.ResponseStarted, i18n.LocalTime(m.Lang, t.Start, now)),
		row(i18n.ResponseDNS, phase(t.DNS)),
		row(i18n.ResponseConnect, phase(t.Connect)),
		row(i18n.ResponseTLS, phase(t.TLS)),
		row(i18n.ResponseFirstByte, phase(t.FirstByte)),
		row(i18n.ResponseTotal, phase(t.Total)),
		row(i18n.ResponseConnection, conn),
		"",
		s.Title.Render(m.T(i18n.ResponseExchange)),
		row(i18n.ResponseRequest, inert.String(r.Method+" "+r.URL)),
		row(i18n.ResponseProtocol, inert.String(r.Proto)),
		row(i18n.ResponseKeyBody, size),
	}
	if r.TokenJTI != "" {
		out = append(out, row(i18n.ResponseTokenJTI, inert.String(r.TokenJTI)))
	}
	if !r.TokenExpiry.IsZero() {
		out = append(out, row(i18n.ResponseTokenExp,
			i18n.LocalTime(m.Lang, r.TokenExpiry, now)+" ("+i18n.Relative(m.Lang, r.TokenExpiry, now)+")"))
	}
	return out
}

// duration formats an exchange's time: "0.4 ms", "12 ms", "2.3 s"
// ("0,4 ms", "2,3 s" in Portuguese).
func duration(lang i18n.Lang, d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return i18n.Decimal(lang, float64(d)/float64(time.Millisecond), 1) + " ms"
	case d < 10*time.Second:
		return i18n.Number(lang, d.Milliseconds()) + " ms"
	}
	return i18n.Decimal(lang, d.Seconds(), 1) + " s"
}
