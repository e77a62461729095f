package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/ui/uitest"
)

// TestTabKeysNeverTyped: alt+1…4 and F1…F4 switch tabs from a text field;
// digits switch them outside fields and are typed inside; arriving on the
// Request tab takes no key.
func TestTabKeysNeverTyped(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			d := newRQDriver(t, rqApp(t), size[0], size[1])
			d.keys("2", "4", "2") // digits outside fields: tabs
			s := uitest.Screen(d.m.View())
			if strings.Contains(s, "‹GET›") || strings.Contains(s, "4") && strings.Contains(s, "GET 4") {
				t.Fatalf("arriving on the Request tab went into the URL field:\n%s", s)
			}
			d.keys("u")
			d.typeText("me4") // in the field: a digit is typed
			d.waitFor(time.Second, "‹GET›", "me4")
			d.keys("alt+3") // from the field: the Flow
			d.waitFor(time.Second, "Step 1 of 6")
			d.keys("f2") // back: the draft is there, the field is left
			s = d.waitFor(time.Second, "me4")
			if strings.Contains(s, "‹GET›") {
				t.Errorf("F2 put the cursor back in the URL field:\n%s", s)
			}
			d.keys("u", "f4")
			d.waitFor(time.Second, "History")
			d.keys("f2", "u", "alt+1")
			s = uitest.Screen(d.m.View())
			if strings.Contains(s, "me4") {
				t.Errorf("alt+1 from the URL field did not leave the Request tab:\n%s", s)
			}
			uitest.CheckFits(t, s, size[0], size[1])
		})
	}
}

// TestEachProfileKeepsItsDraft: a POST being edited in one profile is
// there, method, path and body, after another profile was shown.
func TestEachProfileKeepsItsDraft(t *testing.T) {
	d := newRQDriver(t, rqApp(t), 80, 24)
	d.keys("2", "m", "u")
	d.typeText("items")
	d.keys("tab", "tab")
	d.typeText(`{"name":"x"}`)
	d.keys("esc", "tab", "j", "enter")
	s := d.waitFor(5*time.Second, "profile sandbox-readonly")
	if strings.Contains(s, "items") {
		t.Fatalf("the other profile shows this one's draft:\n%s", s)
	}
	d.keys("tab", "k", "enter")
	d.waitFor(5*time.Second, "profile sandbox ", "POST", "items", "body: 12 B")
}

// TestHelpSaysWhereTabKeysWork: the full help tells the digits (outside
// text fields) from alt+1-4 and F1-F4 (everywhere).
func TestHelpSaysWhereTabKeysWork(t *testing.T) {
	d := newRQDriver(t, rqApp(t), 80, 24)
	d.keys("?")
	d.waitFor(time.Second, "alt+1-4 F1-F4", "also in text fields", "1-4", "outside text fields")
}

// TestTooSmallIgnoresKeys: on the "too small" screen a key does nothing
// unseen (no tab switch, no renewal); q still quits.
func TestTooSmallIgnoresKeys(t *testing.T) {
	d := newRQDriver(t, rqApp(t), 80, 24)
	d.update(tea.WindowSizeMsg{Width: 50, Height: 12})
	d.keys("2", "u")
	d.typeText("xyz")
	d.update(tea.WindowSizeMsg{Width: 80, Height: 24})
	s := uitest.Screen(d.m.View())
	if strings.Contains(s, "xyz") || strings.Contains(s, "[2 Request]") {
		t.Errorf("keys pressed on the too-small screen acted:\n%s", s)
	}
	d.update(tea.WindowSizeMsg{Width: 50, Height: 12})
	var cmd tea.Cmd
	d.m, cmd = d.m.Update(uitest.Key("q"))
	if cmd == nil {
		t.Fatal("q on the too-small screen did not quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q on the too-small screen did not quit")
	}
}

// TestHelpFooterOffersNoHelp: while the help is open the footer says how
// to close it, not "? all keys".
func TestHelpFooterOffersNoHelp(t *testing.T) {
	d := newRQDriver(t, rqApp(t), 80, 24)
	d.keys("?")
	lines := strings.Split(uitest.Screen(d.m.View()), "\n")
	foot := lines[len(lines)-1]
	if strings.Contains(foot, "all keys") || !strings.Contains(foot, "close help") {
		t.Errorf("footer while the help is open: %q", foot)
	}
}
