package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/requests"
)

// callEnv is a sandbox, a profiles file pointing at it and temporary
// cache and state directories, all set in the environment.
type callEnv struct {
	srv      *demo.Server
	config   string
	cacheDir string
	history  string
}

// newCallEnv starts a sandbox and writes a profiles file with "sandbox"
// (demo-client), "readonly" (demo-readonly) and "nobase" (no
// api_base_url), plus extra profile YAML.
func newCallEnv(t *testing.T, extra string) *callEnv {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	srv, err := demo.Start(ctx, demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	dir := t.TempDir()
	e := &callEnv{srv: srv, config: filepath.Join(dir, "profiles.yaml"), cacheDir: filepath.Join(dir, "cache"),
		history: filepath.Join(dir, "state", "tokentui", "history.jsonl")}
	yaml := fmt.Sprintf(`default: sandbox
profiles:
  - name: sandbox
    token_url: %[1]s
    client_id: demo-client
    client_secret: env:CALL_TEST_SECRET
    scopes: [demo.read, demo.write]
    api_base_url: %[2]s
    headers: {Accept: application/json}
  - name: readonly
    token_url: %[1]s
    client_id: demo-readonly
    client_secret: env:CALL_TEST_SECRET
    scopes: [demo.read]
    api_base_url: %[2]s
  - name: nobase
    token_url: %[1]s
    client_id: demo-client
    client_secret: env:CALL_TEST_SECRET
%[3]s`, srv.TokenURL, srv.APIURL, extra)
	if err := os.WriteFile(e.config, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CALL_TEST_SECRET", demo.ClientSecret)
	t.Setenv("TOKENTUI_CONFIG", e.config)
	t.Setenv("TOKENTUI_PROFILE", "")
	t.Setenv("TOKENTUI_CACHE_DIR", e.cacheDir)
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	return e
}

// call runs `tokentui call args…` with stdin.
func call(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(append([]string{"call"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestCallMeAndItems(t *testing.T) {
	e := newCallEnv(t, "")
	code, out, errs := call(t, "", "me")
	var me map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &me) != nil || me["client_id"] != demo.ClientID {
		t.Fatalf("call me: %d\n%s\n%s", code, out, errs)
	}

	code, out, errs = call(t, "", "-i", "/items")
	head, body, ok := strings.Cut(out, "\n\n")
	if code != 0 || !ok || !strings.HasPrefix(head, "HTTP/1.1 200 OK\n") || !strings.Contains(head, "\nContent-Type: application/json") || !json.Valid([]byte(body)) {
		t.Fatalf("call -i items: %d\n%s\n%s", code, out, errs)
	}

	// -d makes it a POST; a JSON body gets its Content-Type.
	code, out, errs = call(t, "", "-d", `{"name":"from -d"}`, "items")
	if code != 0 || !strings.Contains(out, `"from -d"`) {
		t.Fatalf("call -d: %d\n%s\n%s", code, out, errs)
	}
	file := filepath.Join(t.TempDir(), "item.json")
	os.WriteFile(file, []byte(`{"name":"from a file"}`), 0o600)
	if code, out, errs = call(t, "", "-X", "POST", "-H", "Content-Type: application/json", "-d", "@"+file, "items"); code != 0 || !strings.Contains(out, "from a file") {
		t.Fatalf("call -d @file: %d\n%s\n%s", code, out, errs)
	}
	if code, out, errs = call(t, `{"name":"from stdin"}`, "-d", "@-", "items"); code != 0 || !strings.Contains(out, "from stdin") {
		t.Fatalf("call -d @-: %d\n%s\n%s", code, out, errs)
	}
	// A full URL works too, and the token was asked for once in all.
	if code, _, errs = call(t, "", e.srv.APIURL+"items/1"); code != 0 {
		t.Fatalf("call URL: %d %s", code, errs)
	}
	if n := e.srv.TokenRequests(); n != 1 {
		t.Errorf("%d token requests for six calls, want 1", n)
	}

	entries, err := requests.LoadHistory(e.history, 0)
	if err != nil || len(entries) != 6 || entries[5].Path != "me" || entries[0].Status != 200 || entries[1].Method != "POST" {
		t.Fatalf("history: %v %+v", err, entries)
	}
	if st, err := os.Stat(e.history); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("history file: %v %v", st, err)
	}
	// The history never holds the token.
	c, _ := auth.New(auth.Options{TokenURL: e.srv.TokenURL, ClientID: demo.ClientID,
		Scopes: []string{demo.ScopeRead, demo.ScopeWrite}, CacheDir: e.cacheDir, Profile: "sandbox",
		Secret: func(context.Context) (string, error) { return demo.ClientSecret, nil }})
	tok, ok := c.Cached()
	if !ok || tok.Raw == "" {
		t.Fatal("no cached token to look for")
	}
	if data, _ := os.ReadFile(e.history); bytes.Contains(data, []byte(tok.Raw)) || bytes.Contains(data, []byte(tok.Raw[len(tok.Raw)-20:])) {
		t.Error("the history file holds the token")
	}
}

func TestCallExplainsForbiddenAndFail(t *testing.T) {
	newCallEnv(t, "")
	code, out, errs := call(t, "", "-p", "readonly", "-d", `{"name":"x"}`, "items")
	if code != 0 || !strings.Contains(out, "insufficient_scope") {
		t.Errorf("403 without --fail: exit %d, stdout %q", code, out)
	}
	if !strings.Contains(errs, "403 Forbidden") || !strings.Contains(errs, demo.ScopeWrite) || !strings.Contains(errs, "hint:") {
		t.Errorf("403 not explained on stderr:\n%s", errs)
	}
	code, _, errs = call(t, "", "-p", "readonly", "--fail", "-d", `{"name":"x"}`, "items")
	if code != 1 || !strings.Contains(errs, "403 Forbidden") {
		t.Errorf("403 with --fail: exit %d\n%s", code, errs)
	}
	if code, _, _ = call(t, "", "items/99999"); code != 0 {
		t.Errorf("404 without --fail: exit %d, want 0", code)
	}
	if code, _, errs = call(t, "", "--fail", "items/99999"); code != 1 || !strings.Contains(errs, "404") {
		t.Errorf("404 with --fail: exit %d\n%s", code, errs)
	}
}

func TestCallUsageErrors(t *testing.T) {
	newCallEnv(t, "")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"header without colon", []string{"-H", "nocolon", "me"}, "Name: value"},
		{"header with a bad name", []string{"-H", "Bad Name: x", "me"}, "Name: value"},
		{"own Authorization", []string{"-H", "Authorization: Bearer mine", "me"}, "token"},
		{"unreadable @FILE", []string{"-d", "@/no/such/file", "items"}, "@FILE"},
		{"relative path, no api_base_url", []string{"-p", "nobase", "me"}, "api_base_url"},
		{"not http", []string{"ftp://example/x"}, "http"},
		{"no URL", []string{}, "URL or PATH"},
		{"two URLs", []string{"a", "b"}, "URL or PATH"},
		{"unknown profile", []string{"-p", "nosuch", "me"}, "hint:"},
		{"bad method", []string{"-X", "GE T", "me"}, "hint:"},
	}
	for _, tc := range tests {
		code, out, errs := call(t, "", tc.args...)
		if code != 2 || out != "" || !strings.Contains(errs, "tokentui: ") || !strings.Contains(errs, "hint:") || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: exit %d (want 2)\nstdout %q\nstderr %s", tc.name, code, out, errs)
		}
	}
}

func TestCallNetworkFailure(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	newCallEnv(t, "")
	code, out, errs := call(t, "", closed.URL+"/x")
	if code != 1 || out != "" || !strings.Contains(errs, "tokentui: ") {
		t.Errorf("exit %d (want 1)\n%s\n%s", code, out, errs)
	}
}

// hostileBody is what a hostile API might send: every kind of terminal
// sequence, with readable text between them.
const hostileBody = "start\x1b]0;pwned title\x07" + // OSC title
	"\x1b]52;c;ZWNobyBvd25lZA==\x1b\\" + // OSC 52 clipboard write
	"\x1b[2J\x1b[H\x1b[31mred\x1b[0m" + // CSI clear, home, colours
	"\x9b6n\u009b6n" + // 8-bit CSI, raw and as a rune
	"\x9d0;t\x07\u009d0;t\u009c" + // 8-bit OSC
	"\x1bP+q544e\x1b\\" + // DCS (XTGETTCAP)
	"\u202eevil\u202c\r\n" + // bidi override, CR
	"bell\a back\bspace end\n"

func TestCallBodyByteForByteWhenPiped(t *testing.T) {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, hostileBody)
	}))
	defer api.Close()
	newCallEnv(t, "")
	code, out, errs := call(t, "", "-i", api.URL+"/hostile")
	_, body, _ := strings.Cut(out, "\n\n")
	if code != 0 || body != hostileBody {
		t.Errorf("piped body changed: exit %d\n%q\nwant %q\n%s", code, body, hostileBody, errs)
	}
}

func TestCallBodyInertOnATerminal(t *testing.T) {
	resp := &requests.Response{Status: "200 OK", StatusCode: 200, Body: []byte(hostileBody), BodySize: int64(len(hostileBody))}
	var out bytes.Buffer
	if err := writeBody(&out, resp, true); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if want := "startredevil\nbell backspace end\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	assertInert(t, got)
}

func TestCallHeadersInert(t *testing.T) {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Go's client refuses C0 controls in headers; C1, raw 8-bit bytes and bidi pass.
		w.Header().Set("X-Evil", "a\u009b1mb\x9d0;t\u009c\u202ec")
		w.WriteHeader(200)
	}))
	defer api.Close()
	newCallEnv(t, "")
	code, out, _ := call(t, "", "-i", api.URL)
	if code != 0 || !strings.Contains(out, "X-Evil: abc\n") {
		t.Errorf("exit %d: %q", code, out)
	}
	assertInert(t, out)
}

func assertInert(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("not valid UTF-8: %q", s)
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) {
			t.Fatalf("%U left in %q", r, s)
		}
	}
}

func TestCallRetryInvalidToken(t *testing.T) {
	// An API that refuses the first request with invalid_token.
	var hits atomic.Int32
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token", error_description="revoked"`)
			w.WriteHeader(401)
			return
		}
		io.WriteString(w, "ok\n")
	}))
	defer api.Close()
	e := newCallEnv(t, "")

	// The API is not the profile's: --token-to-any-host sends the token there.
	code, out, errs := call(t, "", "--token-to-any-host", api.URL+"/x")
	if code != 0 || hits.Load() != 1 || e.srv.TokenRequests() != 1 || !strings.Contains(errs, "revoked") {
		t.Fatalf("without the flag: exit %d, %d API requests, %d token requests\n%s%s", code, hits.Load(), e.srv.TokenRequests(), out, errs)
	}
	hits.Store(0)
	code, out, errs = call(t, "", "--token-to-any-host", "--retry-invalid-token", "--fail", api.URL+"/x")
	if code != 0 || out != "ok\n" || hits.Load() != 2 || e.srv.TokenRequests() != 2 || !strings.Contains(errs, "renewed once") {
		t.Fatalf("with the flag: exit %d, %d API requests (want 2), %d token requests (want 2)\n%s%s", code, hits.Load(), e.srv.TokenRequests(), out, errs)
	}
}
