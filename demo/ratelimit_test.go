package demo

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestRateLimit(t *testing.T) {
	clock := newFakeClock()
	s := startTest(t, Options{Now: clock.Now})
	form := url.Values{"grant_type": {"client_credentials"}}
	for i := range 10 {
		if r := postToken(t, s, form, basicAuth(ClientID, ClientSecret)); r.status != http.StatusOK {
			t.Fatalf("request %d: %d %s", i+1, r.status, r.raw)
		}
		clock.Advance(2 * time.Second) // the first request leaves the window at +60s
	}
	// Now at +20s: the 11th request in the minute is blocked for 40 more seconds.
	r := postToken(t, s, form, basicAuth(ClientID, ClientSecret))
	if r.status != http.StatusTooManyRequests {
		t.Fatalf("11th request: %d %s, want 429", r.status, r.raw)
	}
	if got := r.header.Get("Retry-After"); got != "40" {
		t.Errorf("Retry-After %q, want 40", got)
	}
	if r.str("error") != "too_many_requests" || !strings.Contains(r.str("error_description"), "Reuse the access token") {
		t.Errorf("body %s, want too_many_requests saying to reuse the token", r.raw)
	}
	if !strings.Contains(r.header.Get("Cache-Control"), "no-store") {
		t.Errorf("429 without Cache-Control no-store")
	}

	// Other clients are not affected, and neither is the post method for them.
	if r := postToken(t, s, form, basicAuth(ReadOnlyClientID, ClientSecret)); r.status != http.StatusOK {
		t.Errorf("another client: %d %s", r.status, r.raw)
	}
	// Attempts count by presented client id, whatever the auth method or outcome.
	post := url.Values{"grant_type": {"client_credentials"}, "client_id": {ClientID}, "client_secret": {"wrong"}}
	if r := postToken(t, s, post, ""); r.status != http.StatusTooManyRequests {
		t.Errorf("blocked client with client_secret_post: %d, want 429", r.status)
	}

	clock.Advance(39 * time.Second)
	if r := postToken(t, s, form, basicAuth(ClientID, ClientSecret)); r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") != "1" {
		t.Errorf("1 s before the window frees: %d Retry-After %q, want 429 and 1", r.status, r.header.Get("Retry-After"))
	}
	clock.Advance(time.Second)
	if r := postToken(t, s, form, basicAuth(ClientID, ClientSecret)); r.status != http.StatusOK {
		t.Errorf("after Retry-After: %d %s, want 200", r.status, r.raw)
	}
	if got := s.TokenRequests(); got != 15 {
		t.Errorf("TokenRequests() = %d, want 15", got)
	}
}

func TestRateLimitOption(t *testing.T) {
	clock := newFakeClock()
	s := startTest(t, Options{Now: clock.Now, RateLimit: 2})
	form := url.Values{"grant_type": {"client_credentials"}}
	want := []int{200, 200, 429}
	for i, w := range want {
		if r := postToken(t, s, form, basicAuth(ClientID, ClientSecret)); r.status != w {
			t.Errorf("request %d: %d, want %d", i+1, r.status, w)
		}
	}
	if r := postToken(t, s, form, basicAuth(ClientID, ClientSecret)); r.header.Get("Retry-After") != "60" {
		t.Errorf("Retry-After %q at the same instant, want 60", r.header.Get("Retry-After"))
	}
}

func TestLimiterForgetsIdleClients(t *testing.T) {
	l := newLimiter(1, time.Minute)
	t0 := time.Unix(0, 0)
	for i := range maxTrackedClients {
		l.attempt(strings.Repeat("x", i+1), t0)
	}
	l.attempt("late", t0.Add(2*time.Minute))
	if len(l.seen) != 1 {
		t.Errorf("limiter tracks %d clients, want 1 after the others went idle", len(l.seen))
	}
}
