package codegen

// The generated programs, run for real against the embedded sandbox: N
// API calls must cost exactly one token request. Go always runs; Python,
// Node and the shell programs run when their runtime and libraries are on
// the machine (.ci/run installs them) and are skipped, saying why, when
// not.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"tokentui/demo"
)

// sandbox is the embedded provider and API, counting API requests.
type sandbox struct {
	srv        *demo.Server
	api        atomic.Int32
	wantTokens int // token requests the programs must make: 1, or one per call when tokens are short-lived
}

// startSandbox starts the sandbox; a ttl shorter than the programs'
// renewal margins (10 s for x/oauth2, 60 s for the others) makes every
// call renew the token, which shows that the programs watch the expiry.
func startSandbox(t *testing.T, ttl time.Duration) *sandbox {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	sb := &sandbox{}
	sb.wantTokens = 1
	if ttl > 0 {
		sb.wantTokens = runCalls
	}
	srv, err := demo.Start(ctx, demo.Options{TokenTTL: ttl, Logf: func(format string, args ...any) {
		if strings.Contains(fmt.Sprintf(format, args...), demo.APIPath) {
			sb.api.Add(1)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	sb.srv = srv
	return sb
}

// runCalls is how many API calls each program makes in these tests.
const runCalls = 4

// inputFor is the sandbox profile as the programs see it: discovery from
// the issuer (or the token URL), basic or post, an extra parameter the
// sandbox ignores, and the API's /me.
func (sb *sandbox) inputFor(viaTokenURL bool, method string) Input {
	in := Input{
		Profile: "sandbox", ClientID: demo.ClientID, Scopes: []string{demo.ScopeRead, demo.ScopeWrite},
		AuthMethod: method, SecretEnv: "SANDBOX_CLIENT_SECRET", Calls: runCalls,
		Params:  map[string]string{"resource": "urn:tokentui:sandbox"},
		Request: Request{Method: "GET", URL: sb.srv.APIURL + "me", Headers: []Header{{"Accept", "application/json"}}},
	}
	if viaTokenURL {
		in.TokenURL = sb.srv.TokenURL
	} else {
		in.Issuer = sb.srv.IssuerURL
	}
	return in
}

// check runs cmd and asserts runCalls answers and one token request.
func (sb *sandbox) check(t *testing.T, lang Language, cmd *exec.Cmd) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = append(cmd.Environ(), "SANDBOX_CLIENT_SECRET="+demo.ClientSecret)
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s program failed: %v\nstdout:\n%s\nstderr:\n%s", lang, err, out.String(), errb.String())
	}
	tokens, api := sb.srv.TokenRequests(), int(sb.api.Load())
	t.Logf("%s (%s): %d API calls, %d token request(s)", lang, path.Base(t.Name()), api, tokens)
	if tokens != sb.wantTokens {
		t.Errorf("%s program made %d token requests for %d calls, want %d\n%s", lang, tokens, api, sb.wantTokens, out.String())
	}
	if api != runCalls {
		t.Errorf("%s program made %d API calls, want %d\n%s", lang, api, runCalls, out.String())
	}
	if !strings.Contains(out.String(), demo.ClientID) {
		t.Errorf("%s program's output does not show the API's answer:\n%s", lang, out.String())
	}
}

// write puts src in a new folder as name and returns the folder.
func write(t *testing.T, name, src string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

func generate(t *testing.T, lang Language, in Input) string {
	t.Helper()
	src, err := Generate(lang, in)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestGoProgramRunsAgainstSandbox builds the Go program with the x/oauth2
// of this module's go.sum (from the module cache, else the proxy) and runs
// runCases are the runs every generated program makes against the
// sandbox: discovery with Basic, a token URL with the secret in the form,
// and 1-second tokens that must be renewed between calls.
var runCases = []struct {
	name       string
	viaToken   bool
	authMethod string
	ttl        time.Duration
}{
	{"discovery+basic", false, AuthBasic, 0},
	{"token_url+post", true, AuthPost, 0},
	{"1s-tokens-renewed", true, AuthBasic, time.Second},
}

// it: every auth method and both ways to the token endpoint.
func TestGoProgramRunsAgainstSandbox(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program: not in -short")
	}
	// go test puts its own toolchain's bin first on the PATH.
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	oauth2Version := moduleVersion(t, "golang.org/x/oauth2")
	for _, tc := range runCases {
		t.Run(tc.name, func(t *testing.T) {
			sb := startSandbox(t, tc.ttl)
			dir := write(t, "main.go", generate(t, Go, sb.inputFor(tc.viaToken, tc.authMethod)))
			gomod := "module client\n\ngo 1.24\n\nrequire golang.org/x/oauth2 " + oauth2Version + "\n"
			if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o600); err != nil {
				t.Fatal(err)
			}
			build := exec.Command(goBin, "build", "-o", "client", ".")
			build.Dir = dir
			build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "CGO_ENABLED=0")
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("go build: %v\n%s", err, out)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, filepath.Join(dir, "client"))
			sb.check(t, Go, cmd)
		})
	}
}

// moduleVersion is the version of a module this module requires.
func moduleVersion(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == path {
			return f[1]
		}
		if len(f) >= 3 && f[0] == "require" && f[1] == path {
			return f[2]
		}
	}
	t.Fatalf("go.mod does not require %s", path)
	return ""
}

// python is a Python 3 with Authlib and requests: $TOKENTUI_TEST_PYTHON,
// else python3 on PATH, else Debian's /usr/bin/python3 (where apt puts
// python3-authlib); "" and why when there is none.
func python(t *testing.T) (string, string) {
	t.Helper()
	var cands []string
	if p := os.Getenv("TOKENTUI_TEST_PYTHON"); p != "" {
		cands = append(cands, p)
	}
	if p, err := exec.LookPath("python3"); err == nil {
		cands = append(cands, p)
	}
	cands = append(cands, "/usr/bin/python3")
	for _, p := range cands {
		if exec.Command(p, "-c", "import authlib, requests").Run() == nil {
			return p, ""
		}
	}
	return "", "no python3 with Authlib and requests (apt-get install python3-authlib python3-requests)"
}

// TestPythonProgramRunsAgainstSandbox runs the Python program with Authlib.
func TestPythonProgramRunsAgainstSandbox(t *testing.T) {
	py, why := python(t)
	if py == "" {
		t.Skip("python: not run: " + why)
	}
	for _, tc := range runCases {
		t.Run(tc.name, func(t *testing.T) {
			sb := startSandbox(t, tc.ttl)
			dir := write(t, "client.py", generate(t, Python, sb.inputFor(tc.viaToken, tc.authMethod)))
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			sb.check(t, Python, exec.CommandContext(ctx, py, filepath.Join(dir, "client.py")))
		})
	}
}

// nodeModules is a node_modules folder with openid-client:
// $TOKENTUI_TEST_NODE_MODULES, else testdata/node/node_modules, which
// .ci/run fills with `npm ci --prefix codegen/testdata/node`.
func nodeModules(t *testing.T) (node, modules, why string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		return "", "", "no node on PATH (apt-get install nodejs)"
	}
	modules = os.Getenv("TOKENTUI_TEST_NODE_MODULES")
	if modules == "" {
		modules, _ = filepath.Abs(filepath.Join("testdata", "node", "node_modules"))
	}
	if _, err := os.Stat(filepath.Join(modules, "openid-client", "package.json")); err != nil {
		return "", "", "openid-client is not installed in " + modules + " (npm ci --prefix codegen/testdata/node)"
	}
	return node, modules, ""
}

// TestNodeProgramRunsAgainstSandbox runs the Node program with openid-client.
func TestNodeProgramRunsAgainstSandbox(t *testing.T) {
	node, modules, why := nodeModules(t)
	if node == "" {
		t.Skip("node: not run: " + why)
	}
	for _, tc := range runCases {
		t.Run(tc.name, func(t *testing.T) {
			sb := startSandbox(t, tc.ttl)
			dir := write(t, "client.mjs", generate(t, Node, sb.inputFor(tc.viaToken, tc.authMethod)))
			// ES modules find packages in node_modules beside them, not on NODE_PATH.
			if err := os.Symlink(modules, filepath.Join(dir, "node_modules")); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			sb.check(t, Node, exec.CommandContext(ctx, node, filepath.Join(dir, "client.mjs")))
		})
	}
}

// TestCurlProgramRunsAgainstSandbox runs the curl + jq script twice: the
// second run reuses the token its first run left in the token file.
func TestCurlProgramRunsAgainstSandbox(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("curl: not run: no bash")
	}
	for _, tool := range []string{"curl", "jq", "base64"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("curl: not run: no %s on PATH (apt-get install %s)", tool, tool)
		}
	}
	for _, tc := range runCases {
		t.Run(tc.name, func(t *testing.T) {
			sb := startSandbox(t, tc.ttl)
			in := sb.inputFor(tc.viaToken, tc.authMethod)
			in.Calls = runCalls / 2
			dir := write(t, "client-curl.sh", generate(t, Curl, in))
			cache := t.TempDir()
			for run := 0; run < 2; run++ {
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				cmd := exec.CommandContext(ctx, bash, filepath.Join(dir, "client-curl.sh"))
				cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+cache)
				if run == 0 {
					var out bytes.Buffer
					cmd.Stdout, cmd.Stderr = &out, &out
					cmd.Env = append(cmd.Env, "SANDBOX_CLIENT_SECRET="+demo.ClientSecret)
					if err := cmd.Run(); err != nil {
						t.Fatalf("first run: %v\n%s", err, out.String())
					}
				} else {
					sb.check(t, Curl, cmd)
				}
				cancel()
			}
			st, err := os.Stat(filepath.Join(cache, "tokentui-code", "sandbox-token.json"))
			if err != nil {
				t.Fatal(err)
			}
			if st.Mode().Perm() != 0o600 {
				t.Errorf("token file mode %v, want 0600", st.Mode().Perm())
			}
		})
	}
}
