package profiles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// DefaultCommandTimeout bounds a cmd: secret reference when ctx has no
// earlier deadline.
const DefaultCommandTimeout = 10 * time.Second

func resolveCmd(ctx context.Context, p Profile, command string, fail failFunc) (string, error) {
	if strings.TrimSpace(command) == "" {
		return fail(ErrSecretMissing, "cmd: names no command", "write cmd:COMMAND, e.g. cmd:pass show tokentui/"+p.Name, nil)
	}
	ctx, cancel := context.WithTimeout(ctx, DefaultCommandTimeout)
	defer cancel()
	// Only stdout is read. What the command says on stderr is never kept:
	// a password manager may print the secret there (`set -x`, a verbose
	// mode), and errors are shown and logged. A failure reports how the
	// command ended, which is enough to go and run it by hand.
	var stdout bytes.Buffer
	c := exec.CommandContext(ctx, "sh", "-c", command)
	c.Stdout = &stdout
	c.WaitDelay = time.Second // don't wait forever for grandchildren holding the pipes
	killGroup(c)
	start := time.Now()
	if err := c.Run(); err != nil {
		if ctx.Err() != nil {
			d := time.Since(start).Round(100 * time.Millisecond)
			return fail(ErrSecretCommand, fmt.Sprintf("the command did not finish within %s", d),
				"check that it runs without asking for input (try it in a shell); a password manager may be waiting for a passphrase",
				errors.Join(err, ctx.Err()))
		}
		return fail(ErrSecretCommand, fmt.Sprintf("the command failed (%s)", exitText(err)),
			"run the command in a shell to see what it needs", err)
	}
	s := strings.TrimSpace(stdout.String())
	if s == "" {
		return fail(ErrSecretMissing, "the command printed nothing on stdout", "make the command print the secret on stdout", nil)
	}
	return s, nil
}

// exitText is how a command ended ("exit status 3", "signal: killed") or
// what kept it from starting; never what it printed. (With Run, an
// *exec.ExitError holds no output.)
func exitText(err error) string {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ProcessState.String()
	}
	return err.Error()
}
