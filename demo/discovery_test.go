package demo

import (
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"net/http"
	"slices"
	"testing"

	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"
)

func get(t *testing.T, url string) reply {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	return do(t, req)
}

func TestDiscovery(t *testing.T) {
	s := startTest(t, Options{})
	r := get(t, s.DiscoveryURL)
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.raw)
	}
	if got := r.header.Get("Cache-Control"); got != "max-age=3600, public" {
		t.Errorf("Cache-Control %q, want max-age=3600, public", got)
	}
	for k, want := range map[string]string{"issuer": s.IssuerURL, "token_endpoint": s.TokenURL, "jwks_uri": s.JWKSURL} {
		if got := r.str(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	lists := map[string][]string{
		"scopes_supported":                                 {ScopeRead, ScopeWrite},
		"grant_types_supported":                            {"client_credentials"},
		"token_endpoint_auth_methods_supported":            {"client_secret_basic", "client_secret_post", "private_key_jwt", "client_secret_jwt", "tls_client_auth", "self_signed_tls_client_auth"},
		"token_endpoint_auth_signing_alg_values_supported": {"RS256", "PS256", "ES256", "HS256"},
		"id_token_signing_alg_values_supported":            {"RS256"},
	}
	for k, want := range lists {
		var got []string
		for _, v := range r.json[k].([]any) {
			got = append(got, v.(string))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s = %v, want %v", k, got, want)
		}
	}
	if _, ok := r.json["claims_supported"].([]any); !ok {
		t.Errorf("claims_supported missing: %s", r.raw)
	}
	if r := do(t, mustReq(http.MethodPost, s.DiscoveryURL)); r.status != http.StatusMethodNotAllowed {
		t.Errorf("POST discovery: %d, want 405", r.status)
	}
}

func mustReq(method, url string) *http.Request {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		panic(err)
	}
	return req
}

// fetchJWKS reads the server's JWK Set over HTTP and builds the RSA keys by hand.
func fetchJWKS(t *testing.T, s *Server) (raw []byte, keys map[string]*rsa.PublicKey) {
	t.Helper()
	r := get(t, s.JWKSURL)
	if r.status != http.StatusOK || r.header.Get("Cache-Control") == "" {
		t.Fatalf("JWKS: %d, Cache-Control %q", r.status, r.header.Get("Cache-Control"))
	}
	var set struct {
		Keys []map[string]string `json:"keys"`
	}
	if err := json.Unmarshal([]byte(r.raw), &set); err != nil {
		t.Fatalf("JWKS is not a JWK Set: %v\n%s", err, r.raw)
	}
	keys = map[string]*rsa.PublicKey{}
	for _, k := range set.Keys {
		if k["kty"] != "RSA" || k["use"] != "sig" || k["alg"] != "RS256" || k["kid"] == "" {
			t.Errorf("key %v: want kty RSA, use sig, alg RS256 and a kid", k)
		}
		n, err1 := base64.RawURLEncoding.DecodeString(k["n"])
		e, err2 := base64.RawURLEncoding.DecodeString(k["e"])
		if err1 != nil || err2 != nil {
			t.Fatalf("n or e is not base64url: %v %v", err1, err2)
		}
		pub := &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}
		if pub.N.BitLen() != 2048 {
			t.Errorf("key is %d bits, want 2048", pub.N.BitLen())
		}
		if thumbprint(pub) != k["kid"] {
			t.Errorf("kid %q is not the key's RFC 7638 thumbprint", k["kid"])
		}
		keys[k["kid"]] = pub
	}
	return []byte(r.raw), keys
}

func TestTokenVerifiesAgainstJWKS(t *testing.T) {
	s := startTest(t, Options{})
	raw := token(t, s, ClientID, "")
	jwksJSON, keys := fetchJWKS(t, s)

	byHand := func(tok *jwt.Token) (any, error) { return keys[tok.Header["kid"].(string)], nil }
	fromLib, err := keyfunc.NewJWKSetJSON(jwksJSON)
	if err != nil {
		t.Fatalf("keyfunc cannot read the JWK Set: %v", err)
	}
	for name, kf := range map[string]jwt.Keyfunc{"by hand": byHand, "keyfunc/v3": fromLib.Keyfunc} {
		_, err := jwt.Parse(raw, kf, jwt.WithValidMethods([]string{"RS256"}),
			jwt.WithIssuer(s.IssuerURL), jwt.WithAudience(Audience), jwt.WithExpirationRequired())
		if err != nil {
			t.Errorf("%s: token does not verify against the JWKS: %v", name, err)
		}
	}
}

func TestIndexPage(t *testing.T) {
	s := startTest(t, Options{})
	r := get(t, s.IssuerURL+"/")
	if r.status != http.StatusOK || !contains(r.raw, s.TokenURL, ClientID) {
		t.Errorf("index: %d\n%s", r.status, r.raw)
	}
	if r := get(t, s.IssuerURL+"/nope"); r.status != http.StatusNotFound {
		t.Errorf("unknown path: %d, want 404", r.status)
	}
}
