//go:build unix

package auth

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A cache directory others can write to, or that is someone else's, is
// refused like ssh refuses a loose ~/.ssh, with the command that fixes it.
func TestUnsafeCacheDirRefused(t *testing.T) {
	p := newFakeProvider(t)
	loose := filepath.Join(t.TempDir(), "loose")
	if err := os.Mkdir(loose, 0o700); err != nil {
		t.Fatal(err)
	}
	os.Chmod(loose, 0o777)
	cases := map[string]struct{ dir, fix string }{"world-writable": {loose, "chmod 700 " + loose}}
	if os.Getuid() == 0 {
		theirs := filepath.Join(t.TempDir(), "theirs")
		os.Mkdir(theirs, 0o700)
		if err := os.Chown(theirs, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		cases["someone else's"] = struct{ dir, fix string }{theirs, "chown 0 " + theirs}
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			c := newClient(t, p.options(tc.dir))
			for _, f := range []func(context.Context) (*Token, error){c.Token, c.Renew} {
				_, err := f(context.Background())
				if !errors.Is(err, ErrUnsafeCache) || !strings.Contains(err.Error(), tc.fix) {
					t.Errorf("%v, want ErrUnsafeCache naming %q", err, tc.fix)
				}
			}
			if p.total.Load() != 0 {
				t.Errorf("%d requests made with an unsafe cache", p.total.Load())
			}
			if entries, _ := os.ReadDir(tc.dir); len(entries) != 0 {
				t.Errorf("files written into the unsafe directory: %v", entries)
			}
		})
	}
}

// Links, FIFOs and devices in the cache are never followed, read whole or
// waited on; a planted lock link creates nothing where it points.
func TestCacheFilesNotFollowed(t *testing.T) {
	for _, tc := range []struct {
		name  string
		plant func(t *testing.T, path string)
	}{
		{"link to /dev/zero", func(t *testing.T, path string) { must0(t, os.Symlink("/dev/zero", path)) }},
		{"FIFO", func(t *testing.T, path string) { must0(t, syscall.Mkfifo(path, 0o600)) }},
		{"huge file", func(t *testing.T, path string) {
			f, err := os.Create(path)
			must0(t, err)
			must0(t, f.Truncate(64<<20))
			f.Close()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newFakeProvider(t)
			dir := t.TempDir()
			o := p.options(dir)
			c := newClient(t, o)
			if _, err := c.Discover(context.Background()); err != nil {
				t.Fatal(err)
			}
			cr, err := c.credsFor(context.Background(), p.URL+"/token")
			must0(t, err)
			tc.plant(t, filepath.Join(dir, tokenName(cr.key)))
			elsewhere := filepath.Join(t.TempDir(), "created-through-a-link")
			must0(t, os.Symlink(elsewhere, filepath.Join(dir, "token-"+cr.client+".lock")))

			done := make(chan error, 1)
			go func() { _, err := newClient(t, o).Token(context.Background()); done <- err }()
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("Token: %v", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Token hung on the planted file")
			}
			if _, err := os.Lstat(elsewhere); err == nil {
				t.Error("the planted lock link created a file where it points")
			}
			if tok, err := newClient(t, o).Token(context.Background()); err != nil || !tok.FromCache {
				t.Errorf("the new token was not cached in place of the planted file: %v", err)
			}
		})
	}
}

// Temporary files of killed processes go after a while; recent ones stay.
func TestStaleTempFilesRemoved(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, ".token-x.json.tmp-123")
	recent := filepath.Join(dir, ".token-y.json.tmp-456")
	for _, f := range []string{old, recent} {
		must0(t, os.WriteFile(f, []byte("{}"), 0o600))
	}
	past := time.Now().Add(-time.Hour)
	must0(t, os.Chtimes(old, past, past))
	s := &store{dir: dir}
	must0(t, s.init())
	if _, err := os.Stat(old); err == nil {
		t.Error("an hour-old temporary file is still there")
	}
	if _, err := os.Stat(recent); err != nil {
		t.Error("a recent temporary file was removed")
	}
}
