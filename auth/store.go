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
	"sort"
	"strings"
	"sync"
	"time"

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

// cacheKey identifies one cached token: the token URL, the client id, the
// sorted scopes and the sorted extra params.
func cacheKey(tokenURL, clientID string, scopes []string, params map[string]string) string {
	sc := append([]string(nil), scopes...)
	sort.Strings(sc)
	sc = dedupe(sc)
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ps := make([]string, 0, len(keys))
	for _, k := range keys {
		ps = append(ps, k+"="+params[k])
	}
	b, _ := json.Marshal([]any{strings.TrimRight(tokenURL, "/"), clientID, sc, ps})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
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

// init creates the directory (0700) once.
func (s *store) init() error {
	s.once.Do(func() {
		if s.dir == "" {
			return
		}
		_, statErr := os.Stat(s.dir)
		if err := os.MkdirAll(s.dir, 0o700); err != nil {
			s.initErr = fmt.Errorf("cannot create the cache directory %s: %w", s.dir, err)
			return
		}
		if errors.Is(statErr, fs.ErrNotExist) {
			// Ours: make sure no umask or parent left it open.
			_ = os.Chmod(s.dir, 0o700)
		}
	})
	return s.initErr
}

func (s *store) disk() bool { return s.dir != "" && s.init() == nil }

// read decodes the named file into v. A missing, unreadable or corrupt file
// is reported as ok=false, never as an error: it will be replaced.
func (s *store) read(name string, v any) bool {
	if !s.disk() {
		return false
	}
	data, err := os.ReadFile(filepath.Join(s.dir, name))
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
	return writeFileAtomic(filepath.Join(s.dir, name), data)
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory, synced and renamed over path, mode 0600.
func writeFileAtomic(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write the cache file %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if err = f.Chmod(0o600); err == nil {
		if _, err = f.Write(data); err == nil {
			err = f.Sync()
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cannot write the cache file %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		// A directory or something else in the way: remove it and retry once.
		if info, serr := os.Lstat(path); serr == nil && !info.Mode().IsRegular() {
			if os.RemoveAll(path) == nil {
				err = os.Rename(tmp, path)
			}
		}
		if err != nil {
			return fmt.Errorf("cannot replace the cache file %s: %w", path, err)
		}
	}
	if d, derr := os.Open(filepath.Dir(path)); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
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
	fl := flock.New(filepath.Join(s.dir, name+".lock"), flock.SetPermissions(0o600))
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
		return nil, fmt.Errorf("cannot lock the token cache %s: %w", fl.Path(), err)
	}
	return func() {
		fl.Unlock()
		fl.Close()
		m.Unlock()
	}, nil
}
