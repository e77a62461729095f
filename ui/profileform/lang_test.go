package profileform

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

func newFormIn(t *testing.T, lang i18n.Lang, opts Options) Model {
	t.Helper()
	st := common.NewStyles(true)
	opts.ID = "form-pt"
	m := New(common.Common{Styles: &st, Lang: lang}, opts)
	m.SetSize(78, 20)
	return m
}

func TestFormInPortuguese(t *testing.T) {
	m := newFormIn(t, i18n.PtBR, Options{Path: filepath.Join(t.TempDir(), "profiles.yaml"),
		Diagnose: func(context.Context, profiles.Profile) (auth.Report, error) { return auth.Report{}, nil }})
	if title := strings.Split(screen(m), "\n")[0]; !strings.Contains(title, "Novo perfil") {
		t.Errorf("title %q, want Novo perfil", title)
	}
	s := fullScreen(m)
	//	Novo perfil
	//	▸ Nome                    ex.: ac-homolog
	//	  Emissor                 https://… (a discovery encontra a URL do token)
	//	  URL do token            opcional: só quando não há discovery
	//	  ID do cliente           o ID do cliente que o provedor forneceu
	//	  Segredo em              variável de ambiente
	//	                          lida do ambiente cada vez que um token é necessário; …
	//	  Variável                ex.: AC_CLIENT_SECRET
	//	  Escopos                 separados por espaço; ctrl+f lista os do provedor
	//	  Método de autenticação  client_secret_basic
	//	                          cabeçalho HTTP Basic (o padrão)
	//	  URL base da API         opcional: https://api.example/ (aba Requisição)
	//
	//	  [ Buscar metadados ]  [ Testar credenciais ]  [ Salvar ]  [ Cancelar ]
	for _, want := range []string{
		"▸ Nome ", "Emissor", "URL do token", "ID do cliente", "Segredo em", "variável de ambiente",
		"Variável", "Escopos", "Método de autenticação", "cabeçalho HTTP Basic (o padrão)", "URL base da API",
		"(aba Requisição)", "[ Buscar metadados ]", "[ Testar credenciais ]", "[ Salvar ]", "[ Cancelar ]",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the Portuguese form lacks %q:\n%s", want, s)
		}
	}
	for _, english := range []string{"Name", "Issuer", "Client ID", "Secret from", "Save", "env var"} {
		if strings.Contains(s, english) {
			t.Errorf("the Portuguese form shows %q:\n%s", english, s)
		}
	}
	// values line up after the longest label
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "Método de autenticação") && !strings.Contains(l, "Método de autenticação  client_secret_basic") {
			t.Errorf("the value does not follow the longest label: %q", l)
		}
	}
	checkFits(t, m)

	m, up := keys(t, m, "ctrl+s")
	if len(up) != 0 {
		t.Fatalf("an empty form was saved: %#v", up)
	}
	s = fullScreen(m)
	for _, want := range []string{"✗ O perfil não tem nome.", "✗ Qual variável de ambiente guarda o segredo?",
		"✗ Não foi salvo: corrija os campos marcados com ✗."} {
		if !strings.Contains(s, want) {
			t.Errorf("the Portuguese form lacks %q after an empty save:\n%s", want, s)
		}
	}
	m, _ = keys(t, m, "x", "esc")
	if s := fullScreen(m); !strings.Contains(s, "Tecle esc de novo") {
		t.Errorf("esc on a changed form does not ask in Portuguese:\n%s", s)
	}
	if got := m.KeyMap().Fetch.Help().Desc; got != "buscar metadados do emissor" {
		t.Errorf("ctrl+f help = %q", got)
	}
}

func TestTemporaryFormInPortuguese(t *testing.T) {
	m := newFormIn(t, i18n.PtBR, Options{Temporary: true})
	s := screen(m)
	for _, want := range []string{"Perfil temporário · só nesta sessão, não é salvo", "Nada é gravado", "digitado aqui"} {
		if !strings.Contains(s, want) {
			t.Errorf("the temporary form lacks %q:\n%s", want, s)
		}
	}
}

func TestSummaryPlurals(t *testing.T) {
	tests := []struct {
		lang                            i18n.Lang
		ok                              bool
		failed, warned, total, requests int
		want                            string
	}{
		{i18n.En, true, 0, 0, 9, 1, "✓ all 9 checks passed · 1 token request"},
		{i18n.En, true, 0, 1, 9, 0, "✓ passed with 1 warning · 0 token requests"},
		{i18n.En, false, 2, 0, 9, 1, "✗ 2 of 9 checks failed · 1 token request"},
		{i18n.PtBR, true, 0, 0, 9, 1, "✓ todas as 9 verificações passaram · 1 pedido de token"},
		{i18n.PtBR, true, 0, 2, 9, 2, "✓ passou com 2 avisos · 2 pedidos de token"},
		{i18n.PtBR, false, 1, 0, 9, 0, "✗ 1 de 9 verificações falhou · 0 pedidos de token"},
	}
	for _, tt := range tests {
		if got := summary(tt.lang, tt.ok, tt.failed, tt.warned, tt.total, tt.requests); got != tt.want {
			t.Errorf("summary(%s, …) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}
