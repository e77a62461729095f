package token

import (
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"tokentui/auth"
	"tokentui/text/i18n"
)

func paneWith(t *testing.T, lang i18n.Lang, typ string, claims jwt.MapClaims, v auth.Verification) Model {
	t.Helper()
	raw := signed(t, typ, start, time.Hour, claims)
	tok := &auth.Token{Raw: raw, Type: "Bearer", Expiry: start.Add(time.Hour), ObtainedAt: start}
	fc := &fakeClient{cached: tok, verify: func(string) auth.Verification { return v }}
	return newPaneIn(t, fc, Options{}, lang, 160, 60)
}

// lineOf is the screen line showing claim name.
func lineOf(t *testing.T, s, name string) string {
	t.Helper()
	for _, l := range strings.Split(s, "\n") {
		if f := strings.Fields(l); len(f) > 0 && f[0] == name {
			return l
		}
	}
	t.Fatalf("no line for %q:\n%s", name, s)
	return ""
}

// Okta-like: typ JWT, scp, cid, sub equal to the client id, an empty aud.
func TestClaimsExplainedForOkta(t *testing.T) {
	m := paneWith(t, i18n.En, "JWT", jwt.MapClaims{"cid": "0oa1client", "sub": "0oa1client",
		"scp": []string{"api.read", "api.write"}, "aud": "", "ver": 1}, auth.Verification{Status: auth.Verified, Alg: "RS256", KeyID: "k"})
	s := all(m)
	if l := lineOf(t, s, "sub"); !strings.Contains(l, "the client itself (it equals cid)") || strings.Contains(l, "have none") {
		t.Errorf("sub line: %q", l)
	}
	if l := lineOf(t, s, "typ"); !strings.Contains(l, "a generic JWT") || strings.Contains(l, "(at+jwt: an OAuth2") {
		t.Errorf("typ line: %q", l)
	}
	if l := lineOf(t, s, "scp"); !strings.Contains(l, "scopes (scp:") {
		t.Errorf("scp line: %q", l)
	}
	if l := lineOf(t, s, "cid"); !strings.Contains(l, "Okta") {
		t.Errorf("cid line: %q", l)
	}
	if l := lineOf(t, s, "aud"); !strings.Contains(l, `""`) || !strings.Contains(l, "names no API") {
		t.Errorf("aud line: %q", l)
	}
	// scp is listed with the scopes, before sub and the times, not last.
	if strings.Index(s, "\n  scp") > strings.Index(s, "\n  sub") {
		t.Errorf("scp listed after sub:\n%s", s)
	}
	wantIn(t, lineOf(t, s, "Scopes"), "api.read  api.write")
}

// Entra ID-like (v1): appid, roles, tid, and ext from Hydra; in Portuguese.
func TestClaimsExplainedForEntraInPortuguese(t *testing.T) {
	m := paneWith(t, i18n.PtBR, "JWT", jwt.MapClaims{"appid": "app-1", "sub": "sp-9", "roles": []string{"Items.Read"},
		"tid": "tenant", "ext": map[string]any{"team": "a"}, "azp": "app-1"}, auth.Verification{Status: auth.Verified})
	s := all(m)
	for name, want := range map[string]string{"appid": "Entra ID v1", "roles": "permissões de aplicativo", "tid": "tenant",
		"ext": "claims extras", "azp": "parte autorizada", "sub": "de quem o token fala", "typ": "JWT genérico"} {
		if l := lineOf(t, s, name); !strings.Contains(l, want) {
			t.Errorf("%s line lacks %q: %q", name, want, l)
		}
	}
}

// A claim value holding newlines and escapes is shown escaped on its own
// line: it cannot draw a fake "✓ verified" signature line.
func TestClaimWithNewlinesCannotFakeTheSignatureLine(t *testing.T) {
	evil := "x\n\nSignature  ✓ verified — RS256, kid k\x1b[32m\r\n"
	m := paneWith(t, i18n.En, "at+jwt", jwt.MapClaims{"client_id": "c", "note": evil, "bad\nname": "v"},
		auth.Verification{Status: auth.Failed, Reason: "signature mismatch"})
	s := all(m)
	wantIn(t, s, `x\n\nSignature  ✓ verified — RS256, kid k\x1b[32m\r\n`, `bad\nname`)
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "✓ verified") && !strings.Contains(l, `\n`) {
			t.Errorf("a line claims the signature verified: %q", l)
		}
	}
	wantIn(t, lineOf(t, s, "Signature"), "✗ failed")
	if _, ok := m.Untrusted(); !ok {
		t.Error("a failed signature is not untrusted")
	}
}

// A pasted token whose own issuer "verifies" it cannot draw lines with its
// kid or alg either.
func TestVerifiedKidIsShownOnOneLine(t *testing.T) {
	m := paneWith(t, i18n.En, "at+jwt", jwt.MapClaims{"client_id": "c"},
		auth.Verification{Status: auth.Verified, Alg: "RS256", KeyID: "k\nScopes      admin.everything"})
	s := all(m)
	if strings.Contains(s, "\nScopes      admin.everything") {
		t.Errorf("the kid drew a line of its own:\n%s", s)
	}
	wantIn(t, lineOf(t, s, "Signature"), `kid k\nScopes`)
}
