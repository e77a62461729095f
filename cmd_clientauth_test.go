package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/demo"
)

// A private_key_jwt profile from the CLI: the key in a 0600 file; cold
// `token` asks once, warm `token` and `call` ask nothing more.
func TestPrivateKeyJWTProfileCLI(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "demo-jwt.pem")
	if err := os.WriteFile(key, []byte(demo.JWTClientKey), 0o600); err != nil {
		t.Fatal(err)
	}
	loose := filepath.Join(dir, "loose.pem")
	os.WriteFile(loose, []byte(demo.JWTClientKey), 0o644)
	e := newCLIEnv(t, "")
	extra := "  - name: jwt\n    issuer: " + e.srv.IssuerURL + "\n    client_id: demo-jwt\n    auth_method: private_key_jwt\n" +
		"    client_key: file:" + key + "\n    client_key_id: demo-jwt-1\n    scopes: [demo.read]\n    api_base_url: " + e.srv.APIURL + "\n" +
		"  - name: loose\n    issuer: " + e.srv.IssuerURL + "\n    client_id: demo-jwt\n    auth_method: private_key_jwt\n" +
		"    client_key: file:" + loose + "\n"
	e = newCLIEnvWith(t, e, extra)

	code, out, errOut := e.run("", "token", "-p", "jwt")
	if code != 0 || strings.Count(strings.TrimSpace(out), ".") != 2 {
		t.Fatalf("cold token: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := e.run("", "token", "-p", "jwt"); code != 0 || e.srv.TokenRequests() != 1 {
		t.Fatalf("warm token: exit %d, %d token requests, stderr %q", code, e.srv.TokenRequests(), errOut)
	}
	if code, out, errOut := e.run("", "call", "-p", "jwt", "me"); code != 0 || !strings.Contains(out, "demo-jwt") || e.srv.TokenRequests() != 1 {
		t.Fatalf("warm call: exit %d, %d token requests, out %q, stderr %q", code, e.srv.TokenRequests(), out, errOut)
	}
	code, _, errOut = e.run("", "token", "-p", "loose")
	if code != 2 || !strings.Contains(errOut, "chmod 600") || strings.Contains(errOut, "PRIVATE KEY") || e.srv.TokenRequests() != 1 {
		t.Errorf("key readable by others: exit %d, stderr %q", code, errOut)
	}
}

// newCLIEnvWith rewrites e's profiles file with extra profiles appended.
func newCLIEnvWith(t *testing.T, e *cliEnv, extra string) *cliEnv {
	t.Helper()
	b, err := os.ReadFile(e.config)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(e.config, append(b, extra...), 0o600); err != nil {
		t.Fatal(err)
	}
	return e
}

// The profiles of `tokentui demo` are valid and each gets a token.
func TestDemoProfilesWork(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv, err := demo.Start(ctx, demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	g := &globals{stdout: os.Stdout, stderr: os.Stderr}
	names := map[string]bool{}
	for _, p := range demoProfiles(srv) {
		names[p.Name] = true
		if err := p.Validate(); err != nil {
			t.Errorf("%s: %v", p.Name, err)
			continue
		}
		c, err := newAuthClientMode(p, g, true)
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		if _, err := c.Token(ctx); err != nil {
			t.Errorf("%s: Token: %v", p.Name, err)
		}
	}
	if !names["sandbox-jwt"] {
		t.Errorf("no sandbox-jwt profile among %v", names)
	}
}
