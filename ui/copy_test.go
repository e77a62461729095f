package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

// c copies the token; C (as on the Request tab) copies a curl command that
// fetches the token itself (no secret in it) for saved profiles, and
// carries it in the demo; u, the Request tab's URL key, copies nothing here.
func TestTokenTabCopies(t *testing.T) {
	var copied string
	saved := common.DefaultClipboard
	common.DefaultClipboard = common.Clipboard{
		Getenv: func(string) string { return "" },
		System: func(s string) error { copied = s; return nil },
	}
	defer func() { common.DefaultClipboard = saved }()

	start := time.Now()
	raw := testJWT(t, start, time.Hour)
	fc := &fakeClient{cached: true, tok: &auth.Token{Raw: raw, Expiry: start.Add(time.Hour), ObtainedAt: start}}
	cfg := profiles.Profile{Name: "ac", APIBaseURL: "https://api.example/v1/"}
	for _, tc := range []struct {
		name     string
		path     string
		inlined  bool
		wantCurl string
	}{
		{"saved profiles", "/home/me/profiles.yaml", false, "$(tokentui token"},
		{"demo", "", true, raw},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m tea.Model = New(Options{Profiles: []Profile{{Name: "ac", Client: fc, Config: cfg,
				Saved: []profiles.SavedRequest{{Name: "me", Method: "GET", Path: "me"}}}},
				Active: "ac", ProfilesPath: tc.path})
			m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
			m = settle(t, m, m.Init())

			m = press(t, m, "c")
			if copied != raw {
				t.Errorf("c copied %q, want the token", copied)
			}
			if s := view(m); !strings.Contains(s, "access token copied") {
				t.Errorf("no notice after copying:\n%s", s)
			}
			copied = ""
			m = press(t, m, "u")
			if copied != "" {
				t.Errorf("u on the Token tab copied %q; it is the Request tab's URL key", copied)
			}
			_ = press(t, m, "C")
			if !strings.HasPrefix(copied, "curl ") || !strings.Contains(copied, "https://api.example/v1/me") ||
				!strings.Contains(copied, tc.wantCurl) {
				t.Errorf("C copied %q, want a curl command for /v1/me with %q", copied, tc.wantCurl)
			}
			if !tc.inlined && strings.Contains(copied, raw) {
				t.Errorf("the curl command of a saved profile holds the literal token: %q", copied)
			}
		})
	}
}

// In the Request tab, C copies the request as curl and R switches the
// renew-and-retry-once rule on, visibly.
func TestRequestTabCopiesAndRetrySwitch(t *testing.T) {
	var copied string
	saved := common.DefaultClipboard
	common.DefaultClipboard = common.Clipboard{
		Getenv: func(string) string { return "" },
		System: func(s string) error { copied = s; return nil },
	}
	defer func() { common.DefaultClipboard = saved }()

	fc := &fakeClient{}
	cfg := profiles.Profile{Name: "ac", APIBaseURL: "https://api.example/v1/"}
	var m tea.Model = New(Options{Profiles: []Profile{{Name: "ac", Client: fc, Config: cfg,
		Sender: &requests.Sender{BaseURL: cfg.APIBaseURL}}}, Active: "ac", ProfilesPath: "/p.yaml"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = settle(t, m, m.Init())
	m, _ = m.Update(uitest.Key("2"))
	m, _ = m.Update(uitest.Key("u")) // into the URL field
	for _, r := range "items?x=1" {
		m, _ = m.Update(uitest.Key(string(r)))
	}
	m, _ = m.Update(uitest.Key("esc"))
	m = press(t, m, "C")
	if !strings.Contains(copied, "https://api.example/v1/items?x=1") || !strings.Contains(copied, "$(tokentui token") {
		t.Errorf("C copied %q, want a curl command for items?x=1 that fetches the token", copied)
	}
	if s := view(m); !strings.Contains(s, "curl command copied") {
		t.Errorf("no notice after copying:\n%s", s)
	}
	if fc.requests != 0 {
		t.Errorf("copying as curl made %d token requests", fc.requests)
	}
	m, _ = m.Update(uitest.Key("R"))
	if s := view(m); !strings.Contains(s, "retry once on invalid_token") {
		t.Errorf("R does not show that retry-once is on:\n%s", s)
	}
	m, _ = m.Update(uitest.Key("R"))
	if s := view(m); strings.Contains(s, "↻") {
		t.Errorf("a second R does not switch retry-once off:\n%s", s)
	}
}

// blockingClient's token requests wait until they are cancelled.
type blockingClient struct {
	fakeClient
	cancelled chan struct{}
}

func (b *blockingClient) Token(ctx context.Context) (*auth.Token, error) {
	<-ctx.Done()
	close(b.cancelled)
	return nil, ctx.Err()
}

// Esc stops a token request in flight on the Token tab.
func TestEscCancelsTokenRequest(t *testing.T) {
	bc := &blockingClient{cancelled: make(chan struct{})}
	var m tea.Model = New(Options{Profiles: []Profile{{Name: "p", Client: bc}}, Active: "p"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = settle(t, m, m.Init())
	m, cmd := m.Update(uitest.Key("g"))
	if s := view(m); !strings.Contains(s, "Requesting a token") {
		t.Fatalf("g does not say a token is being requested:\n%s", s)
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	m, _ = m.Update(uitest.Key("esc"))
	select {
	case <-bc.cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("esc did not cancel the token request")
	}
	m = settle(t, m, func() tea.Msg { return <-done })
	if s := view(m); !strings.Contains(s, "No token yet") {
		t.Errorf("after cancelling, the tab does not go back to saying how to get a token:\n%s", s)
	}
}
