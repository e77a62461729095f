package token

import (
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/common"
)

// View draws the status block above the scrolling details.
func (m Model) View() string {
	top := m.statusView()
	if m.cur() == nil || m.pasting {
		if m.Height <= 0 || lipgloss.Height(top) <= m.Height {
			return top
		}
		// Taller than the pane (a refusal, its advice and a question):
		// it scrolls, as the details do, with the offset the keys moved.
		vp := m.vp
		vp.Height = m.Height
		vp.SetContent(top)
		return vp.View()
	}
	return lipgloss.JoinVertical(lipgloss.Left, top, m.vp.View())
}

// relayout gives the scrolling part what the status block leaves.
func (m *Model) relayout() {
	m.vp.Width = m.Width
	m.input.Width = max(m.Width-4, 10)
	m.refresh()
}

// refresh re-renders the scrolling details; called when data or time change,
// so View stays cheap.
func (m *Model) refresh() {
	if m.Styles == nil {
		return
	}
	if m.cur() == nil || m.pasting { // the status block is all there is (see View)
		m.vp.Height = max(m.Height, 1)
		m.vp.SetContent(m.statusView())
		if m.confirm {
			m.vp.GotoBottom() // the question is the last line
		}
		return
	}
	m.vp.Height = max(m.Height-lipgloss.Height(m.statusView()), 1)
	m.vp.SetContent(m.detailsView())
}

// statusView is the fixed block: state, countdown, progress bar, actions.
func (m Model) statusView() string {
	s := m.Styles
	if s == nil {
		return ""
	}
	w := max(m.Width, 10)
	var lines []string
	switch {
	case m.pasting:
		lines = append(lines, s.Title.Render(m.T(i18n.TokenInspectTitle)))
		lines = append(lines, wrap(s.Muted, m.T(i18n.TokenInspectIntro), w)...)
		lines = append(lines, "", m.input.View())
		if m.inputErr != "" {
			lines = append(lines, s.Bad.Render("✗ "+inert.String(m.inputErr)))
		}
		lines = append(lines, "", s.Key.Render("enter")+s.Muted.Render(" "+m.T(i18n.TokenInspectAction)+"  ")+
			s.Key.Render("esc")+s.Muted.Render(" "+m.T(i18n.TokenClose)))
	case m.pasted != nil:
		lines = append(lines, s.Warn.Bold(true).Render(m.T(i18n.TokenInspecting))+
			s.Muted.Render("  "+m.T(i18n.TokenEscBack)))
		lines = append(lines, m.countdownLines(m.pasted, w, "")...)
	case m.opts.Client == nil:
		lines = append(lines, s.Warn.Render(m.T(i18n.TokenCannotGet)))
		for _, l := range strings.Split(inert.String(m.opts.Problem), "\n") {
			lines = append(lines, wrap(s.Muted, l, w)...)
		}
	case m.tok == nil && m.loading:
		lines = append(lines, s.Muted.Render(m.T(i18n.TokenRequesting)))
	case m.tok == nil && m.err == nil && m.held != nil:
		lines = append(lines, s.Title.Render(m.T(i18n.TokenNoneYet))) // heldLines say what to do
	case m.tok == nil && m.err == nil:
		lines = append(lines,
			s.Title.Render(m.T(i18n.TokenNoneYet)),
			m.T(i18n.TokenPressGet, s.Key.Render("g")),
			m.T(i18n.TokenReusedUntil))
	case m.tok != nil:
		reason, untrusted := m.Untrusted()
		if !untrusted {
			reason = ""
		}
		lines = append(lines, m.countdownLines(&m.own, w, reason)...)
		lines = append(lines, m.originLine())
		lines = append(lines, m.trustLines(w, untrusted, reason)...)
		if m.tok.Note != "" {
			lines = append(lines, s.Warn.Render("! "+inert.Line(m.tok.Note)))
		}
	}
	if m.pasted == nil && !m.pasting {
		if m.why != "" {
			lines = append(lines, wrap(s.Warn, m.why, w)...)
		}
		lines = append(lines, m.heldLines(w)...)
		if m.err != nil && !m.errIsHeld() {
			lines = append(lines, m.errorLines(w)...)
		}
	}
	if m.confirm {
		lines = append(lines, m.confirmLines(w)...)
	}
	if m.notice != "" && !m.pasting {
		style := s.Good
		if m.noticeBad {
			style = s.Bad
		}
		lines = append(lines, style.Render(inert.String(m.notice)))
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "…")
	}
	return strings.Join(lines, "\n")
}

// countdownLines are the state, time left and the lifetime bar of sh;
// untrusted, when set, is why its signature does not verify: it is then
// not called valid.
func (m Model) countdownLines(sh *shown, w int, untrusted string) []string {
	s := m.Styles
	if sh.expiry.IsZero() {
		return []string{s.Muted.Render(m.T(i18n.TokenNoExpiry))}
	}
	u := common.UrgencyOf(sh.expiry, m.now)
	left := sh.expiry.Sub(m.now)
	state := "● " + m.T(map[common.Urgency]i18n.Key{
		common.UrgencyOK: i18n.TokenValid, common.UrgencyExpiring: i18n.TokenExpiring,
		common.UrgencyCritical: i18n.TokenExpiring, common.UrgencyExpired: i18n.TokenExpired,
	}[u])
	head := s.ForUrgency(u).Bold(true).Render(state + "  " + i18n.Countdown(left))
	if untrusted != "" {
		head = s.Bad.Bold(true).Render("✗ "+m.T(i18n.TokenUntrusted)) + s.Muted.Render("  "+i18n.Countdown(left))
	}
	if u == common.UrgencyExpired {
		head = s.ForUrgency(u).Bold(true).Render(state) + s.Muted.Render("  "+i18n.Ago(m.Lang, -left))
		if untrusted != "" { // both, as the header badge says "untrusted"
			head = s.Bad.Bold(true).Render("✗ "+m.T(i18n.TokenUntrusted)) + "  " + head
		}
	} else {
		head += s.Muted.Render(" " + m.T(i18n.TokenLeft))
	}
	expires := i18n.TokenExpiresOn
	if i18n.SameDay(sh.expiry, m.now) {
		expires = i18n.TokenExpiresAt
	}
	if u == common.UrgencyExpired {
		expires = i18n.TokenExpiredAt // "EXPIRED 3s ago · expired at 10:27:21", not "expires"
	}
	head += s.Muted.Render("  ·  ") + s.Muted.Render(m.T(expires, s.Value.Render(i18n.LocalTime(m.Lang, sh.expiry, m.now))))

	// The bar colours itself through termenv: give it the profile lipgloss
	// uses, so NO_COLOR and colourless terminals get no colour here either.
	bar := progress.New(progress.WithSolidFill(string(s.ColorFor(u))), progress.WithWidth(w),
		progress.WithColorProfile(lipgloss.ColorProfile()))
	bar.PercentageStyle = s.Muted
	return []string{head, bar.ViewAs(lifeLeft(sh, m.now))}
}

// originLine says where the profile's token came from and how many token
// requests the profile made lately.
func (m Model) originLine() string {
	s := m.Styles
	if m.loading {
		return s.Muted.Render(m.T(i18n.TokenRequestingNew))
	}
	origin := m.T(i18n.TokenOriginNew)
	if m.tok.FromCache {
		origin = m.T(i18n.TokenOriginCache)
	}
	requests := m.T(i18n.TokenRequestsHour, m.requests) // of the client, across profiles and processes
	line := origin + " · " + m.T(i18n.TokenObtained, i18n.Relative(m.Lang, m.tok.ObtainedAt, m.now)) + " · " + requests
	for _, l := range []string{origin + " · " + requests, origin + " · " + m.T(i18n.TokenRequestsHourShort, m.requests)} {
		if ansi.StringWidth(line) > m.Width {
			line = l
		}
	}
	return s.Muted.Render(line)
}

// lifeLeft is the fraction of the token's lifetime still ahead, 0 to 1.
func lifeLeft(sh *shown, now time.Time) float64 {
	total := sh.expiry.Sub(sh.start)
	if sh.start.IsZero() || total <= 0 {
		if now.Before(sh.expiry) {
			return 1
		}
		return 0
	}
	f := float64(sh.expiry.Sub(now)) / float64(total)
	return min(max(f, 0), 1)
}

func (m Model) errorLines(w int) []string {
	s := m.Styles
	t := common.ErrorLines(m.Lang, m.err, i18n.Explain(m.Lang, m.err), w)
	var lines []string
	for _, l := range t.Facts {
		lines = append(lines, s.Bad.Render(l))
	}
	for _, l := range t.Cause {
		lines = append(lines, s.Bad.Render(l))
	}
	for _, l := range t.Hint {
		lines = append(lines, s.Muted.Render(l))
	}
	return lines
}

func (m Model) confirmLines(w int) []string {
	s := m.Styles
	if m.held != nil && !m.valid() {
		return m.confirmHeldLines(w)
	}
	left := i18n.Span(m.Lang, m.tok.Expiry.Sub(m.now))
	text := m.T(i18n.TokenConfirm, left, i18n.N(m.Lang, m.requests, i18n.TokenRequestsOne, i18n.TokenRequestsMany))
	lines := wrap(s.Warn, text, w)
	return append(lines, s.Title.Render(m.T(i18n.TokenAskAnyway))+"  "+
		s.Key.Render("y")+s.Muted.Render(" "+m.T(i18n.TokenRenew)+"  ")+s.Key.Render("n")+s.Muted.Render(" "+m.T(i18n.TokenKeep)))
}

// jwtParts names the three parts of a raw JWT; the names are the
// standard's (RFC 7515), the same in every language.
const jwtParts = "header.payload.signature"

// detailsView is the scrolling part: signature, scopes, header, claims, raw.
func (m Model) detailsView() string {
	s := m.Styles
	sh := m.cur()
	w := max(m.Width, 20)
	var b strings.Builder
	b.WriteString("\n")
	if sh.jwtErr != nil {
		b.WriteString(s.Warn.Render(m.T(i18n.TokenOpaque)) + "\n")
		b.WriteString(s.Muted.Render(inert.Line(sh.jwtErr.Error())) + "\n\n")
		b.WriteString(s.Title.Render(m.T(i18n.TokenRawToken)) + "\n")
		b.WriteString(wrapRaw(s.Value, inert.String(sh.raw), w) + "\n")
		return b.String()
	}
	labelW := max(ansi.StringWidth(m.T(i18n.TokenSignature)), ansi.StringWidth(m.T(i18n.TokenScopes)), 10)
	b.WriteString(row(s, m.T(i18n.TokenSignature), m.signatureView(sh.verify), labelW, w) + "\n")
	b.WriteString(row(s, m.T(i18n.TokenScopes), s.Value.Render(strings.Join(cleanAll(m.scopes(sh)), "  "))+m.scopesFrom(), labelW, w) + "\n\n")
	b.WriteString(s.Title.Render(m.T(i18n.TokenHeader)) + "\n")
	b.WriteString(m.table(sh.jwt.Header, i18n.HeaderMeaningIn, auth.OrderedKeys(sh.jwt.Header, nil), w))
	b.WriteString("\n" + s.Title.Render(m.T(i18n.TokenClaims)) + "\n")
	b.WriteString(m.table(sh.jwt.Claims, i18n.ClaimMeaningIn, sh.jwt.ListedClaims(), w))
	b.WriteString("\n" + s.Title.Render(m.T(i18n.TokenRawJWT)) + s.Muted.Render("  "+jwtParts) + "\n")
	b.WriteString(m.rawView(sh.jwt, w))
	return b.String()
}

// scopes are, for the profile's own token, the scopes granted (auth says
// from where: the response, the token's scope or scp, or assumed); for a
// pasted one its scope or scp claim.
func (m Model) scopes(sh *shown) []string {
	if m.pasted != nil || m.tok == nil || m.tok.ScopesFrom == "" {
		return sh.jwt.Scopes()
	}
	return m.tok.Scopes
}

func (m Model) signatureView(v auth.Verification) string {
	s := m.Styles
	switch v.Status {
	case auth.Verified:
		return s.Good.Render("✓ "+m.T(i18n.TokenVerified)) + s.Muted.Render(" — "+inert.Line(v.Alg)+", kid "+inert.Line(v.KeyID))
	case auth.Failed:
		return s.Bad.Render("✗ "+m.T(i18n.TokenFailed)) + s.Muted.Render(" — "+inert.Line(i18n.VerifyReason(m.Lang, v)))
	}
	if v.Reason != "" {
		return s.Muted.Render(m.T(i18n.TokenNotChecked, inert.Line(i18n.VerifyReason(m.Lang, v))))
	}
	return s.Muted.Render(m.T(i18n.TokenChecking))
}

// table lists fields as name, value and meaning; times read as local time
// and relative. Narrow panes put the meaning under the value.
func (m Model) table(fields map[string]any, meaningOf func(i18n.Lang, string, map[string]any) string, names []string, w int) string {
	s := m.Styles
	nameW := 3
	for _, n := range names {
		nameW = max(nameW, min(ansi.StringWidth(inert.Line(n)), 14))
	}
	valueW := max(w-nameW-4, 10)
	wide := w >= 96
	if wide {
		longest := 0
		for _, n := range names {
			longest = max(longest, ansi.StringWidth(m.fieldValue(n, fields[n])))
		}
		valueW = min(valueW, max(w-nameW-4-40, 30), max(longest, 24))
	}
	var b strings.Builder
	for _, n := range names {
		name := ansi.Truncate(inert.Line(n), nameW, "…")
		values := wrapCells(m.fieldValue(n, fields[n]), valueW)
		meaning := meaningOf(m.Lang, n, fields)
		var meanings []string
		if meaning != "" {
			meanings = wrapCells(meaning, valueW)
			if wide {
				meanings = wrapCells(meaning, max(w-nameW-valueW-6, 10))
			}
		}
		lead := "  " + s.Label.Render(common.Pad(name, nameW)) + "  "
		under := strings.Repeat(" ", nameW+4)
		if !wide { // the value, then what it means under it
			for i, v := range values {
				b.WriteString(map[bool]string{true: lead, false: under}[i == 0] + s.Value.Render(v) + "\n")
			}
			for _, l := range meanings {
				b.WriteString(under + s.Muted.Render(l) + "\n")
			}
			continue
		}
		for i := range max(len(values), len(meanings)) { // two columns side by side
			line := under
			if i == 0 {
				line = lead
			}
			if i < len(values) {
				line += s.Value.Render(values[i])
			}
			if i < len(meanings) {
				line = common.Pad(line, 2+nameW+2+valueW) + "  " + s.Muted.Render(meanings[i])
			}
			b.WriteString(strings.TrimRight(line, " ") + "\n")
		}
	}
	return b.String()
}

// wrapCells breaks plain text into lines of at most w cells, at spaces
// where it can; a word wider than a line is split.
func wrapCells(text string, w int) []string {
	lines := strings.Split(ansi.Wrap(text, max(w, 1), " "), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return lines
}

func (m Model) fieldValue(name string, v any) string {
	if timeClaims[name] {
		if t, ok := auth.NumericDate(v); ok {
			return i18n.LocalTime(m.Lang, t, m.now) + " (" + i18n.Relative(m.Lang, t, m.now) + ")"
		}
	}
	switch v := v.(type) {
	case string:
		if v == "" {
			return `""`
		}
		return inert.Line(v)
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = m.fieldValue("", e)
		}
		return strings.Join(parts, " ")
	}
	raw, _ := json.Marshal(v)
	return inert.Line(string(raw))
}

// rawView colours the three parts of the raw JWT and wraps it to width.
func (m Model) rawView(jwt *auth.JWT, w int) string {
	return strings.Join(m.Styles.RawJWT(jwt.Parts, w-2, "  "), "\n") + "\n"
}

// row is a label and its value; a value wider than the pane wraps under
// itself (at spaces, a word wider than the line split), nothing cut.
func row(s *common.Styles, label, value string, labelW, w int) string {
	indent := strings.Repeat(" ", labelW+2)
	lines := wrapCells(value, max(w-labelW-2, 10))
	for i := range lines {
		if i > 0 {
			lines[i] = indent + lines[i]
		}
	}
	return s.Label.Render(common.Pad(label, labelW)) + "  " + strings.Join(lines, "\n")
}

func wrap(style lipgloss.Style, text string, w int) []string {
	return strings.Split(style.Width(max(w, 10)).Render(text), "\n")
}

// wrapRaw cuts text into lines of at most w cells, never inside a
// character.
func wrapRaw(style lipgloss.Style, text string, w int) string {
	var lines []string
	for w > 0 && ansi.StringWidth(text) > w {
		head := ansi.Truncate(text, w, "")
		if head == "" { // a character wider than w: alone on its line
			_, n := utf8.DecodeRuneInString(text)
			head = text[:n]
		}
		lines = append(lines, style.Render(head))
		text = text[len(head):]
	}
	return strings.Join(append(lines, style.Render(text)), "\n")
}

func cleanAll(in []string) []string {
	out := make([]string, len(in))
	for i, v := range in {
		out[i] = inert.Line(v)
	}
	return out
}
