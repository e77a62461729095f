package auth

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var testECKey = sync.OnceValue(func() *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	return k
})

func pemOf(t testing.TB, typ string, der []byte) string {
	t.Helper()
	return string(pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}))
}

func pkcs8(t testing.TB, k crypto.Signer) string {
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return pemOf(t, "PRIVATE KEY", der)
}

// assertionProvider is a token endpoint that verifies client assertions
// by RFC 7523 §3, written from the RFC: iss = sub = client_id, aud = the
// token endpoint, exp in the future, jti never seen, signature by the
// registered key. It answers invalid_client otherwise.
type assertionProvider struct {
	*httptest.Server
	pub      any // *rsa.PublicKey, *ecdsa.PublicKey or []byte (HMAC)
	clientID string
	tokens   atomic.Int64

	mu       sync.Mutex
	seen     map[string]bool
	lastForm url.Values
	lastAuth string
	lastTok  *jwt.Token
}

func newAssertionProvider(t testing.TB, clientID string, pub any) *assertionProvider {
	p := &assertionProvider{pub: pub, clientID: clientID, seen: map[string]bool{}}
	p.Server = httptest.NewServer(http.HandlerFunc(p.handle))
	t.Cleanup(p.Close)
	return p
}

func (p *assertionProvider) handle(w http.ResponseWriter, r *http.Request) {
	p.tokens.Add(1)
	_ = r.ParseForm()
	f := r.PostForm
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lastForm, p.lastAuth = f, r.Header.Get("Authorization")
	fail := func(desc string) { oauthErr(w, 400, "invalid_client", desc) }
	if f.Get("client_assertion_type") != AssertionType || f.Has("client_secret") || p.lastAuth != "" {
		fail("not a jwt-bearer client assertion alone")
		return
	}
	tok, err := jwt.Parse(f.Get("client_assertion"), func(t *jwt.Token) (any, error) { return p.pub, nil },
		jwt.WithAudience(p.URL+"/token"), jwt.WithIssuer(p.clientID), jwt.WithSubject(p.clientID),
		jwt.WithExpirationRequired(), jwt.WithValidMethods([]string{"RS256", "PS256", "ES256", "HS256"}))
	if err != nil {
		fail(err.Error())
		return
	}
	p.lastTok = tok
	jti, _ := tok.Claims.(jwt.MapClaims)["jti"].(string)
	if jti == "" || p.seen[jti] {
		fail("jti missing or replayed")
		return
	}
	p.seen[jti] = true
	if id := f.Get("client_id"); id != "" && id != p.clientID {
		fail("client_id differs from the assertion's sub")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"access_token": "opaque-" + jti, "token_type": "Bearer", "expires_in": 3600})
}

func TestPrivateKeyJWT(t *testing.T) {
	rsaKey, ecKey := testKey(), testECKey()
	for _, tc := range []struct {
		name, key, alg, wantAlg string
		pub                     any
	}{
		{"PKCS#1 RSA", pemOf(t, "RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(rsaKey)), "", "RS256", &rsaKey.PublicKey},
		{"PKCS#8 RSA PS256", pkcs8(t, rsaKey), "PS256", "PS256", &rsaKey.PublicKey},
		{"PKCS#8 EC", pkcs8(t, ecKey), "", "ES256", &ecKey.PublicKey},
		{"SEC1 EC", func() string { d, _ := x509.MarshalECPrivateKey(ecKey); return pemOf(t, "EC PRIVATE KEY", d) }(), "ES256", "ES256", &ecKey.PublicKey},
		{"JWK EC", ecJWK(t, ecKey, "jwk-kid"), "", "ES256", &ecKey.PublicKey},
		{"JWK RSA", rsaPrivJWK(rsaKey), "", "RS256", &rsaKey.PublicKey},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newAssertionProvider(t, testClientID, tc.pub)
			var keyReads atomic.Int64
			c := newClient(t, Options{
				TokenURL: p.URL + "/token", ClientID: testClientID, AuthMethod: AuthMethodPrivateKeyJWT,
				ClientKey: staticSecret(tc.key, &keyReads), SigningAlg: tc.alg, CacheDir: t.TempDir(),
			})
			tok, err := c.Token(context.Background())
			if err != nil {
				t.Fatalf("Token: %v", err)
			}
			if tok.FromCache || c.AssertionsSigned() != 1 {
				t.Fatalf("FromCache %v, signed %d; want a request with 1 signature", tok.FromCache, c.AssertionsSigned())
			}
			p.mu.Lock()
			hdr, claims := p.lastTok.Header, p.lastTok.Claims.(jwt.MapClaims)
			form := p.lastForm
			p.mu.Unlock()
			if hdr["alg"] != tc.wantAlg {
				t.Errorf("alg = %v, want %s", hdr["alg"], tc.wantAlg)
			}
			if tc.name == "JWK EC" && hdr["kid"] != "jwk-kid" {
				t.Errorf("kid = %v, want the JWK's", hdr["kid"])
			}
			if form.Get("client_id") != testClientID {
				t.Errorf("client_id = %q", form.Get("client_id"))
			}
			exp, _ := claims.GetExpirationTime()
			iat, _ := claims.GetIssuedAt()
			if d := exp.Sub(iat.Time); d != AssertionLifetime {
				t.Errorf("exp − iat = %v, want %v", d, AssertionLifetime)
			}
			a, ok := c.LastAssertion()
			if !ok || a.Audience != p.URL+"/token" || a.Alg != tc.wantAlg || a.Thumbprint == "" || a.Claims["jti"] == nil {
				t.Errorf("LastAssertion = %+v, %v", a, ok)
			}

			// Warm: no signature, no request.
			for range 3 {
				tok, err = c.Token(context.Background())
				if err != nil || !tok.FromCache {
					t.Fatalf("warm Token: %v, FromCache %v", err, tok != nil && tok.FromCache)
				}
			}
			if c.AssertionsSigned() != 1 || p.tokens.Load() != 1 {
				t.Errorf("after warm calls: signed %d, provider requests %d; want 1 and 1", c.AssertionsSigned(), p.tokens.Load())
			}
			// Forced: a new assertion with a new jti, accepted (no replay).
			if _, err := c.Renew(context.Background()); err != nil {
				t.Fatalf("Renew: %v", err)
			}
			if c.AssertionsSigned() != 2 {
				t.Errorf("signed %d after Renew, want 2", c.AssertionsSigned())
			}
		})
	}
}

func TestClientSecretJWT(t *testing.T) {
	secret := "a-shared-secret-of-at-least-32-bytes!"
	p := newAssertionProvider(t, testClientID, []byte(secret))
	c := newClient(t, Options{TokenURL: p.URL + "/token", ClientID: testClientID, AuthMethod: AuthMethodSecretJWT,
		Secret: staticSecret(secret, nil), KeyID: "k1"})
	if _, err := c.Token(context.Background()); err != nil {
		t.Fatalf("Token: %v", err)
	}
	p.mu.Lock()
	hdr, form := p.lastTok.Header, p.lastForm
	p.mu.Unlock()
	if hdr["alg"] != "HS256" || hdr["kid"] != "k1" || form.Has("client_secret") || strings.Contains(form.Encode(), "shared-secret") {
		t.Errorf("header %v, form %v", hdr, form)
	}
}

func TestAssertionRejected(t *testing.T) {
	other, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	for _, tc := range []struct {
		name string
		mod  func(o *Options, p *assertionProvider)
	}{
		{"wrong key", func(o *Options, p *assertionProvider) { o.ClientKey = staticSecret(pkcs8(t, other), nil) }},
		{"wrong aud", func(o *Options, p *assertionProvider) { o.AssertionAudience = p.URL }},
		{"expired (clock behind)", func(o *Options, p *assertionProvider) {
			o.Now = func() time.Time { return time.Now().Add(-10 * time.Minute) }
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newAssertionProvider(t, testClientID, &testECKey().PublicKey)
			o := Options{TokenURL: p.URL + "/token", ClientID: testClientID, AuthMethod: AuthMethodPrivateKeyJWT,
				ClientKey: staticSecret(pkcs8(t, testECKey()), nil), CacheDir: t.TempDir()}
			tc.mod(&o, p)
			c := newClient(t, o)
			_, err := c.Token(context.Background())
			if !errors.Is(err, ErrInvalidClient) {
				t.Fatalf("err = %v, want invalid_client", err)
			}
			// Held back: the same credentials send nothing more.
			if _, err := c.Token(context.Background()); err == nil || p.tokens.Load() != 1 || c.AssertionsSigned() != 1 {
				t.Errorf("second try: err %v, requests %d, signed %d; want held, 1, 1", err, p.tokens.Load(), c.AssertionsSigned())
			}
		})
	}
}

// Changing the kid or the aud is a change of credentials: a failure held
// for one is not held for the other.
func TestAssertionSettingsAreCredentials(t *testing.T) {
	p := newAssertionProvider(t, testClientID, &testECKey().PublicKey)
	dir := t.TempDir()
	o := Options{TokenURL: p.URL + "/token", ClientID: testClientID, AuthMethod: AuthMethodPrivateKeyJWT,
		ClientKey: staticSecret(pkcs8(t, testECKey()), nil), CacheDir: dir, AssertionAudience: "https://wrong.example/"}
	if _, err := newClient(t, o).Token(context.Background()); !errors.Is(err, ErrInvalidClient) {
		t.Fatalf("err = %v, want invalid_client", err)
	}
	o.AssertionAudience = ""
	if _, err := newClient(t, o).Token(context.Background()); err != nil {
		t.Fatalf("after fixing aud: %v", err)
	}
}

func TestAssertionOptionsChecked(t *testing.T) {
	key := staticSecret("k", nil)
	for _, tc := range []struct {
		name string
		o    Options
	}{
		{"no key", Options{AuthMethod: AuthMethodPrivateKeyJWT}},
		{"HS256 with a key", Options{AuthMethod: AuthMethodPrivateKeyJWT, ClientKey: key, SigningAlg: "HS256"}},
		{"RS256 with a secret", Options{AuthMethod: AuthMethodSecretJWT, SigningAlg: "RS256"}},
		{"key with basic", Options{AuthMethod: AuthMethodBasic, ClientKey: key}},
		{"assertion in params", Options{AuthMethod: AuthMethodPrivateKeyJWT, ClientKey: key, Params: map[string]string{"client_assertion": "x"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.o.ClientID, tc.o.TokenURL = "c", "https://idp.example/token"
			if _, err := New(tc.o); !errors.Is(err, ErrConfig) {
				t.Errorf("New = %v, want ErrConfig", err)
			}
		})
	}
}

func TestParseClientKeyErrors(t *testing.T) {
	small, _ := rsa.GenerateKey(rand.Reader, 1024)
	pubDER, _ := x509.MarshalPKIXPublicKey(&testECKey().PublicKey)
	for _, tc := range []struct {
		name, key, alg, want string
	}{
		{"garbage", "hello", "", "neither PEM"},
		{"public key only", pemOf(t, "PUBLIC KEY", pubDER), "", "no private key"},
		{"encrypted", pemOf(t, "ENCRYPTED PRIVATE KEY", []byte{1}), "", "encrypted"},
		{"EC with RS256", pkcs8(t, testECKey()), "RS256", "needs an RSA key"},
		{"RSA with ES256", pkcs8(t, testKey()), "ES256", "this is an RSA key"},
		{"short RSA", pkcs8(t, small), "", "1024 bits"},
		{"public JWK", `{"kty":"EC","crv":"P-256","x":"AA","y":"AA"}`, "", "public key"},
		{"oct JWK", `{"kty":"oct","k":"AAAA","d":"x"}`, "", "client_secret_jwt"},
		{"HS256", pkcs8(t, testECKey()), "HS256", "shared secret"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseClientKey([]byte(tc.key), tc.alg)
			if !errors.Is(err, ErrBadKey) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want ErrBadKey mentioning %q", err, tc.want)
			}
			if err != nil && len(tc.key) > 8 && strings.Contains(err.Error(), tc.key[8:]) {
				t.Errorf("the error quotes the key: %v", err)
			}
		})
	}
}

// RFC 7638 §3.1's example key and thumbprint.
func TestThumbprintRFC7638(t *testing.T) {
	n := "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"
	c, err := ParseClientKey(nil, "")
	_ = c
	if err == nil {
		t.Fatal("empty key parsed")
	}
	pub, err := jwt.ParseRSAPublicKeyFromPEM([]byte(rsaPEMFromJWK(t, n, "AQAB")))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Thumbprint(pub)
	if want := "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"; err != nil || got != want {
		t.Errorf("Thumbprint = %q, %v; want %q", got, err, want)
	}
}

func b64u(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func ecJWK(t testing.TB, k *ecdsa.PrivateKey, kid string) string {
	raw, _ := k.PublicKey.Bytes()
	d, _ := k.Bytes()
	b, _ := json.Marshal(map[string]string{"kty": "EC", "crv": "P-256", "kid": kid,
		"x": b64u(raw[1:33]), "y": b64u(raw[33:]), "d": b64u(d)})
	return string(b)
}

func rsaPrivJWK(k *rsa.PrivateKey) string {
	b, _ := json.Marshal(map[string]string{"kty": "RSA", "n": b64u(k.N.Bytes()), "e": "AQAB",
		"d": b64u(k.D.Bytes()), "p": b64u(k.Primes[0].Bytes()), "q": b64u(k.Primes[1].Bytes())})
	return string(b)
}

func rsaPEMFromJWK(t testing.TB, n, e string) string {
	nb, err1 := base64.RawURLEncoding.DecodeString(n)
	eb, err2 := base64.RawURLEncoding.DecodeString(e)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	pub := &rsa.PublicKey{N: new(big.Int).SetBytes(nb), E: int(new(big.Int).SetBytes(eb).Int64())}
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return pemOf(t, "PUBLIC KEY", der)
}
