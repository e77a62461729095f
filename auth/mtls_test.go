package auth

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"testing"

	"tokentui/demo"
)

func mtlsHTTPClient(t *testing.T, srv *demo.Server, cred demo.Credential) *http.Client {
	t.Helper()
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM([]byte(srv.MTLSCACert()))
	pair, err := tls.X509KeyPair([]byte(cred.CertPEM), []byte(cred.KeyPEM))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &tls.Config{RootCAs: pool, GetClientCertificate: func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &pair, nil }}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func TestSandboxMTLS(t *testing.T) {
	for _, tc := range []struct {
		method, id string
		cred       func(*demo.Server) demo.Credential
	}{
		{AuthMethodTLS, demo.MTLSClientID, (*demo.Server).MTLSClient},
		{AuthMethodSelfSignedTLS, demo.SelfSignedClientID, func(s *demo.Server) demo.Credential { return s.ClientCredential(demo.SelfSignedClientID) }},
	} {
		t.Run(tc.method, func(t *testing.T) {
			srv := startSandbox(t, demo.Options{})
			cred := tc.cred(srv)
			o := sandboxOptions(srv, t.TempDir())
			o.ClientID, o.AuthMethod, o.Secret = tc.id, tc.method, nil
			o.ClientCert = staticSecret(cred.CertPEM, nil)
			o.HTTPClient = mtlsHTTPClient(t, srv, cred)
			c := newClient(t, o)
			tok, err := c.Token(context.Background())
			if err != nil {
				t.Fatalf("Token: %v", err)
			}
			if tok.TokenURL != srv.MTLSURL+demo.TokenPath {
				t.Errorf("token from %s, want the mTLS alias", tok.TokenURL)
			}
			_, info, err := ParseCert(cred.CertPEM)
			if err != nil || certBinding(tok.Raw) != info.Thumbprint {
				t.Errorf("binding %q, cert thumbprint %q (%v)", certBinding(tok.Raw), info.Thumbprint, err)
			}
			if info.SelfSigned != (tc.method == AuthMethodSelfSignedTLS) {
				t.Errorf("SelfSigned = %v", info.SelfSigned)
			}
			// Warm: nothing sent.
			if tok, err := newClient(t, o).Token(context.Background()); err != nil || !tok.FromCache || srv.TokenRequests() != 1 {
				t.Errorf("warm: %v, %d token requests", err, srv.TokenRequests())
			}
			// Another certificate is other credentials: not this cached token.
			o.ClientCert = staticSecret(srv.MTLSClient().CertPEM+" ", nil)
			if _, ok := newClient(t, o).Cached(); ok {
				t.Error("a token cached for one certificate was found for another")
			}
		})
	}
}

func TestTLSOptionsChecked(t *testing.T) {
	for _, o := range []Options{
		{AuthMethod: AuthMethodTLS},
		{AuthMethod: AuthMethodBasic, ClientCert: staticSecret("c", nil)},
	} {
		o.ClientID, o.TokenURL = "c", "https://idp.example/token"
		if _, err := New(o); !errors.Is(err, ErrConfig) {
			t.Errorf("New(%s) = %v, want ErrConfig", o.AuthMethod, err)
		}
	}
}

// certBinding returns the x5t#S256 a JWT access token is bound to (its
// cnf claim, RFC 8705 §3.1), "" when it is not certificate-bound or not a JWT.
func certBinding(raw string) string {
	j, err := Decode(raw)
	if err != nil {
		return ""
	}
	cnf, _ := j.Claims["cnf"].(map[string]any)
	s, _ := cnf["x5t#S256"].(string)
	return s
}
