package profiles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
	"unicode"
)

// DefaultCommandTimeout bounds a cmd: secret reference when ctx has no
// earlier deadline.
const DefaultCommandTimeout = 10 * time.Second

// maxStderr caps how much of a failing command's stderr goes into an error.
const maxStderr = 400

func resolveCmd(ctx context.Context, p Profile, command string, fail failFunc) (string, error) {
	if strings.TrimSpace(command) == "" {
		return fail(ErrSecretMissing, "cmd: names no command", "write cmd:COMMAND, e.g. cmd:pass show tokentui/"+p.Name, nil)
	}
	ctx, cancel := context.WithTimeout(ctx, DefaultCommandTimeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	c := exec.CommandContext(ctx, "sh", "-c", command)
	c.Stdout, c.Stderr = &stdout, &stderr
	c.WaitDelay = time.Second // don't wait forever for grandchildren holding the pipes
	killGroup(c)
	start := time.Now()
	err := c.Run()
	errText := tail(stderr.String())
	if err != nil {
		switch {
		case ctx.Err() != nil:
			d := time.Since(start).Round(100 * time.Millisecond)
			msg := fmt.Sprintf("the command did not finish within %s", d)
			if errText != "" {
				msg += "; it said: " + errText
			}
			return fail(ErrSecretCommand, msg,
				"check that it runs without asking for input (try it in a shell); a password manager may be waiting for a passphrase",
				errors.Join(err, ctx.Err()))
		default:
			msg := fmt.Sprintf("the command failed (%v)", err)
			if errText != "" {
				msg += ": " + errText
			}
			return fail(ErrSecretCommand, msg, "run the command in a shell to see what it needs", err)
		}
	}
	s := strings.TrimSpace(stdout.String())
	if s == "" {
		msg := "the command printed nothing"
		if errText != "" {
			msg += "; it said: " + errText
		}
		return fail(ErrSecretMissing, msg, "make the command print the secret on stdout", nil)
	}
	return s, nil
}

// tail makes a command's stderr fit in one error line: trimmed, control
// characters replaced, at most maxStderr bytes (the end, where the error is).
func tail(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return ' '
		case unicode.IsControl(r) || r == unicode.ReplacementChar || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069):
			return '?'
		}
		return r
	}, s)
	if len(s) > maxStderr {
		cut := len(s) - maxStderr
		for cut < len(s) && !utf8Start(s[cut]) {
			cut++
		}
		s = "…" + s[cut:]
	}
	return s
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
