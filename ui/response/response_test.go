package response

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"tokentui/requests"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

// newModel returns a focused response view of w×h showing resp, with its
// body prepared and highlighted.
func newModel(t testing.TB, colors ColorMode, w, h int, resp *requests.Response) Model {
	t.Helper()
	st := common.NewStyles(true)
	m := New(common.Common{Styles: &st}, Options{ID: "p", Colors: colors, IsDark: true,
		Now: func() time.Time { return time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC) }})
	m.SetSize(w, h)
	m.Focus()
	return run(t, m, m.SetResponse(resp))
}

// run runs cmd and feeds its messages back until no command is left; every
// command of this pane finishes, so one that does not fails the test.
func run(t testing.TB, m Model, cmd tea.Cmd) Model {
	t.Helper()
	return uitest.SettleWith(t, uitest.Limits{Strict: true, Wait: 20 * time.Second}, m, cmd, Model.Update)
}

func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(uitest.Key(k))
		m = run(t, m, cmd)
	}
	return m
}

func typeText(t testing.TB, m Model, text string) Model {
	for _, r := range text {
		var cmd tea.Cmd
		m, cmd = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		m = run(t, m, cmd)
	}
	return m
}

func jsonResponse(status int, body string) *requests.Response {
	return &requests.Response{
		Method: "GET", URL: "http://api.example/v1/items", Status: fmt.Sprintf("%d %s", status, http.StatusText(status)),
		StatusCode: status, Proto: "HTTP/1.1",
		Headers: http.Header{"Content-Type": {"application/json"}},
		Body:    []byte(body), BodySize: int64(len(body)), ContentType: "application/json", IsJSON: true,
		Timing: requests.Timing{Total: 12 * time.Millisecond, FirstByte: 10 * time.Millisecond},
	}
}

// items is a JSON array of n objects, like the sandbox's large?n=.
func items(n int) string {
	var b strings.Builder
	b.WriteByte('[')
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":%d,"name":"item %07d"}`, i, i)
	}
	b.WriteByte(']')
	return b.String()
}

func screen(m Model) string { return ansi.Strip(m.View()) }

func checkSize(t *testing.T, m Model, w, h int) {
	t.Helper()
	v := m.View()
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Errorf("view is %d lines, more than %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d cells, more than %d: %q", i, lw, w, ansi.Strip(l))
		}
	}
}

func TestStatusPrettyBodyAndViews(t *testing.T) {
	m := newModel(t, ColorNone, 80, 20, jsonResponse(200, `{"client_id":"demo-client","scopes":["demo.read"]}`))
	s := screen(m)
	for _, want := range []string{"200 OK", "12 ms", "application/json", `"client_id": "demo-client"`, "Headers", "Timing"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	checkSize(t, m, 80, 20)
	m = press(t, m, "h")
	if s := screen(m); !strings.Contains(s, "Response headers") || !strings.Contains(s, "Content-Type: application/json") {
		t.Errorf("h does not show the headers:\n%s", s)
	}
	m = press(t, m, "t")
	if s := screen(m); !strings.Contains(s, "first byte") || !strings.Contains(s, "10 ms") {
		t.Errorf("t does not show the timing:\n%s", s)
	}
	m = press(t, m, "b")
	if s := screen(m); !strings.Contains(s, "demo-client") {
		t.Errorf("b does not go back to the body:\n%s", s)
	}
}

func TestStatusClassColours(t *testing.T) {
	st := common.NewStyles(true)
	for _, tc := range []struct {
		code int
		want string
	}{{200, st.Good.Bold(true).Render("x")}, {301, st.Warn.Bold(true).Render("x")}, {404, st.Warn.Bold(true).Render("x")}, {503, st.Bad.Render("x")}} {
		m := newModel(t, ColorNone, 80, 10, jsonResponse(tc.code, `{}`))
		if got := m.statusStyle().Render("x"); got != tc.want {
			t.Errorf("%d: status style renders %q, want %q", tc.code, got, tc.want)
		}
	}
}

func TestScrollAndSearch(t *testing.T) {
	m := newModel(t, ColorNone, 60, 12, jsonResponse(200, items(200)))
	if s := screen(m); !strings.Contains(s, "lines 1–") {
		t.Fatalf("no position line:\n%s", s)
	}
	m = press(t, m, "G")
	if s := screen(m); !strings.Contains(s, "]") || !strings.Contains(s, "of 802") {
		t.Errorf("G does not reach the end:\n%s", s)
	}
	m = press(t, m, "g", "down", "down")
	if m.offset[ViewBody] != 2 {
		t.Errorf("offset after g ↓ ↓ = %d, want 2", m.offset[ViewBody])
	}
	m, _ = m.Update(tea.MouseMsg{Button: tea.MouseButtonWheelDown})
	if m.offset[ViewBody] != 5 {
		t.Errorf("offset after a wheel step = %d, want 5", m.offset[ViewBody])
	}
	m = press(t, m, "/")
	if !m.Editing() {
		t.Fatal("/ does not open the search field")
	}
	m = typeText(t, m, "ITEM 0000150")
	m = press(t, m, "enter")
	if len(m.matches) != 0 || !strings.Contains(screen(m), `no match for "ITEM 0000150"`) {
		t.Errorf("an upper-case query should match case: %d matches", len(m.matches))
	}
	m = press(t, m, "/")
	m.prompt.SetValue("")
	m = typeText(t, m, "Item 0000150")
	m = press(t, m, "enter")
	if len(m.matches) != 0 {
		t.Errorf("smart case: %q matched", "Item 0000150")
	}
	m = press(t, m, "/")
	m.prompt.SetValue("")
	m = typeText(t, m, "item 0000150")
	m = press(t, m, "enter")
	s := screen(m)
	if !strings.Contains(s, "▶ ") || !strings.Contains(s, `"name": "item 0000150"`) {
		t.Errorf("search does not show the match:\n%s", s)
	}
	m = press(t, m, "/")
	m.prompt.SetValue("")
	m = typeText(t, m, "item 00001")
	m = press(t, m, "enter")
	if len(m.matches) != 100 {
		t.Fatalf("matches for %q = %d, want 100", "item 00001", len(m.matches))
	}
	first := m.matches[m.current]
	m = press(t, m, "n")
	if m.matches[m.current] <= first {
		t.Errorf("n did not move forward: %d then %d", first, m.matches[m.current])
	}
	m = press(t, m, "N", "N")
	if m.matches[m.current] >= first && m.current != len(m.matches)-1 {
		t.Errorf("N did not move back")
	}
	if s := screen(m); !strings.Contains(s, "/100 \"item 00001\"") {
		t.Errorf("no match count:\n%s", s)
	}
	m = press(t, m, "esc")
	if len(m.matches) != 0 {
		t.Errorf("esc did not clear the search")
	}
}

func TestHighlightLinesUpWithText(t *testing.T) {
	body := `{"a":"x","n":12.5,"ok":true,"none":null,"list":[1,2,{"deep":"é ✓"}]}`
	m := newModel(t, Color256, 80, 30, jsonResponse(200, body))
	if len(m.colored) == 0 || len(m.colored) != len(m.lines) {
		t.Fatalf("colored %d lines for %d plain lines", len(m.colored), len(m.lines))
	}
	for i := range m.lines {
		if got := ansi.Strip(m.colored[i]); got != m.lines[i] {
			t.Errorf("line %d: coloured text %q differs from %q", i, got, m.lines[i])
		}
	}
	if !strings.Contains(m.View(), "\x1b[38;5;") {
		t.Errorf("no 256-colour sequences in the view")
	}
	// A search match keeps the text and only adds the match style.
	m = press(t, m, "/")
	m = typeText(t, m, "deep")
	m = press(t, m, "enter")
	if !strings.Contains(ansi.Strip(m.View()), `"deep": "é ✓"`) {
		t.Errorf("match line garbled:\n%s", ansi.Strip(m.View()))
	}
}

func TestMarkRanges(t *testing.T) {
	line := "\x1b[38;5;1m\"name\"\x1b[0m: \x1b[38;5;2m\"item 7\"\x1b[0m"
	got := markRanges(line, [][2]int{{3, 12}}, "<", ">")
	want := "\x1b[38;5;1m\"na<me\"\x1b[0m<: \x1b[38;5;2m<\"ite>\x1b[38;5;2mm 7\"\x1b[0m"
	if got != want {
		t.Errorf("markRanges:\n got %q\nwant %q", got, want)
	}
}

// hostile is a body full of what a terminal would obey.
const hostile = "{\"a\":\"\x1b]0;pwned\x07\",\"b\":\"\x1b[2J\x1b[31mred\",\"c\":\"\u009b31m\u009d0;t\u009c\",\"d\":\"bell\x07cr\rbs\x08\"}" +
	"\n\x1b]52;c;ZXZpbA==\x1b\\ raw8bit:\x9b1m \x1bP+q\x1b\\ \u202eevil\u202c"

func TestHostileBodyRendersInert(t *testing.T) {
	resp := jsonResponse(200, hostile)
	resp.IsJSON = false
	resp.ContentType = "text/plain"
	resp.Headers = http.Header{"X-Evil": {"\x1b]0;title\x07v"}, "Content-Type": {"text/plain"}}
	resp.Status = "200 \x1b[31mOK\x9b"
	resp.TokenJTI, resp.TokenSent = "jti\x1b[1m", true
	for _, v := range []string{"b", "h", "t"} {
		m := newModel(t, ColorNone, 100, 30, resp)
		m = press(t, m, v)
		out := m.View()
		for _, bad := range []string{"\x1b", "\x07", "\x9b", "\u009b", "\x08", "\r", "\u202e"} {
			if strings.Contains(out, bad) {
				t.Errorf("view %s holds %q:\n%q", v, bad, out)
			}
		}
		if v == "b" && !strings.Contains(out, "red") {
			t.Errorf("the body's text is gone:\n%s", out)
		}
	}
	// With colours, the only escapes are our own SGR sequences.
	m := newModel(t, Color256, 100, 30, jsonResponse(200, hostile))
	sgr := regexp.MustCompile(`\x1b\[[0-9;]*m`)
	rest := sgr.ReplaceAllString(m.View(), "")
	for _, bad := range []string{"\x1b", "\x07", "\x9b", "\u009b"} {
		if strings.Contains(rest, bad) {
			t.Errorf("coloured view holds %q besides SGR:\n%q", bad, rest)
		}
	}
}

func TestTruncatedBodySaysWhereAndSaves(t *testing.T) {
	dir := t.TempDir()
	spill := dir + "/spill"
	full := items(50)
	if err := writeFile(spill, full); err != nil {
		t.Fatal(err)
	}
	resp := jsonResponse(200, full[:300])
	resp.Truncated, resp.SpillPath, resp.BodySize = true, spill, int64(len(full))
	m := newModel(t, ColorNone, 120, 30, resp)
	s := screen(m)
	if !strings.Contains(s, "first 300 B are shown") || !strings.Contains(s, spill) || !strings.Contains(s, "S saves it") {
		t.Fatalf("cut body not explained:\n%s", s)
	}
	m = press(t, m, "S")
	m.prompt.SetValue(dir + "/saved.json")
	m = press(t, m, "enter")
	if s := screen(m); !strings.Contains(s, "body saved to "+dir+"/saved.json") {
		t.Fatalf("no confirmation:\n%s", s)
	}
	if got, _ := readFile(dir + "/saved.json"); got != full {
		t.Errorf("saved %d bytes, want the whole body (%d)", len(got), len(full))
	}
}

func TestNarrowAndWrap(t *testing.T) {
	long := `{"token":"` + strings.Repeat("abcdefghij", 40) + `"}`
	m := newModel(t, ColorNone, 40, 10, jsonResponse(403, long))
	checkSize(t, m, 40, 10)
	m = press(t, m, "w")
	checkSize(t, m, 40, 10)
	if s := screen(m); strings.Count(s, "abcdefghij") < 4 {
		t.Errorf("wrap does not show the long line on several rows:\n%s", s)
	}
	big := strings.Repeat("x", 5000) // one line longer than maxLineBytes
	if got := bodyLines(big); len(got) != 3 || len(got[0]) != maxLineBytes {
		t.Errorf("a 5000-byte line is cut into %d pieces", len(got))
	}
}
