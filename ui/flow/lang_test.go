package flow

import (
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tokentui/demo"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

// englishTitles are the steps' titles in English, which a Portuguese screen
// must not show.
func englishTitles() []string {
	var out []string
	for i := range stepCount {
		out = append(out, i18n.T(i18n.En, stepInfos[i].Title))
	}
	return out
}

// mustNotShow fails when the screen holds any of the texts.
func mustNotShow(t *testing.T, m Model, texts ...string) {
	t.Helper()
	flat := strings.Join(strings.Fields(screen(m)), " ")
	for _, s := range texts {
		if strings.Contains(flat, s) {
			t.Errorf("step %d: screen shows %q:\n%s", m.Step()+1, s, trimmed(screen(m)))
		}
	}
}

// TestFlowInPortuguese runs the Flow under pt-BR against the sandbox: the
// titles, explanations, labels, notes and the diagnosis are in Portuguese,
// and no English step title is left; protocol text stays as sent.
func TestFlowInPortuguese(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, demo.ClientSecret, "")
	m := newFlowIn(t, i18n.PtBR, srv, c, 100, 60)
	english := append(englishTitles(), "Request", "Answer", "running", "offered", "Sent just now", "Valid for",
		"Reuse this token", "The client")

	steps := []struct {
		want []string
	}{
		{[]string{"Passo 1 de 6 · Descoberta do provedor", "documento público de descoberta (discovery)",
			"Requisição", "GET /.well-known/openid-configuration HTTP/1.1", "Resposta", `"token_endpoint"`,
			"✓ método de autenticação client_secret_basic: suportado", "✓ escopo demo.read: suportado"}},
		{[]string{"Passo 2 de 6 · O pedido de token", "se identifica com o client id e o segredo do cliente",
			"Enviado agora: não havia token válido em cache.", "POST /connect/token HTTP/1.1",
			"Authorization: Basic ****", "grant_type=client_credentials", "O formulário, campo a campo"}},
		{[]string{"Passo 3 de 6 · A resposta com o token", "Reutilize este token até ele expirar: pedir um token " +
			"novo a cada chamada faz o cliente ser bloqueado automaticamente.", "HTTP/1.1 200 OK", "caracteres)",
			"● Válido por mais", "1 pedido de token deste cliente na última hora."}},
		{[]string{"Passo 4 de 6 · O JWT decodificado", "cabeçalho.conteúdo.assinatura", "1 Cabeçalho  como foi assinado",
			"2 Conteúdo  as claims (o payload)", "3 Assinatura", "gerada com a chave privada do provedor", `"alg": "RS256"`}},
		{[]string{"Passo 5 de 6 · A assinatura verificada", "a chave pública indicada pelo kid",
			"As chaves públicas do provedor (JWK Set)", "← a chave do token", "✓ assinatura verificada — RS256 com a chave kid",
			"Resultado", "exp/nbf com tolerância de"}},
		{[]string{"Passo 6 de 6 · Chamando a API", "nada de um pedido de token por chamada", "GET /api/v1/me HTTP/1.1",
			"Authorization: Bearer eyJ", "HTTP/1.1 200 OK"}},
	}
	for i, st := range steps {
		if i > 0 {
			m = press(t, m, "n")
		}
		mustShow(t, m, st.want...)
		mustNotShow(t, m, english...)
	}
	if n := srv.TokenRequests(); n != 1 {
		t.Errorf("the Portuguese flow made %d token requests, want 1", n)
	}
	if got := ansi.Strip(m.ShortHelp()[0].Help().Desc); got != "avançar" {
		t.Errorf("footer: n is %q, want avançar", got)
	}

	m = press(t, m, "F")
	mustShow(t, m, "O token atual ainda vale por", "bloqueado automaticamente pelo provedor",
		"Pedir um token novo mesmo assim?", "y token novo", "n manter")
	m = press(t, m, "esc", "d")
	mustShow(t, m, "Diagnóstico · sandbox", "Confere o provedor", "✓ Credenciais", "✓ Assinatura",
		"Nenhuma verificação falhou.", "Tecle c para copiar o relatório")
	mustNotShow(t, m, "No check failed", "Credentials", "hint:")

	var mu sync.Mutex
	var copied string
	old := common.DefaultClipboard
	common.DefaultClipboard = common.Clipboard{
		Getenv: func(string) string { return "" },
		System: func(s string) error { mu.Lock(); copied = s; mu.Unlock(); return nil },
	}
	t.Cleanup(func() { common.DefaultClipboard = old })
	m = press(t, m, "c")
	mustShow(t, m, "relatório copiado (área de transferência do sistema)")
	mu.Lock()
	defer mu.Unlock()
	for _, want := range []string{"tokentui diagnose — perfil sandbox", "client_id:   demo-client", "✓ Credenciais",
		"0 verificações falharam; 0 pedidos de token feitos por este diagnóstico."} {
		if !strings.Contains(copied, want) {
			t.Errorf("the copied report lacks %q:\n%s", want, copied)
		}
	}
}

// TestPresentationInPortuguese: presentation mode under pt-BR.
func TestPresentationInPortuguese(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, demo.ClientSecret, "")
	m := newFlowIn(t, i18n.PtBR, srv, c, 80, 24)
	m = press(t, m, "P")
	for i := range Steps {
		uitest.CheckWithin(t, m.View(), 80, 24)
		mustShow(t, m, "PASSO "+string(rune('1'+i))+" DE 6", strings.ToUpper(Step(i).Title(i18n.PtBR)),
			"n avançar", "P modo normal")
		mustNotShow(t, m, englishTitles()...)
		mustNotShow(t, m, strings.ToUpper(Step(i).Title(i18n.En)), "STEP ", "n next")
		m = press(t, m, "n")
	}
}

// TestExplanationsFitFourLines: in every language each step's explanation
// wraps to at most four lines in an 80-column pane, so the step's content
// keeps the rest of an 80x24 screen.
func TestExplanationsFitFourLines(t *testing.T) {
	for _, lang := range i18n.Langs {
		for i := range stepCount {
			text := i18n.T(lang, stepInfos[i].Explain)
			if n := len(strings.Split(ansi.Wrap(text, 80, ""), "\n")); n > 4 {
				t.Errorf("%s: step %d's explanation takes %d lines at 80 columns, want ≤ 4:\n%s", lang, i+1, n, text)
			}
		}
	}
}
