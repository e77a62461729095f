package auth

import (
	"context"
	"strings"
	"testing"

	"tokentui/demo"
)

func checkByID(r Report, id string) (Check, bool) {
	for _, c := range r.Checks {
		if c.ID == id {
			return c, true
		}
	}
	return Check{}, false
}

func TestDiagnosePrivateKeyJWT(t *testing.T) {
	srv := startSandbox(t, demo.Options{})
	base := sandboxOptions(srv, t.TempDir())
	base.ClientID, base.AuthMethod, base.Secret = demo.JWTClientID, AuthMethodPrivateKeyJWT, nil
	base.ClientKey, base.KeyID = staticSecret(demo.JWTClientKey, nil), demo.JWTKeyID

	r := newClient(t, base).Diagnose(context.Background(), false)
	key, ok := checkByID(r, "client_key")
	if !r.OK || !ok || key.Status != CheckOK || !strings.Contains(key.Detail, "ES256 key (EC P-256)") ||
		!strings.Contains(key.Detail, `kid "demo-jwt-1"`) || !strings.Contains(key.Detail, "assertion aud "+srv.TokenURL) {
		t.Fatalf("healthy: OK %v, client_key %+v\n%+v", r.OK, key, r.Checks)
	}
	if key.Parts[0].Code != SayKeyThumb || key.Title != "Client key" {
		t.Errorf("coded: %+v", key)
	}

	// An unknown kid: the provider's invalid_client explained with the
	// assertion; its description says which part, so that advice stands.
	o := base
	o.KeyID, o.CacheDir = "not-registered", t.TempDir()
	r = newClient(t, o).Diagnose(context.Background(), false)
	cred, _ := checkByID(r, "credentials")
	if r.OK || cred.Code != CodeInvalidClient || cred.Reason != CodeAssertionUnknownKid || !cred.HintSaid.IsZero() || !strings.Contains(cred.Detail, "not-registered") {
		t.Errorf("unknown kid: %+v", cred)
	}
	if !strings.HasPrefix(cred.Hint, "Register the public key") || !strings.Contains(cred.Cause, "kid") {
		t.Errorf("cause %q, hint %q", cred.Cause, cred.Hint)
	}

	// A key that does not fit the algorithm: found before any request.
	o = base
	o.SigningAlg, o.CacheDir = "RS256", t.TempDir()
	before := srv.TokenRequests()
	r = newClient(t, o).Diagnose(context.Background(), false)
	if key, _ := checkByID(r, "client_key"); key.Status != CheckFail || key.HintSaid.Code != SayHintKeyAlg || !strings.Contains(key.Detail, "needs an RSA key") {
		t.Errorf("RS256 with an EC key: %+v", key)
	}
	_ = before
}

func TestDiagnoseMTLS(t *testing.T) {
	srv := startSandbox(t, demo.Options{})
	cred := srv.MTLSClient()
	o := sandboxOptions(srv, t.TempDir())
	o.ClientID, o.AuthMethod, o.Secret = demo.MTLSClientID, AuthMethodTLS, nil
	o.ClientCert, o.ClientKey = staticSecret(cred.CertPEM, nil), staticSecret(cred.KeyPEM, nil)
	o.HTTPClient = mtlsHTTPClient(t, srv, cred)
	r := newClient(t, o).Diagnose(context.Background(), false)
	c, _ := checkByID(r, "client_cert")
	if !r.OK || c.Status != CheckOK || !strings.Contains(c.Detail, "subject CN=demo-mtls") || !strings.Contains(c.Detail, "valid until") {
		t.Fatalf("healthy: OK %v, %+v\n%+v", r.OK, c, r.Checks)
	}
	// The self-signed client's key with the CA-issued certificate.
	o.ClientKey, o.CacheDir = staticSecret(srv.ClientCredential(demo.SelfSignedClientID).KeyPEM, nil), t.TempDir()
	c, _ = checkByID(newClient(t, o).Diagnose(context.Background(), false), "client_cert")
	if c.Status != CheckFail || c.HintSaid.Code != SayHintCertKey {
		t.Errorf("mismatched key: %+v", c)
	}
}
