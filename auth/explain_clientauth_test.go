package auth

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"tokentui/demo"
)

// A token endpoint's refusal is explained for the way the client
// authenticated, and the provider's description picks the most specific
// reason: each method against the sandbox's IdentityServer-like answers.
func TestExplainClientAuthSandbox(t *testing.T) {
	srv := startSandbox(t, demo.Options{})
	jwtClient := func(o *Options) {
		o.ClientID, o.AuthMethod, o.Secret = demo.JWTClientID, AuthMethodPrivateKeyJWT, nil
		o.ClientKey, o.KeyID = staticSecret(demo.JWTClientKey, nil), demo.JWTKeyID
	}
	certClient := func(method, id string, cred demo.Credential) func(o *Options) {
		return func(o *Options) {
			o.ClientID, o.AuthMethod, o.Secret = id, method, nil
			o.ClientCert = staticSecret(cred.CertPEM, nil)
			o.HTTPClient = mtlsHTTPClient(t, srv, cred)
		}
	}
	caCred, selfCred := srv.MTLSClient(), srv.ClientCredential(demo.SelfSignedClientID)
	for _, tc := range []struct {
		name   string
		mod    func(o *Options)
		reason Code
		words  string // in the hint
	}{
		{"secret: wrong secret", func(o *Options) { o.Secret = staticSecret("wrong", nil) }, "", "client_secret_basic / client_secret_post"},
		{"private_key_jwt: unknown kid", func(o *Options) { jwtClient(o); o.KeyID = "not-registered" }, CodeAssertionUnknownKid, "client_key_id"},
		{"private_key_jwt: wrong aud", func(o *Options) { jwtClient(o); o.AssertionAudience = "https://elsewhere.example/token" }, CodeAssertionAudience, "assertion_audience"},
		{"private_key_jwt: another key", func(o *Options) { jwtClient(o); o.ClientKey = staticSecret(pkcs8(t, testECKey()), nil) }, CodeAssertionSignature, "thumbprint"},
		{"private_key_jwt: expired", func(o *Options) {
			jwtClient(o)
			o.Now = func() time.Time { return time.Now().Add(-time.Hour) }
		}, CodeAssertionTime, "clock"},
		{"private_key_jwt: client with a secret only", func(o *Options) {
			jwtClient(o)
			o.ClientID = demo.ClientID
		}, CodeMethodNotRegistered, "auth_method"},
		{"client_secret_jwt: wrong secret", func(o *Options) {
			o.ClientID, o.AuthMethod, o.Secret = demo.SecretJWTClientID, AuthMethodSecretJWT, staticSecret(strings.Repeat("x", 40), nil)
		}, CodeSecretAssertionSig, "client_secret"},
		{"tls_client_auth: self-signed certificate", certClient(AuthMethodTLS, demo.MTLSClientID, selfCred), CodeCertUntrusted, "CA"},
		{"self_signed_tls_client_auth: another certificate", certClient(AuthMethodSelfSignedTLS, demo.SelfSignedClientID, caCred), CodeCertThumbprint, "client_cert"},
		{"tls_client_auth: no certificate", func(o *Options) {
			certClient(AuthMethodTLS, demo.MTLSClientID, caCred)(o)
			pool := x509.NewCertPool()
			pool.AppendCertsFromPEM([]byte(srv.MTLSCACert()))
			o.HTTPClient = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
		}, CodeCertMissing, "mtls_endpoint_aliases"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := sandboxOptions(srv, t.TempDir())
			tc.mod(&o)
			c := newClient(t, o)
			_, err := c.Token(context.Background())
			var te *TokenError
			if !errors.As(err, &te) || te.Code != "invalid_client" {
				t.Fatalf("err = %v, want invalid_client", err)
			}
			e := Explain(err)
			if e.Code != CodeInvalidClient || e.Reason != tc.reason || !strings.Contains(e.Hint, tc.words) {
				t.Fatalf("Explain = %+v\nwant reason %q and %q in the hint (the sandbox said %q)", e, tc.reason, tc.words, te.Description)
			}
			if tc.reason != "" && strings.Contains(e.Hint, "client_secret_basic") {
				t.Errorf("secret advice for %s: %q", o.AuthMethod, e.Hint)
			}
			// Held back: the same advice without a second request.
			_, err = c.Token(context.Background())
			if !errors.Is(err, ErrHeldBack) {
				t.Fatalf("second Token = %v, want held back", err)
			}
			if h := Explain(err); h.Reason != e.Reason || h.Hint != e.Hint {
				t.Errorf("held back: %+v, want the reason %q", h, e.Reason)
			}
			// Remembered for other processes with the method, for the same advice.
			if f, ok := c.HeldFailure(); !ok || f.AuthMethod != c.Options().AuthMethod ||
				Explain(&HeldError{Last: f, AuthMethod: f.AuthMethod}).Reason != e.Reason {
				t.Errorf("held failure %+v (%v), want auth method %q", f, ok, c.Options().AuthMethod)
			}
		})
	}
}

// The same, against a provider that answers as told: what IdentityServer
// says (or does not say) for each method, and the other codes.
func TestExplainClientAuthAnswers(t *testing.T) {
	var answer struct{ code, desc string }
	p := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		oauthErr(w, http.StatusBadRequest, answer.code, answer.desc)
	}))
	t.Cleanup(p.Close)
	cert := demoCertPEM(t)
	methods := map[string]func(o *Options){
		AuthMethodBasic: func(*Options) {},
		AuthMethodPrivateKeyJWT: func(o *Options) {
			o.AuthMethod, o.Secret, o.ClientKey = AuthMethodPrivateKeyJWT, nil, staticSecret(pkcs8(t, testECKey()), nil)
		},
		AuthMethodSecretJWT: func(o *Options) { o.AuthMethod = AuthMethodSecretJWT },
		AuthMethodTLS:       func(o *Options) { o.AuthMethod, o.Secret, o.ClientCert = AuthMethodTLS, nil, staticSecret(cert, nil) },
		AuthMethodSelfSignedTLS: func(o *Options) {
			o.AuthMethod, o.Secret, o.ClientCert = AuthMethodSelfSignedTLS, nil, staticSecret(cert, nil)
		},
	}
	for _, tc := range []struct {
		method, code, desc string
		want               Code
	}{
		{AuthMethodBasic, "invalid_client", "", ""},
		{AuthMethodBasic, "invalid_client", "kid unknown", ""}, // a secret has no kid: the code's own advice
		{AuthMethodPrivateKeyJWT, "invalid_client", "", CodeAssertionRefused},
		{AuthMethodPrivateKeyJWT, "invalid_client", "No signing key found for kid \"k1\": kid not registered", CodeAssertionUnknownKid},
		{AuthMethodPrivateKeyJWT, "invalid_client", "IDX10223: Lifetime validation failed. The token is expired.", CodeAssertionTime},
		{AuthMethodPrivateKeyJWT, "invalid_client", "IDX10214: Audience validation failed.", CodeAssertionAudience},
		{AuthMethodPrivateKeyJWT, "invalid_client", "IDX10503: Signature validation failed.", CodeAssertionSignature},
		{AuthMethodPrivateKeyJWT, "invalid_client", "the client assertion was replayed: jti \"x\" was used already", CodeAssertionReplayed},
		{AuthMethodPrivateKeyJWT, "invalid_request", "", CodeAssertionRequest},
		{AuthMethodPrivateKeyJWT, "unauthorized_client", "", CodeAssertionUnauthorized},
		{AuthMethodPrivateKeyJWT, "invalid_scope", "", ""},
		{AuthMethodSecretJWT, "invalid_client", "", CodeSecretAssertionRefused},
		{AuthMethodSecretJWT, "invalid_client", "IDX10503: Signature validation failed.", CodeSecretAssertionSig},
		{AuthMethodTLS, "invalid_client", "", CodeCertRefused},
		{AuthMethodTLS, "invalid_client", "the client certificate is outside its validity", CodeCertValidity},
		{AuthMethodTLS, "invalid_client", "the client certificate's subject \"CN=x\" is not the one registered", CodeCertSubject},
		{AuthMethodTLS, "unauthorized_client", "", CodeCertUnauthorized},
		{AuthMethodSelfSignedTLS, "invalid_client", "", CodeSelfSignedCertRefused},
	} {
		t.Run(tc.method+"/"+tc.code+"/"+tc.desc, func(t *testing.T) {
			answer.code, answer.desc = tc.code, tc.desc
			o := Options{ClientID: testClientID, Secret: staticSecret(strings.Repeat("s", 40), nil), TokenURL: p.URL + "/token"}
			methods[tc.method](&o)
			_, err := newClient(t, o).Token(context.Background())
			e := Explain(err)
			if e.Code != Code(tc.code) || e.Reason != tc.want {
				t.Fatalf("Explain(%v) = code %q reason %q, want %q %q", err, e.Code, e.Reason, tc.code, tc.want)
			}
			if want := ExplainCode(tc.want); tc.want != "" && (e.Cause != want.Cause || e.Hint != want.Hint) {
				t.Errorf("cause and hint are not the reason's: %+v", e)
			}
			if AuthMethodOf(err) != o.AuthMethod && o.AuthMethod != "" {
				t.Errorf("AuthMethodOf = %q, want %q", AuthMethodOf(err), o.AuthMethod)
			}
		})
	}
}

// A provider that wants a client certificate breaks off the handshake: for
// a certificate client that is the certificate refused; for a secret one,
// the network.
func TestExplainClientAuthHandshake(t *testing.T) {
	p := httptest.NewUnstartedServer(http.NotFoundHandler())
	p.TLS = &tls.Config{ClientAuth: tls.RequireAndVerifyClientCert}
	p.StartTLS()
	t.Cleanup(p.Close)
	for _, tc := range []struct {
		method string
		want   Code
	}{
		{AuthMethodTLS, CodeCertHandshake},
		{AuthMethodSelfSignedTLS, CodeCertHandshake},
		{AuthMethodBasic, ""},
	} {
		t.Run(tc.method, func(t *testing.T) {
			o := Options{ClientID: testClientID, TokenURL: p.URL + "/token", AuthMethod: tc.method, HTTPClient: p.Client()}
			if tc.method == AuthMethodBasic {
				o.Secret = staticSecret(testSecret, nil)
			} else {
				o.ClientCert = staticSecret(demoCertPEM(t), nil)
			}
			_, err := newClient(t, o).Token(context.Background())
			e := Explain(err)
			if err == nil || e.Reason != tc.want {
				t.Fatalf("Explain(%v) = %+v, want reason %q", err, e, tc.want)
			}
		})
	}
}

// demoCertPEM is a client certificate, for clients that never get to
// present it.
func demoCertPEM(t *testing.T) string {
	t.Helper()
	srv := startSandbox(t, demo.Options{})
	return srv.MTLSClient().CertPEM
}
