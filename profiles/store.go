package profiles

import (
	"bytes"
	"context"
	"errors"
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
	msg := txt(CodeWouldOverwrite, textOf(err))
	hint := txt(HintFixByHand)
	var le *LoadError
	if errors.As(err, &le) {
		where := le.Msg
		if le.Line > 0 {
			where = txt(CodeAtLine, le.Line, le.Msg)
		}
		msg = txt(CodeWouldOverwrite, where)
		if !le.Hint.IsZero() {
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
		return &SaveError{Path: path, Err: err, Msg: txt(CodeMkdir, dir, err), Hint: txt(HintWriteThere)}
	}
	lock := flock.New(target+".lock", flock.SetPermissions(0o600))
	ctx, cancel := context.WithTimeout(context.Background(), lockTimeout)
	defer cancel()
	ok, err := lock.TryLockContext(ctx, 20*time.Millisecond)
	if err != nil && ctx.Err() == nil {
		// Not another process: the lock file cannot be created at all.
		return &SaveError{Path: path, Err: err, Msg: txt(CodeLockFile, lock.Path(), errors.Unwrap(err)),
			Hint: txt(HintWriteInReadOnly, dir)}
	}
	if err != nil || !ok {
		if err == nil {
			err = ctx.Err()
		}
		return &SaveError{Path: path, Kind: ErrLocked, Err: err,
			Msg: txt(CodeLocked, lock.Path(), lockTimeout), Hint: txt(HintWaitOther)}
	}
	defer lock.Unlock()

	old, err := readLimited(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		old = nil
	case err != nil:
		return &SaveError{Path: path, Err: err, Msg: txt(CodeReadCurrent, err), Hint: txt(HintCheckOwner)}
	case old == nil:
		old = []byte{} // exists, empty
	}
	return fn(target, old)
}

// write validates f and replaces target with it, keeping old as .bak.
func write(path, target string, f *File, old []byte) error {
	if err := f.Validate(); err != nil {
		return &SaveError{Path: path, Err: err, Hint: HintText(err), Msg: txt(CodeNotValid, textOf(err))}
	}
	data, err := f.marshal()
	if err != nil {
		return &SaveError{Path: path, Err: err, Msg: txt(CodeEncode, err)}
	}
	if old != nil && !bytes.Equal(old, data) {
		if err := atomicfile.Write(target+".bak", old, 0o600); err != nil {
			return &SaveError{Path: path, Err: err, Msg: txt(CodeBackup, err), Hint: txt(HintWriteIn, filepath.Dir(target))}
		}
	}
	if err := atomicfile.Write(target, data, 0o600); err != nil {
		return &SaveError{Path: path, Err: err, Msg: txt(CodeWrite, err), Hint: txt(HintWriteIn, filepath.Dir(target))}
	}
	return nil
}
