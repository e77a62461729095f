package request

import (
	"strings"
	"testing"

	"tokentui/demo"
)

// TestBodyOverTheBoundIsNotSent: a body longer than the sender's
// MaxRequestBody (--max-body) is refused before anything is sent, in one
// line with what to do.
func TestBodyOverTheBoundIsNotSent(t *testing.T) {
	s, c, _ := sandbox(t, demo.ClientID, "demo.read", "demo.write")
	s.MaxRequestBody = 16
	d := drive(t, newPane(t, s, nil))
	d.typeText("items")
	d.key(esc, runes("d"))
	d.typeText(`{"name":"a name longer than sixteen bytes"}`)
	d.key(esc, enter)
	d.until(5e9, "refusal", func(m Model) bool { return !m.Sending() })
	screen := d.screen()
	for _, want := range []string{"the request body is too large", "over the 16 B limit", "--max-body"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
	if c.RequestsLastHour() != 0 {
		t.Errorf("a token was asked for a request that was never sent")
	}
}
