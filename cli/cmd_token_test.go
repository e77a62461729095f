package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/demo"
)

// cliEnv is a sandbox, a profiles file pointing at it and an empty token
// cache, all private to one test.
type cliEnv struct {
	srv    *demo.Server
	config string
	cache  string
}

func newCLIEnv(t *testing.T, extraProfiles string) *cliEnv {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	srv, err := demo.Start(ctx, demo.Options{})
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); srv.Close() })
	dir := t.TempDir()
	e := &cliEnv{srv: srv, config: filepath.Join(dir, "profiles.yaml"), cache: filepath.Join(dir, "cache")}
	yaml := fmt.Sprintf(`default: sandbox
profiles:
  - name: sandbox
    issuer: %s
    client_id: demo-client
    client_secret: demo-secret
    scopes: [demo.read, demo.write]
  - name: wrong
    issuer: %s
    client_id: demo-client
    client_secret: env:TOKENTUI_TEST_WRONG_SECRET
    auth_method: client_secret_post
    scopes: [demo.read]
%s`, srv.IssuerURL, srv.IssuerURL, extraProfiles)
	if err := os.WriteFile(e.config, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TOKENTUI_CONFIG", "")
	t.Setenv("TOKENTUI_PROFILE", "")
	t.Setenv("TOKENTUI_CACHE_DIR", e.cache)
	t.Setenv("TOKENTUI_TEST_WRONG_SECRET", "not-the-secret")
	return e
}

// run runs tokentui with --config and returns exit status, stdout, stderr.
func (e *cliEnv) run(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := Run(append([]string{"--config", e.config}, args...), strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestTokenCmd(t *testing.T) {
	e := newCLIEnv(t, "")
	code, out, errOut := e.run("", "token")
	if code != 0 || errOut != "" {
		t.Fatalf("token: exit %d, stderr %q", code, errOut)
	}
	raw := strings.TrimSuffix(out, "\n")
	if strings.Count(raw, ".") != 2 || strings.ContainsAny(raw, " \n") {
		t.Fatalf("stdout is not one bare token and a newline: %q", out)
	}
	// Warm: the same token, no request.
	code, out, _ = e.run("", "token", "-p", "sandbox")
	if code != 0 || strings.TrimSpace(out) != raw || e.srv.TokenRequests() != 1 {
		t.Errorf("warm token: exit %d, same %v, %d token requests", code, strings.TrimSpace(out) == raw, e.srv.TokenRequests())
	}
	code, out, _ = e.run("", "token", "--json")
	var j struct {
		AccessToken      string   `json:"access_token"`
		TokenType        string   `json:"token_type"`
		ExpiresAt        string   `json:"expires_at"`
		ExpiresIn        int      `json:"expires_in"`
		Scopes           []string `json:"scopes"`
		FromCache        bool     `json:"from_cache"`
		RequestsLastHour int      `json:"requests_last_hour"`
	}
	if err := json.Unmarshal([]byte(out), &j); err != nil || code != 0 {
		t.Fatalf("--json: exit %d, %v: %s", code, err, out)
	}
	if j.AccessToken != raw || j.TokenType != "Bearer" || j.ExpiresIn < 3500 || !j.FromCache || j.RequestsLastHour != 1 ||
		strings.Join(j.Scopes, " ") != "demo.read demo.write" || j.ExpiresAt == "" {
		t.Errorf("--json = %+v", j)
	}
	// --force: a new token, with a warning; the fourth in a minute is refused.
	for i := 0; i < 3; i++ {
		code, out, errOut = e.run("", "token", "--force")
		if code != 0 || strings.TrimSpace(out) == raw || !strings.Contains(errOut, "still valid") {
			t.Fatalf("force %d: exit %d, stderr %q", i+1, code, errOut)
		}
		// The count is the client's (across profiles and processes), in the plural it needs.
		if want := []string{"(1 token request of this client in the last hour)", "(2 token requests of this client in the last hour)"}; i < 2 && !strings.Contains(errOut, want[i]) {
			t.Errorf("force %d: stderr %q lacks %q", i+1, errOut, want[i])
		}
	}
	code, out, errOut = e.run("", "token", "--force")
	if code != 1 || out != "" || !strings.Contains(errOut, "block") || !strings.Contains(errOut, "hint:") {
		t.Errorf("4th force: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if got := e.srv.TokenRequests(); got != 4 {
		t.Errorf("%d token requests, want 4", got)
	}
}

func TestTokenCmdFailures(t *testing.T) {
	e := newCLIEnv(t, "")
	code, out, errOut := e.run("", "token", "-p", "wrong")
	if code != 1 || out != "" || !strings.Contains(errOut, "invalid_client") || !strings.Contains(errOut, "cause:") || !strings.Contains(errOut, "hint:") {
		t.Errorf("wrong secret: exit %d, stderr %q", code, errOut)
	}
	if got := e.srv.TokenRequests(); got != 1 {
		t.Errorf("wrong secret: %d token requests, want exactly 1", got)
	}
	t.Setenv("TOKENTUI_TEST_WRONG_SECRET", "")
	if code, _, errOut := e.run("", "token", "-p", "wrong"); code != 2 || !strings.Contains(errOut, "TOKENTUI_TEST_WRONG_SECRET") {
		t.Errorf("unset secret variable: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := e.run("", "token", "-p", "nope"); code != 2 || !strings.Contains(errOut, "no profile named") {
		t.Errorf("unknown profile: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := e.run("", "token", "extra"); code != 2 {
		t.Errorf("extra argument: exit %d, stderr %q", code, errOut)
	}
	var o, eo bytes.Buffer
	code = Run([]string{"--config", filepath.Join(t.TempDir(), "none.yaml"), "token"}, nil, &o, &eo)
	if code != 2 || !strings.Contains(eo.String(), "tokentui profiles add") || !strings.Contains(eo.String(), "tokentui sandbox") {
		t.Errorf("missing profiles file: exit %d, stderr %q", code, eo.String())
	}
	if err := os.WriteFile(e.config, []byte("profiles:\n  - name: x\n    client_idd: y\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := e.run("", "token"); code != 2 || !strings.Contains(errOut, ":3:") {
		t.Errorf("bad profiles file: exit %d, stderr %q (want the line)", code, errOut)
	}
}

// A hostile error description never reaches the terminal as escape codes.
func TestTokenCmdSanitizesServerText(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(400)
		fmt.Fprint(w, `{"error":"invalid_client","error_description":"bad \u001b]0;pwned\u0007 \u001b[2J\u009b31m secret"}`)
	}))
	defer srv.Close()
	e := newCLIEnv(t, fmt.Sprintf(`  - name: hostile
    token_url: %s
    client_id: c
    client_secret: s
`, srv.URL))
	code, _, errOut := e.run("", "token", "-p", "hostile")
	if code != 1 || strings.ContainsAny(errOut, "\x1b\x07\u009b") || !strings.Contains(errOut, "invalid_client") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// ca_file makes a private CA trusted; without it the failure is explained.
func TestTokenCmdCAFile(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"access_token":"opaque-token-value","token_type":"Bearer","expires_in":600}`)
	}))
	defer srv.Close()
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(caFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
	e := newCLIEnv(t, fmt.Sprintf(`  - name: private-ca
    token_url: %s
    client_id: c
    client_secret: s
    ca_file: %s
  - name: untrusted
    token_url: %s
    client_id: c2
    client_secret: s
`, srv.URL, caFile, srv.URL))
	if code, out, errOut := e.run("", "token", "-p", "private-ca"); code != 0 || out != "opaque-token-value\n" {
		t.Errorf("with ca_file: exit %d, %q, %q", code, out, errOut)
	}
	if code, _, errOut := e.run("", "token", "-p", "untrusted"); code != 1 || !strings.Contains(errOut, "authority") || !strings.Contains(errOut, "ca_file") {
		t.Errorf("without ca_file: exit %d, %q", code, errOut)
	}
}
