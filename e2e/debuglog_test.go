package e2e

// Issue 13, part 5: --debug FILE works for every command, with the real
// binary: each token and API request is a line (profile, method, URL
// without its query, status, time, size); never the token, the secret, a
// header value, a query value or a body. The file is 0600.

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/e2e/harness"
)

func TestDebugLogForEveryCommand(t *testing.T) {
	harness.Binary(t)
	h := newXDGHome(t)
	const (
		secret    = "secret-AAA111"
		hdrValue  = "header-value-BBB222"
		queryVal  = "query-value-CCC333"
		bodyReq   = "request-body-DDD444"
		bodyResp  = "response-body-EEE555"
		tokenBody = "opaque-token-FFF666"
	)
	api := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/connect/token":
			writeJSON(w, 200, map[string]any{"access_token": tokenBody, "token_type": "Bearer", "expires_in": 3600})
		default:
			writeJSON(w, 200, map[string]any{"echo": bodyResp})
		}
	})
	h.writeProfiles(t, sprintf("profiles:\n  - {name: dbg, token_url: '%s/connect/token', client_id: c, client_secret: 'env:%s', api_base_url: '%s/api/', headers: {X-Custom: %s}}\n",
		api.URL, hardSecretEnv, api.URL, hdrValue))
	logPath := filepath.Join(h.root, "debug.log")
	if err := os.WriteFile(logPath, nil, 0o644); err != nil { // made earlier, readable by others
		t.Fatal(err)
	}
	env := []string{hardSecretEnv + "=" + secret}
	for _, args := range [][]string{
		{"token"},
		{"call", "-H", "X-Mine: " + hdrValue, "-d", bodyReq, "items?key=" + queryVal},
		{"diagnose"},
		{"profiles", "list"},
	} {
		if r := runBin(t, h, "", env, append([]string{"--debug", logPath}, args...)...); r.code != 0 && args[0] != "diagnose" {
			t.Errorf("%v: exit %d\n%s", args, r.code, r.stderr)
		}
	}
	data, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	log := string(data)
	for _, want := range []string{
		`token: profile "dbg" forced=false from_cache=false`,
		`http: profile "dbg" POST ` + api.URL + `/connect/token -> 200 in `,
		`token: profile "dbg" forced=false from_cache=true`,
		`http: profile "dbg" POST ` + api.URL + `/api/items -> 200 in `,
		`diagnose: profile "dbg": `,
	} {
		if !strings.Contains(log, want) {
			t.Errorf("the log lacks %q:\n%s", want, log)
		}
	}
	if found := containsAny(data, secret, hdrValue, queryVal, bodyReq, bodyResp, tokenBody); len(found) > 0 {
		t.Errorf("the log holds %v:\n%s", found, log)
	}
	if st, _ := os.Stat(logPath); st.Mode().Perm() != 0o600 {
		t.Errorf("the log is %v, want 0600", st.Mode().Perm())
	}
}
