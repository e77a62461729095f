package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/ui/common"
)

// c copies the token; u copies a curl command that fetches the token itself
// (no secret in it) for saved profiles, and carries it in the demo.
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
			m = drive(t, m, m.Init())

			m, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("c")})
			m = drive(t, m, cmd)
			if copied != raw {
				t.Errorf("c copied %q, want the token", copied)
			}
			if s := view(m); !strings.Contains(s, "access token copied") {
				t.Errorf("no notice after copying:\n%s", s)
			}
			m, cmd = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("u")})
			_ = drive(t, m, cmd)
			if !strings.HasPrefix(copied, "curl ") || !strings.Contains(copied, "https://api.example/v1/me") ||
				!strings.Contains(copied, tc.wantCurl) {
				t.Errorf("u copied %q, want a curl command for /v1/me with %q", copied, tc.wantCurl)
			}
			if !tc.inlined && strings.Contains(copied, raw) {
				t.Errorf("the curl command of a saved profile holds the literal token: %q", copied)
			}
		})
	}
}
