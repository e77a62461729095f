package token

import (
	"context"
	"errors"
	"strings"
	"testing"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/text/i18n"
)

// sandboxRefusal is the sandbox's answer to a private_key_jwt client whose
// key it does not know (a kid nobody registered), as auth reports it.
func sandboxRefusal(t *testing.T) error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	srv, err := demo.Start(ctx, demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	c, err := auth.New(auth.Options{Issuer: srv.IssuerURL, ClientID: demo.JWTClientID, AuthMethod: auth.AuthMethodPrivateKeyJWT,
		ClientKey: func(context.Context) (string, error) { return demo.JWTClientKey, nil }, KeyID: "not-registered"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Token(ctx)
	if !errors.Is(err, auth.ErrInvalidClient) {
		t.Fatalf("the sandbox answered %v, want invalid_client", err)
	}
	return err
}

// At 80×24 (a 60-cell pane) the Token tab explains a refused
// private_key_jwt client in terms of its key and kid, in both languages,
// and never tells it to check a secret.
func TestKeyClientRefusalAdvice(t *testing.T) {
	err := sandboxRefusal(t)
	for _, tc := range []struct {
		lang  i18n.Lang
		wants []string
	}{
		{i18n.En, []string{"kid the provider does not know", "Register the public key", "tokentui keys show FILE", "client_key_id"}},
		{i18n.PtBR, []string{"kid o provedor não conhece", "Registre a chave pública", "tokentui keys show ARQUIVO", "client_key_id"}},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			m := newPaneIn(t, &fakeClient{err: err}, Options{}, tc.lang, 60, 22)
			m = press(t, m, "g")
			got := screen(m)
			flat := strings.Join(strings.Fields(got), " ")
			for _, w := range tc.wants {
				if !strings.Contains(flat, w) {
					t.Errorf("the screen lacks %q:\n%s", w, got)
				}
			}
			for _, bad := range []string{"client_secret_basic", "client_secret_post"} {
				if strings.Contains(flat, bad) {
					t.Errorf("secret advice %q for a key client:\n%s", bad, got)
				}
			}
		})
	}
}
