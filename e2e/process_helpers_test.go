package e2e

// Helpers of the tests that run the real binary as a child process
// (issue 13): the hostile hosts are loopback servers, the environment is a
// private XDG home.

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"
)

// binRun is what one run of the binary did.
type binRun struct {
	code           int
	stdout, stderr string
}

// runBin runs the built binary with args, the environment of h (plus
// extra variables), stdin as given, and a 60 s limit.
func runBin(t *testing.T, h *xdgHome, stdin string, extra []string, args ...string) binRun {
	t.Helper()
	cmd := binCmd(t, h, extra, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatalf("%v: %v", args, err)
	}
	return binRun{code, out.String(), errb.String()}
}

// binCmd is the command running the binary with args in h's environment.
func binCmd(t *testing.T, h *xdgHome, extra []string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(harness.Binary(t), args...)
	cmd.Env = append(append([]string{"PATH=" + os.Getenv("PATH"), "LANG=C.UTF-8", "TMPDIR=" + os.Getenv("TMPDIR")}, h.env()...), extra...)
	cmd.WaitDelay = time.Second
	return cmd
}

// stderrLines are the non-empty lines of a run's stderr.
func (r binRun) stderrLines() []string {
	var out []string
	for _, l := range strings.Split(r.stderr, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}
