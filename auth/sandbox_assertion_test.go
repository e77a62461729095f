package auth

import (
	"context"
	"errors"
	"testing"

	"tokentui/demo"
)

// Each assertion method against the sandbox, cold then warm: one signature
// and one token request, then none.
func TestSandboxAssertions(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(o *Options)
	}{
		{AuthMethodPrivateKeyJWT, func(o *Options) {
			o.ClientID, o.AuthMethod, o.Secret = demo.JWTClientID, AuthMethodPrivateKeyJWT, nil
			o.ClientKey, o.KeyID = staticSecret(demo.JWTClientKey, nil), demo.JWTKeyID
		}},
		{AuthMethodSecretJWT, func(o *Options) {
			o.ClientID, o.AuthMethod, o.Secret = demo.SecretJWTClientID, AuthMethodSecretJWT, staticSecret(demo.SecretJWTSecret, nil)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := startSandbox(t, demo.Options{})
			o := sandboxOptions(srv, t.TempDir())
			tc.mod(&o)
			c := newClient(t, o)
			tok, err := c.Token(context.Background())
			if err != nil {
				t.Fatalf("cold Token: %v", err)
			}
			if j, err := Decode(tok.Raw); err != nil || j.ClientID() != o.ClientID {
				t.Errorf("token of %v (%v)", j, err)
			}
			if c.AssertionsSigned() != 1 || srv.TokenRequests() != 1 {
				t.Errorf("cold: %d signatures, %d token requests; want 1 and 1", c.AssertionsSigned(), srv.TokenRequests())
			}
			// Warm, as every CLI invocation: a new client on the same cache.
			c2 := newClient(t, o)
			if tok, err := c2.Token(context.Background()); err != nil || !tok.FromCache {
				t.Fatalf("warm Token: %v", err)
			}
			if c2.AssertionsSigned() != 0 || srv.TokenRequests() != 1 {
				t.Errorf("warm: %d signatures, %d token requests; want 0 and 1", c2.AssertionsSigned(), srv.TokenRequests())
			}
		})
	}
}

func TestSandboxAssertionRejections(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(o *Options)
	}{
		{"unknown kid", func(o *Options) { o.KeyID = "not-registered" }},
		{"wrong aud", func(o *Options) { o.AssertionAudience = "https://elsewhere.example/connect/token" }},
		{"wrong key", func(o *Options) { o.ClientKey = staticSecret(pkcs8(t, testECKey()), nil) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := startSandbox(t, demo.Options{})
			o := sandboxOptions(srv, t.TempDir())
			o.ClientID, o.AuthMethod, o.Secret = demo.JWTClientID, AuthMethodPrivateKeyJWT, nil
			o.ClientKey, o.KeyID = staticSecret(demo.JWTClientKey, nil), demo.JWTKeyID
			tc.mod(&o)
			_, err := newClient(t, o).Token(context.Background())
			var te *TokenError
			if !errors.Is(err, ErrInvalidClient) || !errors.As(err, &te) || te.Description == "" {
				t.Fatalf("err = %v, want invalid_client with a description", err)
			}
			t.Logf("%s: %s", tc.name, te.Description)
		})
	}
}
