// Package atomicfile replaces files so that a reader sees the old content
// or the new, never a part, and a crash leaves no half-written file: a
// temporary file in the same directory, synced, renamed over the target,
// then the directory synced. Every file tokentui writes goes through it.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrNotRegular reports a target that exists and is not a regular file
// (a link, a directory, a FIFO, a device): it is never replaced.
var ErrNotRegular = errors.New("not a regular file")

// Write replaces path with data, the new file having mode perm.
func Write(path string, data []byte, perm fs.FileMode) error {
	return WriteFrom(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteFrom replaces path with what fill writes, the new file having mode
// perm. If fill fails, path is left as it was.
func WriteFrom(path string, perm fs.FileMode, fill func(io.Writer) error) (err error) {
	if fi, err := os.Lstat(path); err == nil && !fi.Mode().IsRegular() {
		return fmt.Errorf("cannot replace %s: %w (%s)", path, ErrNotRegular, fi.Mode().Type())
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = f.Chmod(perm); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = fill(f); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("cannot replace %s: %w", path, err)
	}
	if d, derr := os.Open(dir); derr == nil { // make the rename itself durable
		d.Sync()
		d.Close()
	}
	return nil
}

// WriteNew writes data to path, a file that must not exist yet: the
// content is written and synced under a temporary name, then linked into
// place, so a reader sees no file or the whole of it and an existing file
// is never replaced (the error then wraps fs.ErrExist). The new file has
// mode perm.
func WriteNew(path string, data []byte, perm fs.FileMode) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err = f.Chmod(perm); err == nil {
		if _, err = f.Write(data); err == nil {
			err = f.Sync()
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = os.Link(tmp, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("cannot write %s: %w", path, fs.ErrExist)
		}
		// No hard links on this file system: claim the name, then rename over the claim.
		claim, cerr := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if cerr != nil {
			return fmt.Errorf("cannot write %s: %w", path, cerr)
		}
		claim.Close()
		if err = os.Rename(tmp, path); err != nil {
			os.Remove(path)
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
