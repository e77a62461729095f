package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"tokentui/atomicfile"

	"github.com/gofrs/flock"
)

// DefaultCacheDir is where tokens are cached: $TOKENTUI_CACHE_DIR, else
// $XDG_CACHE_HOME/tokentui, else the user cache directory + /tokentui.
// It returns "" when no directory can be determined (memory-only cache).
func DefaultCacheDir() string {
	if d := os.Getenv("TOKENTUI_CACHE_DIR"); d != "" {
		return d
	}
	if d := os.Getenv("XDG_CACHE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "tokentui")
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "tokentui")
	}
	return ""
}

func dedupe(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if s == "" || (i > 0 && s == sorted[i-1]) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// shortHash names a file after an arbitrary string.
func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

// store is the on-disk part of the cache: JSON files in one directory
// (0700), each 0600 and written atomically, plus lock files. A store with
// no dir keeps nothing on disk and locks only within the process.
type store struct {
	dir string

	once    sync.Once
	initErr error

	mu    sync.Mutex
	locks map[string]*sync.Mutex // in-process locks, by name
}

// maxCacheFile bounds what is read of one cache file.
const maxCacheFile = 1 << 20

// staleTemp is how old a temporary file left by a killed process must be
// before it is removed.
const staleTemp = 10 * time.Minute

// UnsafeCacheError is a cache directory refused because someone else could
// plant or read what it holds. errors.Is matches ErrUnsafeCache.
type UnsafeCacheError struct {
	Dir     string
	Problem string // e.g. "group or others can write to it (mode 0777)"
	Fix     string // the command to run, like ssh says it
}

// Error names the directory and what is wrong with it.
func (e *UnsafeCacheError) Error() string {
	return fmt.Sprintf("the cache directory %s is not safe to keep tokens in: %s; %s", e.Dir, e.Problem, e.Fix)
}

// Is matches ErrUnsafeCache.
func (e *UnsafeCacheError) Is(target error) bool { return target == ErrUnsafeCache }

// init creates the directory (0700) once, or checks that an existing one
// belongs to this user and is not writable by others, and removes the
// temporary files of killed processes.
func (s *store) init() error {
	s.once.Do(func() {
		if s.dir == "" {
			return
		}
		if _, err := os.Lstat(s.dir); errors.Is(err, fs.ErrNotExist) {
			if err := os.MkdirAll(s.dir, 0o700); err != nil {
				s.initErr = sayErr(say(SayCacheCreate, s.dir, err), err)
				return
			}
			_ = os.Chmod(s.dir, 0o700) // ours: no umask or parent leaves it open
		}
		fi, err := os.Stat(s.dir)
		if err != nil {
			s.initErr = sayErr(say(SayCacheUse, s.dir, err), err)
			return
		}
		if problem, fix := ownerCheck(fi); problem != "" {
			s.initErr = &UnsafeCacheError{Dir: s.dir, Problem: problem, Fix: fix(s.dir)}
			return
		}
		s.removeStaleTemps()
	})
	return s.initErr
}

// check reports a cache directory that cannot be used (nil without one).
func (s *store) check() error {
	if s.dir == "" {
		return nil
	}
	return s.init()
}

// removeStaleTemps removes this user's temporary files older than
// staleTemp: those of processes killed between create and rename.
func (s *store) removeStaleTemps() {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return
	}
	cutoff := time.Now().Add(-staleTemp)
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") || !strings.Contains(e.Name(), ".tmp-") {
			continue
		}
		if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() && fi.ModTime().Before(cutoff) && ownedByMe(fi) {
			os.Remove(filepath.Join(s.dir, e.Name()))
		}
	}
}

func (s *store) disk() bool { return s.dir != "" && s.init() == nil }

// read decodes the named file into v. A missing, unreadable, corrupt,
// oversized or non-regular file (a link, a FIFO, a device) is reported as
// ok=false, never as an error: it will be replaced.
func (s *store) read(name string, v any) bool {
	if !s.disk() {
		return false
	}
	data, err := readRegular(filepath.Join(s.dir, name), maxCacheFile)
	if err != nil {
		return false
	}
	return json.Unmarshal(data, v) == nil
}

// write stores v as JSON in the named file atomically (temp file, fsync,
// rename), mode 0600.
func (s *store) write(name string, v any) error {
	if s.dir == "" {
		return nil
	}
	if err := s.init(); err != nil {
		return err
	}
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(s.dir, name)
	err = atomicfile.Write(path, data, 0o600)
	if errors.Is(err, atomicfile.ErrNotRegular) {
		// Something else in the way in our own directory (checked safe):
		// a link or a FIFO is cache debris, never followed; remove it.
		if os.Remove(path) == nil {
			err = atomicfile.Write(path, data, 0o600)
		}
	}
	return err
}

// lock takes the named lock: a mutex within the process and, with a
// directory, an exclusive file lock shared with every other process. It
// waits until the lock is free or ctx ends.
func (s *store) lock(ctx context.Context, name string) (unlock func(), err error) {
	s.mu.Lock()
	if s.locks == nil {
		s.locks = map[string]*sync.Mutex{}
	}
	m := s.locks[name]
	if m == nil {
		m = &sync.Mutex{}
		s.locks[name] = m
	}
	s.mu.Unlock()
	m.Lock()
	if !s.disk() {
		return m.Unlock, nil
	}
	fl := flock.New(filepath.Join(s.dir, name+".lock"), flock.SetPermissions(0o600),
		flock.SetFlag(os.O_CREATE|os.O_RDWR|noFollow)) // a planted link is not followed
	ok, err := fl.TryLockContext(ctx, 10*time.Millisecond)
	if err != nil && ctx.Err() == nil {
		// The lock file cannot be created (a read-only or full cache
		// directory): go on with the in-process lock alone. Writing the
		// token will fail too, and say so in the token's Note.
		return m.Unlock, nil
	}
	if err != nil || !ok {
		m.Unlock()
		if err == nil {
			err = ctx.Err()
		}
		return nil, sayErr(say(SayCacheLock, fl.Path(), err), err)
	}
	return func() {
		fl.Unlock()
		fl.Close()
		m.Unlock()
	}, nil
}

// remove deletes the named file; a missing one is no error.
func (s *store) remove(name string) error {
	if !s.disk() {
		return nil
	}
	err := os.Remove(filepath.Join(s.dir, name))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}
