package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/ui/profilelist"
	"tokentui/ui/uitest"
)

// Every tab and the help screen fill the terminal exactly, at every size
// from 80×24 to 250×70, resized while running.
func TestEveryTabFitsEverySize(t *testing.T) {
	m, _ := sandboxApp(t, false)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = settle(t, m, m.Init())
	sizes := [][2]int{{80, 24}, {81, 25}, {100, 30}, {120, 40}, {160, 48}, {200, 60}, {250, 70}, {80, 24}}
	for _, tab := range []string{"1", "2", "3", "4"} {
		m = press(t, m, tab)
		for _, sz := range sizes {
			m, _ = m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			t.Run(fmt.Sprintf("tab%s-%dx%d", tab, sz[0], sz[1]), func(t *testing.T) { uitest.CheckFits(t, view(m), sz[0], sz[1]) })
		}
	}
	m = press(t, m, "?")
	for _, sz := range sizes {
		m, _ = m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		t.Run(fmt.Sprintf("help-%dx%d", sz[0], sz[1]), func(t *testing.T) { uitest.CheckFits(t, view(m), sz[0], sz[1]) })
	}
}

// Below 80×24 the app says how large a terminal it needs instead of drawing
// a broken layout.
func TestTooSmallSaysSo(t *testing.T) {
	m, _ := sandboxApp(t, false)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 50, Height: 12})
	m = settle(t, m, m.Init())
	s := view(m)
	uitest.CheckFits(t, s, 50, 12)
	if !strings.Contains(s, "80×24") {
		t.Errorf("a 50×12 terminal is not told the size needed:\n%s", s)
	}
}

// A profile that skips TLS verification says so in the header.
func TestInsecureProfileWarnsInTheHeader(t *testing.T) {
	fc := &fakeClient{}
	var m tea.Model = New(Options{Profiles: []Profile{
		{Name: "lab", Client: fc, Config: profiles.Profile{Name: "lab", Insecure: true}},
		{Name: "prod", Client: fc, Config: profiles.Profile{Name: "prod"}},
	}, Active: "lab"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if s := view(m); !strings.Contains(strings.Split(s, "\n")[0], "TLS NOT VERIFIED") {
		t.Errorf("the header of an insecure profile does not warn:\n%s", s)
	}
	m, _ = m.Update(profilelist.SelectedMsg{Name: "prod"})
	if s := view(m); strings.Contains(s, "TLS NOT VERIFIED") {
		t.Errorf("a verified profile shows the insecure warning:\n%s", s)
	}
}
