package token

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/text/i18n"
	"tokentui/ui/uitest"
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

// Held back after such a refusal (here or in another process), the tab
// still says what the refusal means for the key, in both languages.
func TestHeldKeyClientAdvice(t *testing.T) {
	held := &auth.Failure{At: start, Code: auth.CodeInvalidClient, OAuthError: "invalid_client", Profile: "other",
		AuthMethod: auth.AuthMethodPrivateKeyJWT, Status: 400,
		Description: `the client assertion is not valid: kid "k9" is not a key registered for client "demo-jwt"`}
	for lang, wants := range map[i18n.Lang][]string{
		i18n.En:   {"kid the provider does not know", "→ Register the public key", "press g then y"},
		i18n.PtBR: {"kid o provedor não conhece", "→ Registre a chave pública", "tecle g e depois y"},
	} {
		fc := &fakeClient{}
		m := newPaneIn(t, fc, Options{}, lang, 60, 22)
		fc.set(func(f *fakeClient) { f.held = held })
		m = check(t, m)
		flat := strings.Join(strings.Fields(screen(m)), " ")
		for _, w := range wants {
			if !strings.Contains(flat, w) {
				t.Errorf("%s: the screen lacks %q:\n%s", lang, w, screen(m))
			}
		}
		if strings.Contains(flat, "client_secret_basic") {
			t.Errorf("%s: secret advice:\n%s", lang, screen(m))
		}
	}
	// A secret client's held panel stays as it was: no key advice.
	fc := &fakeClient{}
	m := newPaneIn(t, fc, Options{}, i18n.En, 60, 22)
	fc.set(func(f *fakeClient) {
		f.held = &auth.Failure{At: start, Code: auth.CodeInvalidClient, OAuthError: "invalid_client"}
	})
	if s := screen(check(t, m)); strings.Contains(s, "→") || !strings.Contains(s, "held back") {
		t.Errorf("a secret client's held panel:\n%s", s)
	}
}

// The refusal just answered and the failure it leaves held are one story:
// the provider's words and the advice are told once, and fit at 80×24.
func TestFreshRefusalToldOnce(t *testing.T) {
	err := sandboxRefusal(t)
	var te *auth.TokenError
	errors.As(err, &te)
	held := &auth.Failure{At: start, Code: auth.CodeInvalidClient, OAuthError: "invalid_client", Status: 400,
		Description: te.Description, AuthMethod: auth.AuthMethodPrivateKeyJWT}
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		fc := &fakeClient{err: err, held: held}
		m := newPaneIn(t, fc, Options{}, lang, 60, 22)
		m = press(t, m, "g")
		flat := strings.Join(strings.Fields(screen(m)), " ")
		if n := strings.Count(flat, "is not a key registered"); n != 1 {
			t.Errorf("%s: the provider's words %d times:\n%s", lang, n, screen(m))
		}
		if n := strings.Count(flat, "→"); n != 1 {
			t.Errorf("%s: %d hints:\n%s", lang, n, screen(m))
		}
	}
}

// Held back after a refusal, g asks before forcing: the question shows
// inside the pane at 80×24 (60×22 inside the frame), never past its
// bottom, and what does not fit scrolls.
func TestForceQuestionFitsThePane(t *testing.T) {
	desc := "client authentication failed (client_secret_basic): the client id \"demo-client\" is unknown or the secret is wrong"
	err := &auth.TokenError{StatusCode: 400, Code: "invalid_client", Description: desc, AuthMethod: auth.AuthMethodBasic}
	held := &auth.Failure{At: start, Code: auth.CodeInvalidClient, OAuthError: "invalid_client", Status: 400,
		Description: desc, AuthMethod: auth.AuthMethodBasic}
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		fc := &fakeClient{err: err}
		m := newPaneIn(t, fc, Options{}, lang, 60, 19)
		m = press(t, m, "g") // the refusal answered…
		fc.set(func(f *fakeClient) { f.held = held })
		m = check(t, m)      // …then held back
		m = press(t, m, "g") // force? asks first
		view := uitest.Screen(m.View())
		if h := lipgloss.Height(m.View()); h > 19 {
			t.Errorf("%s: %d lines in a 19-line pane:\n%s", lang, h, view)
		}
		if !strings.Contains(view, i18n.T(lang, i18n.TokenAskHeld)) {
			t.Errorf("%s: the question is not on screen:\n%s", lang, view)
		}
		m = press(t, m, "n", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up")
		if top := uitest.Screen(m.View()); lipgloss.Height(m.View()) > 19 || !strings.Contains(top, "✗") {
			t.Errorf("%s: scrolled up, the top of the status:\n%s", lang, top)
		}
	}
}
