package token

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"tokentui/auth"
	"tokentui/text/i18n"
)

// A failed token request reads whole at 80×24 (a 60-cell pane): the HTTP
// status, the OAuth error and the provider's own description, then the
// cause and the hint, wrapped at spaces, never cut mid-word, in both
// languages.
func TestTokenErrorReadableAt80Columns(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want []string
	}{
		{"invalid_client", &auth.TokenError{StatusCode: 400, Code: "invalid_client",
			Description: "client authentication failed: the client id is unknown or the secret is wrong"},
			[]string{"400", "invalid_client", "client id is unknown or the secret is wrong"}},
		{"server error", &auth.TokenError{StatusCode: 503}, []string{"503"}},
		{"network", fmt.Errorf("the token request to http://127.0.0.1:1/connect/token failed: connection refused"),
			[]string{"connection refused"}},
	} {
		for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
			t.Run(tc.name+"/"+string(lang), func(t *testing.T) {
				fc := &fakeClient{err: tc.err}
				m := newPaneIn(t, fc, Options{}, lang, 60, 22)
				m = press(t, m, "g")
				got := screen(m)
				if strings.Contains(got, "…") {
					t.Errorf("a line was cut:\n%s", got)
				}
				flat := strings.Join(strings.Fields(got), " ")
				for _, w := range tc.want {
					if !strings.Contains(flat, w) {
						t.Errorf("the screen lacks %q:\n%s", w, got)
					}
				}
				e := i18n.Explain(lang, tc.err)
				if words := strings.Fields(e.Cause); e.Code != auth.CodeUnknown && len(words) > 3 && !strings.Contains(flat, strings.Join(words[len(words)-3:], " ")) {
					t.Errorf("the cause's last words are missing (%q):\n%s", e.Cause, got)
				}
			})
		}
	}
}

// An expired token says when it expired, not when it "expires".
func TestExpiredTokenSaysExpiredAt(t *testing.T) {
	fc := &fakeClient{cached: tokenAt(t, start, "sandbox", "j1")}
	m := newPane(t, fc, Options{Now: start.Add(time.Hour + 3*time.Second)})
	got := screen(m)
	if !strings.Contains(got, "EXPIRED") || !strings.Contains(got, "expired at 13:00:00") || strings.Contains(got, "expires 13:00:00") {
		t.Errorf("an expired token's line:\n%s", got)
	}
}

// A certificate-bound token (RFC 8705) says so on the Token tab.
func TestCertBoundTokenExplained(t *testing.T) {
	raw := signed(t, "at+jwt", start, time.Hour, map[string]any{"client_id": "demo-mtls",
		"cnf": map[string]any{"x5t#S256": "bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2"}})
	tok := tokenAt(t, start, "sandbox", "j1")
	tok.Raw = raw
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		m := newPaneIn(t, &fakeClient{cached: tok}, Options{}, lang, 100, 40)
		flat := strings.Join(strings.Fields(screen(m)), " ")
		if !strings.Contains(flat, "bwcK0esc3ACC…") || !strings.Contains(flat, "cnf x5t#S256") || !strings.Contains(flat, "RFC 8705") {
			t.Errorf("%s: the binding is not explained:\n%s", lang, screen(m))
		}
	}
	plain := newPane(t, &fakeClient{cached: tokenAt(t, start, "sandbox", "j2")}, Options{})
	if strings.Contains(screen(plain), "x5t#S256") {
		t.Error("an unbound token says it is bound")
	}
}

// A token that is both expired and untrusted says both on its state line,
// as the header badge says "untrusted": neither hides the other.
func TestExpiredUntrustedTokenSaysBoth(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		fc := &fakeClient{cached: tokenAt(t, start, "sandbox", "j1"),
			verify: func(string) auth.Verification {
				return auth.Verification{Status: auth.Failed, Reason: "signature mismatch"}
			}}
		m := newPaneIn(t, fc, Options{Now: start.Add(time.Hour + 3*time.Second)}, lang, 100, 40)
		got := screen(m)
		state := ""
		for _, l := range strings.Split(got, "\n") {
			if strings.Contains(l, i18n.T(lang, i18n.TokenExpired)) {
				state = l
				break
			}
		}
		if state == "" || !strings.Contains(state, i18n.T(lang, i18n.TokenUntrusted)) {
			t.Errorf("%s: the state line of an expired, untrusted token (%q):\n%s", lang, state, got)
		}
	}
}

// The Signature and Scopes rows wrap under their value at 80 columns
// (a 60-cell pane): nothing of what they say is cut with "…".
func TestRowsWrapInANarrowPane(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		fc := &fakeClient{cached: tokenAt(t, start, "sandbox", "j1"),
			verify: func(string) auth.Verification {
				return auth.Verification{Status: auth.Verified, Alg: "RS256", KeyID: "U-zW7Imz0KrAhq872_pCoBH2VmmhCYwP4vJx4bf93Ms"}
			}}
		m := newPaneIn(t, fc, Options{Now: start.Add(time.Minute)}, lang, 60, 40)
		got := screen(m)
		if strings.Contains(got, "…") {
			t.Errorf("%s: a row is cut:\n%s", lang, got)
		}
		flat := strings.Join(strings.Fields(got), "")
		if !strings.Contains(flat, "U-zW7Imz0KrAhq872_pCoBH2VmmhCYwP4vJx4bf93Ms") {
			t.Errorf("%s: the kid is not shown whole:\n%s", lang, got)
		}
	}
}
