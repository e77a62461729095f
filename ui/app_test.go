package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/golang-jwt/jwt/v5"

	"tokentui/auth"
	"tokentui/ui/token"
	"tokentui/ui/uitest"
)

// fakeClient is a token client that answers from memory and counts requests.
type fakeClient struct {
	tok      *auth.Token
	cached   bool
	requests int
	verify   auth.Verification
}

func (f *fakeClient) Cached() (*auth.Token, bool) {
	if f.cached {
		return f.tok, true
	}
	return nil, false
}
func (f *fakeClient) Token(ctx context.Context) (*auth.Token, error) { f.requests++; return f.tok, nil }
func (f *fakeClient) Renew(ctx context.Context) (*auth.Token, error) { f.requests++; return f.tok, nil }
func (f *fakeClient) Verify(ctx context.Context, raw string) auth.Verification {
	return f.verify
}
func (f *fakeClient) RequestsLastHour() int { return f.requests }

// testJWT builds a token shaped like IdentityServer's, issued at iat.
func testJWT(t *testing.T, iat time.Time, ttl time.Duration) string {
	t.Helper()
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"iss": "https://idp.example/is", "client_id": "demo-client", "aud": "demo-api",
		"scope": []string{"demo.read", "demo.write"}, "jti": "abc123",
		"iat": iat.Unix(), "nbf": iat.Unix(), "exp": iat.Add(ttl).Unix(),
	})
	tok.Header["typ"] = "at+jwt"
	tok.Header["kid"] = "key-1"
	raw, err := tok.SignedString([]byte("test-key-not-secret-at-all-32bytes"))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// clock is a settable time source.
type clock struct{ t time.Time }

func (c *clock) Now() time.Time { return c.t }

// settle runs cmd and what it leads to, feeding the results back into the
// app; a command still running after uitest.DefaultWait (a timer) is left
// unanswered instead of slowing the test. The one-second clock is off in
// these tests (see TestMain) and its ticks are dropped: the tests move the
// clock themselves.
func settle(t *testing.T, m tea.Model, cmd tea.Cmd) tea.Model {
	t.Helper()
	return uitest.Settle(t, m, cmd, withoutTicks)
}

// withoutTicks is the app's Update, less the clock's ticks.
func withoutTicks(m tea.Model, msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(TickMsg); ok {
		return m, nil
	}
	return m.Update(msg)
}

// press sends each key (names like "tab", or text to type) and settles.
func press(t *testing.T, m tea.Model, ks ...string) tea.Model {
	t.Helper()
	for _, k := range ks {
		var cmd tea.Cmd
		m, cmd = m.Update(uitest.Key(k))
		m = settle(t, m, cmd)
	}
	return m
}

func view(m tea.Model) string { return uitest.Screen(m.View()) }

func TestTokenViewShowsClaimsAndTicks(t *testing.T) {
	start := time.Date(2026, 11, 26, 12, 0, 0, 0, time.Local)
	clk := &clock{t: start}
	raw := testJWT(t, start, time.Hour)
	fc := &fakeClient{tok: &auth.Token{Raw: raw, Type: "Bearer", Expiry: start.Add(time.Hour), ObtainedAt: start,
		Scopes: []string{"demo.read", "demo.write"}}, verify: auth.Verification{Status: auth.Verified, Alg: "RS256", KeyID: "key-1"}}

	var m tea.Model = New(Options{
		Profiles: []Profile{{Name: "sandbox", Detail: "https://idp.example/is", Client: fc}},
		Active:   "sandbox", AutoFetch: true, Now: clk.Now,
	})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = settle(t, m, m.Init())

	if fc.requests != 1 {
		t.Fatalf("token requests = %d, want 1 (auto-fetch with an empty cache)", fc.requests)
	}
	screen := view(m)
	for _, want := range []string{"tokentui", "sandbox", "VALID", "60:00", "client_id", "demo-client",
		"demo.read", "at+jwt", "✓ verified", "RS256", "key-1", "expires 13:00:00", "token requests of this client, last hour: 1"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
	uitest.CheckFits(t, screen, 80, 24)

	clk.t = start.Add(72 * time.Second)
	m, _ = m.Update(TickMsg{Gen: 0, Time: clk.t})
	after := view(m)
	if !strings.Contains(after, "58:48") || strings.Contains(after, "60:00") {
		t.Errorf("countdown did not move to 58:48 after a tick:\n%s", after)
	}
}

func TestCachedTokenMakesNoRequest(t *testing.T) {
	start := time.Now()
	raw := testJWT(t, start, time.Hour)
	fc := &fakeClient{cached: true, tok: &auth.Token{Raw: raw, Expiry: start.Add(time.Hour), ObtainedAt: start, FromCache: true}}
	var m tea.Model = New(Options{Profiles: []Profile{{Name: "p", Client: fc}}, Active: "p"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m = settle(t, m, m.Init())
	if fc.requests != 0 {
		t.Errorf("token requests = %d, want 0: a valid cached token is shown as it is", fc.requests)
	}
	if s := view(m); !strings.Contains(s, "from cache") {
		t.Errorf("screen does not say the token came from the cache:\n%s", s)
	}
}

func TestNoTokenSaysHowToGetOne(t *testing.T) {
	fc := &fakeClient{}
	var m tea.Model = New(Options{Profiles: []Profile{{Name: "p", Client: fc}}, Active: "p"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = settle(t, m, m.Init())
	if fc.requests != 0 {
		t.Fatalf("token requests = %d at start without auto-fetch, want 0", fc.requests)
	}
	if s := view(m); !strings.Contains(s, "No token yet") || !strings.Contains(s, "Press g") {
		t.Errorf("screen does not say how to get a token:\n%s", s)
	}
}

func TestRenewAsksFirstWhileTokenIsValid(t *testing.T) {
	start := time.Now()
	raw := testJWT(t, start, time.Hour)
	fc := &fakeClient{cached: true, tok: &auth.Token{Raw: raw, Expiry: start.Add(time.Hour), ObtainedAt: start}}
	var m tea.Model = New(Options{Profiles: []Profile{{Name: "p", Client: fc}}, Active: "p"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = settle(t, m, m.Init())

	m = press(t, m, "r")
	if fc.requests != 0 {
		t.Fatalf("renew sent %d requests before confirmation", fc.requests)
	}
	if s := view(m); !strings.Contains(s, "blocks clients") || !strings.Contains(s, "anyway?") {
		t.Fatalf("no confirmation explaining the blocking:\n%s", s)
	}
	m = press(t, m, "n")
	if fc.requests != 0 || strings.Contains(view(m), "anyway?") {
		t.Fatalf("'n' should keep the token and close the question")
	}
	m = press(t, m, "r")
	_ = press(t, m, "y")
	if fc.requests != 1 {
		t.Errorf("requests after confirming = %d, want 1", fc.requests)
	}
}

var _ token.Client = (*fakeClient)(nil)
