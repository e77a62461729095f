package request

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

func newPaneIn(t *testing.T, lang i18n.Lang, s *requests.Sender, saved []profiles.SavedRequest) Model {
	st := common.NewStyles(true)
	m := New(common.Common{Styles: &st, Lang: lang}, Options{ID: "p", Sender: s, Saved: saved})
	m.SetSize(100, 30)
	m.Focus()
	return m
}

// wants reports every text of want that screen lacks.
func wants(t *testing.T, what, screen string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(screen, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, screen)
		}
	}
}

// TestPortugueseAgainstTheSandbox sends requests under pt-BR: the Request
// tab, its states, the response's Headers and Timing views and the key
// help speak Portuguese; the server's words and the header names do not
// change.
func TestPortugueseAgainstTheSandbox(t *testing.T) {
	s, _, _ := sandbox(t, demo.ClientID, "demo.read", "demo.write")
	saved := []profiles.SavedRequest{{Name: "eu", Method: "GET", Path: "me"}}
	d := drive(t, newPaneIn(t, i18n.PtBR, s, saved))
	wants(t, "empty tab", d.screen(), "‹caminho, ou uma URL completa›", "cabeçalhos: nenhum + Accept do perfil",
		"corpo: vazio", "tab: cabeçalhos, corpo", "Digite um caminho e tecle enter")
	if got := d.m.KeyMap().ShortHelp()[0].Help().Desc; got != "enviar" {
		t.Errorf("enter is described as %q, want enviar", got)
	}

	d.typeText("me")
	d.key(enter)
	wants(t, "while sending", d.screen(), "Enviando GET me", "esc cancela")
	d.until(10*time.Second, "response to GET me", ready)
	d.key(esc)
	screen := d.screen()
	wants(t, "body view", screen, "200 OK", `"client_id": "demo-client"`, "Corpo  h Cabeçalhos  t Tempos",
		"H cabeçalhos · d corpo · s salvas", "linhas 1–")

	d.key(runes("h"))
	screen = d.screen()
	wants(t, "Headers view", screen, "Cabeçalhos da resposta · HTTP/1.1 200 OK", "Content-Type: application/json",
		"Cabeçalhos enviados na requisição · GET "+s.BaseURL, "Authorization: Bearer (o token do perfil", "Accept: application/json")

	d.key(runes("t"))
	screen = d.screen()
	wants(t, "Timing view", screen, "Tempos", "início", "consulta DNS", "conexão TCP", "handshake TLS", "primeiro byte",
		"tempo total", "conexão", "Troca HTTP", "requisição", "GET "+s.BaseURL, "protocolo", "corpo", "jti do token",
		"token expira", "(em ")
	for _, english := range []string{"Timing", "lookup", "first byte", "Exchange", "started", "expires", "Response headers",
		"Sending", "headers:", "body:"} {
		if strings.Contains(screen, english) {
			t.Errorf("Timing view still says %q:\n%s", english, screen)
		}
	}

	d.key(runes("s"))
	wants(t, "saved requests", d.screen(), "Requisições salvas · enter usa uma · esc fecha", "eu")
	d.key(enter)
	wants(t, "saved request opened", d.screen(), "Aberta a requisição salva “eu” · enter envia")

	d.m.url.SetValue("slow?ms=5000")
	d.key(enter)
	d.until(5*time.Second, "spinner", func(m Model) bool { return m.Sending() })
	d.key(esc)
	d.until(2*time.Second, "cancellation", func(m Model) bool { return !m.Sending() })
	wants(t, "cancelled", d.screen(), "Requisição cancelada; nada foi recebido.")

	d.key(tab)
	d.typeText("sem dois pontos")
	d.key(esc, enter)
	wants(t, "bad header", d.screen(), "a linha 1 dos cabeçalhos não está no formato “Nome: valor”",
		"→ escreva cada cabeçalho como “Nome: valor”")
	if d.m.Sending() {
		t.Error("a bad header line was sent")
	}
}

// TestPortugueseScopeExplained: a 403 of the read-only client is explained
// in Portuguese, the server's error code kept.
func TestPortugueseScopeExplained(t *testing.T) {
	s, _, _ := sandbox(t, demo.ReadOnlyClientID, "demo.read")
	d := drive(t, newPaneIn(t, i18n.PtBR, s, nil))
	d.key(tab, tab) // URL → headers → body
	d.typeText(`{"name":"x"}`)
	d.key(esc, runes("m"), runes("u"))
	d.typeText("items")
	d.key(enter)
	d.until(10*time.Second, "403", ready)
	wants(t, "403", d.screen(), "403 Forbidden", "✗ insufficient_scope: ", "escopo exigido:", "demo.write", "Corpo  h Cabeçalhos",
		strings.Join(strings.Fields(i18n.ExplainCode(i18n.PtBR, auth.CodeInsufficientScope).Cause)[:4], " "))
}

// TestPortugueseFullHelp: every line of the full help is Portuguese.
func TestPortugueseFullHelp(t *testing.T) {
	m := newPaneIn(t, i18n.PtBR, nil, nil)
	var descs []string
	for _, col := range m.KeyMap().FullHelp() {
		for _, b := range col {
			descs = append(descs, b.Help().Desc)
		}
	}
	got := strings.Join(descs, " | ")
	for _, want := range []string{"enviar", "cancelar · sair do campo", "editar URL, cabeçalhos, corpo",
		"requisições salvas", "copiar como curl", "corpo, cabeçalhos, tempos", "rolar", "buscar, próxima, anterior",
		"quebrar as linhas longas", "salvar o corpo em arquivo"} {
		if !strings.Contains(got, want) {
			t.Errorf("full help lacks %q: %s", want, got)
		}
	}
	if en := KeyMapIn(i18n.En).FullHelp()[0][1].Help().Desc; en != "cancel request · leave a field" {
		t.Errorf("KeyMapIn(i18n.En)'s fold reads %q", en)
	}
}

// TestFullHelpFits80Columns: the root's help draws the full help's columns
// side by side (a key column, two spaces, the meaning; three spaces between
// columns) in a box that leaves 72 columns at 80×24; the Request tab's
// section fits it in both languages.
func TestFullHelpFits80Columns(t *testing.T) {
	for _, lang := range i18n.Langs {
		width := 0
		for i, col := range KeyMapIn(lang).FullHelp() {
			keyW, descW := 0, 0
			for _, b := range col {
				keyW = max(keyW, ansi.StringWidth(b.Help().Key))
				descW = max(descW, ansi.StringWidth(b.Help().Desc))
			}
			if i > 0 {
				width += 3
			}
			width += keyW + 2 + descW
		}
		if width > 72 {
			t.Errorf("%s: the Request tab's full help is %d columns wide, more than 72", lang, width)
		}
	}
}
