//go:build unix

package profiles

import (
	"os/exec"
	"syscall"
)

// killGroup makes cancelling c kill its whole process group, so that a
// cmd: reference that started other programs leaves none behind.
func killGroup(c *exec.Cmd) {
	c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	c.Cancel = func() error {
		if c.Process == nil {
			return nil
		}
		return syscall.Kill(-c.Process.Pid, syscall.SIGKILL)
	}
}
