package cli

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
)

// A token another profile with the same credentials obtained is reused
// and says so; scopes say where they come from.
func TestTokenJSONSaysWhoObtainedItAndWhereScopesComeFrom(t *testing.T) {
	e := newCLIEnv(t, "")
	twin := fmt.Sprintf(`  - name: twin
    issuer: %s
    client_id: demo-client
    client_secret: demo-secret
    scopes: [demo.read, demo.write]
`, e.srv.IssuerURL)
	f, err := os.OpenFile(e.config, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(twin); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if code, _, errOut := e.run("", "token", "-p", "sandbox"); code != 0 {
		t.Fatalf("token -p sandbox: exit %d %s", code, errOut)
	}
	code, out, errOut := e.run("", "token", "-p", "twin", "--json")
	if code != 0 {
		t.Fatalf("token -p twin: exit %d %s", code, errOut)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err, out)
	}
	if got["obtained_by"] != "sandbox" || got["from_cache"] != true || got["profile"] != "twin" {
		t.Errorf("obtained_by %v, from_cache %v, profile %v; want sandbox, true, twin:\n%s", got["obtained_by"], got["from_cache"], got["profile"], out)
	}
	if got["scopes_from"] != "response" && got["scopes_from"] != "token" {
		t.Errorf("scopes_from = %v", got["scopes_from"])
	}
	if m, ok := got["scopes_missing"].([]any); !ok || len(m) != 0 {
		t.Errorf("scopes_missing = %v, want []", got["scopes_missing"])
	}
	if got["requests_last_hour"] != float64(1) {
		t.Errorf("requests_last_hour = %v, want 1 (the client's, whichever profile asked)", got["requests_last_hour"])
	}
}

// A provider that silently drops a scope: token --json lists it as
// missing and token warns on stderr in one line.
func TestTokenWarnsAboutScopesNotGranted(t *testing.T) {
	var hits atomic.Int32
	idp := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"access_token":"opaque-token-abc","token_type":"Bearer","expires_in":3600,"scope":"api.read"}`)
	}))
	t.Cleanup(idp.Close)
	e := newCLIEnv(t, fmt.Sprintf(`  - name: dropper
    token_url: %s/token
    client_id: c1
    client_secret: s1
    scopes: [api.read, api.admin]
`, idp.URL))
	code, out, errOut := e.run("", "token", "-p", "dropper", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Scopes        []string `json:"scopes"`
		ScopesFrom    string   `json:"scopes_from"`
		ScopesMissing []string `json:"scopes_missing"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got.Scopes, " ") != "api.read" || got.ScopesFrom != "response" || strings.Join(got.ScopesMissing, " ") != "api.admin" {
		t.Errorf("scopes %v from %q missing %v; want [api.read] response [api.admin]", got.Scopes, got.ScopesFrom, got.ScopesMissing)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "warning: asked for but not granted: api.admin") {
		t.Errorf("stderr = %q; want one warning line", errOut)
	}
	code, out, errOut = e.run("", "token", "-p", "dropper")
	if code != 0 || strings.TrimSpace(out) != "opaque-token-abc" || !strings.Contains(errOut, "api.admin") {
		t.Errorf("plain token: exit %d out %q err %q", code, out, errOut)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("provider got %d token requests, want 1", n)
	}
}
