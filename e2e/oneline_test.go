package e2e

// Issue 13, part 6: one error line per failure, and stderr starting on a
// line of its own when it shares stdout's destination, with the real binary.

import (
	"bytes"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"tokentui/e2e/harness"
)

func TestOneErrorLinePerFailure(t *testing.T) {
	harness.Binary(t)
	h := newXDGHome(t)
	var tokens atomic.Int32
	api := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/connect/token":
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
		case "/api/forbidden":
			w.Header().Set("WWW-Authenticate", `Bearer error="insufficient_scope", error_description="needs demo.write"`)
			w.WriteHeader(403)
			w.Write([]byte(`{"error":"insufficient_scope"}`)) // no newline at the end
		case "/connect/once": // one token, then the client is refused
			if tokens.Add(1) > 1 {
				writeJSON(w, 400, map[string]any{"error": "invalid_client"})
				return
			}
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
		case "/api/revoked":
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
			w.WriteHeader(401)
		case "/api/missing":
			w.WriteHeader(404)
			w.Write([]byte("not here")) // no newline at the end
		}
	})
	h.writeProfiles(t, sprintf("default: p\nprofiles:\n  - {name: p, token_url: '%[1]s/connect/token', client_id: c, client_secret: 'env:%[2]s', api_base_url: '%[1]s/api/'}\n"+
		"  - {name: once, token_url: '%[1]s/connect/once', client_id: c, client_secret: 'env:%[2]s', api_base_url: '%[1]s/api/'}\n",
		api.URL, hardSecretEnv))
	env := []string{hardSecretEnv + "=s"}
	for _, tc := range []struct{ path, want string }{
		{"forbidden", "the API answered 403 Forbidden: "},
		{"missing", "the API answered 404 Not Found."},
	} {
		r := runBin(t, h, "", env, "call", "--fail", tc.path)
		if r.code != 1 || strings.Count(r.stderr, "tokentui:") != 1 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("--fail %s: exit %d, want 1 and one tokentui: line:\n%s", tc.path, r.code, r.stderr)
		}
		checkErrorShape(t, r.stderr)
		if tc.path == "forbidden" && !strings.Contains(r.stderr, "needs demo.write") {
			t.Errorf("the server's words are gone:\n%s", r.stderr)
		}

		// stdout and stderr into one pipe (2>&1): the message starts on its own line.
		cmd := binCmd(t, h, env, "call", "--fail", tc.path)
		var both bytes.Buffer
		cmd.Stdout, cmd.Stderr = &both, &both
		cmd.Run()
		if out := both.String(); !strings.Contains(out, "\ntokentui: ") {
			t.Errorf("2>&1: the message is glued to the body:\n%q", out)
		}
	}
	// A renewal that fails after a 401 is part of the same failure.
	r := runBin(t, h, "", env, "-p", "once", "call", "--retry-invalid-token", "--fail", "revoked")
	if r.code != 1 || strings.Count(r.stderr, "tokentui:") != 1 || !strings.Contains(r.stderr, "renewing the token failed") {
		t.Errorf("--retry-invalid-token --fail, renewal refused: exit %d, want 1 and one tokentui: line:\n%s", r.code, r.stderr)
	}

	// A note (the token stayed home) is not a second error line.
	r = runBin(t, h, "", env, "call", "--fail", otherHost(api.URL)+"/api/missing")
	if r.code != 1 || strings.Count(r.stderr, "tokentui:") != 1 || !strings.Contains(r.stderr, "note: ") {
		t.Errorf("--fail to another host: exit %d, want 1, a note and one tokentui: line:\n%s", r.code, r.stderr)
	}

	// Apart, stdout stays byte for byte.
	r = runBin(t, h, "", env, "call", "missing")
	if r.stdout != "not here" {
		t.Errorf("stdout = %q", r.stdout)
	}
}
