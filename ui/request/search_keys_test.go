package request

import (
	"strings"
	"testing"
	"time"

	"tokentui/demo"
)

// TestSearchStartsFreshAndSaysItsKeys (issue 15, part 6): / opens an empty
// search field (not the last query to append to), and while it is open
// the footer offers the search's keys, not "enter send".
func TestSearchStartsFreshAndSaysItsKeys(t *testing.T) {
	s, _, _ := sandbox(t, demo.ClientID, "demo.read")
	d := drive(t, newPane(t, s, nil))
	d.typeText("me")
	d.key(enter)
	d.until(10*time.Second, "response to GET me", ready)
	d.key(esc)
	d.typeText("/")
	d.typeText("demo")
	d.key(enter)
	d.typeText("/")
	if v := d.m.resp.PromptValue(); v != "" {
		t.Errorf("/ opened the search with %q in it, want it empty", v)
	}
	var helps []string
	for _, b := range d.m.KeyMap().ShortHelp() {
		helps = append(helps, b.Help().Key+" "+b.Help().Desc)
	}
	got := strings.Join(helps, " · ")
	if !strings.Contains(got, "enter search") || !strings.Contains(got, "esc cancel") || strings.Contains(got, "send") {
		t.Errorf("footer while searching: %q", got)
	}
}
