package demo

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// assertion signs a client assertion as a client would, with mod applied to
// its claims and header first.
func assertion(t *testing.T, s *Server, id string, key any, method jwt.SigningMethod, kid string, mod func(c jwt.MapClaims)) string {
	t.Helper()
	now := s.now()
	c := jwt.MapClaims{"iss": id, "sub": id, "aud": s.TokenURL, "jti": newJTI(), "iat": now.Unix(), "exp": now.Add(time.Minute).Unix()}
	if mod != nil {
		mod(c)
	}
	tok := jwt.NewWithClaims(method, c)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	raw, err := tok.SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func demoKey(t *testing.T) *ecdsa.PrivateKey {
	block, _ := pem.Decode([]byte(JWTClientKey))
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return k.(*ecdsa.PrivateKey)
}

func assertionForm(raw string) url.Values {
	return url.Values{"grant_type": {"client_credentials"}, "client_assertion_type": {assertionType}, "client_assertion": {raw}}
}

func TestClientAssertions(t *testing.T) {
	clock := newFakeClock()
	s := startTest(t, Options{Now: clock.Now, RateLimit: 1000})
	key := demoKey(t)
	other, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	es, hs := jwt.SigningMethodES256, jwt.SigningMethodHS256
	secret := []byte(SecretJWTSecret)
	replayed := assertion(t, s, JWTClientID, key, es, JWTKeyID, nil)
	if r := postToken(t, s, assertionForm(replayed), ""); r.status != http.StatusOK {
		t.Fatalf("first use: %d %s", r.status, r.raw)
	}
	for _, tc := range []struct {
		name   string
		raw    string
		extra  url.Values
		authz  string
		status int
		code   string
		desc   string // words the description must hold
	}{
		{"private_key_jwt", assertion(t, s, JWTClientID, key, es, JWTKeyID, nil), nil, "", 200, "", ""},
		{"no kid: every registered key is tried", assertion(t, s, JWTClientID, key, es, "", nil), nil, "", 200, "", ""},
		{"aud = issuer", assertion(t, s, JWTClientID, key, es, JWTKeyID, func(c jwt.MapClaims) { c["aud"] = s.IssuerURL }), nil, "", 200, "", ""},
		{"client_id in the body", assertion(t, s, JWTClientID, key, es, JWTKeyID, nil), url.Values{"client_id": {JWTClientID}}, "", 200, "", ""},
		{"client_secret_jwt", assertion(t, s, SecretJWTClientID, secret, hs, "", nil), nil, "", 200, "", ""},
		{"wrong aud", assertion(t, s, JWTClientID, key, es, JWTKeyID, func(c jwt.MapClaims) { c["aud"] = "https://elsewhere.example/token" }), nil, "", 400, "invalid_client", "aud"},
		{"expired", assertion(t, s, JWTClientID, key, es, JWTKeyID, func(c jwt.MapClaims) { c["exp"] = clock.Now().Add(-6 * time.Minute).Unix() }), nil, "", 400, "invalid_client", "expired"},
		{"expired within the clock skew", assertion(t, s, JWTClientID, key, es, JWTKeyID, func(c jwt.MapClaims) { c["exp"] = clock.Now().Add(-4 * time.Minute).Unix() }), nil, "", 200, "", ""},
		{"no exp", assertion(t, s, JWTClientID, key, es, JWTKeyID, func(c jwt.MapClaims) { delete(c, "exp") }), nil, "", 400, "invalid_client", "exp"},
		{"no jti", assertion(t, s, JWTClientID, key, es, JWTKeyID, func(c jwt.MapClaims) { delete(c, "jti") }), nil, "", 400, "invalid_client", "jti"},
		{"replayed", replayed, nil, "", 400, "invalid_client", "replayed"},
		{"unknown kid", assertion(t, s, JWTClientID, key, es, "nope", nil), nil, "", 400, "invalid_client", `kid "nope"`},
		{"bad signature", assertion(t, s, JWTClientID, other, es, JWTKeyID, nil), nil, "", 400, "invalid_client", "signature"},
		{"wrong HMAC secret", assertion(t, s, SecretJWTClientID, []byte("another-secret-of-32-bytes-or-more!"), hs, "", nil), nil, "", 400, "invalid_client", "signature"},
		{"HS256 for a key client", assertion(t, s, JWTClientID, secret, hs, "", nil), nil, "", 400, "invalid_client", "not valid"},
		{"iss differs from sub", assertion(t, s, JWTClientID, key, es, JWTKeyID, func(c jwt.MapClaims) { c["iss"] = "x" }), nil, "", 400, "invalid_client", "iss and sub"},
		{"client_id differs", assertion(t, s, JWTClientID, key, es, JWTKeyID, nil), url.Values{"client_id": {ClientID}}, "", 400, "invalid_client", "differs"},
		{"unknown client", assertion(t, s, "nobody", key, es, JWTKeyID, nil), nil, "", 400, "invalid_client", "unknown"},
		{"secret client with an assertion", assertion(t, s, ClientID, secret, hs, "", nil), nil, "", 400, "invalid_client", "no key"},
		{"assertion and Basic", assertion(t, s, JWTClientID, key, es, JWTKeyID, nil), nil, basicAuth(JWTClientID, "x"), 400, "invalid_request", "twice"},
		{"wrong assertion type", "", url.Values{"client_assertion_type": {"urn:x"}, "client_assertion": {"a.b.c"}}, "", 400, "invalid_client", "client_assertion_type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			form := assertionForm(tc.raw)
			for k, v := range tc.extra {
				form[k] = v
			}
			r := postToken(t, s, form, tc.authz)
			if r.status != tc.status || r.str("error") != tc.code || !contains(r.str("error_description"), tc.desc) {
				t.Errorf("got %d %s, want %d %s mentioning %q", r.status, r.raw, tc.status, tc.code, tc.desc)
			}
			if tc.status == 200 && r.str("access_token") == "" {
				t.Errorf("no access token: %s", r.raw)
			}
		})
	}
	// A key client cannot fall back to a secret, not even an empty one.
	for _, secretTried := range []string{"", ClientSecret} {
		r := postToken(t, s, url.Values{"grant_type": {"client_credentials"}, "client_id": {JWTClientID}, "client_secret": {secretTried}}, "")
		if r.status != 400 || r.str("error") != "invalid_client" {
			t.Errorf("secret %q for %s: %d %s", secretTried, JWTClientID, r.status, r.raw)
		}
	}
}
