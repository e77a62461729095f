package e2e

// Issue 8, part 6: redirects. The bearer token never follows a redirect to
// another origin, and neither do the client credentials of a token request
// (Basic header or client_secret_post body); same-origin redirects keep
// working.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// recorder is a server that notes the credentials it was sent.
type recorder struct {
	*httptest.Server
	mu   sync.Mutex
	seen []string // "PATH auth=… body=…" per request
}

func newRecorder(t *testing.T, h func(w http.ResponseWriter, r *http.Request)) *recorder {
	rec := &recorder{}
	rec.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		rec.mu.Lock()
		rec.seen = append(rec.seen, fmt.Sprintf("%s %s auth=%q body=%q", r.Method, r.URL.Path, r.Header.Get("Authorization"), body))
		rec.mu.Unlock()
		if h != nil {
			h(w, r)
			return
		}
		writeJSON(w, 200, map[string]any{"landed": r.URL.Path})
	}))
	t.Cleanup(rec.Close)
	return rec
}

func (r *recorder) log() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.seen, "\n")
}

// otherHost rewrites a loopback URL to another host name for the same
// server (127.0.0.1 ↔ localhost), so the redirect leaves the host.
func otherHost(u string) string { return strings.Replace(u, "127.0.0.1", "localhost", 1) }

// TestRedirectCallDropsToken: call follows a redirect to another host
// (name or port) without the token, and keeps it on the same origin.
func TestRedirectCallDropsToken(t *testing.T) {
	h := newXDGHome(t)
	elsewhere := newRecorder(t, nil)
	var api *recorder
	api = newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/connect/token":
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
		case "/api/to-port":
			http.Redirect(w, r, elsewhere.URL+"/landing", http.StatusFound)
		case "/api/to-host":
			http.Redirect(w, r, otherHost(elsewhere.URL)+"/landing", http.StatusTemporaryRedirect)
		case "/api/to-self-by-name": // same port, another name: another origin too
			http.Redirect(w, r, otherHost(api.URL)+"/api/landing", http.StatusFound)
		case "/api/old":
			http.Redirect(w, r, "/api/new", http.StatusMovedPermanently)
		case "/api/new", "/api/landing":
			writeJSON(w, 200, map[string]any{"path": r.URL.Path, "had_token": r.Header.Get("Authorization") != ""})
		}
	})
	t.Setenv(hardSecretEnv, "s")
	h.writeProfiles(t, fmt.Sprintf("profiles:\n  - {name: r, token_url: '%s/connect/token', client_id: c, client_secret: 'env:%s', api_base_url: '%s/api/'}\n",
		api.URL, hardSecretEnv, api.URL))

	for _, path := range []string{"to-port", "to-host"} {
		code, out, errOut := runCLI("call", path)
		if code != 0 || !strings.Contains(out, "landed") {
			t.Errorf("call %s: exit %d, stdout %q, stderr %q", path, code, out, errOut)
		}
	}
	if log := elsewhere.log(); strings.Contains(log, opaqueToken) || strings.Count(log, "\n") != 1 {
		t.Errorf("the other server saw:\n%s", log)
	}
	code, out, _ := runCLI("call", "to-self-by-name")
	if code != 0 || !strings.Contains(out, `"had_token":false`) {
		t.Errorf("redirect to the same server under another name kept the token: %s", out)
	}
	code, out, errOut := runCLI("call", "old")
	if code != 0 || !strings.Contains(out, `"had_token":true`) || !strings.Contains(out, "/api/new") {
		t.Errorf("same-origin redirect: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestRedirectTokenEndpoint: a token endpoint that redirects to another
// origin (another port, another host name) gets no credentials sent there
// — not the Basic header (Go's client keeps Authorization for another
// port of the same host), not a client_secret_post body (a 307 re-sends
// it) — and the failure says what happened; a same-origin redirect works.
func TestRedirectTokenEndpoint(t *testing.T) {
	h := newXDGHome(t)
	const secret = "s3cr3t-must-not-travel"
	t.Setenv(hardSecretEnv, secret)
	elsewhere := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]any{"access_token": "stolen", "token_type": "Bearer", "expires_in": 3600})
	})
	provider := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/port/token":
			http.Redirect(w, r, elsewhere.URL+"/token", http.StatusTemporaryRedirect)
		case "/host/token":
			http.Redirect(w, r, otherHost(elsewhere.URL)+"/token", http.StatusPermanentRedirect)
		case "/same/token":
			http.Redirect(w, r, "/real/token", http.StatusTemporaryRedirect)
		case "/real/token":
			if u, p, ok := r.BasicAuth(); !ok || !strings.HasPrefix(u, "c-") || p != secret {
				writeJSON(w, 401, map[string]any{"error": "invalid_client"})
				return
			}
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
		}
	})
	var b strings.Builder
	b.WriteString("profiles:\n")
	for _, p := range []string{"port", "host", "same"} {
		for _, m := range []string{"client_secret_basic", "client_secret_post"} {
			fmt.Fprintf(&b, "  - {name: %s-%s, token_url: '%s/%s/token', client_id: c-%s, client_secret: 'env:%s', auth_method: %s}\n",
				p, m, provider.URL, p, m, hardSecretEnv, m)
		}
	}
	h.writeProfiles(t, b.String())
	for _, p := range []string{"port", "host"} {
		for _, m := range []string{"client_secret_basic", "client_secret_post"} {
			code, out, errOut := runCLI("token", "-p", p+"-"+m)
			if code == 0 || strings.Contains(out, "stolen") {
				t.Errorf("%s-%s: exit %d, stdout %q: a token from the other origin was taken", p, m, code, out)
			}
			checkErrorShape(t, errOut)
			if !strings.Contains(errOut, "redirect") {
				t.Errorf("%s-%s: stderr does not say the endpoint redirected: %q", p, m, errOut)
			}
		}
	}
	if log := elsewhere.log(); log != "" {
		t.Errorf("the other origin was sent:\n%s", log)
	}
	code, out, errOut := runCLI("token", "-p", "same-client_secret_basic")
	if code != 0 || strings.TrimSpace(out) != opaqueToken {
		t.Errorf("same-origin redirect: exit %d, %q, %q\n%s", code, out, errOut, provider.log())
	}
}
