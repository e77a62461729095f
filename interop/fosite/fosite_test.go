package fosite

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v3"
	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/storage"

	"tokentui/auth"
)

// provider is an OAuth2 token endpoint made with fosite, with one
// private_key_jwt client whose public key is pub under kid.
func provider(t *testing.T, clientID, alg, kid string, pub crypto.PublicKey) (*httptest.Server, *int) {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	store := storage.NewMemoryStore()
	store.Clients[clientID] = &fosite.DefaultOpenIDConnectClient{
		DefaultClient: &fosite.DefaultClient{
			ID: clientID, GrantTypes: []string{"client_credentials"}, Scopes: []string{"api.read"},
			ResponseTypes: []string{"token"},
		},
		JSONWebKeys:                       &jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: pub, KeyID: kid, Algorithm: alg, Use: "sig"}}},
		TokenEndpointAuthMethod:           "private_key_jwt",
		TokenEndpointAuthSigningAlgorithm: alg,
	}
	cfg := &fosite.Config{
		TokenURL:            srv.URL + "/token",
		GlobalSecret:        []byte("a-global-secret-of-32-bytes-long!"),
		AccessTokenLifespan: time.Hour,
	}
	signing, _ := rsa.GenerateKey(rand.Reader, 2048)
	op := compose.ComposeAllEnabled(cfg, store, signing)
	requests := 0
	mux.HandleFunc("/token", func(w http.ResponseWriter, r *http.Request) {
		requests++
		ctx := r.Context()
		ar, err := op.NewAccessRequest(ctx, r, &fosite.DefaultSession{})
		if err != nil {
			t.Logf("fosite refused: %v", fosite.ErrorToRFC6749Error(err).WithExposeDebug(true).GetDescription())
			op.WriteAccessError(ctx, w, ar, err)
			return
		}
		for _, s := range ar.GetRequestedScopes() {
			ar.GrantScope(s)
		}
		resp, err := op.NewAccessResponse(ctx, ar)
		if err != nil {
			op.WriteAccessError(ctx, w, ar, err)
			return
		}
		op.WriteAccessResponse(ctx, w, ar, resp)
	})
	return srv, &requests
}

func pemOf(t *testing.T, k crypto.Signer) string {
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
}

func TestFositeAcceptsPrivateKeyJWT(t *testing.T) {
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	rs, _ := rsa.GenerateKey(rand.Reader, 2048)
	for _, tc := range []struct {
		alg string
		key crypto.Signer
	}{
		{"ES256", ec}, {"RS256", rs}, {"PS256", rs},
	} {
		t.Run(tc.alg, func(t *testing.T) {
			srv, requests := provider(t, "interop-client", tc.alg, "k1", tc.key.Public())
			key := pemOf(t, tc.key)
			c, err := auth.New(auth.Options{
				TokenURL: srv.URL + "/token", ClientID: "interop-client", AuthMethod: auth.AuthMethodPrivateKeyJWT,
				ClientKey: func(context.Context) (string, error) { return key, nil }, KeyID: "k1", SigningAlg: tc.alg,
				Scopes: []string{"api.read"},
			})
			if err != nil {
				t.Fatal(err)
			}
			tok, err := c.Token(context.Background())
			if err != nil {
				t.Fatalf("Token: %v", err)
			}
			if tok.Raw == "" || tok.Lifetime() < 59*time.Minute {
				t.Errorf("token %+v", tok)
			}
			// A warm call signs nothing and asks nothing; a renewal signs a new
			// assertion, with a new jti that fosite accepts (it refuses replays).
			if _, err := c.Token(context.Background()); err != nil || *requests != 1 || c.AssertionsSigned() != 1 {
				t.Errorf("warm: %v, %d requests, %d signatures", err, *requests, c.AssertionsSigned())
			}
			if _, err := c.Renew(context.Background()); err != nil || c.AssertionsSigned() != 2 {
				t.Errorf("renew: %v, %d signatures", err, c.AssertionsSigned())
			}
		})
	}
}

func TestFositeRefusesWrongAssertions(t *testing.T) {
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	other, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	for _, tc := range []struct {
		name string
		mod  func(o *auth.Options)
		want error // nil: any refusal (fosite v0.49 answers an expired assertion with HTTP 500 "error")
	}{
		{"wrong aud", func(o *auth.Options) { o.AssertionAudience = "https://elsewhere.example/token" }, auth.ErrInvalidClient},
		{"wrong key", func(o *auth.Options) {
			k := pemOf(t, other)
			o.ClientKey = func(context.Context) (string, error) { return k, nil }
		}, auth.ErrInvalidClient},
		{"clock 10 minutes behind", func(o *auth.Options) { o.Now = func() time.Time { return time.Now().Add(-10 * time.Minute) } }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, _ := provider(t, "interop-client", "ES256", "k1", ec.Public())
			key := pemOf(t, ec)
			o := auth.Options{
				TokenURL: srv.URL + "/token", ClientID: "interop-client", AuthMethod: auth.AuthMethodPrivateKeyJWT,
				ClientKey: func(context.Context) (string, error) { return key, nil }, KeyID: "k1",
			}
			tc.mod(&o)
			c, err := auth.New(o)
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.Token(context.Background())
			var te *auth.TokenError
			if !errors.As(err, &te) || (tc.want != nil && !errors.Is(err, tc.want)) {
				t.Errorf("err = %v, want a refusal (%v)", err, tc.want)
			}
			t.Logf("%s: HTTP %d %s", tc.name, te.StatusCode, te.Code)
		})
	}
}
