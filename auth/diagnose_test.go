package auth

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func statuses(r Report) map[string]CheckStatus {
	m := map[string]CheckStatus{}
	for _, c := range r.Checks {
		m[c.ID] = c.Status
	}
	return m
}

func TestDiagnoseHealthyThenCached(t *testing.T) {
	p := newFakeProvider(t)
	o := p.options(t.TempDir())
	c := newClient(t, o)
	r := c.Diagnose(context.Background(), false)
	if !r.OK || r.TokenRequests != 1 {
		t.Fatalf("report: %+v", r)
	}
	want := map[string]CheckStatus{"profile": CheckOK, "reachability": CheckOK, "discovery": CheckOK, "auth_method": CheckOK,
		"grant_type": CheckOK, "scopes_supported": CheckOK, "credentials": CheckOK, "scopes_granted": CheckOK, "clock": CheckOK, "signature": CheckOK}
	if got := statuses(r); len(got) != len(want) {
		t.Errorf("checks = %v", got)
	} else {
		for id, s := range want {
			if got[id] != s {
				t.Errorf("%s: %s (%+v)", id, got[id], r.Checks)
			}
		}
	}
	tok, _ := c.Cached()
	data, _ := json.Marshal(r)
	for _, secret := range []string{tok.Raw, tok.Raw[:40], testSecret, strings.Split(tok.Raw, ".")[2]} {
		if strings.Contains(string(data), secret) {
			t.Errorf("report contains a secret or the token: %s", data)
		}
	}
	if !strings.Contains(string(data), `"status":"ok"`) {
		t.Errorf("JSON statuses are not words: %s", data)
	}

	// A new process with the token cached: no token request.
	r2 := newClient(t, o).Diagnose(context.Background(), false)
	if !r2.OK || r2.TokenRequests != 0 || p.tokens.Load() != 1 {
		t.Errorf("cached diagnosis made %d token requests: %+v", r2.TokenRequests, r2.Checks)
	}
	if s := r2.Checks[6]; s.ID != "credentials" || !strings.Contains(s.Detail, "--fresh") {
		t.Errorf("credentials check: %+v", s)
	}
	// --fresh: exactly one.
	r3 := newClient(t, o).Diagnose(context.Background(), true)
	if !r3.OK || r3.TokenRequests != 1 || p.tokens.Load() != 2 {
		t.Errorf("fresh diagnosis: %d token requests (server %d)", r3.TokenRequests, p.tokens.Load())
	}
}

func TestDiagnoseFailures(t *testing.T) {
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	for _, tc := range []struct {
		name     string
		setup    func(p *fakeProvider, o *Options)
		failed   string
		code     Code
		requests int64
	}{
		{"wrong secret", func(p *fakeProvider, o *Options) { o.Secret = staticSecret("nope", nil) }, "credentials", CodeInvalidClient, 1},
		{"refused", func(p *fakeProvider, o *Options) { o.Issuer = dead.URL }, "reachability", CodeConnectionRefused, 0},
		{"auth method", func(p *fakeProvider, o *Options) {
			p.authMethods = []string{"client_secret_basic"}
			o.AuthMethod = AuthMethodPost
		}, "auth_method", CodeInvalidClient, 1},
		{"scope not granted", func(p *fakeProvider, o *Options) {
			p.grantOnly = []string{"api.read"}
			o.Scopes = []string{"api.read", "api.write"}
		}, "scopes_granted", CodeInvalidScope, 1},
		{"issuer mismatch", func(p *fakeProvider, o *Options) { p.docIssuer = "https://other.example" }, "discovery", CodeIssuerMismatch, 0},
		{"clock ahead", func(p *fakeProvider, o *Options) {
			o.Now = func() time.Time { return time.Now().Add(20 * time.Minute) }
		}, "clock", CodeClockSkew, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newFakeProvider(t)
			o := p.options(t.TempDir())
			p.set(func(p *fakeProvider) { tc.setup(p, &o) })
			r := newClient(t, o).Diagnose(context.Background(), false)
			if r.OK {
				t.Errorf("report OK, want a failure")
			}
			var found bool
			for _, c := range r.Checks {
				if c.ID == tc.failed {
					found = true
					if c.Status != CheckFail || c.Code != tc.code || c.Hint == "" {
						t.Errorf("%s: %+v, want fail with %s", c.ID, c, tc.code)
					}
				}
			}
			if !found {
				t.Errorf("no %s check in %+v", tc.failed, r.Checks)
			}
			if got := p.tokens.Load(); got != tc.requests {
				t.Errorf("%d token requests, want %d", got, tc.requests)
			}
		})
	}
}
