package demo

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func jwksKid(t *testing.T, s *Server) string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, s.JWKSURL, nil)
	r := do(t, req)
	keys, _ := r.json["keys"].([]any)
	if len(keys) != 1 {
		t.Fatalf("JWKS: %s", r.raw)
	}
	kid, _ := keys[0].(map[string]any)["kid"].(string)
	return kid
}

// Started twice with the same key file (same address), the sandbox keeps
// its kid and accepts the tokens it issued before the restart.
func TestKeyFileKeepsTheKeyAcrossRestarts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "tokentui", "sandbox-key.pem")
	first, err := Start(t.Context(), Options{KeyFile: path})
	if err != nil {
		t.Fatal(err)
	}
	kid := jwksKid(t, first)
	tok := token(t, first, ClientID, "")
	addr := strings.TrimPrefix(first.IssuerURL, "http://")
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %04o, want 0600", fi.Mode().Perm())
	}
	if di, _ := os.Stat(filepath.Dir(path)); di.Mode().Perm() != 0o700 {
		t.Errorf("key directory mode %04o, want 0700", di.Mode().Perm())
	}

	second := startTest(t, Options{Addr: addr, KeyFile: path})
	if second.KeyNote != "" {
		t.Errorf("KeyNote = %q for a good key file", second.KeyNote)
	}
	if got := jwksKid(t, second); got != kid {
		t.Errorf("kid after restart %q, want %q", got, kid)
	}
	if r := apiGet(t, second, "me", tok); r.status != http.StatusOK {
		t.Errorf("a token issued before the restart: %d %s", r.status, r.raw)
	}
	// Without a key file, the process's key: a different kid.
	if other := startTest(t, Options{}); jwksKid(t, other) == kid {
		t.Error("the in-memory key is the key file's")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left beside the key: %v", entries)
	}
}

// A corrupt or unusable key file is replaced, with a note; a symlink is
// replaced, not followed.
func TestKeyFileUnusableIsReplaced(t *testing.T) {
	dir := t.TempDir()
	small, _ := rsa.GenerateKey(rand.Reader, 1024)
	der, _ := x509.MarshalPKCS8PrivateKey(small)
	target := filepath.Join(dir, "elsewhere")
	os.WriteFile(target, []byte("keep me"), 0o600)
	for name, write := range map[string]func(p string){
		"corrupt": func(p string) { os.WriteFile(p, []byte("-----BEGIN PRIVATE KEY-----\nnot base64\n"), 0o600) },
		"too small": func(p string) {
			os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600)
		},
		"symlink": func(p string) { os.Symlink(target, p) },
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".pem")
			write(path)
			s := startTest(t, Options{KeyFile: path})
			if !strings.Contains(s.KeyNote, "replaced") {
				t.Errorf("KeyNote = %q, want it to say the file was replaced", s.KeyNote)
			}
			if k, why := readKeyFile(path); k == nil || why != "" || k.kid != jwksKid(t, s) {
				t.Errorf("after the replacement the file holds no good key (%q)", why)
			}
		})
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me" {
		t.Errorf("the symlink's target was written: %q", b)
	}
	// A directory in its place is not removed: Start says so.
	d := filepath.Join(dir, "a-directory")
	os.Mkdir(d, 0o700)
	if _, err := Start(t.Context(), Options{KeyFile: d}); err == nil || !strings.Contains(err.Error(), "key file") {
		t.Errorf("a directory as the key file: %v", err)
	}
}

// A key file others can read is made private and kept.
func TestKeyFileReadableByOthersIsFixed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "key.pem")
	s1 := startTest(t, Options{KeyFile: path})
	kid := jwksKid(t, s1)
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	s2 := startTest(t, Options{KeyFile: path})
	if !strings.Contains(s2.KeyNote, "0644") || !strings.Contains(s2.KeyNote, "private") {
		t.Errorf("KeyNote = %q", s2.KeyNote)
	}
	if jwksKid(t, s2) != kid {
		t.Error("the key was changed, not kept")
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %04o after the fix, want 0600", fi.Mode().Perm())
	}
}
