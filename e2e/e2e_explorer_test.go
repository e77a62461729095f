package e2e

import (
	"testing"
	"time"

	"tokentui/e2e/harness"
)

// TestE2EExplorer runs the real binary in tmux at 80×24: with the read-only
// profile, the explorer marks createItem (demo.write) as not covered;
// choosing and sending it asks first, and after confirming the 403 points
// at the declared scope. Then a read is sent and its body filtered with J.
func TestE2EExplorer(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	s := startTmux(t, 80, 24, e2eEnv(t), bin, "demo")
	s.waitFor(15*time.Second, "VALID")
	s.keys("Tab", "Down", "Enter") // the read-only profile
	s.waitFor(5*time.Second, "profile sandbox-readonly", "Press g")
	time.Sleep(200 * time.Millisecond)
	s.keys("g")
	s.waitFor(10*time.Second, "VALID", "demo.read")
	s.keys("2") // the tab opens outside its fields: o is the explorer
	s.waitFor(5*time.Second, "GET", "/api/v1/")
	s.keys("o")
	s.waitFor(10*time.Second, "Operations · 6 of 6", "✗ POST")
	s.keys("p", "o", "s", "t")
	s.waitFor(5*time.Second, "1 of 6", "the token lacks demo.write")
	s.keys("Enter")
	s.waitFor(5*time.Second, "‹POST›", "api/v1/items", "body: 23 B")
	s.keys("Enter")
	s.waitFor(5*time.Second, "the token lacks demo.write, which createItem", "send anyway?")
	s.keys("y")
	s.waitFor(10*time.Second, "403 Forbidden", "createItem declares the scopes demo.write")
	s.escape()
	s.keys("o", "C-u", "l", "i", "s", "t", "I", "t", "e", "m", "s", "Enter", "Enter")
	s.waitFor(10*time.Second, "200 OK", "matches the document (200)", `"first item"`)
	s.escape()
	s.keys("J")
	s.waitFor(5*time.Second, "jq filter:")
	s.keys(".", "[", "1", "]", ".", "n", "a", "m", "e", "Enter")
	s.waitFor(10*time.Second, `"second item"`, "jq .[1].name")
	s.quit()
}
