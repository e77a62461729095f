package demo

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// TestStormIsBlocked: the storm client gets ten new tokens in a minute,
// each a different one, then 429 with Retry-After; demo-client is not
// touched by it.
func TestStormIsBlocked(t *testing.T) {
	srv, err := Start(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	var shots []StormShot
	jtis := map[string]bool{}
	for n := 1; n <= 12; n++ {
		s := StormShoot(context.Background(), nil, srv.TokenURL, n, time.Now())
		shots = append(shots, s)
		if s.JTI != "" {
			jtis[s.JTI] = true
		}
	}
	for i, s := range shots {
		switch {
		case i < DefaultRateLimit && s.Status != http.StatusOK:
			t.Errorf("shot %d: %d %s, want 200", s.N, s.Status, s.Error)
		case i >= DefaultRateLimit && (s.Status != http.StatusTooManyRequests || s.RetryAfter <= 0):
			t.Errorf("shot %d: %d, Retry-After %s; want 429 with Retry-After", s.N, s.Status, s.RetryAfter)
		}
	}
	if len(jtis) != DefaultRateLimit {
		t.Errorf("%d different tokens, want %d: every request makes a new one", len(jtis), DefaultRateLimit)
	}
	if n := StormInLastMinute(shots, time.Now()); n != 12 {
		t.Errorf("in the last minute: %d, want 12", n)
	}
	if v := srv.limiter.attempt(ClientID, time.Now()); !v.allowed {
		t.Error("the storm blocked demo-client")
	}
}
