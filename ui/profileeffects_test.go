package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/ui/profilemgr"
	"tokentui/ui/uitest"
)

// TestProfileEffectsInTheirOrder: the root carries out the profile
// manager's steps in the order they come, within one Update: a profile is
// shown once its workspace is installed (a Show before the Install finds
// nothing to show), a removed one is dropped before the next is shown,
// Saved takes the warning away and Quit ends the program.
func TestProfileEffectsInTheirOrder(t *testing.T) {
	start := time.Now()
	client := func(cached bool) *fakeClient {
		return &fakeClient{cached: cached, tok: &auth.Token{Raw: testJWT(t, start, time.Hour), Expiry: start.Add(time.Hour), ObtainedAt: start, FromCache: cached}}
	}
	const warning = "⚠ the profiles file holds a client secret others can read"
	var m tea.Model = New(Options{Profiles: []Profile{{Name: "p", Client: client(true)}, {Name: "q", Client: client(true)}},
		Active: "p", Warning: warning})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = settle(t, m, m.Init())
	m = press(t, m, "shift+tab") // the list has the keyboard
	if m.(Model).focus != focusProfiles {
		t.Fatal("shift+tab did not give the list the keyboard")
	}

	apply := func(steps ...profilemgr.Effect) {
		t.Helper()
		m = settle(t, m, func() tea.Msg { return profilemgr.EffectsMsg(steps) })
	}
	later := client(false)
	apply(profilemgr.Show{Name: "later", FocusTab: true}, profilemgr.Install{Profile: Profile{Name: "later", Client: later}})
	if got := m.(Model).active; got != "p" {
		t.Errorf("a Show before its Install showed %q", got)
	}
	if later.requests != 0 {
		t.Errorf("installed without Fetch, the profile asked for %d tokens", later.requests)
	}

	r := client(false)
	apply(profilemgr.Saved{}, profilemgr.Install{Profile: Profile{Name: "r", Client: r}, Fetch: true}, profilemgr.Show{Name: "r", FocusTab: true})
	root := m.(Model)
	if root.active != "r" || root.focus != focusTab {
		t.Errorf("after install and show: showing %q, focus %v; want r, its tab", root.active, root.focus)
	}
	if r.requests != 1 {
		t.Errorf("installed with Fetch, the profile asked for %d tokens, want 1", r.requests)
	}
	if s := view(m); strings.Contains(s, warning) {
		t.Errorf("the warning stayed after the save:\n%s", s)
	}
	uitest.CheckFits(t, view(m), 80, 24)

	apply(profilemgr.Remove{Name: "r"}, profilemgr.Show{Name: "q"})
	root = m.(Model)
	if _, ok := root.spaces["r"]; ok || root.active != "q" {
		t.Errorf("after remove and show: workspace of r kept %v, showing %q; want q", ok, root.active)
	}

	apply(profilemgr.Remove{Name: "p"}, profilemgr.Remove{Name: "q"}, profilemgr.Remove{Name: "later"}, profilemgr.Show{})
	if root := m.(Model); len(root.spaces) != 0 || root.active != "" {
		t.Errorf("with every profile removed: %d workspaces, showing %q", len(root.spaces), root.active)
	}

	m, cmd := m.Update(profilemgr.EffectsMsg{profilemgr.Quit{}})
	if _, ok := uitest.Run(cmd, time.Second).(tea.QuitMsg); !ok || view(m) != "" {
		t.Errorf("Quit: the command gave %T, the screen %q; want tea.QuitMsg and nothing on screen", uitest.Run(cmd, time.Second), view(m))
	}
}
