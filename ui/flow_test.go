package ui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/ui/flow"
	"tokentui/ui/uitest"
)

// sandboxApp is the app over one sandbox profile with its Flow wired.
func sandboxApp(t *testing.T, present bool) (tea.Model, *demo.Server) {
	t.Helper()
	srv, err := demo.Start(context.Background(), demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	c, err := auth.New(auth.Options{
		Profile: "sandbox", Issuer: srv.IssuerURL, ClientID: demo.ClientID,
		Secret: func(context.Context) (string, error) { return demo.ClientSecret, nil },
		Scopes: []string{demo.ScopeRead, demo.ScopeWrite},
	})
	if err != nil {
		t.Fatal(err)
	}
	src := flow.Source{Client: c, APIBaseURL: srv.APIURL, API: flow.DefaultAPIRequest([]flow.SavedRequest{{Path: "me"}}),
		Send: flow.NewSendFunc(srv.APIURL, nil, nil)}
	m := New(Options{Profiles: []Profile{{Name: "sandbox", Detail: srv.IssuerURL, Client: c, Flow: src}},
		Active: "sandbox", Present: present})
	return m, srv
}

func TestFlowTabThroughTheRoot(t *testing.T) {
	m, srv := sandboxApp(t, false)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = settle(t, m, m.Init())
	m = press(t, m, "3")
	s := view(m)
	for _, want := range []string{"Step 1 of 6", "GET /.well-known/openid-configuration", "Profiles", "d diagnose"} {
		if !strings.Contains(s, want) {
			t.Errorf("Flow tab lacks %q:\n%s", want, s)
		}
	}
	uitest.CheckFits(t, s, 80, 24)
	m = press(t, m, "n", "n", "n", "n", "n")
	s = view(m)
	if !strings.Contains(s, "Step 6 of 6") || !strings.Contains(s, "200 OK") {
		t.Errorf("step 6 does not show the API's answer at 80x24:\n%s", s)
	}
	uitest.CheckFits(t, s, 80, 24)
	if n := srv.TokenRequests(); n != 1 {
		t.Errorf("token requests = %d, want 1", n)
	}
	m = press(t, m, "?")
	if s := view(m); !strings.Contains(s, "presentation mode") || !strings.Contains(s, "diagnose profile") {
		t.Errorf("help does not list the Flow's keys:\n%s", s)
	}
}

func TestPresentationMode(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		m, _ := sandboxApp(t, true)
		m, _ = m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		m = settle(t, m, m.Init())
		s := view(m)
		for _, want := range []string{"STEP 1 OF 6", "DISCOVERY", "token_endpoint", "P leave presentation"} {
			if !strings.Contains(s, want) {
				t.Errorf("%dx%d: presentation lacks %q:\n%s", size[0], size[1], want, s)
			}
		}
		for _, clutter := range []string{"Profiles", "tokentui", "? all keys"} {
			if strings.Contains(s, clutter) {
				t.Errorf("%dx%d: presentation shows %q:\n%s", size[0], size[1], clutter, s)
			}
		}
		uitest.CheckFits(t, s, size[0], size[1])
		for i := 2; i <= 6; i++ {
			m = press(t, m, "n")
			uitest.CheckFits(t, view(m), size[0], size[1])
		}
		if s := view(m); !strings.Contains(s, "STEP 6 OF 6") || !strings.Contains(s, "200 OK") {
			t.Errorf("%dx%d: step 6 lacks the API answer:\n%s", size[0], size[1], s)
		}
		m = press(t, m, "P")
		if s := view(m); !strings.Contains(s, "Profiles") || !strings.Contains(s, "Step 6 of 6") {
			t.Errorf("%dx%d: P did not leave presentation mode:\n%s", size[0], size[1], s)
		}
		uitest.CheckFits(t, view(m), size[0], size[1])
		m = press(t, m, "P")
		if s := view(m); strings.Contains(s, "Profiles") {
			t.Errorf("%dx%d: P did not enter presentation mode again:\n%s", size[0], size[1], s)
		}
	}
}

// TestFlowTokenReachesTheTokenTab: a token the Flow obtains is the
// profile's token, shown in the header and the Token tab at once.
func TestFlowTokenReachesTheTokenTab(t *testing.T) {
	m, srv := sandboxApp(t, false)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = settle(t, m, m.Init())
	if s := view(m); !strings.Contains(s, "[no token]") {
		t.Fatalf("the header should say there is no token yet:\n%s", s)
	}
	m = press(t, m, "3", "n")
	if s := view(m); !strings.Contains(s, "[valid ") {
		t.Errorf("the header does not show the token the Flow got:\n%s", s)
	}
	m = press(t, m, "1")
	if s := view(m); !strings.Contains(s, "VALID") {
		t.Errorf("the Token tab does not show the token the Flow got:\n%s", s)
	}
	if n := srv.TokenRequests(); n != 1 {
		t.Errorf("token requests = %d, want 1", n)
	}
}

// A renew on the Token tab reaches the Flow: its token steps show the new
// token, not the one it showed before.
func TestTokenTabRenewReachesTheFlow(t *testing.T) {
	m, srv := sandboxApp(t, false)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 60})
	m = settle(t, m, m.Init())
	m = press(t, m, "3", "n", "n", "n") // step 4: the JWT decoded
	before := jtiOnScreen(t, view(m))
	m = press(t, m, "1", "r", "y") // renew, confirmed
	if n := srv.TokenRequests(); n != 2 {
		t.Fatalf("token requests = %d, want 2 (the Flow's, then the renew)", n)
	}
	m = press(t, m, "3")
	after := jtiOnScreen(t, view(m))
	if after == before {
		t.Errorf("the Flow still shows the token it had before the renew (jti %s)", before)
	}
	if n := srv.TokenRequests(); n != 2 {
		t.Errorf("token requests = %d after showing the Flow again, want 2: it reuses the renewed token", n)
	}
}

// jtiOnScreen finds the jti claim the Flow's step 4 shows.
func jtiOnScreen(t *testing.T, screen string) string {
	t.Helper()
	for _, line := range strings.Split(screen, "\n") {
		if _, rest, ok := strings.Cut(line, `"jti": "`); ok {
			if v, _, ok := strings.Cut(rest, `"`); ok {
				return v
			}
		}
	}
	t.Fatalf("no jti on the screen:\n%s", screen)
	return ""
}
