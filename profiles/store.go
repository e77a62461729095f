package profiles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
	"tokentui/atomicfile"

	"github.com/gofrs/flock"
)

// lockTimeout bounds the wait for another process's save.
const lockTimeout = 10 * time.Second

// Save writes f to path, replacing the file there. It is the
// whole-file form of Update; prefer Update for load-modify-save.
//
// Saving is safe: f must pass Validate; the file is written to a temporary
// file in the same directory, synced and renamed over the old one (mode
// 0600; a missing directory is created 0700); the previous version is kept
// as PATH.bak (0600); a lock on PATH.lock (an empty file, left in place)
// serialises concurrent savers; and
// a file on disk that does not load (bad YAML, unknown field…) is never
// overwritten — Save returns a *SaveError wrapping ErrWouldOverwrite and the
// file's *LoadError instead.
//
// Comments and formatting in the file are not preserved: it is rewritten
// from f, fields in the order of the Profile struct, with a header comment
// saying so. A symlinked PATH is followed and its target replaced.
func (f *File) Save(path string) error {
	return withLock(path, func(target string, old []byte) error {
		if old != nil {
			if _, err := Parse(path, old); err != nil {
				return refuseOverwrite(path, err)
			}
		}
		return write(path, target, f, old)
	})
}

// Update loads the file at path under its lock, calls fn to change it and
// saves the result, so that concurrent updates from several processes are
// applied one after the other and none is lost. A missing file starts as a
// File with no profiles (and is created). If the file does not load, fn is
// not called and the file is left as it is (the error wraps
// ErrWouldOverwrite and the *LoadError). If fn returns an error, nothing is
// written and Update returns that error unchanged.
func Update(path string, fn func(*File) error) error {
	return withLock(path, func(target string, old []byte) error {
		f := &File{}
		if old != nil {
			var err error
			if f, err = Parse(path, old); err != nil {
				return refuseOverwrite(path, err)
			}
		}
		if err := fn(f); err != nil {
			return err
		}
		return write(path, target, f, old)
	})
}

func refuseOverwrite(path string, err error) error {
	msg := "the file there does not load (" + err.Error() + "), so tokentui left it as it is"
	hint := "fix the file by hand, or move it away to start afresh"
	var le *LoadError
	if errors.As(err, &le) {
		where := le.Msg
		if le.Line > 0 {
			where = fmt.Sprintf("line %d: %s", le.Line, le.Msg)
		}
		msg = "the file there does not load (" + where + "), so tokentui left it as it is"
		if le.Hint != "" {
			hint = le.Hint
		}
	}
	return &SaveError{Path: path, Kind: ErrWouldOverwrite, Err: err, Hint: hint, Msg: msg}
}

// withLock takes PATH.lock, reads the current file (nil when missing) and
// calls fn with the path to write (the symlink target when path is one).
func withLock(path string, fn func(target string, old []byte) error) error {
	target := path
	if t, err := filepath.EvalSymlinks(path); err == nil {
		target = t
	}
	dir := filepath.Dir(target)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return &SaveError{Path: path, Err: err, Msg: fmt.Sprintf("cannot create the directory %s: %v", dir, err),
			Hint: "check that you can write there, or choose another file with --config"}
	}
	lock := flock.New(target+".lock", flock.SetPermissions(0o600))
	ctx, cancel := context.WithTimeout(context.Background(), lockTimeout)
	defer cancel()
	ok, err := lock.TryLockContext(ctx, 20*time.Millisecond)
	if err != nil && ctx.Err() == nil {
		// Not another process: the lock file cannot be created at all.
		return &SaveError{Path: path, Err: err, Msg: fmt.Sprintf("cannot create the lock file %s: %v", lock.Path(), errors.Unwrap(err)),
			Hint: "check that you can write in " + dir + " (a read-only or full file system?), or choose another file with --config"}
	}
	if err != nil || !ok {
		if err == nil {
			err = ctx.Err()
		}
		return &SaveError{Path: path, Kind: ErrLocked, Err: err,
			Msg:  fmt.Sprintf("another process kept %s locked for more than %s", lock.Path(), lockTimeout),
			Hint: "wait for the other tokentui to finish saving and try again"}
	}
	defer lock.Unlock()

	old, err := readLimited(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		old = nil
	case err != nil:
		return &SaveError{Path: path, Err: err, Msg: fmt.Sprintf("cannot read the current file: %v", err),
			Hint: "check the file's owner and permissions"}
	case old == nil:
		old = []byte{} // exists, empty
	}
	return fn(target, old)
}

// write validates f and replaces target with it, keeping old as .bak.
func write(path, target string, f *File, old []byte) error {
	if err := f.Validate(); err != nil {
		return &SaveError{Path: path, Err: err, Hint: Hint(err), Msg: "the profiles are not valid: " + err.Error()}
	}
	data, err := f.marshal()
	if err != nil {
		return &SaveError{Path: path, Err: err, Msg: "cannot encode the profiles: " + err.Error()}
	}
	if old != nil && !bytes.Equal(old, data) {
		if err := atomicfile.Write(target+".bak", old, 0o600); err != nil {
			return &SaveError{Path: path, Err: err, Msg: "cannot keep the previous version as .bak: " + err.Error(),
				Hint: "check that you can write in " + filepath.Dir(target)}
		}
	}
	if err := atomicfile.Write(target, data, 0o600); err != nil {
		return &SaveError{Path: path, Err: err, Msg: err.Error(), Hint: "check that you can write in " + filepath.Dir(target)}
	}
	return nil
}
