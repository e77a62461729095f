package e2e

// Issue 13, part 2: secrets at rest, with the real binary. A profiles file
// holding a literal client secret that others can read is warned about by
// every command that reads it, with the chmod to run; a failing cmd: secret
// is reported by its exit status, never by what it printed.

import (
	"net/http"
	"os"
	"strings"
	"testing"

	"tokentui/e2e/harness"
)

func TestLiteralSecretInAReadableFileIsWarned(t *testing.T) {
	harness.Binary(t)
	h := newXDGHome(t)
	api := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
	})
	const literal = "literal-s3cret"
	h.writeProfiles(t, sprintf("profiles:\n  - {name: lit, token_url: '%s/connect/token', client_id: c, client_secret: %s, api_base_url: '%s/api/'}\n",
		api.URL, literal, api.URL))
	commands := [][]string{{"token"}, {"call", "me"}, {"diagnose"}, {"profiles", "list"}, {"profiles", "show", "lit"}}

	if err := os.Chmod(h.profiles, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range commands {
		r := runBin(t, h, "", nil, args...)
		warn := "warning: " + h.profiles + " holds the client secret of \"lit\" in clear and other users can read it (mode 0644); run: chmod 600 " + h.profiles
		if strings.Count(r.stderr, warn) != 1 {
			t.Errorf("%v: stderr lacks the warning, once:\n%s", args, r.stderr)
		}
		if strings.Contains(r.stdout+r.stderr, literal) {
			t.Errorf("%v printed the secret", args)
		}
	}
	if err := os.Chmod(h.profiles, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range commands {
		if r := runBin(t, h, "", nil, args...); strings.Contains(r.stderr, "chmod") {
			t.Errorf("%v warns about a 0600 file:\n%s", args, r.stderr)
		}
	}
}

func TestFailingSecretCommandKeepsItsOutput(t *testing.T) {
	harness.Binary(t)
	h := newXDGHome(t)
	// The command prints the secret (on both streams, as `set -x` would)
	// and fails; the secret is assembled at run time so that the command
	// line itself does not hold it.
	h.writeProfiles(t, "profiles:\n  - {name: c, token_url: 'http://127.0.0.1:9/t', client_id: c, client_secret: \"cmd:printf 'leak-%s' zz; printf 'leak-%s' zz >&2; exit 7\"}\n")
	r := runBin(t, h, "", nil, "token")
	if r.code != 2 || !strings.Contains(r.stderr, "exit status 7") || strings.Contains(r.stdout+r.stderr, "leak-zz") {
		t.Errorf("exit %d; stderr should give the exit status and nothing the command printed:\n%s%s", r.code, r.stdout, r.stderr)
	}
	checkErrorShape(t, r.stderr)
}
