package auth

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
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

// testKey is one RSA key for every fake provider, generated on first use
// (slow, and not needed by the helper processes).
var testKey = sync.OnceValue(func() *rsa.PrivateKey {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	return k
})

const (
	testClientID = "my client"         // a space: Basic must form-urlencode it
	testSecret   = "s3cr+t:/&é%20 end" // every character RFC 6749 §2.3.1 cares about
	testKID      = "test-kid"
)

// fakeProvider is an httptest OAuth2 provider that counts every request.
type fakeProvider struct {
	*httptest.Server
	t testing.TB

	total, discovery, jwks, tokens atomic.Int64

	mu           sync.Mutex
	ttl          time.Duration
	expiresIn    int // seconds sent as expires_in; 0 = ttl; -1 = omitted
	opaque       bool
	delay        time.Duration
	tooMany      int    // answer this many token requests with 429
	retryAfter   string // Retry-After of those 429s
	cacheControl string
	noOIDC       bool     // serve only the RFC 8414 document
	docIssuer    string   // issuer named in the document; "" = the server URL
	authMethods  []string // advertised auth methods; nil = both
	grantOnly    []string // grant only these of the scopes asked; nil = all
	now          func() time.Time
	hostile      func(w http.ResponseWriter, r *http.Request) bool // answers instead when it returns true
	lastForm     url.Values
	lastAuth     string
	lastScopes   []string
}

func newFakeProvider(t testing.TB) *fakeProvider {
	t.Helper()
	p := &fakeProvider{t: t, ttl: time.Hour, now: time.Now}
	mux := http.NewServeMux()
	mux.HandleFunc("/.well-known/openid-configuration", func(w http.ResponseWriter, r *http.Request) {
		p.discovery.Add(1)
		if p.noOIDC {
			http.NotFound(w, r)
			return
		}
		p.writeDoc(w)
	})
	mux.HandleFunc("/.well-known/oauth-authorization-server", func(w http.ResponseWriter, r *http.Request) {
		p.discovery.Add(1)
		p.writeDoc(w)
	})
	mux.HandleFunc("/jwks", func(w http.ResponseWriter, r *http.Request) {
		p.jwks.Add(1)
		json.NewEncoder(w).Encode(map[string]any{"keys": []any{rsaJWK(&testKey().PublicKey, testKID)}})
	})
	mux.HandleFunc("/token", p.handleToken)
	p.Server = httptest.NewServer(countRequests(&p.total, mux))
	t.Cleanup(p.Close)
	return p
}

func countRequests(n *atomic.Int64, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		h.ServeHTTP(w, r)
	})
}

func (p *fakeProvider) set(f func(p *fakeProvider)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	f(p)
}

func (p *fakeProvider) writeDoc(w http.ResponseWriter) {
	p.mu.Lock()
	iss, cc, methods := p.docIssuer, p.cacheControl, p.authMethods
	p.mu.Unlock()
	if methods == nil {
		methods = []string{"client_secret_basic", "client_secret_post"}
	}
	if iss == "" {
		iss = p.URL
	}
	if cc != "" {
		w.Header().Set("Cache-Control", cc)
	}
	json.NewEncoder(w).Encode(map[string]any{
		"issuer":                                iss,
		"token_endpoint":                        p.URL + "/token",
		"jwks_uri":                              p.URL + "/jwks",
		"scopes_supported":                      []string{"api.read", "api.write"},
		"token_endpoint_auth_methods_supported": methods,
		"grant_types_supported":                 []string{"client_credentials"},
	})
}

func rsaJWK(pub *rsa.PublicKey, kid string) map[string]any {
	return map[string]any{
		"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
		"n": base64.RawURLEncoding.EncodeToString(pub.N.Bytes()),
		"e": base64.RawURLEncoding.EncodeToString(big.NewInt(int64(pub.E)).Bytes()),
	}
}

// oauthErr writes an RFC 6749 §5.2 error.
func oauthErr(w http.ResponseWriter, status int, code, desc string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": code, "error_description": desc})
}

func (p *fakeProvider) handleToken(w http.ResponseWriter, r *http.Request) {
	p.tokens.Add(1)
	p.mu.Lock()
	delay, ttl, expiresIn, opaque, now := p.delay, p.ttl, p.expiresIn, p.opaque, p.now()
	tooMany := p.tooMany > 0
	if tooMany {
		p.tooMany--
	}
	retryAfter, hostile := p.retryAfter, p.hostile
	p.mu.Unlock()
	if hostile != nil && hostile(w, r) {
		return
	}
	time.Sleep(delay)
	if err := r.ParseForm(); err != nil {
		oauthErr(w, 400, "invalid_request", "bad form")
		return
	}
	p.mu.Lock()
	p.lastForm, p.lastAuth = r.PostForm, r.Header.Get("Authorization")
	p.lastScopes = strings.Fields(r.PostForm.Get("scope"))
	granted := p.lastScopes
	if p.grantOnly != nil {
		granted = nil
		for _, s := range p.lastScopes {
			if contains(p.grantOnly, s) {
				granted = append(granted, s)
			}
		}
	}
	p.mu.Unlock()
	if tooMany {
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		oauthErr(w, 429, "", "")
		return
	}
	if r.PostForm.Get("grant_type") != "client_credentials" {
		oauthErr(w, 400, "unsupported_grant_type", "only client_credentials")
		return
	}
	id, secret := r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	if u, s, ok := r.BasicAuth(); ok {
		// RFC 6749 §2.3.1: both were form-urlencoded before base64.
		var err1, err2 error
		id, err1 = url.QueryUnescape(u)
		secret, err2 = url.QueryUnescape(s)
		if err1 != nil || err2 != nil || r.PostForm.Has("client_secret") {
			oauthErr(w, 400, "invalid_request", "bad basic credentials")
			return
		}
	}
	if id != testClientID || secret != testSecret {
		oauthErr(w, 400, "invalid_client", "Invalid client secret")
		return
	}
	var raw string
	if opaque {
		raw = "opaque-" + base64.RawURLEncoding.EncodeToString([]byte(now.String()))
	} else {
		raw = signToken(p.t, jwt.MapClaims{
			"iss": p.URL, "nbf": now.Unix(), "iat": now.Unix(), "exp": now.Add(ttl).Unix(),
			"aud": "api", "scope": granted, "client_id": id, "jti": now.String(),
		}, testKID)
	}
	resp := map[string]any{"access_token": raw, "token_type": "Bearer"}
	switch {
	case expiresIn > 0:
		resp["expires_in"] = expiresIn
	case expiresIn == 0:
		resp["expires_in"] = int(ttl / time.Second)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	json.NewEncoder(w).Encode(resp)
}

func signToken(t testing.TB, claims jwt.MapClaims, kid string) string {
	t.Helper()
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	tok.Header["kid"] = kid
	tok.Header["typ"] = "at+jwt"
	s, err := tok.SignedString(testKey())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// fakeClock is a settable clock for the guard and cache tests.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Now().Truncate(time.Second)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// staticSecret returns a Secret func that counts its calls.
func staticSecret(s string, calls *atomic.Int64) func(context.Context) (string, error) {
	return func(context.Context) (string, error) {
		if calls != nil {
			calls.Add(1)
		}
		return s, nil
	}
}

// options are Options for this provider through discovery.
func (p *fakeProvider) options(dir string) Options {
	return Options{
		Profile:  "test",
		Issuer:   p.URL,
		ClientID: testClientID,
		Secret:   staticSecret(testSecret, nil),
		Scopes:   []string{"api.read"},
		CacheDir: dir,
	}
}

func newClient(t testing.TB, o Options) *Client {
	t.Helper()
	c, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func b64std(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
