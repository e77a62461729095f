//go:build linux

package e2e

import (
	"os"
	"syscall"
	"testing"
	"time"

	"tokentui/e2e/harness"
)

// TestTUIWarnsOfAReadableSecret: the TUI over a profiles file holding a
// literal secret, readable by others, says so under its header with the
// chmod to run (issue 13, part 2, in a real terminal).
func TestTUIWarnsOfAReadableSecret(t *testing.T) {
	bin := harness.Binary(t)
	h := newXDGHome(t)
	h.writeProfiles(t, "profiles:\n  - {name: lit, token_url: 'http://127.0.0.1:9/t', client_id: c, client_secret: literal-s3cret}\n")
	if err := os.Chmod(h.profiles, 0o644); err != nil {
		t.Fatal(err)
	}
	env := append([]string{"PATH=" + os.Getenv("PATH"), "LANG=C.UTF-8", "TMPDIR=" + t.TempDir()}, h.env()...)
	r := harness.StartPTY(t, env, true, []string{"chmod 600 " + h.profiles}, bin)
	r.When(t, "chmod 600 "+h.profiles, 20*time.Second)
	r.Cmd.Process.Signal(syscall.SIGTERM)
	r.Exit(t, 5*time.Second)
}
