package cli

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
)

// unsignedJWT is a JWT with header h and claims c, its signature junk.
func unsignedJWT(h, c string) string {
	b := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	return b(h) + "." + b(c) + "." + b("not-a-signature")
}

// decodeLine is the output line of field name.
func decodeLine(t *testing.T, out, name string) string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 0 && f[0] == name {
			return l
		}
	}
	t.Fatalf("no line for %q:\n%s", name, out)
	return ""
}

// Claims of real providers are explained for what their values are.
func TestDecodeExplainsClaimsOfRealProviders(t *testing.T) {
	e := newCLIEnv(t, "")
	okta := unsignedJWT(`{"alg":"RS256","typ":"JWT","kid":"k"}`,
		`{"iss":"https://okta.example","cid":"0oa1","sub":"0oa1","scp":["a.read"],"aud":"","ext":{"x":1},"exp":4102444800}`)
	code, out, errOut := e.run("", "decode", okta)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for name, want := range map[string]string{"sub": "the client itself (it equals cid)", "typ": "a generic JWT",
		"scp": "scopes (scp:", "cid": "Okta", "aud": "names no API", "ext": "extra claims"} {
		if l := decodeLine(t, out, name); !strings.Contains(l, want) {
			t.Errorf("%s: %q lacks %q", name, l, want)
		}
	}
	if l := decodeLine(t, out, "aud"); !strings.Contains(l, `""`) {
		t.Errorf("an empty aud is shown blank: %q", l)
	}
	// Listed as the Token tab lists them: the client and its scopes before
	// sub and the times, whatever order the token holds them in.
	if strings.Index(out, "\n  scp") > strings.Index(out, "\n  sub") || strings.Index(out, "\n  cid") > strings.Index(out, "\n  sub") {
		t.Errorf("cid/scp listed after sub:\n%s", out)
	}
	if strings.Contains(out, "client tokens have none") {
		t.Errorf("sub says client tokens have none next to one:\n%s", out)
	}
	entra := unsignedJWT(`{"alg":"RS256","typ":"JWT"}`, `{"appid":"app","roles":["R"],"tid":"t","azp":"app","sub":"sp"}`)
	_, out, _ = e.run("", "--lang", "pt-BR", "decode", entra)
	for name, want := range map[string]string{"appid": "Entra ID v1", "roles": "permissões de aplicativo", "tid": "tenant", "sub": "de quem o token fala"} {
		if l := decodeLine(t, out, name); !strings.Contains(l, want) {
			t.Errorf("pt-BR %s: %q lacks %q", name, l, want)
		}
	}
}

// A claim with newlines cannot draw a fake "✓ signature verified" line:
// decode shows it escaped, and --json keeps it a JSON string escape.
func TestDecodeEscapesNewlinesInClaims(t *testing.T) {
	e := newCLIEnv(t, "")
	evil := "x\n\nSignature  ✓ signature verified (RS256, kid k)\r\x1b[32m\x7f"
	c, _ := json.Marshal(map[string]any{"iss": "https://idp.example", "note": evil, "bad\nname": "v"})
	raw := unsignedJWT(`{"alg":"RS256","typ":"at+jwt"}`, string(c))
	code, out, errOut := e.run("", "decode", raw)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `x\n\nSignature  ✓ signature verified (RS256, kid k)\r\x1b[32m\x7f`) || !strings.Contains(out, `bad\nname`) {
		t.Errorf("claims not shown escaped:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "✓ signature verified") && !strings.Contains(l, `\n`) {
			t.Errorf("a claim drew a line of its own: %q", l)
		}
	}
	code, out, _ = e.run("", "decode", "--json", raw)
	if code != 0 {
		t.Fatalf("--json: exit %d", code)
	}
	if strings.ContainsAny(out, "\r\x1b\x7f") || !strings.Contains(out, `\n\nSignature`) || !strings.Contains(out, `\u007f`) {
		t.Errorf("--json lets a control through raw:\n%q", out)
	}
	var back struct{ Claims map[string]any }
	if err := json.Unmarshal([]byte(out), &back); err != nil || back.Claims["note"] != evil {
		t.Errorf("--json does not give the exact value back: %v %q", err, back.Claims["note"])
	}
}
