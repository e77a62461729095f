package common

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/text/wrap"
)

// ErrorFacts is what the server answered, for the first line of a failure:
// the HTTP status, the OAuth error code and the provider's
// error_description, made inert ("HTTP 400 Bad Request · invalid_client ·
// “Unknown client”"); "" when err holds no answer of a token endpoint.
func ErrorFacts(err error) string {
	var status int
	var code, desc string
	var te *auth.TokenError
	var he *auth.HeldError
	switch {
	case errors.As(err, &te):
		status, code, desc = te.StatusCode, te.Code, te.Description
	case errors.As(err, &he):
		status, code, desc = he.Last.Status, he.Last.OAuthError, he.Last.Description
	default:
		return ""
	}
	var parts []string
	if status > 0 {
		s := "HTTP " + strconv.Itoa(status)
		if t := http.StatusText(status); t != "" {
			s += " " + t
		}
		parts = append(parts, s)
	}
	if code != "" {
		parts = append(parts, inert.String(code))
	}
	if desc != "" {
		parts = append(parts, "“"+inert.String(desc)+"”")
	}
	return strings.Join(parts, " · ")
}

// ErrorText is a failure as the panes show it, wrapped to a width: what
// the server said (or the error's own sentence when it said nothing), then
// the explanation's cause and what to try. The caller styles each part.
type ErrorText struct {
	Facts []string // "✗ HTTP 400 Bad Request · invalid_client · “…”", or "✗ " and the error's sentence
	Cause []string // the likely cause, in the pane's language
	Hint  []string // "→ " and what to try
}

// ErrorLines wraps err (in lang, see i18n.ErrorText) and an explanation of
// it (already in the pane's language) to width cells.
func ErrorLines(lang i18n.Lang, err error, e auth.Explanation, width int) ErrorText {
	if err == nil {
		return ErrorText{}
	}
	var t ErrorText
	facts := ErrorFacts(err)
	var te *auth.TokenError
	if facts != "" && errors.As(err, &te) && te.RetryAfter.IsZero() {
		t.Facts = wrap.Wrap(facts, width, "✗ ", "  ") // its sentence says no more than the facts
	} else {
		if facts != "" { // held back: the answer remembered, then why nothing was sent
			t.Facts = wrap.Wrap(facts, width, "✗ ", "  ")
		}
		first := "✗ "
		if len(t.Facts) > 0 {
			first = "  "
		}
		t.Facts = append(t.Facts, wrap.Wrap(i18n.ErrorText(lang, err), width, first, "  ")...)
	}
	if e.Code != "" && e.Code != auth.CodeUnknown {
		t.Cause = wrap.Wrap(e.Cause, width, "  ", "  ")
		if e.Hint != "" {
			t.Hint = wrap.Wrap(e.Hint, width, "  → ", "    ")
		}
	}
	return t
}
