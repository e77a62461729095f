package cli

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/openapi/openapitest"
)

// cli runs `tokentui args…`.
func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestAPIListsOperationsWithCoverage(t *testing.T) {
	newCallEnv(t, "")
	code, out, errOut := cli(t, "-p", "readonly", "api")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 7 || !strings.Contains(lines[0], "METHOD") {
		t.Fatalf("want a header and 6 operations:\n%s", out)
	}
	for _, want := range []string{"✓ yes  GET     /items ", "✗ no   POST    /items ", "demo.write", "getItem"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "6 of 6 operations") || !strings.Contains(errOut, "token scopes: demo.read") {
		t.Errorf("stderr: %s", errOut)
	}
	// filtered, as JSON
	code, out, errOut = cli(t, "-p", "readonly", "api", "--json", "post items")
	var ops []opJSON
	if code != 0 || json.Unmarshal([]byte(out), &ops) != nil || len(ops) != 1 {
		t.Fatalf("exit %d, %s, %s", code, out, errOut)
	}
	if ops[0].OperationID != "createItem" || ops[0].Covered == nil || *ops[0].Covered || ops[0].Missing[0] != "demo.write" || ops[0].Coverage != "missing" {
		t.Errorf("%+v", ops[0])
	}
	if _, _, errOut = cli(t, "api", "items"); !strings.Contains(errOut, "3 of 6 operations") || !strings.Contains(errOut, "cached") {
		t.Errorf("a later run should read the cache: %s", errOut)
	}
}

func TestAPIShowAndCallByOperationID(t *testing.T) {
	newCallEnv(t, "")
	code, out, errOut := cli(t, "-p", "readonly", "api", "show", "createItem")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"POST /items  (createItem)", "the token lacks demo.write", "renewing the token will not help",
		"name*  string", `"name": "my item"`, "201  The item created", `tokentui call -p readonly createItem -d '{"name":"my item"}'`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	code, _, errOut = cli(t, "api", "show", "nope")
	if code != 2 || !strings.Contains(errOut, `has no operation "nope"`) {
		t.Errorf("unknown op: %d %s", code, errOut)
	}
	// call by operationId, --param, --jq
	code, out, errOut = cli(t, "call", "getItem", "--param", "id=2", "--jq", ".name")
	if code != 0 || out != "\"second item\"\n" || !strings.Contains(errOut, "getItem is GET /items/2") {
		t.Errorf("call getItem: %d %q %s", code, out, errOut)
	}
	// the read-only client: warned before, the 403 set against the declared scopes after
	code, _, errOut = cli(t, "-p", "readonly", "call", "createItem", "-d", `{"name":"x"}`)
	for _, want := range []string{"warning: the token lacks demo.write, which createItem needs", "only the provider can grant it",
		"createItem declares the scopes demo.write; the token has demo.read"} {
		if code != 0 || !strings.Contains(errOut, want) {
			t.Errorf("exit %d, no %q in:\n%s", code, want, errOut)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"call", "getItem", "--param", "nope=1"}, "it takes id"},
		{[]string{"call", "getItem", "--param", "id"}, "name=value"},
		{[]string{"call", "items/1", "--param", "id=1"}, "needs an operation"},
		{[]string{"call", "items", "--jq", ".["}, "bad --jq filter"},
	} {
		if code, _, errOut := cli(t, c.args...); code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, %s", c.args, code, errOut)
		}
	}
	// a plain word that is no operation is still a path
	if code, out, _ := cli(t, "call", "me", "--jq", ".client_id"); code != 0 || out != "\"demo-client\"\n" {
		t.Errorf("call me: %d %q", code, out)
	}
}

func TestAPIBrokenAndMissingDocuments(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.json")
	os.WriteFile(broken, []byte("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {,}\n}\n"), 0o600)
	newCallEnv(t, "    openapi: file:"+broken+"\n")
	code, out, errOut := cli(t, "-p", "nobase", "api")
	if code != 2 || out != "" || !strings.Contains(errOut, "broken at line 3, column 13") || !strings.Contains(errOut, "hint: fix the document where it broke") {
		t.Errorf("broken: exit %d %q %s", code, out, errOut)
	}
	if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
		t.Errorf("a crash: %s", errOut)
	}
}

// TestAPIOutputSameWithIndex: `api`, `api --json` and `api show` print the
// same bytes whether the document was just fetched, read through its
// derived index, or parsed again from the cache (the index gone or
// corrupt); on the sandbox's document and on a generated 5 MB one.
func TestAPIOutputSameWithIndex(t *testing.T) {
	big := openapitest.Generate(2000)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(big)
	}))
	t.Cleanup(srv.Close)
	e := newCallEnv(t, "  - name: big\n    token_url: TOKEN\n    client_id: demo-client\n    client_secret: env:CALL_TEST_SECRET\n    scopes: [demo.read]\n    api_base_url: "+srv.URL+"/\n    openapi: "+srv.URL+"/openapi.json\n")
	cfg, _ := os.ReadFile(e.config)
	os.WriteFile(e.config, bytes.ReplaceAll(cfg, []byte("TOKEN"), []byte(e.srv.TokenURL)), 0o600)
	for _, c := range []struct {
		profile string
		shows   []string
	}{
		{"sandbox", []string{"listItems", "createItem", "getItem"}},
		{"big", []string{"Recurso000_Acao0000", "Recurso000_Acao0200", "Recurso099_Acao0599"}},
	} {
		runs := [][]string{{"api"}, {"api", "--json"}, {"api", "recurso001 post"}}
		for _, op := range c.shows {
			runs = append(runs, []string{"api", "show", op})
		}
		outputs := func(state string, refresh bool) []string {
			var outs []string
			for i, args := range runs {
				args = append([]string{"-p", c.profile}, args...)
				if refresh && i == 0 {
					args = append(args, "--refresh")
				}
				code, out, errOut := cli(t, args...)
				if code != 0 || out == "" {
					t.Fatalf("%s: %v: exit %d\n%s", state, args, code, errOut)
				}
				outs = append(outs, out)
			}
			return outs
		}
		indexes := func() []string {
			m, _ := filepath.Glob(filepath.Join(e.cacheDir, "openapi-*.index"))
			return m
		}
		fetched := outputs("fetched", true)
		if len(indexes()) == 0 {
			t.Fatalf("%s: no index beside the cached document", c.profile)
		}
		warm := outputs("from the index", false)
		for _, ix := range indexes() {
			os.Remove(ix)
		}
		parsed := outputs("index removed", false)
		for _, ix := range indexes() {
			os.WriteFile(ix, []byte("garbage"), 0o600)
		}
		garbage := outputs("index corrupt", false)
		for i := range runs {
			if warm[i] != fetched[i] || parsed[i] != fetched[i] || garbage[i] != fetched[i] {
				t.Errorf("%s %v: the output differs with the index (%d/%d/%d/%d bytes)", c.profile, runs[i],
					len(fetched[i]), len(warm[i]), len(parsed[i]), len(garbage[i]))
			}
		}
		if n := strings.Count(fetched[0], "\n"); c.profile == "big" && n != 2001 {
			t.Errorf("big: %d lines, want a header and 2,000 operations", n)
		}
	}
}
