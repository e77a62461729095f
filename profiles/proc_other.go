//go:build !unix

package profiles

import "os/exec"

// killGroup: only the shell itself is killed on this platform.
func killGroup(c *exec.Cmd) {}
