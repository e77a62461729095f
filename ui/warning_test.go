package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
)

// TestWarningUnderTheHeader: the warning about a readable profiles file
// shows under the header at 80×24 and 200×60, the command to run whole,
// and the screen keeps its height.
func TestWarningUnderTheHeader(t *testing.T) {
	start := time.Now()
	fc := &fakeClient{cached: true, tok: &auth.Token{Raw: testJWT(t, start, time.Hour), Expiry: start.Add(time.Hour), ObtainedAt: start, FromCache: true}}
	const fix = "chmod 600 /home/someone/.config/tokentui/profiles.yaml"
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		var m tea.Model = New(Options{Profiles: []Profile{{Name: "p", Client: fc}}, Active: "p",
			Warning: "⚠ the profiles file holds a client secret others can read: " + fix})
		m, _ = m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		m = settle(t, m, m.Init())
		s := view(m)
		lines := strings.Split(s, "\n")
		if len(lines) != size[1] {
			t.Errorf("%v: %d lines, want %d", size, len(lines), size[1])
		}
		if !strings.Contains(lines[1], fix) {
			t.Errorf("%v: the second line lacks the command to run:\n%s", size, s)
		}
	}
}
