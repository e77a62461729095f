package token

// What the Token tab says about trusting the profile's token: a signature
// that does not verify, a token another profile obtained, scopes asked for
// and not granted, and a failure that holds token requests back.

import (
	"errors"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// trustLines follow the countdown of the profile's own token.
func (m Model) trustLines(w int, untrusted bool, reason string) []string {
	s := m.Styles
	var lines []string
	if untrusted {
		lines = append(lines, wrap(s.Bad, m.T(i18n.TokenUntrustedWhy, inert.Line(reason), "g"), w)...)
	}
	if from := m.tok.SharedFrom(m.opts.ID); from != "" {
		lines = append(lines, s.Muted.Render(m.T(i18n.TokenSharedFrom, inert.Line(from))))
	}
	if len(m.tok.Missing) > 0 {
		lines = append(lines, wrap(s.Warn, m.T(i18n.TokenScopesMissing, strings.Join(cleanAll(m.tok.Missing), " ")), w)...)
	}
	if m.own.jwt != nil {
		if thumb := m.own.jwt.CertThumbprint(); thumb != "" {
			lines = append(lines, wrap(s.Muted, m.T(i18n.TokenCertBound, shortThumb(inert.Line(thumb))), w)...)
		}
	}
	return lines
}

// scopesFrom says where the granted scopes of the profile's own token come from.
func (m Model) scopesFrom() string {
	if m.pasted != nil || m.tok == nil {
		return ""
	}
	k, ok := map[string]i18n.Key{
		auth.ScopesFromResponse: i18n.TokenScopesFromResp,
		auth.ScopesFromToken:    i18n.TokenScopesFromToken,
		auth.ScopesAssumed:      i18n.TokenScopesAssumed,
	}[m.tok.ScopesFrom]
	if !ok {
		return ""
	}
	return m.Styles.Muted.Render("  " + m.T(k))
}

// heldLines say that token requests are held back after the provider
// refused these credentials: when, what it said (inert) and what unblocks it.
func (m Model) heldLines(w int) []string {
	f := m.held
	if f == nil {
		return nil
	}
	s := m.Styles
	what := f.OAuthError
	if what == "" {
		what = string(f.Code)
	}
	lines := wrap(s.Bad, m.T(i18n.TokenHeldTitle, i18n.LocalTime(m.Lang, f.At, m.now), inert.Line(what)), w)
	// The error below, when there is one, is the refusal just answered:
	// it says what the provider said, what it means and what to fix.
	explained := m.err != nil && !m.errIsHeld()
	if f.Description != "" && !explained {
		lines = append(lines, indented(s.Muted, m.T(i18n.TokenHeldProvider, inert.Line(f.Description)), w)...)
	}
	// A key or certificate client: what its refusal means and what to fix.
	if e := i18n.Explain(m.Lang, &auth.HeldError{Last: *f, AuthMethod: f.AuthMethod}); e.Reason != "" && !explained {
		lines = append(lines, indented(s.Bad, e.Cause, w)...)
		for i, l := range wrap(s.Muted, e.Hint, w-4) {
			lead := "    "
			if i == 0 {
				lead = "  → "
			}
			lines = append(lines, lead+l)
		}
	}
	return append(lines, indented(s.Muted, m.T(i18n.TokenHeldUnblock, "g", "y"), w)...)
}

// indented wraps text to w less two columns, each line after two spaces.
func indented(style lipgloss.Style, text string, w int) []string {
	lines := wrap(style, text, w-2)
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return lines
}

// errIsHeld reports whether the last error is the refusal heldLines explain.
func (m Model) errIsHeld() bool {
	var he *auth.HeldError
	return m.held != nil && errors.As(m.err, &he) && he.Until.IsZero()
}

// confirmHeldLines ask before forcing one attempt past a refusal.
func (m Model) confirmHeldLines(w int) []string {
	s := m.Styles
	text := m.T(i18n.TokenConfirmHeld, i18n.LocalTime(m.Lang, m.held.At, m.now),
		i18n.N(m.Lang, m.requests, i18n.TokenRequestsOne, i18n.TokenRequestsMany))
	lines := wrap(s.Warn, text, w)
	return append(lines, s.Title.Render(m.T(i18n.TokenAskHeld))+"  "+
		s.Key.Render("y")+s.Muted.Render(" "+m.T(i18n.TokenForceOnce)+"  ")+s.Key.Render("n")+s.Muted.Render(" "+m.T(i18n.TokenKeep)))
}

// shortThumb keeps a thumbprint recognisable on one line.
func shortThumb(s string) string {
	if r := []rune(s); len(r) > 12 {
		return string(r[:12]) + "…"
	}
	return s
}
