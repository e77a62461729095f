package history

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/pane"
	"tokentui/ui/uitest"
)

// fakeClipboard makes CopyCmd write to a string; it restores the real one
// when the test ends.
func fakeClipboard(t *testing.T) *string {
	t.Helper()
	var copied string
	saved := common.DefaultClipboard
	common.DefaultClipboard = common.Clipboard{
		Getenv: func(string) string { return "" },
		System: func(s string) error { copied = s; return nil },
	}
	t.Cleanup(func() { common.DefaultClipboard = saved })
	return &copied
}

// flat is the screen with its line breaks and runs of spaces as single
// spaces: a wrapped sentence reads whole.
func flat(m Model) string { return strings.Join(strings.Fields(screen(m)), " ") }

// C on a whole entry asks the root for the command (the root knows the
// profile), puts the answer on the clipboard and says so, with where the
// command reads the token from when it cannot get it itself.
func TestHistoryCopiesAsCurl(t *testing.T) {
	copied := fakeClipboard(t)
	m := newHistory(t, i18n.En, entries(), 100, 12)
	m.Focus()

	m, cmd := m.Update(uitest.Key("C"))
	if cmd == nil {
		t.Fatal("C on a whole entry asked nothing")
	}
	ask, ok := cmd().(pane.CurlRequestMsg)
	if !ok || ask.ID != ID || ask.Entry.URL != "http://127.0.0.1:8765/api/v1/me" {
		t.Fatalf("C sent %#v, want a CurlRequestMsg for the selected entry", ask)
	}
	// Another pane's answer is not this one's.
	if m, cmd = m.Update(pane.CurlMsg{ID: "request:sandbox", Command: "curl other"}); cmd != nil {
		t.Errorf("the History took another pane's answer")
	}

	// The root's answer:
	command := `curl -sS --globoff -H "Authorization: Bearer ${TOKEN:?}" -- http://127.0.0.1:8765/api/v1/me`
	m, cmd = m.Update(pane.CurlMsg{ID: ID, Command: command, TokenVar: "TOKEN"})
	m = uitest.Settle(t, m, cmd, func(m Model, msg tea.Msg) (Model, tea.Cmd) { return m.Update(msg) })
	if *copied != command {
		t.Errorf("the clipboard got %q, want %q", *copied, command)
	}
	// History · 2 requests, newest first
	//   time     profile method URL …
	// ▸ 15:03:05 sandbox GET    /api/v1/me …
	//   …
	// curl command copied (system clipboard)
	// It reads the token from $TOKEN: set it first (c on the Token tab copies the token).
	s := flat(m)
	for _, want := range []string{"curl command copied (system clipboard)",
		"It reads the token from $TOKEN: set it first (c on the Token tab copies the token)."} {
		if !strings.Contains(s, want) {
			t.Errorf("the screen lacks %q:\n%s", want, screen(m))
		}
	}
	uitest.CheckWithin(t, screen(m), 100, 12)
	if strings.Contains(s, "/api/v1/me · ") { // the detail line gave way to the note
		t.Errorf("the detail line shows beside the note:\n%s", screen(m))
	}

	// The next key takes the note away; the detail line is back.
	m, _ = m.Update(uitest.Key("j"))
	if s := flat(m); strings.Contains(s, "copied") || !strings.Contains(s, "/api/v1/orders") {
		t.Errorf("after a key the note stays or the detail is gone:\n%s", screen(m))
	}
}

// An entry that lacks part of what was sent (the history left it out) is
// not copied: the note says what is missing and what to do instead.
func TestHistoryRefusesToCopyAnIncompleteEntry(t *testing.T) {
	base := requests.Entry{Time: now, Profile: "sandbox", Method: "POST", URL: "http://127.0.0.1:8765/api/v1/items", Status: 201}
	with := func(f func(e *requests.Entry)) requests.Entry { e := base; f(&e); return e }
	tests := []struct {
		name  string
		lang  i18n.Lang
		entry requests.Entry
		want  string
	}{
		{"body from a file (spilled to disk)", i18n.En, with(func(e *requests.Entry) { e.BodyLeft = "it was sent from a file" }),
			"Not copied as curl: its body was sent from a file, which the history does not keep, so the command would not send the same request. Enter reopens it in the Request tab, where you can add what is missing."},
		{"binary body", i18n.En, with(func(e *requests.Entry) { e.BodyLeft = "binary" }),
			"Not copied as curl: its body was binary, which the history does not keep"},
		{"secret body", i18n.En, with(func(e *requests.Entry) { e.BodyLeft = "it looks like it holds a secret (password)" }),
			"its body looked like it held a secret, so the history left it out"},
		{"cut body", i18n.En, with(func(e *requests.Entry) { e.Body, e.BodyCut = "{", true }),
			"the history kept only the first 64 KiB of its body"},
		{"secret headers", i18n.En, with(func(e *requests.Entry) { e.Redacted = []string{"Cookie", "X-Api-Key"} }),
			"its headers Cookie, X-Api-Key looked secret, so the history left them out"},
		{"secret in the URL", i18n.En, with(func(e *requests.Entry) { e.URL += "?api_key=REDACTED" }),
			"a secret of its URL was left out of the history"},
		{"binary body, pt-BR", i18n.PtBR, with(func(e *requests.Entry) { e.BodyLeft = "binary" }),
			"Não copiado como curl: o corpo era binário, e o histórico não guarda corpos binários, então o comando não mandaria a mesma requisição. Enter a reabre na aba Requisição, onde dá para completar o que falta."},
		{"a secret header, pt-BR", i18n.PtBR, with(func(e *requests.Entry) { e.Redacted = []string{"X-Api-Key"} }),
			"o cabeçalho X-Api-Key parecia secreto, e o histórico o deixou de fora"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			copied := fakeClipboard(t)
			m := newHistory(t, tt.lang, []requests.Entry{tt.entry}, 80, 12)
			m.Focus()
			m, cmd := m.Update(uitest.Key("C"))
			if cmd != nil {
				t.Errorf("C on an incomplete entry asked for a command: %#v", cmd())
			}
			if *copied != "" {
				t.Errorf("the clipboard got %q", *copied)
			}
			if s := flat(m); !strings.Contains(s, tt.want) {
				t.Errorf("the screen lacks %q:\n%s", tt.want, screen(m))
			}
			uitest.CheckWithin(t, screen(m), 80, 12)
		})
	}
}

// C is in the footer and the help, in both languages.
func TestHistoryCurlKey(t *testing.T) {
	for lang, want := range map[i18n.Lang]string{i18n.En: "copy as curl", i18n.PtBR: "copiar como curl"} {
		k := KeyMapIn(lang)
		if got := k.Curl.Help(); got.Key != "C" || got.Desc != want {
			t.Errorf("%s: the Curl key's help is %+v, want C %q", lang, got, want)
		}
		var short, full bool
		for _, b := range k.ShortHelp() {
			short = short || b.Help().Key == "C"
		}
		for _, col := range k.FullHelp() {
			for _, b := range col {
				full = full || b.Help().Key == "C"
			}
		}
		if !short || !full {
			t.Errorf("%s: C in the footer %v, in the help %v", lang, short, full)
		}
	}
}
