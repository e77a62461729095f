package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestDiagnoseCmd(t *testing.T) {
	e := newCLIEnv(t, "")
	code, out, errOut := e.run("", "diagnose")
	if code != 0 || errOut != "" {
		t.Fatalf("diagnose: exit %d, stderr %q\n%s", code, errOut, out)
	}
	for _, want := range []string{"✓ Profile", "✓ Reachability", "✓ Discovery", "✓ Credentials", "✓ Scopes granted", "✓ Clock", "✓ Signature",
		"All checks passed", "1 token request made", "safe to paste"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	_, tok, _ := e.run("", "token")
	tok = strings.TrimSpace(tok)
	// Again, as JSON: the cached token is reported, none requested.
	code, out, _ = e.run("", "diagnose", "--json")
	var r struct {
		OK            bool `json:"ok"`
		TokenRequests int  `json:"token_requests"`
		Checks        []struct {
			ID, Status, Detail string
		} `json:"checks"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || code != 0 || !r.OK || r.TokenRequests != 0 || len(r.Checks) != 10 {
		t.Fatalf("--json: exit %d, %v, %+v", code, err, r)
	}
	if e.srv.TokenRequests() != 1 {
		t.Errorf("%d token requests, want 1 (diagnose must not burn a cached token)", e.srv.TokenRequests())
	}
	for _, s := range []string{tok, strings.Split(tok, ".")[2], "demo-secret"} {
		if strings.Contains(out, s) {
			t.Errorf("report contains a token or secret")
		}
	}
	// --fresh: one more.
	if code, _, _ := e.run("", "diagnose", "--fresh"); code != 0 || e.srv.TokenRequests() != 2 {
		t.Errorf("--fresh: exit %d, %d token requests", code, e.srv.TokenRequests())
	}
	// A failing check: exit 1.
	code, out, errOut = e.run("", "diagnose", "-p", "wrong")
	if code != 1 || !strings.Contains(out, "✗ Credentials") || !strings.Contains(out, "cause:") || !strings.Contains(errOut, "credentials") {
		t.Errorf("wrong secret: exit %d\n%s\n%s", code, out, errOut)
	}
}
