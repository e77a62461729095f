//go:build unix

package requests

import (
	"errors"
	"os"
	"syscall"
)

// ownedByMe reports whether the entry belongs to this process's user.
func ownedByMe(e os.DirEntry) bool {
	info, err := e.Info()
	if err != nil {
		return false
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Getuid()
}

// processGone reports whether no process has this id (one that exists but
// belongs to someone else counts as there).
func processGone(pid int) bool {
	return pid > 0 && errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
