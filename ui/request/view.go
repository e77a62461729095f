package request

import (
	"errors"
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/text/wrap"
	"tokentui/ui/common"
)

// Heights of the editors when open.
const (
	headersRows = 4
	bodyRows    = 6
)

// layout sizes the fields and gives the response view what they leave.
func (m *Model) layout() {
	if m.Styles == nil {
		return
	}
	w := m.Width
	m.url.Width = max(w-lipgloss.Width(m.methodView())-lipgloss.Width(m.baseView())-2, 4)
	m.headers.SetWidth(max(w, 4))
	m.body.SetWidth(max(w, 4))
	m.headers.SetHeight(min(headersRows, max(m.Height/4, 1)))
	m.body.SetHeight(min(bodyRows, max(m.Height/3, 1)))
	m.resp.SetSize(w, max(m.Height-len(m.topLines()), 1))
	if m.ops.listMade {
		m.ops.list.SetSize(w, max(m.Height-len(m.topLines()), 1))
	}
}

// View draws the request line, the editors or their summary, the state of
// the request, and the response below.
func (m Model) View() string {
	if m.Styles == nil || m.Width <= 0 || m.Height <= 0 {
		return ""
	}
	top := m.topLines()
	var bottom string
	switch {
	case m.ops.open:
		bottom = m.opsView(max(m.Height-len(top), 1))
	case m.picker:
		bottom = m.pickerView(max(m.Height-len(top), 1))
	case m.starting():
		bottom = m.startView(max(m.Height-len(top), 1))
	default:
		bottom = m.resp.View()
	}
	rows := append(top, strings.Split(bottom, "\n")...)
	if len(rows) > m.Height {
		rows = rows[:m.Height]
	}
	for i, r := range rows {
		if ansi.StringWidth(r) > m.Width {
			rows[i] = ansi.Truncate(r, m.Width, "…")
		}
	}
	return strings.Join(rows, "\n")
}

// topLines is everything above the response view.
func (m Model) topLines() []string {
	s := m.Styles
	w := m.Width
	lines := []string{m.methodView() + " " + m.baseView() + m.url.View()}
	switch m.section {
	case secHeaders:
		lines = append(lines, m.label(m.T(i18n.ResponseViewHeaders), m.T(i18n.RequestHeadersHelp)))
		lines = append(lines, strings.Split(m.headers.View(), "\n")...)
	case secBody:
		lines = append(lines, m.label(m.T(i18n.ResponseViewBody), m.T(i18n.RequestBodyHelp)))
		lines = append(lines, strings.Split(m.body.View(), "\n")...)
	default:
		lines = append(lines, m.summary())
	}
	lines = append(lines, m.stateLines()...)
	lines = append(lines, s.Muted.Render(strings.Repeat("─", max(w, 1))))
	return lines
}

func (m Model) label(title, help string) string {
	return m.Styles.Title.Render(title) + m.Styles.Muted.Render(" · "+help)
}

// methodView is the method, with arrows when ctrl+←/→ can change it.
func (m Model) methodView() string {
	s := m.Styles
	meth := s.Selected.Render(Methods[m.method])
	if m.focused && m.section == secURL {
		return s.Muted.Render("‹") + meth + s.Muted.Render("›")
	}
	return meth
}

// baseView is the profile's api_base_url, muted, shortened on the left when
// it would take more than a third of the line.
func (m Model) baseView() string {
	if m.opts.Sender == nil || m.opts.Sender.BaseURL == "" || requests.IsAbsolute(strings.TrimSpace(m.url.Value())) {
		return "" // a full URL is the target as it is: nothing goes before it
	}
	base := inert.String(m.opts.Sender.BaseURL)
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	return m.Styles.Muted.Render(shortBase(base, max(m.Width*2/5, 8)))
}

// shortBase fits the API base URL in limit cells keeping its front, the
// host, which says where the request goes: without the scheme first, then
// with the middle of the path elided (127.0.0.1:8765/…/v1/), then cut at
// its end.
func shortBase(base string, limit int) string {
	if ansi.StringWidth(base) <= limit {
		return base
	}
	if i := strings.Index(base, "://"); i >= 0 {
		base = base[i+3:]
	}
	if ansi.StringWidth(base) <= limit {
		return base
	}
	if host, path, ok := strings.Cut(base, "/"); ok {
		segs := strings.Split(strings.TrimSuffix(path, "/"), "/")
		if c := host + "/…/" + segs[len(segs)-1] + "/"; len(segs) > 1 && ansi.StringWidth(c) <= limit {
			return c
		}
	}
	return ansi.Truncate(base, limit, "…")
}

// summary is one line about the headers and body while they are closed,
// then the keys that open them when the line has room.
func (m Model) summary() string {
	s := m.Styles
	var hs []string
	for _, l := range nonEmptyLines(m.headers.Value()) {
		name, _, _ := strings.Cut(l, ":")
		hs = append(hs, inert.String(strings.TrimSpace(name)))
	}
	head := m.T(i18n.RequestHeadersNone)
	if len(hs) > 0 {
		head = m.T(i18n.RequestHeadersList, strings.Join(hs, ", "))
	}
	if m.opts.Sender != nil && len(m.opts.Sender.Headers) > 0 {
		var ps []string
		for _, h := range m.opts.Sender.Headers {
			ps = append(ps, inert.String(h.Name))
		}
		head += " " + m.T(i18n.RequestProfiles, strings.Join(ps, ", "))
	}
	body := m.T(i18n.RequestBodyNone)
	if b := m.body.Value(); b != "" {
		body = m.T(i18n.RequestBodySize, i18n.Bytes(m.Lang, int64(len(b))))
	}
	keys := m.T(i18n.RequestSummaryKeys)
	if m.section == secURL {
		keys = m.T(i18n.RequestSummaryTab)
	}
	line := head + " · " + body
	if ansi.StringWidth(line)+3+ansi.StringWidth(keys) > m.Width {
		return s.Muted.Render(line) // the keys are in the footer too: leave them out rather than cut them
	}
	return s.Muted.Render(line+" │ ") + s.Muted.Render(keys)
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// stateLines says what the request is doing or why it failed, after how
// the last copy or switch went and whether retry-once is on.
func (m Model) stateLines() []string {
	s := m.Styles
	var lines []string
	if m.flash != "" && !m.sending {
		for _, l := range wrap.Wrap(m.flash, max(m.Width, 10), "", "") {
			lines = append(lines, s.Good.Render(l))
		}
	}
	if m.retry && !m.sending {
		lines = append(lines, s.Warn.Render("↻ "+i18n.T(m.Lang, i18n.RequestRetryBadge)))
	}
	lines = append(lines, m.tokenLines()...)
	lines = append(lines, m.exchangeLines()...)
	return append(lines, m.opsLines()...)
}

// tokenLines ask the confirmation of T, or say that the URL typed is not
// the profile's API, so the request goes without the token.
func (m Model) tokenLines() []string {
	s, w := m.Styles, max(m.Width, 10)
	if m.opts.Sender == nil || m.sending {
		return nil
	}
	o, ok := m.opts.Sender.TokenGoesTo(strings.TrimSpace(m.url.Value()))
	switch {
	case ok || o == "":
		return nil
	case m.confirm:
		var out []string
		for _, l := range strings.Split(ansi.Wordwrap(m.T(i18n.RequestTokenConfirm, inert.String(o.Host())), w, " "), "\n") {
			out = append(out, s.Bad.Render(ansi.Truncate(l, w, "…")))
		}
		return out
	}
	var out []string
	for _, l := range wrap.Wrap(m.T(i18n.RequestTokenWithheld, inert.String(o.Host())), w, "⚠ ", "  ") {
		out = append(out, s.Warn.Render(l))
	}
	return out
}

// exchangeLines says what the request is doing or why it failed.
func (m Model) exchangeLines() []string {
	s := m.Styles
	w := max(m.Width, 10)
	switch {
	case m.sending && m.cancel == nil:
		return []string{s.Warn.Render(m.T(i18n.RequestCancelling, inert.String(m.inFlight)))}
	case m.sending:
		elapsed := m.now.Sub(m.started)
		return []string{m.spin.View() + " " + s.Value.Render(m.T(i18n.RequestSending, inert.String(m.inFlight))) +
			s.Muted.Render(" · "+m.T(i18n.RequestEscCancels, i18n.Span(m.Lang, elapsed)))}
	case m.cancelled:
		return []string{s.Warn.Render(m.T(i18n.RequestCancelled))}
	case m.err != nil: // every word of it, wrapped: never cut (issue 15)
		et := common.ErrorLines(m.Lang, m.err, m.expl, w)
		var out []string
		for _, part := range []struct {
			st    lipgloss.Style
			lines []string
		}{{s.Bad, et.Facts}, {s.Value, et.Cause}, {s.Muted, et.Hint}} {
			for _, l := range part.lines {
				out = append(out, part.st.Render(l))
			}
		}
		if len(et.Cause) == 0 {
			if hint := specHint(m.err); hint != "" {
				for _, l := range wrap.Wrap(m.T(hint), w, "  → ", "    ") {
					out = append(out, s.Muted.Render(l))
				}
			}
		}
		return out
	case m.empty && strings.TrimSpace(m.url.Value()) == "":
		text := m.T(i18n.RequestEmptyNoEx)
		if len(m.opts.Saved) > 0 && m.opts.Saved[0].Path != "" {
			text = m.T(i18n.RequestEmptyPath, inert.String(m.opts.Saved[0].Path))
		}
		var out []string
		for _, l := range wrap.Wrap(text, w, "", "") {
			out = append(out, s.Warn.Render(l))
		}
		return out
	case m.note != "":
		return []string{s.Muted.Render(m.T(i18n.RequestOpened, inert.String(m.note)))}
	case m.resp.Response() == nil && !m.ops.confirm:
		var out []string
		for _, l := range wrap.Wrap(m.T(i18n.RequestTypePath), w, "", "") {
			out = append(out, s.Muted.Render(l))
		}
		return out
	}
	return nil
}

// starting reports whether the pane has nothing to show yet: no path, no
// answer, nothing in flight; then it offers where to start.
func (m Model) starting() bool {
	return m.resp.Response() == nil && strings.TrimSpace(m.url.Value()) == "" && m.err == nil &&
		!m.sending && !m.cancelled && m.section != secHeaders && m.section != secBody
}

// startView offers where to start: the profile's saved requests (s), the
// operations of the API's OpenAPI document (o), or a path to type (u).
func (m Model) startView(h int) string {
	s, w := m.Styles, max(m.Width, 10)
	lines := []string{s.Title.Render(m.T(i18n.RequestStartTitle))}
	offer := func(k, text string) {
		for i, l := range wrap.Wrap(text, w-5, "", "") {
			head := "  " + s.Key.Render(k) + strings.Repeat(" ", max(3-ansi.StringWidth(k), 1))
			if i > 0 {
				head = strings.Repeat(" ", 5)
			}
			lines = append(lines, head+s.Muted.Render(l))
		}
	}
	if len(m.opts.Saved) > 0 {
		offer("s", m.T(i18n.RequestStartSaved))
		for _, row := range m.savedRows() {
			if len(lines) >= h-2 {
				break
			}
			lines = append(lines, "     "+s.Value.Render(row))
		}
	}
	if m.opts.Spec != nil {
		offer("o", m.T(i18n.RequestStartOps))
	}
	offer("u", m.T(i18n.RequestStartType))
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

// savedRows are the saved requests as aligned columns: method, name, path.
func (m Model) savedRows() []string {
	nameW := 4
	for _, r := range m.opts.Saved {
		nameW = max(nameW, ansi.StringWidth(inert.String(r.Name)))
	}
	nameW = min(nameW, max(m.Width*2/5, 8))
	rows := make([]string, 0, len(m.opts.Saved))
	for _, r := range m.opts.Saved {
		meth := strings.ToUpper(inert.String(r.Method))
		if meth == "" {
			meth = "GET"
		}
		name := inert.String(r.Name)
		if ansi.StringWidth(name) > nameW {
			name = ansi.Truncate(name, nameW, "…")
		}
		name += strings.Repeat(" ", nameW-ansi.StringWidth(name))
		rows = append(rows, fmt.Sprintf("%-7s %s  %s", meth, name, inert.String(r.Path)))
	}
	return rows
}

// pickerView lists the profile's saved requests.
func (m Model) pickerView(h int) string {
	s := m.Styles
	lines := []string{s.Title.Render(m.T(i18n.RequestSavedTitle)) + s.Muted.Render(" · "+m.T(i18n.RequestSavedHelp))}
	if len(m.opts.Saved) == 0 {
		lines = append(lines, s.Muted.Render(m.T(i18n.RequestNoSaved)))
		return strings.Join(lines, "\n")
	}
	first := 0
	if rows := h - 1; m.pick >= rows {
		first = m.pick - rows + 1
	}
	rows := m.savedRows()
	for i := first; i < len(m.opts.Saved) && len(lines) < h; i++ {
		row := rows[i]
		if i == m.pick {
			lines = append(lines, s.Selected.Render("▸ "+row))
		} else {
			lines = append(lines, s.Value.Render("  "+row))
		}
	}
	return strings.Join(lines, "\n")
}

// specHint says what to try when the request could not be built from the
// fields (the error itself is the requests package's detail).
func specHint(err error) i18n.Key {
	switch {
	case errors.Is(err, requests.ErrAuthorizationHeader):
		return i18n.RequestHintAuth
	case errors.Is(err, requests.ErrRequestTooLarge):
		return i18n.RequestHintTooLarge
	case errors.Is(err, requests.ErrBadHeader):
		return i18n.RequestHintBadHeads
	case errors.Is(err, requests.ErrNoBaseURL):
		return i18n.RequestHintNoBase
	case errors.Is(err, requests.ErrBadURL):
		return i18n.RequestHintBadURL
	}
	return ""
}
