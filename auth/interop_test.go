package auth

// Interop: the flow against an independent OAuth2 server implementation,
// github.com/go-oauth2/oauth2/v4, issuing RS256 JWT access tokens for the
// client_credentials grant.

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	oauth2 "github.com/go-oauth2/oauth2/v4"
	oerrors "github.com/go-oauth2/oauth2/v4/errors"
	"github.com/go-oauth2/oauth2/v4/generates"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/models"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/golang-jwt/jwt/v5"
)

// memStore is a ClientStore and TokenStore in memory (the library's own
// store package pulls in a database).
type memStore struct {
	mu      sync.Mutex
	clients map[string]oauth2.ClientInfo
	tokens  map[string]oauth2.TokenInfo
}

func (s *memStore) GetByID(_ context.Context, id string) (oauth2.ClientInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.clients[id]; ok {
		return c, nil
	}
	return nil, oerrors.ErrInvalidClient
}

func (s *memStore) Create(_ context.Context, info oauth2.TokenInfo) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[info.GetAccess()] = info
	return nil
}

func (s *memStore) RemoveByCode(context.Context, string) error    { return nil }
func (s *memStore) RemoveByAccess(context.Context, string) error  { return nil }
func (s *memStore) RemoveByRefresh(context.Context, string) error { return nil }
func (s *memStore) GetByCode(context.Context, string) (oauth2.TokenInfo, error) {
	return nil, nil
}
func (s *memStore) GetByRefresh(context.Context, string) (oauth2.TokenInfo, error) {
	return nil, nil
}
func (s *memStore) GetByAccess(_ context.Context, a string) (oauth2.TokenInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tokens[a], nil
}

const (
	interopID     = "interop-client"
	interopSecret = "interop-secret"
	interopKID    = "go-oauth2-key"
)

// startGoOAuth2 serves go-oauth2's token endpoint at /token and, since the
// library has no JWKS endpoint, the public key at /jwks. rfcBasic makes the
// server form-urldecode Basic credentials as RFC 6749 §2.3.1 says (the
// library's ClientBasicHandler does not).
func startGoOAuth2(t *testing.T, rfcBasic bool, secret string) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	st := &memStore{
		clients: map[string]oauth2.ClientInfo{interopID: &models.Client{ID: interopID, Secret: secret, Domain: "http://localhost"}},
		tokens:  map[string]oauth2.TokenInfo{},
	}
	mgr := manage.NewDefaultManager()
	mgr.SetClientTokenCfg(&manage.Config{AccessTokenExp: 30 * time.Minute})
	mgr.MapClientStorage(st)
	mgr.MustTokenStorage(st, nil)
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(testKey())})
	mgr.MapAccessGenerate(generates.NewJWTAccessGenerate(interopKID, keyPEM, jwt.SigningMethodRS256))

	srv := server.NewDefaultServer(mgr)
	srv.SetAllowedGrantType(oauth2.ClientCredentials)
	srv.SetClientInfoHandler(func(r *http.Request) (string, string, error) {
		if _, _, ok := r.BasicAuth(); ok {
			if !rfcBasic {
				return server.ClientBasicHandler(r)
			}
			u, p, _ := r.BasicAuth()
			id, err1 := url.QueryUnescape(u)
			sec, err2 := url.QueryUnescape(p)
			if err1 != nil || err2 != nil {
				return "", "", oerrors.ErrInvalidClient
			}
			return id, sec, nil
		}
		return server.ClientFormHandler(r)
	})
	var tokens atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) {
		tokens.Add(1)
		srv.HandleTokenRequest(w, r)
	})
	mux.HandleFunc("/jwks", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{"keys": []any{rsaJWK(&testKey().PublicKey, interopKID)}})
	})
	hs := httptest.NewServer(mux)
	t.Cleanup(hs.Close)
	return hs, &tokens
}

func TestInteropGoOAuth2(t *testing.T) {
	for _, method := range []string{AuthMethodBasic, AuthMethodPost} {
		t.Run(method, func(t *testing.T) {
			hs, tokens := startGoOAuth2(t, true, interopSecret)
			o := Options{
				Profile: "interop", TokenURL: hs.URL + "/token", JWKSURL: hs.URL + "/jwks",
				ClientID: interopID, Secret: staticSecret(interopSecret, nil), AuthMethod: method,
				Audience: interopID, // go-oauth2 puts the client id in aud
				CacheDir: t.TempDir(),
			}
			c := newClient(t, o)
			tok, err := c.Token(context.Background())
			if err != nil {
				t.Fatalf("Token: %v", err)
			}
			if lt := tok.Lifetime(); lt > 30*time.Minute || lt < 30*time.Minute-time.Second || tok.Note != "" {
				t.Errorf("lifetime %s, note %q", lt, tok.Note)
			}
			j, err := Decode(tok.Raw)
			if err != nil || j.KeyID() != interopKID || j.Alg() != "RS256" {
				t.Fatalf("decode: %v (kid %q)", err, j.KeyID())
			}
			if v := c.Verify(context.Background(), tok.Raw); v.Status != Verified || v.KeyID != interopKID {
				t.Errorf("Verify = %+v", v)
			}
			if tok2, err := newClient(t, o).Token(context.Background()); err != nil || !tok2.FromCache {
				t.Errorf("warm Token: %v", err)
			}
			if r := newClient(t, o).Diagnose(context.Background(), false); !r.OK {
				t.Errorf("Diagnose: %+v", r.Checks)
			}
			// A wrong secret: invalid_client after exactly one request.
			o.Secret, o.CacheDir = staticSecret("wrong", nil), t.TempDir()
			_, err = newClient(t, o).Token(context.Background())
			if !errors.Is(err, ErrInvalidClient) {
				t.Errorf("wrong secret: %v", err)
			}
			if got := tokens.Load(); got != 2 {
				t.Errorf("%d token requests, want 2 (one good, one wrong)", got)
			}
		})
	}
}

// go-oauth2's stock ClientBasicHandler does not form-urldecode Basic
// credentials, so a secret with reserved characters fails with Basic but
// works with client_secret_post; this pins the behaviour the invalid_client
// hint ("try the other auth_method") is about.
func TestInteropGoOAuth2StockBasicDecoding(t *testing.T) {
	const odd = "a+b/c=d"
	hs, _ := startGoOAuth2(t, false, odd)
	o := Options{TokenURL: hs.URL + "/token", ClientID: interopID, Secret: staticSecret(odd, nil)}
	if _, err := newClient(t, o).Token(context.Background()); !errors.Is(err, ErrInvalidClient) {
		t.Errorf("basic with a stock go-oauth2 server: %v, want invalid_client", err)
	}
	o.AuthMethod = AuthMethodPost
	if _, err := newClient(t, o).Token(context.Background()); err != nil {
		t.Errorf("post: %v", err)
	}
}
