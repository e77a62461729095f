package auth

// Issue 12: a token belongs to its credentials, failures are never
// retried in a loop, and the guard counts per client.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// A wrong secret never gets the token another profile's good secret got.
func TestWrongSecretNeverReusesAnotherProfilesToken(t *testing.T) {
	p := newFakeProvider(t)
	dir := t.TempDir()
	good := p.options(dir)
	good.Profile = "good"
	tok, err := newClient(t, good).Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}

	bad := p.options(dir)
	bad.Profile, bad.Secret = "bad", staticSecret("wrong", nil)
	for _, f := range []func(*Client) error{
		func(c *Client) error { _, err := c.Token(context.Background()); return err },
		func(c *Client) error {
			if t, ok := c.Cached(); ok {
				return fmt.Errorf("Cached gave %q's token", t.ObtainedBy)
			}
			return errors.New("none")
		},
	} {
		err := f(newClient(t, bad))
		if err == nil || strings.Contains(err.Error(), "Cached gave") {
			t.Fatalf("the wrong secret got a token: %v", err)
		}
	}
	if got := p.tokens.Load(); got != 2 {
		t.Errorf("token requests = %d, want 2 (the good secret's, then the wrong one's)", got)
	}
	r := newClient(t, bad).Diagnose(context.Background(), false)
	if r.OK {
		t.Errorf("diagnose of the wrong secret passed: %+v", r.Checks)
	}

	// The same credentials under another profile share the token, and say so.
	same := p.options(dir)
	same.Profile = "same"
	shared, err := newClient(t, same).Token(context.Background())
	if err != nil || shared.Raw != tok.Raw || shared.SharedFrom("same") != "good" {
		t.Fatalf("same credentials: %+v, %v; want good's token, shared from good", shared, err)
	}
	if got := p.tokens.Load(); got != 2 {
		t.Errorf("token requests = %d, want still 2", got)
	}
	// Another auth method is other credentials.
	post := p.options(dir)
	post.AuthMethod = AuthMethodPost
	if other, err := newClient(t, post).Token(context.Background()); err != nil || other.Raw == tok.Raw {
		t.Errorf("client_secret_post reused the basic token: %v", err)
	}
}

// hostileAnswer answers every token request with status, an OAuth error
// code (when not "") and the given Retry-After (when not "").
func hostileAnswer(status int, code, retryAfter string) func(http.ResponseWriter, *http.Request) bool {
	return func(w http.ResponseWriter, r *http.Request) bool {
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		if code == "" {
			w.WriteHeader(status)
			return true
		}
		oauthErr(w, status, code, "refused by the hostile provider")
		return true
	}
}

// Credential and grant errors: one request, then nothing until the secret
// changes or a forced retry.
func TestCredentialFailuresHeldUntilChange(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int
		code   string
		is     error
	}{
		{"invalid_client", 400, "invalid_client", ErrInvalidClient},
		{"invalid_client 401", 401, "invalid_client", ErrInvalidClient},
		{"unauthorized_client", 400, "unauthorized_client", ErrUnauthorizedClient},
		{"invalid_grant", 400, "invalid_grant", ErrInvalidGrant},
		{"invalid_scope", 400, "invalid_scope", ErrInvalidScope},
		{"bare 401", 401, "", nil},
		{"404 wrong endpoint", 404, "", nil},
	} {
		for _, disk := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s/disk=%v", tc.name, disk), func(t *testing.T) {
				p := newFakeProvider(t)
				p.set(func(p *fakeProvider) { p.hostile = hostileAnswer(tc.status, tc.code, "") })
				dir := ""
				if disk {
					dir = t.TempDir()
				}
				o := p.options(dir)
				mem := newClient(t, o)
				for i := 0; i < 20; i++ {
					c := mem
					if disk {
						c = newClient(t, o) // a new process each time
					}
					_, err := c.Token(context.Background())
					if err == nil {
						t.Fatal("a refused client got a token")
					}
					if tc.is != nil && !errors.Is(err, tc.is) {
						t.Errorf("try %d: %v is not %v", i, err, tc.is)
					}
					if i > 0 {
						var he *HeldError
						if !errors.As(err, &he) || !he.Until.IsZero() || !strings.Contains(err.Error(), "no token request sent") {
							t.Fatalf("try %d: %v, want a HeldError with no end", i, err)
						}
					}
				}
				c := mem
				if disk {
					c = newClient(t, o)
				}
				for i := 0; i < 5; i++ {
					c.Token(context.Background())
				}
				if got := p.tokens.Load(); got != 1 {
					t.Fatalf("%d token requests after repeated tries, want 1", got)
				}
				if a := c.RenewAdvice(); a.Held == nil || a.RequestsLastHour != 1 || a.FailedLastHour != 1 {
					t.Errorf("RenewAdvice = %+v, want the held failure and 1 failed request", a)
				}
				// A forced retry sends exactly one more.
				if _, err := c.Renew(context.Background()); err == nil {
					t.Fatal("forced retry got a token")
				}
				c.Token(context.Background())
				if got := p.tokens.Load(); got != 2 {
					t.Errorf("%d token requests after a forced retry, want 2", got)
				}
				// Another secret is other credentials: tried once.
				o2 := o
				o2.Secret = staticSecret("fixed", nil)
				newClient(t, o2).Token(context.Background())
				if got := p.tokens.Load(); got != 3 {
					t.Errorf("%d token requests after the secret changed, want 3", got)
				}
			})
		}
	}
}

// Transient failures back off exponentially on top of any Retry-After,
// parsed robustly; a minute of calls sends at most 5 requests.
func TestTransientFailuresBackOff(t *testing.T) {
	clock := newFakeClock()
	for _, tc := range []struct {
		name       string
		status     int
		retryAfter string
		firstWait  time.Duration // before the second request is allowed
	}{
		{"503 without Retry-After", 503, "", FirstBackoff},
		{"500", 500, "", FirstBackoff},
		{"429 Retry-After 0", 429, "0", DefaultRetryAfter},
		{"429 negative", 429, "-30", DefaultRetryAfter},
		{"429 past date", 429, time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat), DefaultRetryAfter},
		{"429 absurd seconds", 429, "9999999999", MaxRetryAfter},
		{"429 absurd float", 429, "1e300", MaxRetryAfter},
		{"429 absurd date", 429, "Fri, 31 Dec 9999 23:59:59 GMT", MaxRetryAfter},
		{"429 garbage", 429, "soon", DefaultRetryAfter},
		{"503 Retry-After 20", 503, "20", 20 * time.Second},
		{"200 without a token", 200, "", FirstBackoff},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newFakeProvider(t)
			p.set(func(p *fakeProvider) {
				p.now = clock.Now
				if tc.status == 200 {
					p.hostile = func(w http.ResponseWriter, r *http.Request) bool {
						w.Header().Set("Content-Type", "application/json")
						w.Write([]byte(`{"token_type":"Bearer"}`))
						return true
					}
					return
				}
				p.hostile = hostileAnswer(tc.status, "", tc.retryAfter)
			})
			o := p.options(t.TempDir())
			o.Now = clock.Now
			start := clock.Now()
			c := newClient(t, o)
			if _, err := c.Token(context.Background()); err == nil {
				t.Fatal("got a token")
			}
			// Every second for a minute, as a script in a loop would.
			var firstAllowed time.Duration
			for s := 1; s <= 60; s++ {
				clock.Add(time.Second)
				before := p.tokens.Load()
				_, err := newClient(t, o).Token(context.Background())
				if err == nil {
					t.Fatal("got a token")
				}
				if p.tokens.Load() > before && firstAllowed == 0 {
					firstAllowed = clock.Now().Sub(start)
				}
				if p.tokens.Load() == before && !errors.Is(err, ErrHeldBack) {
					t.Fatalf("second %d: held without saying so: %v", s, err)
				}
			}
			got := p.tokens.Load()
			t.Logf("%s: %d token requests in a minute", tc.name, got)
			if got > 5 {
				t.Errorf("%d token requests in a minute, want at most 5", got)
			}
			want := tc.firstWait
			if want > time.Minute {
				want = 0 // never within the minute
			}
			if firstAllowed != want && !(want == 0 && firstAllowed == 0) {
				t.Errorf("second request after %s, want %s", firstAllowed, want)
			}
			clock.Add(-clock.Now().Sub(start))
		})
	}
}

// 50 clients in parallel (20 real processes too) against invalid_client
// share one failing request.
func TestParallelFailuresShareOneRequest(t *testing.T) {
	p := newFakeProvider(t)
	p.set(func(p *fakeProvider) {
		p.delay = 200 * time.Millisecond
		p.hostile = hostileAnswer(400, "invalid_client", "")
	})
	dir := t.TempDir()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, _ := New(p.options(dir))
			if _, err := c.Token(context.Background()); !errors.Is(err, ErrInvalidClient) {
				t.Errorf("client: %v, want invalid_client", err)
			}
		}()
	}
	wg.Wait()
	if got := p.tokens.Load(); got != 1 {
		t.Errorf("50 clients in parallel: %d token requests, want 1", got)
	}
	if testing.Short() {
		return
	}
	// Separate processes, a different secret (new credentials): one request.
	startAt := time.Now().Add(1500 * time.Millisecond)
	cmds := make([]*bytes.Buffer, 20)
	for i := range cmds {
		cmd := helperCmd(p.URL, dir, startAt)
		cmd.Env = append(cmd.Env, "HELPER_SECRET=another wrong one")
		cmds[i] = &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = cmds[i], cmds[i]
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() { defer wg.Done(); cmd.Wait() }()
	}
	wg.Wait()
	for i, out := range cmds {
		if !strings.Contains(out.String(), "invalid_client") {
			t.Errorf("process %d: %q, want the invalid_client answer", i, out)
		}
	}
	if got := p.tokens.Load(); got != 2 {
		t.Errorf("20 processes: %d token requests in all, want 2", got)
	}
}

// The meter and the forced-renewal limit count the client, whatever the
// profile.
func TestGuardCountsPerClient(t *testing.T) {
	p := newFakeProvider(t)
	dir := t.TempDir()
	var clients []*Client
	for i := 0; i < 5; i++ {
		o := p.options(dir)
		o.Profile = fmt.Sprintf("profile-%d", i)
		o.Scopes = []string{"api.read", fmt.Sprintf("extra-%d", i)} // other credentials, same client
		clients = append(clients, newClient(t, o))
	}
	refused := 0
	for _, c := range clients {
		if _, err := c.Renew(context.Background()); errors.Is(err, ErrGuardRefused) {
			refused++
		} else if err != nil {
			t.Fatal(err)
		}
	}
	if got := p.tokens.Load(); got != MaxForcedPerMinute {
		t.Errorf("5 profiles of one client forced %d renewals, want %d", got, MaxForcedPerMinute)
	}
	for _, c := range clients {
		if got := c.RequestsLastHour(); got != MaxForcedPerMinute {
			t.Errorf("RequestsLastHour = %d, want %d for every profile of the client", got, MaxForcedPerMinute)
		}
	}
	if refused != 5-MaxForcedPerMinute {
		t.Errorf("%d refused, want %d", refused, 5-MaxForcedPerMinute)
	}
}

// Absurd lifetimes are clamped, not overflowed, and the token is reused.
func TestAbsurdExpiresIn(t *testing.T) {
	for _, tc := range []struct {
		name      string
		expiresIn any
		noExp     bool
		want      time.Duration
		note      string
	}{
		{"9300000000", 9300000000, true, MaxLifetime, "more than"},
		{"1e18", 1e18, true, MaxLifetime, "more than"},
		{"string", "3600", true, time.Hour, ""},
		{"numeric string", "60", true, time.Minute, ""},
		{"zero", 0, true, assumedLifetime, "not a positive"},
		{"negative", -60, true, assumedLifetime, "not a positive"},
		{"huge with exp", 1e18, false, time.Hour, "more than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newFakeProvider(t)
			p.set(func(p *fakeProvider) {
				p.hostile = func(w http.ResponseWriter, r *http.Request) bool {
					now := time.Now()
					claims := map[string]any{"iss": p.URL, "iat": now.Unix(), "scope": "api.read"}
					if !tc.noExp {
						claims["exp"] = now.Add(time.Hour).Unix()
					}
					w.Header().Set("Content-Type", "application/json")
					fmt.Fprintf(w, `{"access_token":%q,"token_type":"Bearer","expires_in":%s}`,
						signToken(t, claims, testKID), jsonOf(tc.expiresIn))
					return true
				}
			})
			o := p.options(t.TempDir())
			tok, err := newClient(t, o).Token(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if got := tok.Lifetime(); got < tc.want-2*time.Second || got > tc.want+2*time.Second {
				t.Errorf("lifetime %s, want %s (expiry %s)", got, tc.want, tok.Expiry)
			}
			if !strings.Contains(tok.Note, tc.note) {
				t.Errorf("note %q, want it to mention %q", tok.Note, tc.note)
			}
			if again, err := newClient(t, o).Token(context.Background()); err != nil || !again.FromCache {
				t.Errorf("not reused: %+v, %v", again, err)
			}
			if got := p.tokens.Load(); got != 1 {
				t.Errorf("%d token requests, want 1", got)
			}
		})
	}
}

func jsonOf(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}

// Granted scopes come from the response (else the token); a dropped scope
// is missing, never reported as granted.
func TestGrantedScopes(t *testing.T) {
	p := newFakeProvider(t)
	p.set(func(p *fakeProvider) { p.grantOnly = []string{"api.read"} })
	o := p.options(t.TempDir())
	o.Scopes = []string{"api.read", "api.admin"}
	tok, err := newClient(t, o).Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(tok.Scopes, " ") != "api.read" || strings.Join(tok.Missing, " ") != "api.admin" || tok.ScopesFrom != ScopesFromToken {
		t.Errorf("scopes %v from %s, missing %v; want [api.read] from the token, missing [api.admin]", tok.Scopes, tok.ScopesFrom, tok.Missing)
	}
	r := newClient(t, o).Diagnose(context.Background(), false)
	for _, ch := range r.Checks {
		if ch.ID == "scopes_granted" && (ch.Status != CheckFail || !strings.Contains(ch.Detail, "api.admin")) {
			t.Errorf("scopes_granted check: %+v, want a failure naming api.admin", ch)
		}
	}

	for _, tc := range []struct {
		name    string
		resp    any
		claim   any
		asked   []string
		granted string
		from    string
		missing string
	}{
		{"response string", "a b", nil, []string{"a", "b"}, "a b", ScopesFromResponse, ""},
		{"response drops", "a", []any{"a", "b"}, []string{"a", "b"}, "a", ScopesFromResponse, "b"},
		{"token drops", "a b", "a", []string{"a", "b"}, "a", ScopesFromResponse, "b"},
		{"scp array", nil, []any{"a"}, []string{"a", "b"}, "a", ScopesFromToken, "b"},
		{"neither (Entra)", nil, nil, []string{"api://x/.default"}, "api://x/.default", ScopesAssumed, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			claims := map[string]any{}
			if tc.claim != nil {
				claims["scp"] = tc.claim
			}
			g, from, missing := grantedScopes(tc.resp, &JWT{Claims: claims}, tc.asked)
			if strings.Join(g, " ") != tc.granted || from != tc.from || strings.Join(missing, " ") != tc.missing {
				t.Errorf("got %v from %s missing %v; want %q from %s missing %q", g, from, missing, tc.granted, tc.from, tc.missing)
			}
		})
	}
}

// Discovery and JWKS are configuration: a provider that says no-store is
// still asked once, and a warm call asks nothing.
func TestNoStoreProviderWarmCallsAskNothing(t *testing.T) {
	p := newFakeProvider(t)
	p.set(func(p *fakeProvider) { p.cacheControl = "no-store, no-cache, max-age=0" })
	dir := t.TempDir()
	o := p.options(dir)
	tok, err := newClient(t, o).Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if v := newClient(t, o).Verify(context.Background(), tok.Raw); v.Status != Verified {
		t.Fatalf("Verify: %+v", v)
	}
	cold := p.total.Load() // discovery, token, JWKS
	for i := 0; i < 5; i++ {
		c := newClient(t, o) // a new process each time
		got, err := c.Token(context.Background())
		if err != nil || !got.FromCache {
			t.Fatalf("warm Token: %+v, %v", got, err)
		}
		if v := c.Verify(context.Background(), got.Raw); v.Status != Verified {
			t.Fatalf("warm Verify: %+v", v)
		}
		if _, err := c.Discover(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if got := p.total.Load() - cold; got != 0 {
		t.Errorf("warm calls against a no-store provider made %d requests, want 0", got)
	}
	if v := VerifyTokenCached(context.Background(), nil, tok.Raw, "", dir); v.Status != Verified || p.total.Load() != cold {
		t.Errorf("decode --verify: %+v, %d requests; want verified from the cache", v, p.total.Load()-cold)
	}
}

// With the provider down, a valid cached token is served and verified
// from the cache, even once the discovery document is older than its TTL.
func TestProviderDownServesCachedToken(t *testing.T) {
	clock := newFakeClock()
	p := newFakeProvider(t)
	p.set(func(p *fakeProvider) { p.ttl, p.now = 3*time.Hour, clock.Now })
	o := p.options(t.TempDir())
	o.Now = clock.Now
	tok, err := newClient(t, o).Token(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	newClient(t, o).Verify(context.Background(), tok.Raw)
	p.Close()
	clock.Add(90 * time.Minute) // past the 1 h TTL the test sets below
	o.MetadataTTL = MinMetadataTTL
	c := newClient(t, o)
	got, err := c.Token(context.Background())
	if err != nil || got.Raw != tok.Raw {
		t.Fatalf("provider down: %v, %v; want the cached token", got, err)
	}
	if cached, ok := c.Cached(); !ok || cached.Raw != tok.Raw {
		t.Errorf("Cached with the provider down: %v", ok)
	}
	if md, err := c.Discover(context.Background()); err != nil || md.TokenEndpoint == "" {
		t.Errorf("Discover with the provider down: %v (want the stale copy)", err)
	}
}

// A token endpoint that moved is found by reading discovery again (once),
// not by hammering the old one.
func TestMovedTokenEndpoint(t *testing.T) {
	p := newFakeProvider(t)
	dir := t.TempDir()
	o := p.options(dir)
	if _, err := newClient(t, o).Discover(context.Background()); err != nil {
		t.Fatal(err)
	}
	// The cached document now names an endpoint that is gone.
	var f discoveryFile
	s := &store{dir: dir}
	if !s.read(discoveryName(p.URL), &f) {
		t.Fatal("no cached discovery")
	}
	f.Metadata.TokenEndpoint = p.URL + "/old-token"
	must0(t, s.write(discoveryName(p.URL), f))
	before := p.discovery.Load()
	tok, err := newClient(t, o).Token(context.Background())
	if err != nil || tok.TokenURL != p.URL+"/token" {
		t.Fatalf("after the move: %+v, %v; want a token from the new endpoint", tok, err)
	}
	if got := p.discovery.Load() - before; got != 1 {
		t.Errorf("discovery read %d more times, want 1", got)
	}
	if got := p.tokens.Load(); got != 1 {
		t.Errorf("%d requests to the new endpoint, want 1", got)
	}
}

func must0(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// An unknown kid (keys rotated) reads the JWK Set again, at most once a
// minute across processes; a known kid never does.
func TestJWKSRefreshOnUnknownKidIsRateLimited(t *testing.T) {
	clock := newFakeClock()
	p := newFakeProvider(t)
	o := p.options(t.TempDir())
	o.Now = clock.Now
	good := signToken(t, map[string]any{"iss": p.URL, "exp": clock.Now().Add(time.Hour).Unix()}, testKID)
	if v := newClient(t, o).Verify(context.Background(), good); v.Status != Verified {
		t.Fatalf("Verify: %+v", v)
	}
	clock.Add(2 * time.Minute)
	rotated := signToken(t, map[string]any{"iss": p.URL, "exp": clock.Now().Add(time.Hour).Unix()}, "new-kid")
	for i := 0; i < 3; i++ {
		if v := newClient(t, o).Verify(context.Background(), rotated); v.Status != Failed || !strings.Contains(v.Reason, "new-kid") {
			t.Errorf("unknown kid: %+v", v)
		}
	}
	if got := p.jwks.Load(); got != 2 {
		t.Errorf("JWKS read %d times, want 2 (once, then once more for the unknown kid)", got)
	}
}
