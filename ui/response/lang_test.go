package response

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"tokentui/auth"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// newModelIn is newModel with the pane in lang.
func newModelIn(t *testing.T, lang i18n.Lang, w, h int, resp *requests.Response) Model {
	t.Helper()
	st := common.NewStyles(true)
	m := New(common.Common{Styles: &st, Lang: lang}, Options{ID: "p", Colors: ColorNone, IsDark: true,
		Now: func() time.Time { return time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local) }})
	m.SetSize(w, h)
	m.Focus()
	return run(t, m, m.SetResponse(resp))
}

// TestPortugueseViews: under pt-BR the tabs, the Headers and Timing views,
// the notices, the search and save lines and the key help are Portuguese;
// what came from the server (status, header names, body) is as sent.
func TestPortugueseViews(t *testing.T) {
	dir := t.TempDir()
	full := items(50)
	if err := writeFile(dir+"/spill", full); err != nil {
		t.Fatal(err)
	}
	resp := jsonResponse(200, full[:1500])
	resp.Truncated, resp.SpillPath, resp.BodySize = true, dir+"/spill", int64(len(full))
	resp.Renewed = true
	resp.Timing.Start = time.Date(2026, 11, 27, 11, 59, 58, 0, time.Local)
	resp.Timing.DNS = 400 * time.Microsecond
	resp.TokenJTI, resp.TokenSent = "abc123", true
	resp.TokenExpiry = time.Date(2026, 11, 27, 12, 41, 0, 0, time.Local)
	resp.Sent = []requests.Header{{Name: "Accept", Value: "application/json"}}
	m := newModelIn(t, i18n.PtBR, 200, 30, resp) // wide: the spill path (random length) must not wrap the notice

	s := screen(m)
	for _, want := range []string{"200 OK", "12 ms", "Corpo  h Cabeçalhos  t Tempos",
		"Corpo de 1,6 KB: aparecem os primeiros 1,5 KB", "S salva", "foi renovado uma vez", "linhas 1–"} {
		if !strings.Contains(s, want) {
			t.Errorf("body view lacks %q:\n%s", want, s)
		}
	}
	s = screen(press(t, m, "h"))
	for _, want := range []string{"Cabeçalhos da resposta · HTTP/1.1 200 OK", "Content-Type: application/json",
		"Cabeçalhos enviados na requisição · GET http://api.example/v1/items",
		"Authorization: Bearer (o token do perfil, jti abc123)", "Accept: application/json"} {
		if !strings.Contains(s, want) {
			t.Errorf("Headers view lacks %q:\n%s", want, s)
		}
	}
	s = screen(press(t, m, "t"))
	for _, want := range []string{"Tempos", "início", "11:59:58", "consulta DNS", "0,4 ms", "conexão TCP", "handshake TLS",
		"primeiro byte", "10 ms", "tempo total", "conexão", "nova", "Troca HTTP", "requisição", "GET http://api.example/v1/items",
		"protocolo", "corpo", "1,6 KB (1.592 B)", "jti do token", "token expira", "12:41:00 (em 41 min)"} {
		if !strings.Contains(s, want) {
			t.Errorf("Timing view lacks %q:\n%s", want, s)
		}
	}
	for _, english := range []string{"Timing", "lookup", "first byte", "Exchange", "started", "expires", "Response headers", "sent"} {
		if strings.Contains(s, english) {
			t.Errorf("Timing view still says %q:\n%s", english, s)
		}
	}

	m = press(t, m, "b", "/")
	m = typeText(t, m, "nada-disso")
	if s := screen(press(t, m, "enter")); !strings.Contains(s, `nada encontrado para "nada-disso"`) {
		t.Errorf("no Portuguese no-match note:\n%s", s)
	}
	m = press(t, m, "/")
	m.prompt.SetValue("")
	m = typeText(t, m, "item 00000")
	m = press(t, m, "enter")
	if s := screen(m); !strings.Contains(s, `ocorrência 1/`) {
		t.Errorf("no Portuguese match count:\n%s", s)
	}
	m = press(t, m, "esc", "S")
	if s := screen(m); !strings.Contains(s, "salvar em: ") {
		t.Errorf("no Portuguese save prompt:\n%s", s)
	}
	m.prompt.SetValue(dir + "/saved.json")
	if s := screen(press(t, m, "enter")); !strings.Contains(s, "corpo salvo em "+dir+"/saved.json") {
		t.Errorf("no Portuguese save note:\n%s", s)
	}
	m = press(t, m, "S")
	m.prompt.SetValue(dir + "/no/such/folder/x.json")
	if s := screen(press(t, m, "enter")); !strings.Contains(s, "não foi possível salvar o corpo") {
		t.Errorf("no Portuguese save error:\n%s", s)
	}

	help := m.KeyMap().FullHelp()
	var words []string
	for _, col := range help {
		for _, b := range col {
			words = append(words, b.Help().Desc)
		}
	}
	got := strings.Join(words, " | ")
	for _, want := range []string{"corpo", "cabeçalhos", "tempos", "rolar para cima", "buscar no corpo", "salvar o corpo em arquivo"} {
		if !strings.Contains(got, want) {
			t.Errorf("key help lacks %q: %s", want, got)
		}
	}
}

// TestPortugueseChallenge: a 403 insufficient_scope is explained in the
// pane's language, the server's own error code kept.
func TestPortugueseChallenge(t *testing.T) {
	resp := jsonResponse(403, `{"error":"insufficient_scope"}`)
	resp.Headers = http.Header{"Www-Authenticate": {`Bearer error="insufficient_scope", scope="demo.write"`}}
	ch := auth.Challenge{Scheme: "Bearer", Error: "insufficient_scope", Scope: []string{"demo.write"}}
	e := auth.ExplainChallenge(ch)
	resp.Challenge, resp.Explanation = &ch, &e
	en := screen(newModelIn(t, i18n.En, 120, 20, resp))
	pt := screen(newModelIn(t, i18n.PtBR, 120, 20, resp))
	if !strings.Contains(en, "✗ insufficient_scope: ") || !strings.Contains(en, "required scope: demo.write") {
		t.Errorf("English explanation:\n%s", en)
	}
	if !strings.Contains(pt, "✗ insufficient_scope: ") || !strings.Contains(pt, "escopo exigido: demo.write") {
		t.Errorf("Portuguese explanation:\n%s", pt)
	}
	if cause := i18n.ExplainChallenge(i18n.PtBR, ch).Cause; !strings.Contains(pt, firstWords(cause)) {
		t.Errorf("Portuguese cause %q not shown:\n%s", cause, pt)
	}
}

// firstWords is the start of a sentence, short enough to sit on one row.
func firstWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(len(f), 4)], " ")
}
