//go:build unix

package auth

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// noFollow are the open flags that refuse a symbolic link in the last
// path element and never block on a FIFO or a device.
const noFollow = syscall.O_NOFOLLOW | syscall.O_NONBLOCK

// readRegular reads at most limit bytes of the regular file at path,
// refusing links, FIFOs, devices and anything larger than limit.
func readRegular(path string, limit int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|noFollow, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, sayErr(say(SayCacheNotRegular, path, fi.Mode().Type()))
	}
	if fi.Size() > limit {
		return nil, sayErr(say(SayCacheFileTooBig, path, fi.Size(), limit))
	}
	return io.ReadAll(io.LimitReader(f, limit))
}

// ownerCheck says why dir cannot hold secrets for this user: not a
// directory, owned by someone else, or writable by group or others.
// It returns "" when dir is fine.
func ownerCheck(fi fs.FileInfo) (problem string, hint func(dir string) string) {
	if !fi.IsDir() {
		return "it is not a directory", func(dir string) string { return "choose a directory with TOKENTUI_CACHE_DIR" }
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		if uid := os.Getuid(); int(st.Uid) != uid {
			return fmt.Sprintf("it belongs to uid %d, not to you (uid %d)", st.Uid, uid), func(dir string) string {
				return fmt.Sprintf("run: chown %d %s (or choose a directory of your own with TOKENTUI_CACHE_DIR)", uid, dir)
			}
		}
	}
	if perm := fi.Mode().Perm(); perm&0o022 != 0 {
		return fmt.Sprintf("group or others can write to it (mode %04o)", perm), func(dir string) string {
			return "run: chmod 700 " + dir
		}
	}
	return "", nil
}

// ownedByMe reports whether a file belongs to the current user.
func ownedByMe(fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return !ok || int(st.Uid) == os.Getuid()
}
