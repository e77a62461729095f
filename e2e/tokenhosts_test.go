package e2e

// Issue 13, part 1: the token goes only to the profile's API origins
// (api_base_url's and token_hosts), in the real binary, with hostile hosts
// on loopback.

import (
	"net/http"
	"strings"
	"testing"

	"tokentui/e2e/harness"
)

// tokenHostsEnv is a provider+API that hands out opaqueToken, a hostile
// host that records what it gets, and a second API listed in token_hosts.
type tokenHostsEnv struct {
	h               *xdgHome
	api, evil, api2 *recorder
}

func newTokenHostsEnv(t *testing.T) *tokenHostsEnv {
	t.Helper()
	harness.Binary(t) // before newXDGHome: go build must not use its cache directory
	e := &tokenHostsEnv{h: newXDGHome(t)}
	e.evil = newRecorder(t, nil)
	e.api2 = newRecorder(t, nil)
	e.api = newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/connect/token":
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
		case "/api/away":
			http.Redirect(w, r, e.evil.URL+"/landing", http.StatusFound)
		default:
			writeJSON(w, 200, map[string]any{"path": r.URL.Path})
		}
	})
	e.h.writeProfiles(t, sprintf("profiles:\n  - {name: p, token_url: '%s/connect/token', client_id: c, client_secret: 'env:%s', api_base_url: '%s/api/', token_hosts: ['%s']}\n",
		e.api.URL, hardSecretEnv, e.api.URL, e.api2.URL))
	return e
}

func (e *tokenHostsEnv) call(t *testing.T, args ...string) binRun {
	t.Helper()
	return runBin(t, e.h, "", []string{hardSecretEnv + "=s"}, append([]string{"call"}, args...)...)
}

func TestCallTokenOnlyToTheAPIOrigins(t *testing.T) {
	e := newTokenHostsEnv(t)
	evilHost := strings.TrimPrefix(e.evil.URL, "http://")
	apiHost := strings.TrimPrefix(e.api.URL, "http://")

	for _, target := range []string{
		e.evil.URL + "/api/x",                           // another origin
		"http://" + apiHost + "@" + evilHost + "/api/u", // a user name that reads like the API host
		otherHost(e.api.URL) + "/api/n",                 // the API's server under another name
	} {
		r := e.call(t, target)
		if r.code != 0 {
			t.Errorf("call %s: exit %d\n%s", target, r.code, r.stderr)
		}
		if lines := r.stderrLines(); len(lines) != 1 || !strings.Contains(lines[0], "without the token") || !strings.Contains(lines[0], "--token-to-any-host") {
			t.Errorf("call %s: stderr should be one line saying the token stays home:\n%s", target, r.stderr)
		}
	}
	if strings.Contains(e.evil.log(), opaqueToken) {
		t.Errorf("the hostile host got the token:\n%s", e.evil.log())
	}

	// The API, by path and by URL, and a token host get it, silently.
	for _, target := range []string{"me", e.api.URL + "/api/me", e.api2.URL + "/v2/me"} {
		if r := e.call(t, target); r.code != 0 || r.stderr != "" {
			t.Errorf("call %s: exit %d, stderr %q", target, r.code, r.stderr)
		}
	}
	if got := strings.Count(e.api.log(), "Bearer "+opaqueToken); got != 2 {
		t.Errorf("the API got the token %d times, want 2:\n%s", got, e.api.log())
	}
	if !strings.Contains(e.api2.log(), "Bearer "+opaqueToken) {
		t.Errorf("the token host did not get the token:\n%s", e.api2.log())
	}

	// Asked for explicitly, it goes.
	if r := e.call(t, "--token-to-any-host", e.evil.URL+"/chosen"); r.code != 0 || r.stderr != "" {
		t.Errorf("--token-to-any-host: exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(e.evil.log(), `/chosen auth="Bearer `+opaqueToken) {
		t.Errorf("--token-to-any-host did not send the token:\n%s", e.evil.log())
	}
}

// TestCallRedirectSaysTheTokenStayed: a redirect off the API is followed
// without the token, and stderr says where the answer came from.
func TestCallRedirectSaysTheTokenStayed(t *testing.T) {
	e := newTokenHostsEnv(t)
	r := e.call(t, "away")
	if r.code != 0 || !strings.Contains(r.stdout, "landed") {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if lines := r.stderrLines(); len(lines) != 1 || !strings.Contains(lines[0], "redirected to "+strings.TrimPrefix(e.evil.URL, "http://")) {
		t.Errorf("stderr: %q", r.stderr)
	}
	if strings.Contains(e.evil.log(), opaqueToken) {
		t.Errorf("the redirect target got the token:\n%s", e.evil.log())
	}
}
