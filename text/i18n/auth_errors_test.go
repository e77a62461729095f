package i18n

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"tokentui/auth"
	"tokentui/profiles"
)

// TestHeldAndGuardInPortuguese: a request held back, a back-off and a
// renewal refused by the guard read in Portuguese, built from their fields
// (times, counts, durations), and exactly as Error() in English.
func TestHeldAndGuardInPortuguese(t *testing.T) {
	at := time.Date(2026, 12, 3, 14, 5, 6, 0, time.Local)
	refused := auth.Failure{At: at, Profile: "ac-homolog", Status: 401, Code: auth.CodeInvalidClient,
		OAuthError: "invalid_client", Description: "Unknown client", Message: "the token endpoint answered HTTP 401 Unauthorized with error \"invalid_client\" (Unknown client)"}
	busy := auth.Failure{At: at, Status: 503, Code: auth.CodeServerError, Message: "the token endpoint answered HTTP 503 Service Unavailable", Transient: true}
	for _, c := range []struct {
		name string
		err  error
		want []string // in the Portuguese
	}{
		{"held until a change", &auth.HeldError{Last: refused, Now: at.Add(time.Minute)},
			[]string{"nenhum pedido de token enviado: o token endpoint respondeu HTTP 401 Unauthorized com o erro \"invalid_client\" (Unknown client)", "às 14:05:06", `pelo perfil "ac-homolog"`, "o perfil, o segredo, a chave ou o certificado dele mude"}},
		{"one failure", &auth.HeldError{Last: busy, Until: at.Add(30 * time.Second), Failures: 1, Now: at},
			[]string{"o último pedido de token falhou (o token endpoint respondeu HTTP 503", "permitida às 14:05:36 (em 30 s)"}},
		{"three failures", &auth.HeldError{Last: busy, Until: at.Add(4*time.Minute + 2*time.Second), Failures: 3, Now: at},
			[]string{"os últimos 3 pedidos de token falharam", "(em 4 min 2 s)"}},
		{"guard, token valid", &auth.GuardError{Kind: auth.ErrGuardRefused, Until: at.Add(40 * time.Second), Remaining: 41*time.Minute + 3*time.Second, Forced: 3, Now: at},
			[]string{"já houve 3 renovações forçadas", "ainda vale por mais 41 min 3 s", "depois das 14:05:46 (em 40 s)"}},
		{"guard, no token", &auth.GuardError{Kind: auth.ErrGuardRefused, Until: at.Add(time.Minute), Forced: 1, Now: at},
			[]string{"já houve 1 renovação forçada deste cliente", "não há token válido no cache"}},
		{"token answer", &auth.TokenError{StatusCode: 429, RetryAfter: at},
			[]string{"o token endpoint respondeu HTTP 429 Too Many Requests; ele pede para esperar até 14:05:06"}},
		{"wrapped", fmt.Errorf("profile %q: %w", "p", &auth.HeldError{Last: refused, Now: at}),
			[]string{`profile "p": nenhum pedido de token enviado`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ErrorText(En, c.err); got != c.err.Error() {
				t.Errorf("English %q, want Error() %q", got, c.err.Error())
			}
			pt := ErrorText(PtBR, c.err)
			if pt == c.err.Error() {
				t.Fatalf("no Portuguese: %q", pt)
			}
			for _, w := range c.want {
				if !strings.Contains(pt, w) {
					t.Errorf("%q\nlacks %q", pt, w)
				}
			}
			for _, english := range []string{"no token request", "refused to force", "the token endpoint answered", " ago", "(in "} {
				if strings.Contains(pt, english) {
					t.Errorf("English %q left in %q", english, pt)
				}
			}
		})
	}
	if got := ErrorText(PtBR, fmt.Errorf("plain")); got != "plain" {
		t.Errorf("an unknown error: %q", got)
	}
}

// TestDiscoveryErrorsInPortuguese: a discovery that fails reads in
// Portuguese, every URL tried with its own answer, and still matches
// auth.ErrDiscovery.
func TestDiscoveryErrorsInPortuguese(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	c, err := auth.New(auth.Options{ClientID: "c", Issuer: srv.URL + "/is", CacheDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Discover(context.Background())
	if !errors.Is(err, auth.ErrDiscovery) || ErrorText(En, err) != err.Error() {
		t.Fatalf("err = %v", err)
	}
	pt := ErrorText(PtBR, err)
	for _, w := range []string{"a discovery falhou para o issuer " + srv.URL + "/is: ", srv.URL + "/is/.well-known/openid-configuration respondeu HTTP 404; "} {
		if !strings.Contains(pt, w) {
			t.Errorf("%q\nlacks %q", pt, w)
		}
	}
	if strings.Contains(pt, "answered") || strings.Contains(pt, "failed") {
		t.Errorf("English left: %q", pt)
	}
	if got := ErrorText(PtBR, auth.ErrConfig); got != "configuração de autenticação inválida" {
		t.Errorf("a sentinel: %q", got)
	}
	for k, key := range sentinels {
		if en, pt := T(En, key), T(PtBR, key); en != k.Error() || pt == en {
			t.Errorf("sentinel %v: %q / %q", k, en, pt)
		}
	}
}

// The last errors that had no code read in Portuguese: a malformed JWT,
// auth.New's option checks, assertion signing, WWW-Authenticate parsing,
// and profiles.Load's missing or unreadable file (only the OS's own words
// stay as Go writes them).
func TestLastUncodedErrorsInPortuguese(t *testing.T) {
	_, malformed := auth.Decode("abc")
	_, part := auth.Decode("e30.%%%.x")
	_, noID := auth.New(auth.Options{TokenURL: "https://idp.example/token"})
	_, noKey := auth.New(auth.Options{ClientID: "c", TokenURL: "https://idp.example/token", AuthMethod: auth.AuthMethodPrivateKeyJWT})
	_, badParam := auth.New(auth.Options{ClientID: "c", TokenURL: "https://idp.example/token", Params: map[string]string{"scope": "x"}})
	_, challenge := auth.ParseWWWAuthenticate(`Bearer realm="x`)
	_, noFile := profiles.Load(t.TempDir() + "/none.yaml")
	for _, tc := range []struct {
		err      error
		pt, gone string
	}{
		{malformed, "JWT malformado: esperava 3 partes separadas por pontos, veio 1 (um token opaco, não um JWT)", "expected"},
		{part, "JWT malformado: o payload não está em base64url", "the payload"},
		{noID, "configuração de autenticação inválida: o client_id está vazio", "is empty"},
		{noKey, "o auth_method private_key_jwt precisa de client_key", "needs"},
		{badParam, `os params não podem definir "scope"`, "cannot set"},
		{challenge, "header WWW-Authenticate malformado: texto entre aspas sem fechamento no byte", "unterminated"},
		{noFile, "não há arquivo de perfis em", "there is no"},
	} {
		if tc.err == nil {
			t.Fatalf("no error for %q", tc.pt)
		}
		got := ErrorText(PtBR, tc.err)
		if !strings.Contains(got, tc.pt) || strings.Contains(got, tc.gone) {
			t.Errorf("ErrorText(pt-BR, %q) = %q, want %q", tc.err, got, tc.pt)
		}
		if ErrorText(En, tc.err) != tc.err.Error() {
			t.Errorf("English changed: %q", ErrorText(En, tc.err))
		}
	}
	if !errors.Is(noFile, fs.ErrNotExist) || !errors.Is(noID, auth.ErrConfig) || !errors.Is(challenge, auth.ErrBadChallenge) || !errors.Is(malformed, auth.ErrMalformed) {
		t.Error("a kind was lost")
	}
}
