package auth

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestKeyPairWriteNewIn(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys")
	kp, err := NewKeyPair("ES256")
	if err != nil {
		t.Fatal(err)
	}
	path, err := kp.WriteNewIn(dir, "ac")
	if err != nil || path != filepath.Join(dir, "ac.pem") || kp.Path != path {
		t.Fatalf("first: %q, %v", path, err)
	}
	fi, _ := os.Stat(path)
	di, _ := os.Stat(dir)
	if fi.Mode().Perm() != 0o600 || di.Mode().Perm() != 0o700 {
		t.Errorf("modes %o (file) %o (dir), want 0600 and 0700", fi.Mode().Perm(), di.Mode().Perm())
	}
	data, _ := os.ReadFile(path)
	k, err := ParseClientKey(data, "ES256")
	if err != nil {
		t.Fatal(err)
	}
	if thumb, _ := Thumbprint(k.Private.Public()); thumb != kp.KID {
		t.Errorf("kid %q is not the written key's thumbprint %q", kp.KID, thumb)
	}
	var jwk map[string]string
	var jwks struct{ Keys []map[string]string }
	if json.Unmarshal([]byte(kp.JWK), &jwk) != nil || json.Unmarshal([]byte(kp.JWKS), &jwks) != nil ||
		jwk["kid"] != kp.KID || jwk["alg"] != "ES256" || jwk["d"] != "" || len(jwks.Keys) != 1 || jwks.Keys[0]["x"] != jwk["x"] {
		t.Errorf("JWK %s / JWKS %s", kp.JWK, kp.JWKS)
	}

	other, _ := NewKeyPair("ES256")
	if p2, err := other.WriteNewIn(dir, "ac"); err != nil || p2 != filepath.Join(dir, "ac-2.pem") {
		t.Errorf("second: %q, %v; want ac-2.pem", p2, err)
	}
	if again, _ := os.ReadFile(path); string(again) != string(data) {
		t.Error("the first key was replaced")
	}
	if err := other.WriteNew(path); !errors.Is(err, fs.ErrExist) {
		t.Errorf("WriteNew over a key: %v, want fs.ErrExist", err)
	}
}
