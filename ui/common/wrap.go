package common

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/ui/inert"
)

// Wrap breaks text into lines no wider than width cells, at spaces: a word
// is split only when it alone is wider than a line. The first line starts
// with first, the others with rest (a hanging indent). Nothing is cut:
// every word of text is in the lines. Text is made inert first.
func Wrap(text string, width int, first, rest string) []string {
	text = inert.String(text)
	width = max(width, 8)
	inner := max(width-max(ansi.StringWidth(first), ansi.StringWidth(rest)), 4)
	var out []string
	for _, para := range strings.Split(text, "\n") {
		for _, l := range wrapWords(para, inner) {
			prefix := rest
			if len(out) == 0 {
				prefix = first
			}
			out = append(out, prefix+l)
		}
	}
	return out
}

// wrapWords fills lines of at most width cells with the words of para,
// greedily, breaking only at spaces (not at hyphens: "api-organograma"
// stays whole); a word wider than width alone is split across lines.
func wrapWords(para string, width int) []string {
	var lines []string
	line, lineW := "", 0
	for _, w := range strings.Fields(para) {
		ww := ansi.StringWidth(w)
		switch {
		case lineW > 0 && lineW+1+ww <= width:
			line, lineW = line+" "+w, lineW+1+ww
			continue
		case lineW > 0:
			lines = append(lines, line)
		}
		for ww > width { // only a word that no line can hold is split
			lines = append(lines, ansi.Truncate(w, width, ""))
			w = ansi.TruncateLeft(w, width, "")
			ww = ansi.StringWidth(w)
		}
		line, lineW = w, ww
	}
	return append(lines, line)
}

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

// ErrorLines wraps err and an explanation of it (already in the pane's
// language) to width cells.
func ErrorLines(err error, e auth.Explanation, width int) ErrorText {
	if err == nil {
		return ErrorText{}
	}
	var t ErrorText
	facts := ErrorFacts(err)
	var te *auth.TokenError
	if facts != "" && errors.As(err, &te) && te.RetryAfter.IsZero() {
		t.Facts = Wrap(facts, width, "✗ ", "  ") // its sentence says no more than the facts
	} else {
		if facts != "" { // held back: the answer remembered, then why nothing was sent
			t.Facts = Wrap(facts, width, "✗ ", "  ")
		}
		first := "✗ "
		if len(t.Facts) > 0 {
			first = "  "
		}
		t.Facts = append(t.Facts, Wrap(err.Error(), width, first, "  ")...)
	}
	if e.Code != "" && e.Code != auth.CodeUnknown {
		t.Cause = Wrap(e.Cause, width, "  ", "  ")
		if e.Hint != "" {
			t.Hint = Wrap(e.Hint, width, "  → ", "    ")
		}
	}
	return t
}
