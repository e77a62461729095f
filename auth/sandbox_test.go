package auth

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"tokentui/demo"
)

func startSandbox(t testing.TB, opts demo.Options) *demo.Server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	srv, err := demo.Start(ctx, opts)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); srv.Close() })
	return srv
}

func sandboxOptions(srv *demo.Server, dir string) Options {
	return Options{
		Profile:  "sandbox",
		Issuer:   srv.IssuerURL,
		ClientID: demo.ClientID,
		Secret:   staticSecret(demo.ClientSecret, nil),
		Scopes:   []string{demo.ScopeRead, demo.ScopeWrite},
		Audience: demo.Audience,
		CacheDir: dir,
	}
}

func TestSandboxFlow(t *testing.T) {
	for _, method := range []string{AuthMethodBasic, AuthMethodPost} {
		t.Run(method, func(t *testing.T) {
			srv := startSandbox(t, demo.Options{})
			o := sandboxOptions(srv, t.TempDir())
			o.AuthMethod = method
			c := newClient(t, o)
			tok, err := c.Token(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if lt := tok.Lifetime(); !slices.Equal(tok.Scopes, []string{demo.ScopeRead, demo.ScopeWrite}) || tok.Note != "" ||
				lt > demo.DefaultTokenTTL || lt < demo.DefaultTokenTTL-5*time.Second { // exp has whole seconds, and a loaded machine is slow
				t.Errorf("token: scopes %v, note %q, lifetime %s", tok.Scopes, tok.Note, lt)
			}
			j, err := Decode(tok.Raw)
			if err != nil || j.Type() != "at+jwt" || j.ClientID() != demo.ClientID || j.Issuer() != srv.IssuerURL {
				t.Errorf("decoded: %v %v", j, err)
			}
			v := c.Verify(context.Background(), tok.Raw)
			if v.Status != Verified || v.Alg != "RS256" || v.KeyID == "" || v.Audience != demo.Audience {
				t.Errorf("Verify = %+v", v)
			}
			if v := VerifyToken(context.Background(), nil, tok.Raw, ""); v.Status != Verified {
				t.Errorf("VerifyToken via iss = %+v", v)
			}
			// Warm: another "process" makes no request at all.
			before := srv.TokenRequests()
			if tok2, err := newClient(t, o).Token(context.Background()); err != nil || !tok2.FromCache || tok2.Raw != tok.Raw {
				t.Errorf("warm: %+v %v", tok2, err)
			}
			if srv.TokenRequests() != before {
				t.Errorf("warm Token made a token request")
			}
			if r := c.Diagnose(context.Background(), false); !r.OK || r.TokenRequests != 0 {
				t.Errorf("Diagnose: %+v", r)
			}
		})
	}
}

func TestSandboxErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mod    func(o *Options)
		want   error
		method string
	}{
		{"wrong secret basic", func(o *Options) { o.Secret = staticSecret("wrong", nil) }, ErrInvalidClient, AuthMethodBasic},
		{"wrong secret post", func(o *Options) { o.Secret = staticSecret("wrong", nil) }, ErrInvalidClient, AuthMethodPost},
		{"unknown client", func(o *Options) { o.ClientID = "nobody" }, ErrInvalidClient, AuthMethodBasic},
		{"scope not allowed", func(o *Options) { o.ClientID = demo.ReadOnlyClientID }, ErrInvalidScope, AuthMethodBasic},
		{"unknown scope", func(o *Options) { o.Scopes = []string{"demo.admin"} }, ErrInvalidScope, AuthMethodBasic},
		{"grant not allowed", func(o *Options) { o.ClientID = demo.NoGrantClientID; o.Scopes = nil }, ErrUnauthorizedClient, AuthMethodBasic},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := startSandbox(t, demo.Options{})
			o := sandboxOptions(srv, t.TempDir())
			o.AuthMethod = tc.method
			tc.mod(&o)
			_, err := newClient(t, o).Token(context.Background())
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if got := srv.TokenRequests(); got != 1 {
				t.Errorf("%d token requests, want exactly 1", got)
			}
			if e := Explain(err); e.Cause == "" || e.Hint == "" {
				t.Errorf("Explain = %+v", e)
			}
		})
	}
}

// The sandbox blocks after RateLimit requests a minute; the client then
// sends nothing until Retry-After passes.
func TestSandboxRateLimit(t *testing.T) {
	srv := startSandbox(t, demo.Options{RateLimit: 2})
	c := newClient(t, sandboxOptions(srv, t.TempDir()))
	if _, err := c.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Renew(context.Background()); err != nil {
		t.Fatal(err)
	}
	_, err := c.Renew(context.Background())
	var te *TokenError
	if !errors.As(err, &te) || te.StatusCode != 429 || te.RetryAfter.IsZero() {
		t.Fatalf("third request: %v, want 429 with Retry-After", err)
	}
	for i := 0; i < 3; i++ {
		if _, err := c.Renew(context.Background()); !errors.Is(err, ErrRateLimited) {
			t.Fatalf("during Retry-After: %v", err)
		}
	}
	if got := srv.TokenRequests(); got != 3 {
		t.Errorf("%d token requests, want 3 (none during Retry-After)", got)
	}
	// The valid token is still served from the cache meanwhile.
	if tok, err := c.Token(context.Background()); err != nil || !tok.FromCache {
		t.Errorf("cached token during Retry-After: %v", err)
	}
	if got := c.RequestsLastHour(); got != 3 {
		t.Errorf("RequestsLastHour = %d, want 3", got)
	}
}
