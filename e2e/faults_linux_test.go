//go:build linux

package e2e

// Issue 8, part 2: read-only and full config, cache and state directories.
// Each directory is a small tmpfs mounted by the test: that needs root (or
// CAP_SYS_ADMIN); without it the tests skip, saying so.

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"tokentui/cli"

	"tokentui/demo"
)

// mountTmpfs mounts a tmpfs of size bytes on dir (created), unmounted at
// the end of the test; it skips the test when mounting is not permitted.
func mountTmpfs(t *testing.T, dir string, size int) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	opts := "mode=0700,size=" + itoa(size)
	if err := syscall.Mount("tmpfs", dir, "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV, opts); err != nil {
		t.Skipf("cannot mount a tmpfs on %s (%v): needs root; read-only and full directories not tested", dir, err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
}

// remount makes a mounted tmpfs read-only (ro) or writable again.
func remount(t *testing.T, dir string, ro bool) {
	t.Helper()
	flags := uintptr(syscall.MS_REMOUNT | syscall.MS_NOSUID | syscall.MS_NODEV)
	if ro {
		flags |= syscall.MS_RDONLY
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", flags, ""); err != nil {
		t.Fatalf("remount %s (ro=%v): %v", dir, ro, err)
	}
}

// fillUp writes one file taking every free byte of dir's filesystem.
func fillUp(t *testing.T, dir string) {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, "ballast"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 4096)
	for {
		if _, err := f.Write(chunk); err != nil {
			break
		}
	}
	for {
		if _, err := f.Write(chunk[:1]); err != nil {
			return
		}
	}
}

func runCLI(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := cli.Run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

const sandboxProfileYAML = `default: sandbox
profiles:
  - name: sandbox
    issuer: %s
    client_id: demo-client
    client_secret: env:` + hardSecretEnv + `
    scopes: [demo.read]
    api_base_url: %s
`

// TestFaultReadOnlyDirs: with the config, cache and state directories
// read-only, saving a profile fails at once with a message and leaves the
// file intact; a cached token is still served; a new token is still
// obtained and printed, with a note that it could not be cached; a call
// still works, with a warning that the history was not written.
func TestFaultReadOnlyDirs(t *testing.T) {
	h := newXDGHome(t)
	for _, d := range []string{h.config, h.cache, h.state} {
		mountTmpfs(t, d, 1<<20)
	}
	sb := startSandbox(t, demo.Options{})
	t.Setenv(hardSecretEnv, demo.ClientSecret)
	os.MkdirAll(filepath.Dir(h.profiles), 0o700)
	h.writeProfiles(t, sprintf(sandboxProfileYAML, sb.IssuerURL, sb.APIURL))
	code, warm, errOut := runCLI("token")
	if code != 0 {
		t.Fatalf("warm-up: exit %d: %s", code, errOut)
	}
	for _, d := range []string{h.config, h.cache, h.state} {
		remount(t, d, true)
	}
	before := hashDir(t, h.root)

	start := time.Now()
	code, _, errOut = runCLI("profiles", "add", "other", "--issuer", sb.IssuerURL, "--client-id", "demo-readonly", "--secret-ref", "env:X")
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("profiles add on a read-only dir took %s", took)
	}
	if code == 0 || !strings.Contains(strings.ToLower(errOut), "read-only") || strings.Contains(errOut, "another process") {
		t.Errorf("profiles add on a read-only dir: exit %d, stderr %q; want a failure saying read-only", code, errOut)
	}
	checkErrorShape(t, errOut)

	code, out, errOut := runCLI("token")
	if code != 0 || out != warm || sb.TokenRequests() != 1 {
		t.Errorf("cached token on a read-only cache: exit %d, same %v, %d requests, stderr %q", code, out == warm, sb.TokenRequests(), errOut)
	}
	code, out, errOut = runCLI("token", "--force")
	if code != 0 || out == warm || !strings.HasPrefix(out, "eyJ") {
		t.Errorf("new token on a read-only cache: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if !strings.Contains(errOut, "note:") || !strings.Contains(errOut, "not cached") {
		t.Errorf("no note that the token was not cached: %q", errOut)
	}
	checkNoPanic(t, "stderr", errOut)

	// A read-only cache directory that holds nothing yet, not even a lock
	// file: the token is still obtained, with the same note.
	fresh := t.TempDir()
	mountTmpfs(t, fresh, 64<<10)
	remount(t, fresh, true)
	t.Setenv("TOKENTUI_CACHE_DIR", fresh)
	code, out, errOut = runCLI("token")
	if code != 0 || !strings.HasPrefix(out, "eyJ") || !strings.Contains(errOut, "not cached") {
		t.Errorf("token on an empty read-only cache: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	t.Setenv("TOKENTUI_CACHE_DIR", h.tokens)

	code, out, errOut = runCLI("call", "me")
	if code != 0 || !strings.Contains(out, "demo-client") || !strings.Contains(errOut, "history") {
		t.Errorf("call with a read-only state dir: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if d := diffHashes(before, hashDir(t, h.root)); len(d) > 0 {
		t.Errorf("files changed on read-only dirs: %v", d)
	}
}

// TestFaultFullDisk: with the config and cache filesystems full, saving a
// profile fails with a message and leaves the old file and its .bak
// intact; a new token is still printed, with a note.
func TestFaultFullDisk(t *testing.T) {
	h := newXDGHome(t)
	mountTmpfs(t, h.config, 256<<10)
	mountTmpfs(t, h.cache, 256<<10)
	sb := startSandbox(t, demo.Options{})
	t.Setenv(hardSecretEnv, demo.ClientSecret)
	os.MkdirAll(filepath.Dir(h.profiles), 0o700)
	h.writeProfiles(t, sprintf(sandboxProfileYAML, sb.IssuerURL, sb.APIURL))
	// One save first, so that there is a .bak to keep intact too.
	if code, _, errOut := runCLI("profiles", "add", "first", "--issuer", sb.IssuerURL, "--client-id", "demo-readonly", "--secret-ref", "env:X"); code != 0 {
		t.Fatalf("first save: exit %d: %s", code, errOut)
	}
	fillUp(t, h.config)
	fillUp(t, h.cache)
	before := hashDir(t, filepath.Dir(h.profiles))

	code, _, errOut := runCLI("profiles", "add", "second", "--issuer", sb.IssuerURL, "--client-id", "demo-readonly", "--secret-ref", "env:"+strings.Repeat("X", 3000))
	if code == 0 || !strings.Contains(strings.ToLower(errOut), "no space") {
		t.Errorf("profiles add on a full disk: exit %d, stderr %q; want a failure saying the disk is full", code, errOut)
	}
	checkErrorShape(t, errOut)
	after := hashDir(t, filepath.Dir(h.profiles))
	for name, sum := range before {
		if after[name] != sum && !strings.HasPrefix(filepath.Base(name), ".") {
			t.Errorf("%s changed on a full disk", name)
		}
	}
	if _, err := os.Stat(h.profiles); err != nil {
		t.Errorf("profiles file gone: %v", err)
	}
	if data, _ := os.ReadFile(h.profiles); !strings.Contains(string(data), "first") || strings.Contains(string(data), "second") {
		t.Errorf("profiles file is not the old one:\n%s", data)
	}
	for name := range after {
		if strings.Contains(name, ".tmp-") {
			t.Errorf("temporary file left behind: %s", name)
		}
	}

	code, out, errOut := runCLI("token")
	if code != 0 || !strings.HasPrefix(out, "eyJ") || !strings.Contains(errOut, "not cached") {
		t.Errorf("token on a full cache: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	checkNoPanic(t, "stderr", errOut)
}
