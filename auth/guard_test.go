package auth

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestRetryAfterRespected(t *testing.T) {
	clock := newFakeClock()
	for _, tc := range []struct {
		name, header string
		wait         time.Duration
	}{
		{"seconds", "30", 30 * time.Second},
		{"http-date", clock.Now().Add(90 * time.Second).UTC().Format(http.TimeFormat), 90 * time.Second},
		{"absent", "", DefaultRetryAfter},
	} {
		for _, disk := range []bool{true, false} {
			t.Run(tc.name+map[bool]string{true: "/disk", false: "/memory"}[disk], func(t *testing.T) {
				start := clock.Now()
				defer func() { clock.Add(start.Sub(clock.Now())) }()
				p := newFakeProvider(t)
				p.set(func(p *fakeProvider) { p.tooMany, p.retryAfter, p.now = 1, tc.header, clock.Now })
				dir := ""
				if disk {
					dir = t.TempDir()
				}
				o := p.options(dir)
				o.Now = clock.Now
				c := newClient(t, o)
				_, err := c.Token(context.Background())
				var te *TokenError
				if !errors.As(err, &te) || te.StatusCode != 429 || !errors.Is(err, ErrRateLimited) {
					t.Fatalf("first: %v, want a 429 TokenError", err)
				}
				if got := te.RetryAfter.Sub(start); got != tc.wait {
					t.Errorf("RetryAfter in %s, want %s", got, tc.wait)
				}
				if e := Explain(err); e.Code != CodeRateLimited {
					t.Errorf("Explain code %s", e.Code)
				}
				// Before it passes: no request, from this client or (disk) another process.
				clock.Add(tc.wait - time.Second)
				clients := []*Client{c}
				if disk {
					clients = append(clients, newClient(t, o))
				}
				for _, cl := range clients {
					for _, f := range []func(context.Context) (*Token, error){cl.Token, cl.Renew} {
						_, err = f(context.Background())
						var ge *HeldError
						if !errors.As(err, &ge) || !errors.Is(err, ErrRateLimited) || !errors.Is(err, ErrHeldBack) {
							t.Fatalf("before Retry-After: %v, want a HeldError(ErrRateLimited)", err)
						}
						if !ge.Until.Equal(start.Add(tc.wait)) || !strings.Contains(err.Error(), ge.Until.Format("15:04:05")) {
							t.Errorf("message does not say when: %q (until %s)", err, ge.Until)
						}
					}
				}
				if got := p.tokens.Load(); got != 1 {
					t.Errorf("%d token requests before Retry-After passed, want 1", got)
				}
				adv := c.RenewAdvice()
				if adv.Allowed || adv.RetryAfter.IsZero() {
					t.Errorf("RenewAdvice = %+v, want not allowed with RetryAfter", adv)
				}
				clock.Add(time.Second)
				if _, err := c.Token(context.Background()); err != nil {
					t.Fatalf("after Retry-After: %v", err)
				}
				if got := p.tokens.Load(); got != 2 {
					t.Errorf("%d token requests, want 2", got)
				}
			})
		}
	}
}

func TestForcedRenewGuard(t *testing.T) {
	clock := newFakeClock()
	p := newFakeProvider(t)
	p.set(func(p *fakeProvider) { p.now = clock.Now })
	o := p.options(t.TempDir())
	o.Now = clock.Now
	c := newClient(t, o)
	if _, err := c.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	// A warm Token never renews.
	if tok, err := c.Token(context.Background()); err != nil || !tok.FromCache {
		t.Fatalf("warm Token: %+v %v", tok, err)
	}
	for i := 0; i < MaxForcedPerMinute; i++ {
		clock.Add(time.Second)
		tok, err := c.Renew(context.Background())
		if err != nil || tok.FromCache {
			t.Fatalf("forced renew %d: %+v %v", i+1, tok, err)
		}
	}
	adv := c.RenewAdvice()
	if adv.Allowed || adv.ForcedLastMinute != 3 || !adv.Valid || adv.RequestsLastHour != 4 {
		t.Errorf("RenewAdvice = %+v", adv)
	}
	clock.Add(time.Second)
	// Another process sharing the cache is refused too.
	for _, cl := range []*Client{c, newClient(t, o)} {
		_, err := cl.Renew(context.Background())
		var ge *GuardError
		if !errors.As(err, &ge) || !errors.Is(err, ErrGuardRefused) {
			t.Fatalf("4th forced renew: %v, want ErrGuardRefused", err)
		}
		for _, want := range []string{"block", "still valid for", "3 forced renewals"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("message %q lacks %q", err, want)
			}
		}
		if ge.Remaining <= 0 {
			t.Errorf("Remaining = %s", ge.Remaining)
		}
		if e := Explain(err); e.Code != CodeGuardRefused {
			t.Errorf("Explain code %s", e.Code)
		}
	}
	if got := p.tokens.Load(); got != 4 {
		t.Errorf("%d token requests, want 4", got)
	}
	// A minute after the first forced renewal, one more is allowed.
	clock.Add(57 * time.Second)
	if _, err := c.Renew(context.Background()); err != nil {
		t.Fatalf("after a minute: %v", err)
	}
	if got := c.RequestsLastHour(); got != 5 {
		t.Errorf("RequestsLastHour = %d, want 5", got)
	}
	clock.Add(time.Hour)
	if got := c.RequestsLastHour(); got != 0 {
		t.Errorf("RequestsLastHour an hour later = %d, want 0", got)
	}
}

func TestRenewAdviceNoNetwork(t *testing.T) {
	p := newFakeProvider(t)
	c := newClient(t, p.options(t.TempDir()))
	adv := c.RenewAdvice()
	if adv.Valid || !adv.Allowed || adv.RequestsLastHour != 0 || adv.Message == "" {
		t.Errorf("cold RenewAdvice = %+v", adv)
	}
	if p.total.Load() != 0 {
		t.Errorf("RenewAdvice made %d requests", p.total.Load())
	}
	if _, err := c.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	adv = c.RenewAdvice()
	if !adv.Valid || adv.Remaining < 59*time.Minute || !strings.Contains(adv.Message, "blocked") {
		t.Errorf("warm RenewAdvice = %+v", adv)
	}
}
