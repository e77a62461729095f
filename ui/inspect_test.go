package ui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/ui/uitest"
)

// A support engineer pastes a token from a client's log: it is decoded and
// verified against its own issuer's keys, marked as not the profile's own.
func TestInspectPastedToken(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv, err := demo.Start(ctx, demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	readonly, err := auth.New(auth.Options{Profile: "ro", Issuer: srv.IssuerURL, ClientID: demo.ReadOnlyClientID,
		Secret: func(context.Context) (string, error) { return demo.ClientSecret, nil }})
	if err != nil {
		t.Fatal(err)
	}
	pasted, err := readonly.Token(ctx)
	if err != nil {
		t.Fatal(err)
	}

	fc := &fakeClient{}
	var m tea.Model = New(Options{Profiles: []Profile{{Name: "p", Client: fc}}, Active: "p"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	m = settle(t, m, m.Init())

	m = press(t, m, "i")
	if s := view(m); !strings.Contains(s, "Inspect a token") {
		t.Fatalf("i did not open the paste box:\n%s", s)
	}
	// Digits and q are typed into the box, not obeyed as tab or quit keys.
	m, _ = m.Update(uitest.Key("q"))
	m, _ = m.Update(uitest.Key("1"))
	if s := view(m); !strings.Contains(s, "q1") {
		t.Fatalf("q1 was not typed into the box:\n%s", s)
	}
	m, _ = m.Update(uitest.Key("enter"))
	if s := view(m); !strings.Contains(s, "not a JWT") && !strings.Contains(s, "expected 3 parts") {
		t.Errorf("garbage was not refused with a reason:\n%s", s)
	}
	for range 2 {
		m, _ = m.Update(uitest.Key("backspace"))
	}
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Bearer " + pasted.Raw), Paste: true})
	m = press(t, m, "enter")
	s := view(m)
	for _, want := range []string{"INSPECTING A PASTED TOKEN", "demo-readonly", "✓ verified", "RS256"} {
		if !strings.Contains(s, want) {
			t.Errorf("inspect view lacks %q:\n%s", want, s)
		}
	}
	if fc.requests != 0 {
		t.Errorf("inspecting made %d token requests for the profile, want 0", fc.requests)
	}
	m, _ = m.Update(uitest.Key("esc"))
	if s := view(m); strings.Contains(s, "INSPECTING") || !strings.Contains(s, "No token yet") {
		t.Errorf("esc did not return to the profile's own token:\n%s", s)
	}
}
