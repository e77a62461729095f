package auth

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func TestVerify(t *testing.T) {
	p := newFakeProvider(t)
	now := time.Now()
	claims := func(mod func(jwt.MapClaims)) jwt.MapClaims {
		c := jwt.MapClaims{"iss": p.URL, "aud": "api", "iat": now.Unix(), "nbf": now.Unix(), "exp": now.Add(time.Hour).Unix(), "scope": "api.read"}
		if mod != nil {
			mod(c)
		}
		return c
	}
	pubPEM := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: must(x509.MarshalPKIXPublicKey(&testKey().PublicKey))})
	hsWithPublicKey := func() string {
		tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(nil))
		tok.Header["kid"] = testKID
		s, err := tok.SignedString(pubPEM)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}()
	algNone := func() string {
		tok := jwt.NewWithClaims(jwt.SigningMethodNone, claims(nil))
		tok.Header["kid"] = testKID
		s, err := tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}()
	good := signToken(t, claims(nil), testKID)
	tampered := func() string {
		parts := strings.Split(good, ".")
		var c map[string]any
		json.Unmarshal(mustB64(parts[1]), &c)
		c["scope"] = "api.admin"
		b, _ := json.Marshal(c)
		return parts[0] + "." + base64.RawURLEncoding.EncodeToString(b) + "." + parts[2]
	}()
	for _, tc := range []struct {
		name     string
		raw      string
		audience string
		want     VerifyStatus
		reason   string
	}{
		{"good", good, "", Verified, "verified with key"},
		{"good with audience", good, "api", Verified, "verified"},
		{"wrong audience", good, "other-api", Failed, "audience"},
		{"wrong kid", signToken(t, claims(nil), "other-kid"), "", Failed, `no key with kid "other-kid"`},
		{"alg none", algNone, "", Failed, "unsigned"},
		{"HS256 with the RSA public key", hsWithPublicKey, "", Failed, "alg HS256 is not allowed"},
		{"tampered payload", tampered, "", Failed, "signature does not match"},
		{"expired", signToken(t, claims(func(c jwt.MapClaims) { c["exp"] = now.Add(-2 * time.Minute).Unix() }), testKID), "", Failed, "expired at"},
		{"not yet valid", signToken(t, claims(func(c jwt.MapClaims) { c["nbf"] = now.Add(10 * time.Minute).Unix() }), testKID), "", Failed, "not valid before"},
		{"nbf slightly ahead is tolerated", signToken(t, claims(func(c jwt.MapClaims) { c["nbf"] = now.Add(5 * time.Second).Unix() }), testKID), "", Verified, "ahead of this machine's clock"},
		{"issued in the future", signToken(t, claims(func(c jwt.MapClaims) { c["iat"] = now.Add(10 * time.Minute).Unix() }), testKID), "", Failed, "issued in the future"},
		{"wrong issuer", signToken(t, claims(func(c jwt.MapClaims) { c["iss"] = "https://evil.example" }), testKID), "", Failed, `issued by "https://evil.example"`},
		{"opaque", "2YotnFZFEjr1zCsicMWpAA", "", NotChecked, "opaque"},
		{"malformed", "a.b", "", Failed, "expected 3 parts"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := p.options("")
			o.Audience = tc.audience
			c := newClient(t, o)
			v := c.Verify(context.Background(), tc.raw)
			if v.Status != tc.want || !strings.Contains(v.Reason, tc.reason) {
				t.Errorf("Verify = %s %q, want %s containing %q", v.Status, v.Reason, tc.want, tc.reason)
			}
			if v.Status == Verified && (v.KeyID != testKID || v.Alg != "RS256" || v.Leeway != 0 || v.Issuer != p.URL) {
				t.Errorf("Verification = %+v", v)
			}
		})
	}
}

func TestVerifyTokenWithoutProfile(t *testing.T) {
	p := newFakeProvider(t)
	now := time.Now()
	good := signToken(t, jwt.MapClaims{"iss": p.URL, "exp": now.Add(time.Hour).Unix()}, testKID)
	// JWKS through the token's own iss.
	if v := VerifyToken(context.Background(), nil, good, ""); v.Status != Verified || v.JWKSURL != p.URL+"/jwks" || v.Issuer != p.URL {
		t.Errorf("via iss: %+v", v)
	}
	// An explicit JWKS URL; iss not checked.
	other := signToken(t, jwt.MapClaims{"iss": "https://elsewhere.example", "exp": now.Add(time.Hour).Unix()}, testKID)
	if v := VerifyToken(context.Background(), nil, other, p.URL+"/jwks"); v.Status != Verified || v.Issuer != "" {
		t.Errorf("explicit JWKS: %+v", v)
	}
	// No http(s) iss and no JWKS: not checked.
	noIss := signToken(t, jwt.MapClaims{"exp": now.Add(time.Hour).Unix()}, testKID)
	if v := VerifyToken(context.Background(), nil, noIss, ""); v.Status != NotChecked || !strings.Contains(v.Reason, "--jwks") {
		t.Errorf("no iss: %+v", v)
	}
	// An unreachable JWKS: not checked, with the error.
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	if v := VerifyToken(context.Background(), nil, good, dead.URL+"/jwks"); v.Status != NotChecked || v.Err == nil {
		t.Errorf("dead JWKS: %+v", v)
	}
}

func TestVerifyECAndKeyTypePinning(t *testing.T) {
	ecKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	point, err := ecKey.PublicKey.Bytes() // uncompressed: 0x04 || X || Y, 32 bytes each
	if err != nil {
		t.Fatal(err)
	}
	jwks := map[string]any{"keys": []any{
		map[string]any{"kty": "EC", "crv": "P-256", "kid": "ec1",
			"x": base64.RawURLEncoding.EncodeToString(point[1:33]),
			"y": base64.RawURLEncoding.EncodeToString(point[33:65])},
		map[string]any{"kty": "oct", "kid": "sym", "k": "c2VjcmV0"}, // never usable from a public JWKS
		rsaJWK(&testKey().PublicKey, "rsa1"),
	}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { json.NewEncoder(w).Encode(jwks) }))
	defer srv.Close()
	exp := time.Now().Add(time.Hour).Unix()
	es := jwt.NewWithClaims(jwt.SigningMethodES256, jwt.MapClaims{"exp": exp})
	es.Header["kid"] = "ec1"
	esRaw, _ := es.SignedString(ecKey)
	if v := VerifyToken(context.Background(), nil, esRaw, srv.URL); v.Status != Verified || v.Alg != "ES256" {
		t.Errorf("ES256: %+v", v)
	}
	// An RS256 token claiming the EC key's kid fails on the algorithm.
	rs := signToken(t, jwt.MapClaims{"exp": exp}, "ec1")
	if v := VerifyToken(context.Background(), nil, rs, srv.URL); v.Status != Failed || !strings.Contains(v.Reason, "RS256 is not allowed") {
		t.Errorf("RS256 with EC kid: %+v", v)
	}
	// HS256 with the symmetric key of the set: that key is skipped, so unknown.
	hs := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"exp": exp})
	hs.Header["kid"] = "sym"
	hsRaw, _ := hs.SignedString([]byte("secret"))
	if v := VerifyToken(context.Background(), nil, hsRaw, srv.URL); v.Status != Failed {
		t.Errorf("HS256 with an oct key from a JWKS: %+v", v)
	}
	// No kid: the key of the right type is found.
	nokid := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"exp": exp})
	nokidRaw, _ := nokid.SignedString(testKey())
	if v := VerifyToken(context.Background(), nil, nokidRaw, srv.URL); v.Status != Verified {
		t.Errorf("no kid: %+v", v)
	}
}

func TestVerifyRefetchesJWKSOnUnknownKid(t *testing.T) {
	p := newFakeProvider(t)
	c := newClient(t, p.options(""))
	good := signToken(t, jwt.MapClaims{"iss": p.URL, "exp": time.Now().Add(time.Hour).Unix()}, testKID)
	for i := 0; i < 3; i++ {
		if v := c.Verify(context.Background(), good); v.Status != Verified {
			t.Fatalf("Verify: %+v", v)
		}
	}
	if got := p.jwks.Load(); got != 1 {
		t.Errorf("JWKS fetched %d times for 3 verifications, want 1", got)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func mustB64(s string) []byte { return must(base64.RawURLEncoding.DecodeString(s)) }

// Verification fetches the JWKS once per call and starts nothing that
// outlives it (no keyfunc refresh goroutine).
func TestVerifyTokenLeavesNoGoroutines(t *testing.T) {
	p := newFakeProvider(t)
	good := signToken(t, jwt.MapClaims{"iss": p.URL, "exp": time.Now().Add(time.Hour).Unix()}, testKID)
	hc := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	VerifyToken(context.Background(), hc, good, p.URL+"/jwks") // warm up lazily started runtime goroutines
	before := runtime.NumGoroutine()
	for i := 0; i < 10; i++ {
		if v := VerifyToken(context.Background(), hc, good, p.URL+"/jwks"); v.Status != Verified {
			t.Fatal(v.Reason)
		}
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("goroutines: %d before, %d after 10 verifications", before, after)
	}
}
