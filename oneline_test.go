package main

// Issue 13, part 6: one error line per failure, and stderr starting on a
// line of its own when it shares stdout's destination, with the real binary.

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
)

func TestOneErrorLinePerFailure(t *testing.T) {
	tokentuiBinary(t)
	h := newXDGHome(t)
	api := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/connect/token":
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
		case "/api/forbidden":
			w.Header().Set("WWW-Authenticate", `Bearer error="insufficient_scope", error_description="needs demo.write"`)
			w.WriteHeader(403)
			w.Write([]byte(`{"error":"insufficient_scope"}`)) // no newline at the end
		case "/api/missing":
			w.WriteHeader(404)
			w.Write([]byte("not here")) // no newline at the end
		}
	})
	h.writeProfiles(t, sprintf("profiles:\n  - {name: p, token_url: '%s/connect/token', client_id: c, client_secret: 'env:%s', api_base_url: '%s/api/'}\n",
		api.URL, hardSecretEnv, api.URL))
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
	// A note (the token stayed home) is not a second error line.
	r := runBin(t, h, "", env, "call", "--fail", otherHost(api.URL)+"/api/missing")
	if r.code != 1 || strings.Count(r.stderr, "tokentui:") != 1 || !strings.Contains(r.stderr, "note: ") {
		t.Errorf("--fail to another host: exit %d, want 1, a note and one tokentui: line:\n%s", r.code, r.stderr)
	}

	// Apart, stdout stays byte for byte.
	r = runBin(t, h, "", env, "call", "missing")
	if r.stdout != "not here" {
		t.Errorf("stdout = %q", r.stdout)
	}
}
