//go:build !unix

package auth

import (
	"io"
	"io/fs"
	"os"
)

const noFollow = 0

// readRegular reads at most limit bytes of the regular file at path.
func readRegular(path string, limit int64) ([]byte, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, sayErr(say(SayCacheNotRegular, path, fi.Mode().Type()))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}

// ownerCheck accepts any directory: ownership is not checked here.
func ownerCheck(fi fs.FileInfo) (string, func(string) string) {
	if !fi.IsDir() {
		return "it is not a directory", func(string) string { return "choose a directory with TOKENTUI_CACHE_DIR" }
	}
	return "", nil
}

func ownedByMe(fs.FileInfo) bool { return true }
