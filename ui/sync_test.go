package ui

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/text/i18n"
	"tokentui/ui/flow"
	"tokentui/ui/uitest"
)

// sharedCache is a fakeClient whose cache another process may fill.
type sharedCache struct {
	fakeClient
	mu sync.Mutex
}

func (s *sharedCache) Cached() (*auth.Token, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fakeClient.Cached()
}

func (s *sharedCache) put(t *auth.Token) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tok, s.cached = t, true
}

// second moves the app's clock one second on, as the program's tick does,
// and runs what the tick asks for (each profile's look at its cache).
func second(t *testing.T, m tea.Model, clk *clock) tea.Model {
	t.Helper()
	clk.t = clk.t.Add(time.Second)
	m, cmd := m.Update(TickMsg{Gen: 0, Time: clk.t})
	return settle(t, m, cmd)
}

// A token another process got reaches the header badge and the profile
// list on the next tick, for the profile shown and for the others.
func TestTokenFromElsewhereReachesBadgeAndListWithinASecond(t *testing.T) {
	start := time.Date(2026, 11, 26, 12, 0, 0, 0, time.Local)
	clk := &clock{t: start}
	a, b := &sharedCache{}, &sharedCache{}
	var m tea.Model = New(Options{
		Profiles: []Profile{{Name: "alpha", Client: a}, {Name: "beta", Client: b}},
		Active:   "alpha", Now: clk.Now,
	})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = settle(t, m, m.Init())
	if s := view(m); !strings.Contains(s, "[no token]") {
		t.Fatalf("before: header lacks [no token]:\n%s", s)
	}

	a.put(&auth.Token{Raw: testJWT(t, start, time.Hour), Expiry: start.Add(time.Hour), ObtainedAt: start})
	b.put(&auth.Token{Raw: testJWT(t, start, 30*time.Minute), Expiry: start.Add(30 * time.Minute), ObtainedAt: start})
	m = second(t, m, clk)
	s := view(m)
	if !strings.Contains(s, "[valid 59:59]") {
		t.Errorf("header badge did not follow the cache:\n%s", s)
	}
	if !strings.Contains(s, "valid 29:59") {
		t.Errorf("profile list did not follow the other profile's cache:\n%s", s)
	}
	if a.requests+b.requests != 0 {
		t.Errorf("looking at the cache asked for tokens: %d", a.requests+b.requests)
	}
}

// A token that does not verify is "untrusted" in the header and the list,
// never "valid".
func TestUntrustedTokenInBadgeAndList(t *testing.T) {
	start := time.Date(2026, 11, 26, 12, 0, 0, 0, time.Local)
	clk := &clock{t: start}
	fc := &fakeClient{tok: &auth.Token{Raw: testJWT(t, start, time.Hour), Expiry: start.Add(time.Hour), ObtainedAt: start},
		cached: true, verify: auth.Verification{Status: auth.Failed, Reason: "no key with kid \"key-1\""}}
	var m tea.Model = New(Options{Profiles: []Profile{{Name: "alpha", Client: fc}}, Active: "alpha", Now: clk.Now})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = settle(t, m, m.Init())
	s := view(m)
	if !strings.Contains(s, "[untrusted]") || strings.Count(s, "untrusted") < 2 {
		t.Errorf("header and list should say untrusted:\n%s", s)
	}
	if strings.Contains(s, "valid 59") || strings.Contains(s, "● VALID") {
		t.Errorf("an untrusted token is shown as valid:\n%s", s)
	}
}

// A token another process forced reaches the Flow too, on the next tick:
// its token steps show the new token.
func TestTokenFromAnotherProcessReachesTheFlow(t *testing.T) {
	srv, err := demo.Start(context.Background(), demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	cache := t.TempDir()
	client := func() *auth.Client {
		c, err := auth.New(auth.Options{
			Profile: "sandbox", Issuer: srv.IssuerURL, ClientID: demo.ClientID, CacheDir: cache,
			Secret: func(context.Context) (string, error) { return demo.ClientSecret, nil },
			Scopes: []string{demo.ScopeRead},
		})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	c := client()
	src := flow.Source{Client: c, APIBaseURL: srv.APIURL, API: flow.DefaultAPIRequest([]flow.SavedRequest{{Path: "me"}}),
		Send: flow.NewSendFunc(srv.APIURL, nil, nil)}
	clk := &clock{t: time.Now()}
	var m tea.Model = New(Options{Profiles: []Profile{{Name: "sandbox", Client: c, Flow: src}}, Active: "sandbox", Now: clk.Now})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 60})
	m = settle(t, m, m.Init())
	m = press(t, m, "3", "n", "n", "n") // step 4: the JWT decoded
	before := jtiOnScreen(t, view(m))

	if _, err := client().Renew(context.Background()); err != nil { // `tokentui token --force`
		t.Fatal(err)
	}
	m = second(t, m, clk)
	if after := jtiOnScreen(t, view(m)); after == before {
		t.Errorf("the Flow still shows the token it had before another process forced one (jti %s)", before)
	}
	if n := srv.TokenRequests(); n != 2 {
		t.Errorf("token requests = %d, want 2 (the Flow's, the other process's)", n)
	}
}

// The untrusted state fills 80×24 and 200×60 exactly, in both languages.
func TestUntrustedFitsTheTerminal(t *testing.T) {
	start := time.Date(2026, 11, 26, 12, 0, 0, 0, time.Local)
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		fc := &fakeClient{tok: &auth.Token{Raw: testJWT(t, start, time.Hour), Expiry: start.Add(time.Hour), ObtainedAt: start, ObtainedBy: "other",
			Missing: []string{"demo.admin"}}, cached: true,
			verify: auth.Verification{Status: auth.Failed, Reason: strings.Repeat("no key with kid \"key-1\" in the provider's JWKS; ", 4)}}
		var m tea.Model = New(Options{Profiles: []Profile{{Name: "alpha", Client: fc}}, Active: "alpha", Now: (&clock{t: start}).Now, Lang: lang})
		for _, sz := range [][2]int{{80, 24}, {200, 60}} {
			m, _ = m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			m = settle(t, m, m.Init())
			uitest.CheckFits(t, view(m), sz[0], sz[1])
		}
	}
}
