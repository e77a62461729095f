package profiles

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSaveModesAndBackup(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "tokentui")
	p := filepath.Join(dir, "profiles.yaml")
	f := fullFile()
	if err := f.Save(p); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]os.FileMode{dir: 0o700, p: 0o600, p + ".lock": 0o600} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s: mode %04o; want %04o", path, got, want)
		}
	}
	if _, err := os.Stat(p + ".bak"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a .bak exists after the first save: %v", err)
	}
	first := mustRead(t, p)
	if err := os.Chmod(p, 0o644); err != nil { // a user's chmod is not kept: the file holds secret references
		t.Fatal(err)
	}
	f.Profiles = f.Profiles[:1]
	if err := f.Save(p); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mustRead(t, p+".bak"), first) {
		t.Error(".bak does not hold the previous version")
	}
	for _, path := range []string{p, p + ".bak"} {
		if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %04o; want 0600", path, info.Mode().Perm())
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// Neither Save nor Update overwrites a file that does not load.
func TestNeverOverwriteBadFile(t *testing.T) {
	for _, tc := range badInputs {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, tc.yaml)
			before := mustRead(t, p)
			err := fullFile().Save(p)
			if !errors.Is(err, ErrWouldOverwrite) || !errors.Is(err, tc.kind) {
				t.Errorf("Save = %v; want ErrWouldOverwrite and %v", err, tc.kind)
			}
			called := false
			err = Update(p, func(*File) error { called = true; return nil })
			if !errors.Is(err, ErrWouldOverwrite) || called {
				t.Errorf("Update = %v (fn called: %v); want ErrWouldOverwrite, fn not called", err, called)
			}
			var le *LoadError
			if !errors.As(err, &le) || le.Line != tc.line {
				t.Errorf("Update error %v does not carry the line %d", err, tc.line)
			}
			if !bytes.Equal(mustRead(t, p), before) {
				t.Error("the file changed")
			}
			if _, err := os.Stat(p + ".bak"); !errors.Is(err, os.ErrNotExist) {
				t.Error("a .bak was written")
			}
		})
	}
}

func TestUpdate(t *testing.T) {
	p := filepath.Join(t.TempDir(), "profiles.yaml")
	add := func(name string) func(*File) error {
		return func(f *File) error {
			f.Profiles = append(f.Profiles, Profile{Name: name, TokenURL: "https://x/t", ClientID: "c", ClientSecret: "env:X"})
			return nil
		}
	}
	if err := Update(p, add("a")); err != nil { // missing file: created
		t.Fatal(err)
	}
	if err := Update(p, add("b")); err != nil {
		t.Fatal(err)
	}
	before := mustRead(t, p)
	boom := errors.New("boom")
	if err := Update(p, func(f *File) error { f.Profiles = nil; return boom }); err != boom {
		t.Errorf("Update returned %v; want fn's error unchanged", err)
	}
	if err := Update(p, add("a")); !errors.Is(err, ErrDuplicateName) { // invalid result: not written
		t.Errorf("Update adding a duplicate = %v", err)
	}
	if !bytes.Equal(mustRead(t, p), before) {
		t.Error("a failed Update changed the file")
	}
	f, err := Load(p)
	if err != nil || len(f.Profiles) != 2 {
		t.Fatalf("Load = %+v, %v", f, err)
	}
}

func TestSaveFollowsSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "dotfiles", "profiles.yaml")
	if err := fullFile().Save(real); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "profiles.yaml")
	if err := os.Symlink(real, link); err != nil {
		t.Skip(err)
	}
	if err := Update(link, func(f *File) error { f.Default = "other"; return nil }); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the symlink was replaced by a file")
	}
	if f, err := Load(real); err != nil || f.Default != "other" {
		t.Errorf("target not updated: %+v, %v", f, err)
	}
}

const helperEnv = "TOKENTUI_PROFILES_HELPER"

// TestHelperProcess is not a test: TestConcurrentProcesses runs the test
// binary again with helperEnv=PATH,ID, and then it does 50 Updates.
func TestHelperProcess(t *testing.T) {
	arg := os.Getenv(helperEnv)
	if arg == "" {
		t.Skip("helper process for TestConcurrentProcesses")
	}
	path, id, _ := strings.Cut(arg, ",")
	for i := range 50 {
		name := fmt.Sprintf("p%s-%02d", id, i)
		err := Update(path, func(f *File) error {
			f.Profiles = append(f.Profiles, Profile{Name: name, TokenURL: "https://x/t", ClientID: name, ClientSecret: "env:X"})
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
	}
}

func TestConcurrentProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	p := filepath.Join(t.TempDir(), "profiles.yaml")
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for id := range 2 {
		c := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
		c.Env = append(os.Environ(), helperEnv+"="+p+","+strconv.Itoa(id))
		var out bytes.Buffer
		c.Stdout, c.Stderr = &out, &out
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, c), append(outs, &out)
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Errorf("helper %d: %v\n%s", i, err, outs[i])
		}
	}
	f, err := Load(p)
	if err != nil {
		t.Fatalf("after concurrent updates: %v", err)
	}
	if len(f.Profiles) != 100 {
		t.Errorf("got %d profiles; want 100", len(f.Profiles))
	}
	var missing []string
	for id := range 2 {
		for i := range 50 {
			if name := fmt.Sprintf("p%d-%02d", id, i); !slices.Contains(f.Names(), name) {
				missing = append(missing, name)
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("lost updates: %v", missing)
	}
}
