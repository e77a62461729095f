package cli

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/auth"
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
	if !names["sandbox-jwt"] || !names["sandbox-mtls"] {
		t.Errorf("no sandbox-jwt profile among %v", names)
	}
}

// A tls_client_auth profile from the CLI: discovery sends the token request
// to the mTLS alias, the token is bound to the certificate, and `call`
// presents the same certificate to the API.
func TestMTLSProfileCLI(t *testing.T) {
	e := newCLIEnv(t, "")
	dir := t.TempDir()
	cred := e.srv.MTLSClient()
	files := map[string]string{"cert.pem": cred.CertPEM, "key.pem": cred.KeyPEM, "ca.pem": e.srv.MTLSCACert()}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	self := e.srv.ClientCredential(demo.SelfSignedClientID)
	os.WriteFile(filepath.Join(dir, "self.pem"), []byte(self.CertPEM), 0o600)
	profile := func(name, id, method, cert string) string {
		return "  - name: " + name + "\n    issuer: " + e.srv.IssuerURL + "\n    client_id: " + id + "\n    auth_method: " + method + "\n" +
			"    client_cert: file:" + filepath.Join(dir, cert) + "\n    client_key: file:" + filepath.Join(dir, "key.pem") + "\n" +
			"    ca_file: " + filepath.Join(dir, "ca.pem") + "\n    scopes: [demo.read]\n    api_base_url: " + e.srv.MTLSURL + demo.APIPath + "\n"
	}
	newCLIEnvWith(t, e, profile("mtls", demo.MTLSClientID, "tls_client_auth", "cert.pem")+
		profile("mismatch", demo.SelfSignedClientID, "self_signed_tls_client_auth", "self.pem"))

	code, out, errOut := e.run("", "token", "-p", "mtls")
	if code != 0 {
		t.Fatalf("token: exit %d, stderr %q", code, errOut)
	}
	var x5t string // the cnf claim's x5t#S256 (RFC 8705 §3.1)
	if j, err := auth.Decode(strings.TrimSpace(out)); err == nil {
		cnf, _ := j.Claims["cnf"].(map[string]any)
		x5t, _ = cnf["x5t#S256"].(string)
	}
	if x5t == "" {
		t.Errorf("the token is not certificate-bound")
	}
	if code, out, errOut := e.run("", "call", "-p", "mtls", "me"); code != 0 || !strings.Contains(out, demo.MTLSClientID) || e.srv.TokenRequests() != 1 {
		t.Fatalf("call: exit %d, %d token requests, out %q, stderr %q", code, e.srv.TokenRequests(), out, errOut)
	}
	// The self-signed certificate with another certificate's key: refused before anything is sent.
	if code, _, errOut := e.run("", "token", "-p", "mismatch"); code != 2 || !strings.Contains(errOut, "hint:") || e.srv.TokenRequests() != 1 {
		t.Errorf("mismatched key: exit %d, stderr %q", code, errOut)
	}
}

// A private_key_jwt profile whose key the sandbox does not know: `token`
// explains the refusal with the key (its kid, its registration), in both
// languages, and never with a secret's advice.
func TestTokenRefusedKeyAdvice(t *testing.T) {
	dir := t.TempDir()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	key := filepath.Join(dir, "stranger.pem")
	if err := os.WriteFile(key, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	e := newCLIEnv(t, "")
	profile := func(name, kid string) string {
		return "  - name: " + name + "\n    issuer: " + e.srv.IssuerURL + "\n    client_id: demo-jwt\n    auth_method: private_key_jwt\n" +
			"    client_key: file:" + key + "\n" + kid
	}
	e = newCLIEnvWith(t, e, profile("kid", "    client_key_id: stranger-1\n")+profile("nokid", ""))
	for _, tc := range []struct {
		profile, lang string
		wants         []string
	}{
		{"kid", "en", []string{"kid the provider does not know", "client_key_id"}},
		{"kid", "pt-BR", []string{"kid o provedor não conhece", "Registre a chave pública", "client_key_id"}},
		{"nokid", "en", []string{"does not match the public key", "tokentui keys show FILE"}},
		{"nokid", "pt-BR", []string{"não bate com a chave pública", "tokentui keys show ARQUIVO"}},
	} {
		t.Run(tc.profile+"/"+tc.lang, func(t *testing.T) {
			code, _, errOut := e.run("", "--lang", tc.lang, "token", "-p", tc.profile)
			flat := strings.Join(strings.Fields(errOut), " ")
			if code != 1 {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			for _, w := range tc.wants {
				if !strings.Contains(flat, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if strings.Contains(flat, "client_secret_basic") || strings.Contains(flat, "PRIVATE KEY") {
				t.Errorf("secret advice or key material:\n%s", errOut)
			}
		})
	}
}
