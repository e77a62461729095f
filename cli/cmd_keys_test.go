package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/auth"
)

func TestKeysGenAndShow(t *testing.T) {
	for _, alg := range []string{"ES256", "RS256"} {
		t.Run(alg, func(t *testing.T) {
			e := newCLIEnv(t, "")
			out := filepath.Join(t.TempDir(), "client.pem")
			code, stdout, stderr := e.run("", "keys", "gen", "--alg", alg, "--out", out)
			if code != 0 || stderr != "" {
				t.Fatalf("gen: exit %d, stderr %q", code, stderr)
			}
			info, err := os.Stat(out)
			if err != nil || info.Mode().Perm() != 0o600 {
				t.Fatalf("key file: %v, mode %v; want 0600", err, info.Mode())
			}
			data, _ := os.ReadFile(out)
			k, err := auth.ParseClientKey(data, "")
			if err != nil || k.Alg != alg {
				t.Fatalf("written key: %v, alg %v", err, k)
			}
			thumb, _ := auth.Thumbprint(k.Private.Public())
			if strings.Contains(stdout, "PRIVATE KEY") || strings.Contains(stdout, `"d"`) {
				t.Errorf("gen printed private material:\n%s", stdout)
			}
			jwks := lineAfter(stdout, "JWKS")
			var set struct{ Keys []map[string]string }
			if err := json.Unmarshal([]byte(jwks), &set); err != nil || len(set.Keys) != 1 || set.Keys[0]["kid"] != thumb || set.Keys[0]["alg"] != alg {
				t.Errorf("JWKS line %q: %v", jwks, err)
			}
			if !strings.Contains(stdout, "client_key: file:"+out) || !strings.Contains(stdout, "client_key_id: "+thumb) {
				t.Errorf("no profile snippet:\n%s", stdout)
			}
			// The public key parsed back from the JWK has the same thumbprint.
			pub, _, err := auth.ParsePublicKey([]byte(mustJSON(set.Keys[0])))
			if tp, _ := auth.Thumbprint(pub); err != nil || tp != thumb {
				t.Errorf("JWK round trip: %v, %s", err, tp)
			}

			code, stdout, _ = e.run("", "keys", "show", out)
			if code != 0 || !strings.Contains(stdout, thumb) || !strings.Contains(stdout, alg) || strings.Contains(stdout, "PRIVATE KEY") {
				t.Errorf("show: exit %d:\n%s", code, stdout)
			}
			if code, _, stderr := e.run("", "keys", "gen", "--out", out); code != 2 || !strings.Contains(stderr, "never overwrites") || !strings.Contains(stderr, "hint:") {
				t.Errorf("gen over an existing key: exit %d, %q", code, stderr)
			}
			after, _ := os.ReadFile(out)
			if string(after) != string(data) {
				t.Error("the existing key was changed")
			}
			os.Chmod(out, 0o640)
			if code, stdout, stderr := e.run("", "keys", "show", out); code != 2 || !strings.Contains(stderr, "chmod 600") || stdout != "" {
				t.Errorf("show of a key others can read: exit %d, %q", code, stderr)
			}
		})
	}
}

func TestKeysErrors(t *testing.T) {
	e := newCLIEnv(t, "")
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk")
	os.WriteFile(junk, []byte("not a key"), 0o600)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"keys", "gen", "--alg", "HS256", "--out", filepath.Join(dir, "k")}, "--alg"},
		{[]string{"keys", "gen", "--out", filepath.Join(dir, "no", "such", "dir", "k.pem")}, "cannot write"},
		{[]string{"keys", "show", filepath.Join(dir, "missing.pem")}, "cannot read"},
		{[]string{"keys", "show", junk}, "no usable key"},
		{[]string{"keys", "show"}, ""},
	} {
		code, stdout, stderr := e.run("", tc.args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, tc.want) || strings.Count(strings.TrimSpace(stderr), "\n") > 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", tc.args, code, stdout, stderr)
		}
	}
}

func lineAfter(s, marker string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.Contains(l, marker) && i+1 < len(lines) {
			return lines[i+1]
		}
	}
	return ""
}

func mustJSON(v any) string { b, _ := json.Marshal(v); return string(b) }

// keys gen, then profiles add with the key: a private_key_jwt profile that
// loads, and a key-less one refused with the flag to use.
func TestProfilesAddPrivateKeyJWT(t *testing.T) {
	e := newCLIEnv(t, "")
	key := filepath.Join(t.TempDir(), "k.pem")
	if code, _, stderr := e.run("", "keys", "gen", "--out", key); code != 0 {
		t.Fatalf("keys gen: %d %s", code, stderr)
	}
	code, _, stderr := e.run("", "profiles", "add", "jwt", "--issuer", e.srv.IssuerURL, "--client-id", "demo-jwt",
		"--auth-method", "private_key_jwt", "--client-key", "file:"+key, "--client-key-id", "k1", "--scope", "demo.read")
	if code != 0 {
		t.Fatalf("profiles add: exit %d, %q", code, stderr)
	}
	code, stdout, _ := e.run("", "profiles", "show", "jwt")
	if code != 0 || !strings.Contains(stdout, "client_key:") || !strings.Contains(stdout, "file:"+key) || !strings.Contains(stdout, "k1") {
		t.Errorf("profiles show: %d\n%s", code, stdout)
	}
	code, _, stderr = e.run("", "profiles", "add", "nokey", "--issuer", e.srv.IssuerURL, "--client-id", "x", "--auth-method", "private_key_jwt")
	if code != 2 || !strings.Contains(stderr, "--client-key") {
		t.Errorf("without a key: exit %d, %q", code, stderr)
	}
}
