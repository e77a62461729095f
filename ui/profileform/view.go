package profileform

import (
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/text/i18n"
	"tokentui/text/inert"
	textwrap "tokentui/text/wrap"
	"tokentui/ui/common"
)

// minLabelWidth is the narrowest the labels' column gets.
const minLabelWidth = 14

// TemporaryBanner is what a temporary form says of itself, on top, in lang.
func TemporaryBanner(lang i18n.Lang) string { return i18n.T(lang, i18n.ProfileFormTemporaryTitle) }

var buttonLabels = [buttonCount]i18n.Key{
	bFetch: i18n.ProfileFormFetch, bTest: i18n.ProfileFormTest, bSave: i18n.ProfileFormSave, bCancel: i18n.ProfileFormCancel,
}

// View draws the title and the part of the form that fits, scrolled to
// keep the focus in sight.
func (m Model) View() string {
	w, h := max(m.Width, 20), max(m.Height, 2)
	body, _, _ := m.layout()
	bh := h - 1
	off := m.clampOffset(m.offset)
	shown := body[off:min(off+bh, len(body))]
	out := make([]string, 0, h)
	out = append(out, m.titleLine(w, off > 0, off+bh < len(body)))
	for _, l := range shown {
		out = append(out, ansi.Truncate(l, w, "…"))
	}
	return strings.Join(out, "\n")
}

func (m Model) titleLine(w int, above, below bool) string {
	s := m.Styles
	var title string
	switch {
	case m.opts.Temporary:
		title = s.Warn.Bold(true).Render(TemporaryBanner(m.Lang))
	case m.opts.Editing:
		title = s.Title.Render(m.T(i18n.ProfileFormEditTitle, inert.String(m.opts.Profile.Name)))
	default:
		title = s.Title.Render(m.T(i18n.ProfileFormAddTitle))
	}
	scroll := ""
	switch {
	case above && below:
		scroll = "↑↓ pgup/pgdn"
	case above:
		scroll = "↑ pgup"
	case below:
		scroll = m.T(i18n.ProfileFormMore)
	}
	if scroll == "" {
		return ansi.Truncate(title, w, "…")
	}
	title = ansi.Truncate(title, max(w-lipgloss.Width(scroll)-1, 1), "…")
	gap := max(w-lipgloss.Width(title)-lipgloss.Width(scroll), 1)
	return title + strings.Repeat(" ", gap) + s.Muted.Render(scroll)
}

// layout returns the scrolling part's lines, the lines of the focused
// stop [from, to), and the line of the buttons.
func (m Model) layout() (lines []string, focus [2]int, buttons int) {
	s := m.Styles
	w := max(m.Width, 20)
	lw := m.labelWidth()
	if m.opts.Temporary {
		lines = append(lines, wrap(s.Warn, m.T(i18n.ProfileFormTemporaryNote), w)...)
	}
	if m.opts.Notes != "" {
		lines = append(lines, wrap(s.Muted, m.opts.Notes, w)...)
	}
	if len(lines) > 0 {
		lines = append(lines, "")
	}
	for _, st := range m.stops() {
		if st.kind == stopButton {
			break
		}
		from := len(lines)
		switch st.kind {
		case stopField:
			lines = append(lines, m.fieldLines(field(st.n), w)...)
		case stopScope:
			if st.n == 0 {
				lines = append(lines, strings.Repeat(" ", lw+2)+s.Muted.Render(m.T(i18n.ProfileFormScopesOffered)))
				from++
			}
			lines = append(lines, m.scopeLine(st.n, lw))
		}
		if st == m.at {
			focus = [2]int{from, len(lines)}
		}
	}
	lines = append(lines, "")
	buttons = len(lines)
	btn := m.buttonLines(w)
	if m.at.kind == stopButton {
		focus = [2]int{buttons, buttons + len(btn)}
	}
	lines = append(lines, btn...)
	if m.status != "" {
		st := s.Muted
		switch {
		case strings.HasPrefix(m.status, "✓"):
			st = s.Good
		case strings.HasPrefix(m.status, "✗"), m.discard:
			st = s.Warn
		}
		lines = append(lines, wrap(st, m.status, w)...)
	}
	if m.other != nil {
		lines = append(lines, wrap(s.Bad, "✗ "+m.other.Msg, w)...)
		if m.other.Hint != "" {
			lines = append(lines, wrap(s.Muted, "  "+inert.String(m.other.Hint), w)...)
		}
	}
	lines = append(lines, m.publicKeyLines(w)...)
	if m.report != nil {
		lines = append(lines, "")
		lines = append(lines, RenderChecks(s, m.Lang, *m.report, w)...)
	}
	return lines, focus, buttons
}

// fieldLines draws one row, its note and its error.
func (m Model) fieldLines(f field, w int) []string {
	s := m.Styles
	focused := m.at == stop{stopField, int(f)}
	label, lw := m.label(f), m.labelWidth()
	marker, ls := "  ", s.Label
	if focused {
		marker, ls = "▸ ", s.Key
	}
	head := marker + ls.Render(common.Pad(label, lw))
	var value string
	switch f {
	case fWhere:
		value = m.choice(m.whereLabel(m.where), focused)
	case fAuth:
		value = m.choice(authMethods[m.auth].id, focused)
	case fKeyAlg:
		value = m.choice(m.algLabel(m.alg()), focused)
	default:
		value = m.inputs[f].View()
	}
	lines := []string{head + value}
	iw := max(w-lw-2, 10)
	note := func(st lipgloss.Style, text string) {
		for _, l := range wrap(st, text, iw) {
			lines = append(lines, strings.Repeat(" ", lw+2)+l)
		}
	}
	switch f {
	case fWhere:
		switch {
		case m.where == whereLiteral && m.opts.Temporary:
			note(s.Muted, m.T(i18n.ProfileFormTypedNote))
		case m.where == whereLiteral:
			note(s.Warn, m.T(places[m.where].note))
		default:
			note(s.Muted, m.T(places[m.where].note))
		}
	case fRef:
		name := strings.TrimSpace(m.inputs[fRef].Value())
		if m.where == whereEnv && name != "" && envName.MatchString(name) {
			if m.envSet {
				note(s.Good, m.T(i18n.ProfileFormEnvSet, name))
			} else {
				note(s.Muted, m.T(i18n.ProfileFormEnvNotSet, name))
			}
		}
	case fAuth:
		note(s.Muted, m.T(authMethods[m.auth].note))
		if md := m.metadata; md != nil && len(md.TokenEndpointAuthMethodsSupported) > 0 &&
			!slices.Contains(md.TokenEndpointAuthMethodsSupported, authMethods[m.auth].id) {
			note(s.Warn, m.T(i18n.ProfileFormProviderOnly, inert.String(strings.Join(md.TokenEndpointAuthMethodsSupported, ", "))))
		}
	}
	m.clientAuthNotes(f, focused, note)
	e, ok := m.errs[f]
	if r, checked := m.checks[f]; !ok && checked {
		switch {
		case r.err != nil:
			e, ok = *r.err, true
		case r.good != "":
			note(s.Good, r.good)
		case r.note != "":
			note(s.Muted, r.note)
		}
	}
	if ok {
		note(s.Bad, "✗ "+e.Msg)
		if e.Detail != "" {
			note(s.Muted, e.Detail)
		}
		if e.Hint != "" {
			note(s.Muted, inert.String(e.Hint))
		}
	}
	return lines
}

func (m Model) choice(label string, focused bool) string {
	s := m.Styles
	if !focused {
		return s.Value.Render(label)
	}
	return s.Key.Render("‹ "+label+" ›") + s.Muted.Render("  "+m.T(i18n.ProfileFormToChange))
}

func (m Model) scopeLine(i, lw int) string {
	s := m.Styles
	box := "[ ] "
	if m.hasScope(m.scopes[i]) {
		box = "[x] "
	}
	line := box + m.scopes[i]
	st := s.Value
	if m.at == (stop{stopScope, i}) {
		st = s.Selected.Reverse(true)
	}
	return strings.Repeat(" ", lw+2) + st.Render(line)
}

// buttonLines draws the buttons on one line, or one a line when narrow.
func (m Model) buttonLines(w int) []string {
	s := m.Styles
	var parts []string
	for _, st := range m.stops() {
		if st.kind != stopButton {
			continue
		}
		label := m.T(buttonLabels[st.n])
		if st.n == bSave && m.opts.Temporary {
			label = m.T(i18n.ProfileFormAddForSession)
		}
		bs := s.Value
		if m.at == st {
			bs = s.Selected.Reverse(true)
		}
		parts = append(parts, bs.Render("[ "+label+" ]"))
	}
	line := "  " + strings.Join(parts, "  ")
	if lipgloss.Width(line) <= w {
		return []string{line}
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = "  " + p
	}
	return out
}

// follow scrolls so that the focused stop is in sight.
func (m *Model) follow() {
	_, focus, _ := m.layout()
	bh := max(m.Height-1, 1)
	if focus[0] < m.offset {
		m.offset = focus[0]
	}
	if focus[1] > m.offset+bh {
		m.offset = focus[1] - bh
	}
	m.offset = m.clampOffset(m.offset)
}

// showResults scrolls to what is below the buttons (status, problems, the
// test report), keeping the buttons in sight when possible.
func (m *Model) showResults() {
	lines, _, buttons := m.layout()
	bh := max(m.Height-1, 1)
	m.offset = m.clampOffset(min(max(len(lines)-bh, 0), buttons))
}

func (m Model) clampOffset(o int) int {
	lines, _, _ := m.layout()
	bh := max(m.Height-1, 1)
	return max(min(o, len(lines)-bh), 0)
}

// wrap styles text wrapped to width, one string per line.
func wrap(st lipgloss.Style, text string, width int) []string {
	lines := textwrap.Wrap(text, max(width, 10), "", "") // at spaces: a thumbprint or path is not split at its hyphens
	for i, l := range lines {
		lines[i] = st.Render(strings.TrimRight(l, " "))
	}
	return lines
}

// summary says in a few words how a report went, e.g. "✓ all 9 checks
// passed · 1 token request".
func summary(lang i18n.Lang, ok bool, failed, warned, total, requests int) string {
	req := i18n.N(lang, requests, i18n.ProfileFormTokenReqOne, i18n.ProfileFormTokenReqMany)
	switch {
	case !ok:
		return i18n.N(lang, failed, i18n.ProfileFormFailedOne, i18n.ProfileFormFailedMany, total, req)
	case warned > 0:
		return i18n.N(lang, warned, i18n.ProfileFormWarnedOne, i18n.ProfileFormWarnedMany, req)
	}
	return i18n.N(lang, total, i18n.ProfileFormPassedOne, i18n.ProfileFormPassedMany, req)
}
