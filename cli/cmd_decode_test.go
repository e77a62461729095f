package cli

import (
	"encoding/base64"
	"strings"
	"testing"
)

func TestDecodeCmd(t *testing.T) {
	e := newCLIEnv(t, "")
	_, tok, _ := e.run("", "token")
	tok = strings.TrimSpace(tok)

	code, out, errOut := e.run("", "decode", tok)
	if code != 0 || errOut != "" {
		t.Fatalf("decode: exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"Header", "Claims", "alg", "RS256", "at+jwt", "iss", e.srv.IssuerURL, "issuer: who",
		"exp", "(in ", "demo.read demo.write", "client_id", "not verified (use --verify)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// stdin, with "-" and with no argument.
	for _, args := range [][]string{{"decode", "-"}, {"decode"}} {
		if code, out, _ := e.run(tok+"\n", args...); code != 0 || !strings.Contains(out, "Claims") {
			t.Errorf("%v from stdin: exit %d", args, code)
		}
	}
	// --verify via iss discovery, and with --jwks.
	if code, out, _ := e.run("", "decode", "--verify", tok); code != 0 || !strings.Contains(out, "✓ signature verified") {
		t.Errorf("--verify: exit %d\n%s", code, out)
	}
	if code, out, _ := e.run("", "decode", "--jwks", e.srv.JWKSURL, tok); code != 0 || !strings.Contains(out, "✓") {
		t.Errorf("--jwks: exit %d\n%s", code, out)
	}
	// A tampered payload fails verification: exit 1, saying why.
	parts := strings.Split(tok, ".")
	forged := parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(`{"iss":"`+e.srv.IssuerURL+`","scope":"demo.admin","exp":4102444800}`)) + "." + parts[2]
	if code, out, errOut := e.run("", "decode", "--verify", forged); code != 1 || !strings.Contains(out, "✗ failed") || !strings.Contains(errOut, "signature does not match") {
		t.Errorf("forged: exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestDecodeCmdMalformedAndHostile(t *testing.T) {
	e := newCLIEnv(t, "")
	b := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	for _, tc := range []struct{ raw, want string }{
		{"abc", "expected 3 parts"},
		{b(`{"alg":"RS256"}`) + ".@@@." + b("s"), "payload is not base64url"},
		{b(`{"alg":"RS256"}`) + "." + b("nope") + "." + b("s"), "payload is not JSON"},
		{b("[") + "." + b(`{}`) + ".", "header is not JSON"},
	} {
		code, out, errOut := e.run("", "decode", tc.raw)
		if code != 2 || out != "" || !strings.Contains(errOut, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tc.raw, code, errOut, tc.want)
		}
	}
	if code, _, errOut := e.run("", "decode", "-"); code != 2 || !strings.Contains(errOut, "empty") {
		t.Errorf("empty stdin: exit %d, %q", code, errOut)
	}
	hostile := b(`{"alg":"none","kid":"\u001b]52;c;ZXZpbA==\u0007"}`) + "." + b(`{"iss":"x\u001b[31mred","note":"\u202eevil"}`) + "."
	code, out, _ := e.run("", "decode", hostile)
	if code != 0 || strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("hostile claims reached the terminal: exit %d %q", code, out)
	}
	if code, _, errOut := e.run("", "decode", "--verify", hostile); code != 1 || !strings.Contains(errOut, "unsigned") {
		t.Errorf("alg none --verify: exit %d, %q", code, errOut)
	}
}
