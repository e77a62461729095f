package auth

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestDiscovery(t *testing.T) {
	for _, tc := range []struct {
		name      string
		setup     func(p *fakeProvider)
		issuer    func(p *fakeProvider) string
		wantErr   error
		wantURL   string
		wantCalls int64
	}{
		{name: "openid", wantURL: "/.well-known/openid-configuration", wantCalls: 1},
		{name: "trailing slash tolerated", issuer: func(p *fakeProvider) string { return p.URL + "/" }, wantURL: "/.well-known/openid-configuration", wantCalls: 1},
		{name: "RFC 8414 fallback", setup: func(p *fakeProvider) { p.noOIDC = true }, wantURL: "/.well-known/oauth-authorization-server", wantCalls: 2},
		{name: "issuer mismatch", setup: func(p *fakeProvider) { p.docIssuer = "https://evil.example" }, wantErr: ErrIssuerMismatch, wantCalls: 1},
		{name: "issuer path differs", setup: func(p *fakeProvider) { p.docIssuer = p.URL + "/is" }, wantErr: ErrIssuerMismatch, wantCalls: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newFakeProvider(t)
			if tc.setup != nil {
				p.set(tc.setup)
			}
			o := p.options(t.TempDir())
			if tc.issuer != nil {
				o.Issuer = tc.issuer(p)
			}
			c := newClient(t, o)
			md, err := c.Discover(context.Background())
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				if _, err := c.Token(context.Background()); !errors.Is(err, tc.wantErr) || p.tokens.Load() != 0 {
					t.Errorf("Token after a bad discovery: %v, %d token requests", err, p.tokens.Load())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if md.URL != p.URL+tc.wantURL || md.TokenEndpoint != p.URL+"/token" || md.JWKSURI != p.URL+"/jwks" ||
				len(md.ScopesSupported) != 2 || len(md.TokenEndpointAuthMethodsSupported) != 2 || md.GrantTypesSupported[0] != "client_credentials" {
				t.Errorf("metadata = %+v", md)
			}
			if got := p.discovery.Load(); got != tc.wantCalls {
				t.Errorf("%d discovery requests, want %d", got, tc.wantCalls)
			}
			// Cached: memory and disk.
			if md2, err := newClient(t, o).Discover(context.Background()); err != nil || !md2.FromCache {
				t.Errorf("second Discover: %+v %v", md2, err)
			}
			if got := p.discovery.Load(); got != tc.wantCalls {
				t.Errorf("cached Discover made requests")
			}
		})
	}
}

// Discovery is configuration: cached for the metadata TTL (24 h, at least
// 1 h) whatever its Cache-Control says.
func TestDiscoveryCacheAge(t *testing.T) {
	for _, tc := range []struct {
		cacheControl string
		ttl          time.Duration
		after        time.Duration
		refetch      bool
	}{
		{"", 0, 23 * time.Hour, false},
		{"", 0, 25 * time.Hour, true},
		{"max-age=600", 0, 11 * time.Minute, false},
		{"public, max-age=999999", 0, 25 * time.Hour, true},
		{"no-store", 0, time.Second, false},
		{"no-cache", 0, 59 * time.Minute, false},
		{"max-age=0", 0, 23 * time.Hour, false},
		{"no-store", 2 * time.Hour, 3 * time.Hour, true},
		{"no-store", time.Minute, 30 * time.Minute, false}, // the TTL is at least an hour
	} {
		clock := newFakeClock()
		p := newFakeProvider(t)
		p.set(func(p *fakeProvider) { p.cacheControl = tc.cacheControl })
		o := p.options(t.TempDir())
		o.Now, o.MetadataTTL = clock.Now, tc.ttl
		if _, err := newClient(t, o).Discover(context.Background()); err != nil {
			t.Fatal(err)
		}
		clock.Add(tc.after)
		if _, err := newClient(t, o).Discover(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := p.discovery.Load() == 2; got != tc.refetch {
			t.Errorf("Cache-Control %q, TTL %s, after %s: refetched %v, want %v", tc.cacheControl, tc.ttl, tc.after, got, tc.refetch)
		}
	}
}

func TestExpiryCrossCheck(t *testing.T) {
	for _, tc := range []struct {
		name      string
		ttl       time.Duration
		expiresIn int
		opaque    bool
		want      time.Duration
		note      string
	}{
		{"agree", time.Hour, 0, false, time.Hour, ""},
		{"exp earlier", 30 * time.Minute, 3600, false, 30 * time.Minute, "differ by 30m"},
		{"expires_in earlier", time.Hour, 600, false, 10 * time.Minute, "differ by 50m"},
		{"within a minute: no note", time.Hour, 3630, false, time.Hour, ""},
		{"no expires_in", 20 * time.Minute, -1, false, 20 * time.Minute, "no expires_in"},
		{"opaque", time.Hour, 0, true, time.Hour, ""},
		{"opaque without expires_in", time.Hour, -1, true, 5 * time.Minute, "assuming"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := newFakeClock()
			p := newFakeProvider(t)
			p.set(func(p *fakeProvider) {
				p.ttl, p.expiresIn, p.opaque, p.now = tc.ttl, tc.expiresIn, tc.opaque, clock.Now
			})
			o := p.options(t.TempDir())
			o.Now = clock.Now
			c := newClient(t, o)
			tok, err := c.Token(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if got := tok.Expiry.Sub(tok.ObtainedAt); got != tc.want {
				t.Errorf("lifetime %s, want %s", got, tc.want)
			}
			if (tc.note == "") != (tok.Note == "") || !strings.Contains(tok.Note, tc.note) {
				t.Errorf("note %q, want %q", tok.Note, tc.note)
			}
			if tc.opaque {
				if tok2, err := newClient(t, o).Token(context.Background()); err != nil || !tok2.FromCache {
					t.Errorf("opaque token not reused: %v", err)
				}
				if v := c.Verify(context.Background(), tok.Raw); v.Status != NotChecked {
					t.Errorf("opaque Verify = %+v", v)
				}
			}
		})
	}
}

// A local clock far ahead makes exp look past: the token must still be
// reused for its expires_in, not requested again and again.
func TestClockAheadDoesNotLoop(t *testing.T) {
	clock := newFakeClock()
	p := newFakeProvider(t) // signs with the real clock
	o := p.options(t.TempDir())
	clock.Add(2 * time.Hour)
	o.Now = clock.Now
	c := newClient(t, o)
	tok, err := c.Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tok.Note, "ahead") || tok.Expiry.Sub(tok.ObtainedAt) != time.Hour {
		t.Errorf("token = %+v", tok)
	}
	if _, err := c.Token(context.Background()); err != nil || p.tokens.Load() != 1 {
		t.Errorf("%d token requests, want 1", p.tokens.Load())
	}
}
