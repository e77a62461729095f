// Package e2e runs the real tokentui binary the way people and scripts do:
// in tmux (send-keys, capture-pane), on a pseudo-terminal, against the
// sandbox and hostile providers, with signals, faults and bounds. The
// binary is built once per run (harness.Binary).
package e2e

import (
	"os"
	"testing"
)

// TestMain pins the locale: the binary speaks the language of LC_ALL,
// LC_MESSAGES and LANG, and the tests expect English unless they ask for
// another language themselves.
func TestMain(m *testing.M) {
	os.Unsetenv("LC_ALL")
	os.Unsetenv("LC_MESSAGES")
	os.Setenv("LANG", "C.UTF-8")
	os.Exit(m.Run())
}
