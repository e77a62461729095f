package e2e

// Helpers of the hardening tests (issue 8): a private XDG home per run,
// directory hashes to prove nothing changed, the shape every error on stderr
// must have, and a sandbox profile that keeps its secret out of the file.

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// hardSecretEnv holds the client secret of every hardening profile, so the
// profiles files hold only a reference to it.
const hardSecretEnv = "TOKENTUI_HARD_SECRET"

// xdgHome is a private set of tokentui directories: config, cache, state.
type xdgHome struct {
	root, config, cache, state string
	profiles                   string // the profiles file, $TOKENTUI_CONFIG
	tokens                     string // the token cache, $TOKENTUI_CACHE_DIR
}

// newXDGHome makes the directories under t.TempDir() and points every
// variable tokentui reads at them (so the test cannot run in parallel).
func newXDGHome(t *testing.T) *xdgHome {
	t.Helper()
	root := t.TempDir()
	h := &xdgHome{root: root, config: filepath.Join(root, "config"), cache: filepath.Join(root, "cache"), state: filepath.Join(root, "state")}
	h.profiles = filepath.Join(h.config, "tokentui", "profiles.yaml")
	h.tokens = filepath.Join(h.cache, "tokentui")
	for _, d := range []string{filepath.Dir(h.profiles), h.cache, h.state} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("HOME", root)
	t.Setenv("XDG_CONFIG_HOME", h.config)
	t.Setenv("XDG_CACHE_HOME", h.cache)
	t.Setenv("XDG_STATE_HOME", h.state)
	t.Setenv("TOKENTUI_CONFIG", h.profiles)
	t.Setenv("TOKENTUI_CACHE_DIR", h.tokens)
	t.Setenv("TOKENTUI_PROFILE", "")
	t.Setenv("TOKENTUI_TIMEOUT", "")
	t.Setenv("LANG", "C.UTF-8")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	return h
}

// env is the environment of a child process using these directories.
func (h *xdgHome) env() []string {
	return []string{
		"HOME=" + h.root, "XDG_CONFIG_HOME=" + h.config, "XDG_CACHE_HOME=" + h.cache,
		"XDG_STATE_HOME=" + h.state, "TOKENTUI_CONFIG=" + h.profiles, "TOKENTUI_CACHE_DIR=" + h.tokens,
	}
}

func (h *xdgHome) writeProfiles(t *testing.T, yaml string) {
	t.Helper()
	if err := os.WriteFile(h.profiles, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
}

// hashDir maps every file under dir (relative path) to the hash of its
// mode and content; directories count with their mode.
func hashDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return nil
			}
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		info, err := d.Info()
		if err != nil {
			return err
		}
		if d.IsDir() {
			out[rel+"/"] = info.Mode().String()
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		out[rel] = info.Mode().String() + " " + hex.EncodeToString(sum[:8])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// diffHashes lists what changed between two hashDir results.
func diffHashes(before, after map[string]string) []string {
	var d []string
	for k, v := range before {
		if w, ok := after[k]; !ok {
			d = append(d, "removed "+k)
		} else if w != v {
			d = append(d, "changed "+k)
		}
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			d = append(d, "added "+k)
		}
	}
	sort.Strings(d)
	return d
}

// listFiles returns every regular file under dir.
func listFiles(dir string) []string {
	var files []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, path)
		}
		return nil
	})
	return files
}

var (
	// panicMarks never appear on stderr: a Go panic or a stack trace.
	panicMarks = []string{"goroutine ", "panic:", "runtime error", ".go:", "runtime/debug"}
	// controlChars are bytes a terminal interprets: C0 (but \n, \t), DEL,
	// ESC, and the C1 range as runes.
	controlChars = regexp.MustCompile("[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f\u202a-\u202e\u2066-\u2069]")
)

// checkNoPanic fails when s shows a panic or a stack trace.
func checkNoPanic(t *testing.T, what, s string) {
	t.Helper()
	for _, m := range panicMarks {
		if strings.Contains(s, m) {
			t.Errorf("%s shows %q (a panic or stack trace?):\n%s", what, m, s)
		}
	}
}

// checkErrorShape: stderr of a failed command is "tokentui: <message>"
// on its first line, a "hint: …" line, no panic, nothing a terminal would
// interpret, and not a wall of text.
func checkErrorShape(t *testing.T, stderr string) {
	t.Helper()
	checkNoPanic(t, "stderr", stderr)
	if controlChars.MatchString(stderr) {
		t.Errorf("stderr holds control characters: %q", stderr)
	}
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	// Warnings (insecure profile…) and notes (the token stayed home) may
	// come first.
	for len(lines) > 1 && (strings.HasPrefix(lines[0], "tokentui: warning:") ||
		strings.HasPrefix(lines[0], "warning: ") || strings.HasPrefix(lines[0], "note: ")) {
		lines = lines[1:]
	}
	first := lines[0]
	if !strings.HasPrefix(first, "tokentui: ") || len(strings.TrimSpace(strings.TrimPrefix(first, "tokentui: "))) < 10 {
		t.Errorf("stderr does not start with a message %q:\n%s", "tokentui: …", stderr)
	}
	if len(first) > 600 {
		t.Errorf("the message is %d bytes long, not a sentence:\n%s", len(first), first)
	}
	hints := 0
	for _, l := range lines {
		if strings.HasPrefix(l, "hint: ") && len(l) > len("hint: ")+5 {
			hints++
		}
	}
	if hints == 0 {
		t.Errorf("no 'hint: …' line on stderr:\n%s", stderr)
	}
	if len(lines) > 8 {
		t.Errorf("%d lines on stderr, not one sentence and a hint:\n%s", len(lines), stderr)
	}
}

// makeJWT builds an unsigned-looking JWT from a header and claims (the
// signature is junk unless sig is given).
func makeJWT(header, claims map[string]any, sig []byte) string {
	h, _ := json.Marshal(header)
	c, _ := json.Marshal(claims)
	if sig == nil {
		sig = []byte("not-a-signature")
	}
	enc := base64.RawURLEncoding
	return enc.EncodeToString(h) + "." + enc.EncodeToString(c) + "." + enc.EncodeToString(sig)
}

// containsAny reports which of needles occur in haystack.
func containsAny(haystack []byte, needles ...string) []string {
	var found []string
	for _, n := range needles {
		if n != "" && bytes.Contains(haystack, []byte(n)) {
			found = append(found, n)
		}
	}
	return found
}

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }
