package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/text/i18n"
	"tokentui/ui/uitest"
)

// TestE2EErrorsReadable (issue 15, part 2): a wrong secret, sent from the
// Request tab of the real binary at 80×24 and 200×60 in both languages,
// shows the status, the OAuth error, then the cause and the hint with
// every word whole.
func TestE2EErrorsReadable(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	srv, err := demo.Start(ctx, demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	for _, lang := range []string{"en", "pt-BR"} {
		for _, size := range [][2]int{{80, 24}, {200, 60}} {
			t.Run(fmt.Sprintf("%s-%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				env := e2eEnv(t)
				cfg := filepath.Join(t.TempDir(), "profiles.yaml")
				yaml := fmt.Sprintf("default: wrong\nprofiles:\n  - name: wrong\n    issuer: %s\n    client_id: %s\n    client_secret: env:E2E_WRONG_SECRET\n    scopes: [demo.read]\n    api_base_url: %s\n",
					srv.IssuerURL, demo.ClientID, srv.APIURL)
				if err := os.WriteFile(cfg, []byte(yaml), 0o600); err != nil {
					t.Fatal(err)
				}
				env = append(env, "E2E_WRONG_SECRET=not-the-secret")
				s := startTmux(t, size[0], size[1], env, bin, "--config", cfg, "--lang", lang)
				s.waitFor(15*time.Second, "wrong")
				s.keys("2")
				s.waitFor(5*time.Second, "[2 ")
				s.keys("u")
				s.waitFor(5*time.Second, "‹GET›")
				s.keys("m", "e", "Enter")
				scr := s.waitFor(15*time.Second, "HTTP 400 Bad Request", "invalid_client")
				if os.Getenv("E2E_SHOW") != "" {
					t.Log("\n" + scr)
				}
				e := i18n.ExplainCode(i18n.Lang(lang), auth.CodeInvalidClient)
				for _, text := range []string{e.Cause, e.Hint} {
					if miss := uitest.MissingWords(scr, text); len(miss) > 0 {
						t.Errorf("words lost or cut %q:\n%s", miss, scr)
					}
				}
				if strings.Contains(scr, "not-the-secret") {
					t.Errorf("the secret is on screen:\n%s", scr)
				}
				s.escape()
				s.keys("C-c")
			})
		}
	}
}
