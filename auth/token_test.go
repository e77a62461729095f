package auth

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestTokenAuthMethods(t *testing.T) {
	for _, method := range []string{"", AuthMethodBasic, AuthMethodPost} {
		t.Run("method="+method, func(t *testing.T) {
			p := newFakeProvider(t)
			o := p.options(t.TempDir())
			o.AuthMethod = method
			o.Params = map[string]string{"audience": "api"}
			c := newClient(t, o)
			tok, err := c.Token(context.Background())
			if err != nil {
				t.Fatalf("Token: %v", err)
			}
			if tok.Raw == "" || tok.Type != "Bearer" || tok.FromCache {
				t.Errorf("token = %+v", tok)
			}
			p.mu.Lock()
			form, auth := p.lastForm, p.lastAuth
			p.mu.Unlock()
			if method == AuthMethodPost {
				if auth != "" || form.Get("client_secret") != testSecret || form.Get("client_id") != testClientID {
					t.Errorf("post: auth header %q, form %v", auth, form)
				}
			} else {
				if !strings.HasPrefix(auth, "Basic ") || form.Has("client_secret") {
					t.Errorf("basic: auth header %q, form %v", auth, form)
				}
			}
			if got := form.Get("audience"); got != "api" {
				t.Errorf("audience param = %q, want api", got)
			}
			if got := p.tokens.Load(); got != 1 {
				t.Errorf("token requests = %d, want 1", got)
			}
			if got := c.RequestsLastHour(); got != 1 {
				t.Errorf("RequestsLastHour = %d, want 1", got)
			}
		})
	}
}

// RFC 6749 §2.3.1: id and secret are form-urlencoded before base64.
func TestBasicHeaderIsFormURLEncoded(t *testing.T) {
	p := newFakeProvider(t)
	c := newClient(t, p.options(""))
	if _, err := c.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	auth := p.lastAuth
	p.mu.Unlock()
	want := "Basic " + b64std("my+client:s3cr%2Bt%3A%2F%26%C3%A9%2520+end")
	if auth != want {
		t.Errorf("Authorization = %q, want %q", auth, want)
	}
}

func TestWrongSecretOneRequest(t *testing.T) {
	for _, method := range []string{AuthMethodBasic, AuthMethodPost} {
		t.Run(method, func(t *testing.T) {
			p := newFakeProvider(t)
			o := p.options(t.TempDir())
			o.AuthMethod = method
			o.Secret = staticSecret("wrong", nil)
			c := newClient(t, o)
			_, err := c.Token(context.Background())
			if !errors.Is(err, ErrInvalidClient) {
				t.Fatalf("err = %v, want invalid_client", err)
			}
			var te *TokenError
			if !errors.As(err, &te) || te.StatusCode != 400 || te.Code != "invalid_client" || te.Description != "Invalid client secret" {
				t.Errorf("TokenError = %+v", te)
			}
			if got := p.tokens.Load(); got != 1 {
				t.Errorf("token requests = %d, want exactly 1 (no auto-detect retry)", got)
			}
			if e := Explain(err); e.Code != CodeInvalidClient || e.Cause == "" || e.Hint == "" {
				t.Errorf("Explain = %+v", e)
			}
		})
	}
}

func TestCacheReuseNoNetwork(t *testing.T) {
	p := newFakeProvider(t)
	dir := t.TempDir()
	var secretCalls atomic.Int64
	o := p.options(dir)
	o.Secret = staticSecret(testSecret, &secretCalls)
	c := newClient(t, o)
	first, err := c.Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := p.total.Load(); got != 2 { // discovery + token
		t.Fatalf("cold: %d requests, want 2 (discovery, token)", got)
	}
	// Same client: memory.
	second, err := c.Token(context.Background())
	if err != nil || !second.FromCache || second.Raw != first.Raw {
		t.Fatalf("warm (memory): %+v, %v", second, err)
	}
	// New client, as a new process would be: disk, discovery included.
	c2 := newClient(t, o)
	third, err := c2.Token(context.Background())
	if err != nil || !third.FromCache || third.Raw != first.Raw {
		t.Fatalf("warm (disk): %+v, %v", third, err)
	}
	if got := p.total.Load(); got != 2 {
		t.Errorf("warm calls made %d more requests, want 0", got-2)
	}
	// Once per client, as a process would: a cached token is reused only
	// by the secret that obtained it, so the secret is read to check that;
	// within a client it is not read again for secretMemo.
	if got := secretCalls.Load(); got != 2 {
		t.Errorf("Secret called %d times, want 2 (once per client)", got)
	}
	if cached, ok := newClient(t, o).Cached(); !ok || cached.Raw != first.Raw {
		t.Errorf("Cached = %v, %v", cached, ok)
	}
}

func TestExplicitTokenURLSkipsDiscovery(t *testing.T) {
	p := newFakeProvider(t)
	o := p.options(t.TempDir())
	o.Issuer, o.TokenURL = "", p.URL+"/token"
	c := newClient(t, o)
	if _, err := c.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	if p.discovery.Load() != 0 || p.tokens.Load() != 1 {
		t.Errorf("discovery %d, token %d; want 0, 1", p.discovery.Load(), p.tokens.Load())
	}
}

func TestMargin(t *testing.T) {
	clock := newFakeClock()
	p := newFakeProvider(t)
	p.set(func(p *fakeProvider) { p.now = clock.Now })
	for _, tc := range []struct {
		margin   time.Duration
		after    time.Duration
		requests int64
	}{
		{0, time.Hour - 61*time.Second, 1},              // default 60s margin: still reused
		{0, time.Hour - 59*time.Second, 2},              // inside the margin: renewed
		{5 * time.Minute, time.Hour - 6*time.Minute, 1}, // custom margin
		{5 * time.Minute, time.Hour - 4*time.Minute, 2}, //
		{2 * time.Hour, 29 * time.Minute, 1},            // margin capped at half the lifetime
		{2 * time.Hour, 31 * time.Minute, 2},            //
		{0, time.Hour + time.Second, 2},                 // expired
	} {
		p.tokens.Store(0)
		o := p.options(t.TempDir())
		o.Margin, o.Now = tc.margin, clock.Now
		c := newClient(t, o)
		start := clock.Now()
		if _, err := c.Token(context.Background()); err != nil {
			t.Fatal(err)
		}
		clock.Add(tc.after)
		if _, err := c.Token(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := p.tokens.Load(); got != tc.requests {
			t.Errorf("margin %s, after %s: %d token requests, want %d", tc.margin, tc.after, got, tc.requests)
		}
		clock.Add(-clock.Now().Sub(start))
	}
}

func TestCorruptCacheReplaced(t *testing.T) {
	for name, content := range map[string][]byte{
		"garbage": []byte("\x00\xffnot json{"),
		"empty":   {},
		"wrong":   []byte(`{"access_token": 42}`),
	} {
		t.Run(name, func(t *testing.T) {
			p := newFakeProvider(t)
			dir := t.TempDir()
			o := p.options(dir)
			o.Issuer, o.TokenURL = "", p.URL+"/token"
			c := newClient(t, o)
			cr, err := c.credsFor(context.Background(), o.TokenURL)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, tokenName(cr.key))
			if err := os.WriteFile(path, content, 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Token(context.Background()); err != nil {
				t.Fatalf("Token with a corrupt cache: %v", err)
			}
			c2 := newClient(t, o)
			if tok, err := c2.Token(context.Background()); err != nil || !tok.FromCache {
				t.Errorf("after replacement: %+v, %v (want from cache)", tok, err)
			}
			if p.tokens.Load() != 1 {
				t.Errorf("token requests = %d, want 1", p.tokens.Load())
			}
		})
	}
}

func TestCacheFileModesAndNoSecret(t *testing.T) {
	p := newFakeProvider(t)
	dir := filepath.Join(t.TempDir(), "cache", "tokentui")
	for _, m := range []string{AuthMethodBasic, AuthMethodPost} {
		o := p.options(dir)
		o.AuthMethod = m
		o.Scopes = []string{m} // another key
		c := newClient(t, o)
		if _, err := c.Token(context.Background()); err != nil {
			t.Fatal(err)
		}
		if _, err := c.Renew(context.Background()); err != nil {
			t.Fatal(err)
		}
		c.Verify(context.Background(), "x.y.z")
	}
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o700 {
		t.Errorf("cache dir mode %o, want 700", perm)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) < 4 {
		t.Errorf("only %d files in the cache", len(entries))
	}
	forbidden := []string{testSecret, b64std(testClientID + ":" + testSecret), "s3cr%2Bt", "s3cr+t"}
	for _, e := range entries {
		info, _ := e.Info()
		if perm := info.Mode().Perm(); perm != 0o600 {
			t.Errorf("%s: mode %o, want 600", e.Name(), perm)
		}
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		for _, f := range forbidden {
			if strings.Contains(string(data), f) {
				t.Errorf("%s contains the secret (%q)", e.Name(), f)
			}
		}
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}
