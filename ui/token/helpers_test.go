package token

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/golang-jwt/jwt/v5"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

// fakeClient is a token client answering from memory: what is "cached"
// can be changed while the pane runs, as another process would.
type fakeClient struct {
	mu       sync.Mutex
	cached   *auth.Token
	fetched  *auth.Token // what Token and Renew return
	err      error       // what Token and Renew fail with
	held     *auth.Failure
	verify   func(raw string) auth.Verification
	requests int
	tokens   int // calls of Token
	renews   int // calls of Renew
	cachedN  int // calls of Cached
}

func (f *fakeClient) Cached() (*auth.Token, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.cachedN++
	if f.cached == nil {
		return nil, false
	}
	cp := *f.cached
	return &cp, true
}

func (f *fakeClient) get(renew bool) (*auth.Token, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if renew {
		f.renews++
	} else {
		f.tokens++
	}
	if f.err != nil {
		return nil, f.err
	}
	f.requests++
	f.cached = f.fetched
	cp := *f.fetched
	return &cp, nil
}

func (f *fakeClient) Token(context.Context) (*auth.Token, error) { return f.get(false) }
func (f *fakeClient) Renew(context.Context) (*auth.Token, error) { return f.get(true) }
func (f *fakeClient) Verify(_ context.Context, raw string) auth.Verification {
	f.mu.Lock()
	v := f.verify
	f.mu.Unlock()
	if v == nil {
		return auth.Verification{Status: auth.Verified, Alg: "RS256", KeyID: "key-1"}
	}
	return v(raw)
}
func (f *fakeClient) RequestsLastHour() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.requests
}
func (f *fakeClient) HeldFailure() (auth.Failure, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.held == nil {
		return auth.Failure{}, false
	}
	return *f.held, true
}

func (f *fakeClient) set(fn func(f *fakeClient)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn(f)
}

func (f *fakeClient) calls() (tokens, renews int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tokens, f.renews
}

var start = time.Date(2026, 11, 26, 12, 0, 0, 0, time.Local)

// signed builds a JWT with claims (iat, nbf and exp filled from iat and
// ttl when absent) and header typ.
func signed(t *testing.T, typ string, iat time.Time, ttl time.Duration, claims jwt.MapClaims) string {
	t.Helper()
	c := jwt.MapClaims{"iss": "https://idp.example/is", "iat": iat.Unix(), "nbf": iat.Unix(), "exp": iat.Add(ttl).Unix()}
	for k, v := range claims {
		c[k] = v
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, c)
	tok.Header["typ"] = typ
	tok.Header["kid"] = "key-1"
	raw, err := tok.SignedString([]byte("test-key-not-secret-at-all-32bytes"))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// tokenAt is the profile's token obtained at at by profile by.
func tokenAt(t *testing.T, at time.Time, by, jti string) *auth.Token {
	raw := signed(t, "at+jwt", at, time.Hour, jwt.MapClaims{"client_id": "demo-client", "aud": "demo-api",
		"scope": []string{"demo.read"}, "jti": jti})
	return &auth.Token{Raw: raw, Type: "Bearer", Expiry: at.Add(time.Hour), ObtainedAt: at, ObtainedBy: by,
		Scopes: []string{"demo.read"}, ScopesFrom: auth.ScopesFromResponse, Asked: []string{"demo.read"}}
}

// newPane is a focused Token tab of profile "sandbox" at 100×40, started
// (Init's look at the cache settled).
func newPane(t *testing.T, fc *fakeClient, opts Options) Model {
	t.Helper()
	return newPaneIn(t, fc, opts, i18n.En, 100, 40)
}

func newPaneIn(t *testing.T, fc *fakeClient, opts Options, lang i18n.Lang, w, h int) Model {
	t.Helper()
	st := common.NewStyles(true)
	opts.ID, opts.Client = "sandbox", fc
	if opts.Now.IsZero() {
		opts.Now = start.Add(time.Minute)
	}
	m := New(common.Common{Styles: &st, Lang: lang}, opts)
	m.SetSize(w, h)
	m.Focus()
	return settle(t, m, m.Init())
}

func settle(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	return uitest.SettleWith(t, uitest.Limits{Strict: true}, m, cmd, Model.Update)
}

func press(t *testing.T, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(uitest.Key(k))
		m = settle(t, m, cmd)
	}
	return m
}

// check runs one per-second look at the cache, as the root's tick does.
func check(t *testing.T, m Model) Model {
	t.Helper()
	cmd := m.Check()
	return settle(t, m, cmd)
}

func screen(m Model) string {
	if m.cur() == nil || m.pasting { // the viewport holds the status block itself
		return uitest.Screen(m.View())
	}
	return uitest.Screen(m.View()) + "\n" + uitest.Screen(m.vp.View())
}

// all is the whole pane, scrolled part included.
func all(m Model) string {
	m.vp.Height = 1000
	m.vp.SetContent(m.detailsView())
	return uitest.Screen(m.statusView()) + "\n" + uitest.Screen(m.detailsView())
}

func wantIn(t *testing.T, s string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(s, w) {
			t.Errorf("screen lacks %q:\n%s", w, s)
		}
	}
}

func wantNotIn(t *testing.T, s string, nots ...string) {
	t.Helper()
	for _, w := range nots {
		if strings.Contains(s, w) {
			t.Errorf("screen has %q:\n%s", w, s)
		}
	}
}
