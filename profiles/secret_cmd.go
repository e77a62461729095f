package profiles

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"strings"
	"time"
)

// DefaultCommandTimeout bounds a cmd: secret reference when ctx has no
// earlier deadline.
const DefaultCommandTimeout = 10 * time.Second

func resolveCmd(ctx context.Context, p Profile, command string, fail failFunc) (string, error) {
	if strings.TrimSpace(command) == "" {
		return fail(ErrSecretMissing, txt(CodeCmdNoCommand), txt(HintWriteCmd, p.Name), nil)
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
			return fail(ErrSecretCommand, txt(CodeCmdTimeout, d), txt(HintCmdInput), errors.Join(err, ctx.Err()))
		}
		return fail(ErrSecretCommand, txt(CodeCmdFailed, exitText(err)), txt(HintCmdShell), err)
	}
	s := strings.TrimSpace(stdout.String())
	if s == "" {
		return fail(ErrSecretMissing, txt(CodeCmdEmpty), txt(HintCmdStdout), nil)
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
