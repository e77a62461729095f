package flow

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/text/wrap"
	"tokentui/ui/common"
)

// doc collects the lines of a step, each made inert, wrapped to the width
// and styled; View only shows a window of them.
type doc struct {
	s     *common.Styles
	w     int
	lang  i18n.Lang
	lines []string
}

// text adds untrusted or plain text in a style, indented, wrapped at the
// width: at spaces and after / & , when it can (URLs, forms, JSON), hard
// otherwise; continuation lines are indented two more cells.
func (d *doc) text(style lipgloss.Style, indent int, text string) {
	pad := strings.Repeat(" ", indent)
	w := max(d.w-indent, 8)
	for _, line := range strings.Split(inert.String(text), "\n") {
		first := ansi.Truncate(line, w, "")
		if first == line {
			d.lines = append(d.lines, pad+style.Render(line))
			continue
		}
		// A trailing comma (JSON) stays on the last piece, not alone.
		comma := ""
		if strings.HasSuffix(line, ",") {
			line, comma = line[:len(line)-1], ","
		}
		wrapped := strings.Split(ansi.Wrap(line, w-len(comma), "/&,"), "\n")
		rest := strings.TrimLeft(strings.TrimPrefix(line, wrapped[0]), " ")
		if rest == "" {
			d.lines = append(d.lines, pad+style.Render(wrapped[0]+comma))
			continue
		}
		d.lines = append(d.lines, pad+style.Render(wrapped[0]))
		pieces := strings.Split(ansi.Wrap(rest, max(w-2-len(comma), 6), "/&,"), "\n")
		pieces[len(pieces)-1] += comma
		for _, l := range pieces {
			d.lines = append(d.lines, pad+"  "+style.Render(l))
		}
	}
}

// words adds text wrapped at word boundaries.
func (d *doc) words(style lipgloss.Style, indent int, text string) {
	pad := strings.Repeat(" ", indent)
	w := max(d.w-indent, 8)
	for _, l := range wrap.Wrap(text, w, "", "") { // at spaces only: never inside a word
		d.lines = append(d.lines, pad+style.Render(l))
	}
}

// line adds an already styled line, cut to the width.
func (d *doc) line(l string) { d.lines = append(d.lines, ansi.Truncate(l, d.w, "…")) }

func (d *doc) blank() { d.lines = append(d.lines, "") }

// title adds a section title.
func (d *doc) title(t string) { d.line(d.s.Title.Render(t)) }

// errorBox explains an error: its cause in red, the hint, and the error's
// own words (which may come from the server).
func (d *doc) errorBox(err error) {
	// What the server said first (status, error code, description), then
	// the cause and what to try, as every pane shows a failure.
	e := i18n.Explain(d.lang, err)
	et := common.ErrorLines(d.lang, err, e, d.w)
	for _, l := range et.Facts {
		d.lines = append(d.lines, d.s.Bad.Render(l))
	}
	for _, l := range et.Cause {
		d.lines = append(d.lines, d.s.Value.Render(l))
	}
	if len(et.Cause) > 0 {
		d.hint(e.Hint)
	}
}

// explanation shows a cause in red, the hint and the detail.
func (d *doc) explanation(e auth.Explanation) {
	d.words(d.s.Bad, 0, "✗ "+e.Cause)
	d.hint(e.Hint)
	if e.Detail != "" {
		d.words(d.s.Muted, 2, e.Detail)
	}
}

// hint adds "hint: …" when there is one.
func (d *doc) hint(hint string) {
	if hint != "" {
		d.words(d.s.Warn, 2, i18n.T(d.lang, i18n.CliHint, hint))
	}
}

// String joins the lines.
func (d *doc) String() string { return strings.Join(d.lines, "\n") }

// abbreviate shortens a token for the screen: its start, an ellipsis,
// its end and its length. Enough to recognise it, too little to use it.
func abbreviate(lang i18n.Lang, raw string) string {
	if len(raw) <= 24 {
		return raw
	}
	return raw[:16] + "…" + raw[len(raw)-6:] + " (" + i18n.T(lang, i18n.FlowChars, len(raw)) + ")"
}

// requestLine is "METHOD /path?query HTTP/1.1" and the Host header.
func requestLine(method, rawURL string) (string, string) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return method + " " + rawURL + " HTTP/1.1", ""
	}
	return method + " " + u.RequestURI() + " HTTP/1.1", u.Host
}

// headerLines lists headers sorted by name, one "Name: value" each.
func headerLines(h http.Header) []string {
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	sort.Strings(names)
	var out []string
	for _, k := range names {
		for _, v := range h[k] {
			out = append(out, k+": "+v)
		}
	}
	return out
}

var accessTokenField = regexp.MustCompile(`("access_token"\s*:\s*")([^"]*)(")`)

// prettyTokenBody indents a JSON token response with the access token
// abbreviated; anything else is returned as it is.
func prettyTokenBody(lang i18n.Lang, body string) string {
	body = accessTokenField.ReplaceAllStringFunc(body, func(m string) string {
		p := accessTokenField.FindStringSubmatch(m)
		return p[1] + abbreviate(lang, p[2]) + p[3]
	})
	var buf bytes.Buffer
	if json.Indent(&buf, []byte(body), "", "  ") == nil {
		return buf.String()
	}
	return body
}

// jsonValue writes a value of a JOSE header or claims set compactly.
func jsonValue(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// formBody splits a form-urlencoded body into lines "&name=value", the way
// people read it; the body itself is shown as sent.
func formFields(body string) []string {
	var out []string
	for _, p := range strings.Split(body, "&") {
		k, v, _ := strings.Cut(p, "=")
		if dk, err := url.QueryUnescape(k); err == nil {
			k = dk
		}
		if dv, err := url.QueryUnescape(v); err == nil {
			v = dv
		}
		out = append(out, k+" = "+v)
	}
	return out
}
