package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/e2e/harness"

	"tokentui/codegen"
)

// codeProfiles is a profile with an API and saved requests, for `code`.
const codeProfiles = `  - name: api
    token_url: https://idp.example/connect/token
    client_id: my-client
    client_secret: env:MY_API_SECRET
    auth_method: client_secret_post
    scopes: [api.read]
    params: {audience: "https://api.example/"}
    api_base_url: https://api.example/v1/
    headers: {Accept: application/json}
    requests:
      - {name: me, path: /me}
      - {name: add, method: POST, path: /items, body: '{"name":"x"}'}
`

func TestCodeCmdEveryLanguage(t *testing.T) {
	e := newCLIEnv(t, codeProfiles)
	for _, l := range codegen.Languages() {
		code, out, errOut := e.run("", "code", "-p", "api", string(l))
		if code != 0 {
			t.Errorf("code %s: exit %d, stderr %q", l, code, errOut)
			continue
		}
		for _, want := range []string{"my-client", "https://api.example/v1/me", "https://api.example/"} {
			if l == codegen.Shell && want != "https://api.example/v1/me" {
				continue // tokentui token gets the token: no client id or parameters in the script
			}
			if !strings.Contains(out, want) {
				t.Errorf("code %s: no %q in\n%s", l, want, out)
			}
		}
		if l != codegen.Shell && (!strings.Contains(out, "MY_API_SECRET") || !strings.Contains(errOut, "$MY_API_SECRET")) {
			t.Errorf("code %s does not name MY_API_SECRET: stderr %q", l, errOut)
		}
		if !strings.Contains(errOut, l.FileName()) {
			t.Errorf("code %s: stderr %q does not say where to save it", l, errOut)
		}
	}
}

func TestCodeCmdRequestAndLanguage(t *testing.T) {
	e := newCLIEnv(t, codeProfiles)
	code, out, _ := e.run("", "--lang", "pt-BR", "code", "-p", "api", "py", "--request", "add")
	if code != 0 || !strings.Contains(out, `METHOD = "POST"`) || !strings.Contains(out, `https://api.example/v1/items`) ||
		!strings.Contains(out, "A REUTILIZAÇÃO DO TOKEN ACONTECE AQUI") || !strings.Contains(out, "client_secret_post") {
		t.Errorf("code py --request add in Portuguese: exit %d\n%s", code, out)
	}
	code, out, _ = e.run("", "code", "-p", "api", "go", "--request", "https://other.example/x?y=1", "--calls", "7")
	if code != 0 || !strings.Contains(out, `"https://other.example/x?y=1"`) || !strings.Contains(out, "const calls = 7") {
		t.Errorf("code go --request URL --calls 7: exit %d\n%s", code, out)
	}
}

func TestCodeCmdErrors(t *testing.T) {
	e := newCLIEnv(t, codeProfiles)
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"code", "cobol"}, []string{`"cobol" is not a language`, "hint: the languages are: go, python, node, java, csharp, shell, curl"}},
		{[]string{"code"}, []string{"say which language", "hint: the languages are"}},
		{[]string{"--lang", "pt-BR", "code", "x\x1b[31m"}, []string{"não é uma linguagem", "dica: as linguagens são"}},
		// The sandbox profile of newCLIEnv has no api_base_url.
		{[]string{"code", "go"}, []string{`profile "sandbox" has no api_base_url`, "hint: pass --request"}},
		{[]string{"code", "go", "--request", "me"}, []string{`profile "sandbox" has no api_base_url`}},
		{[]string{"code", "go", "java"}, []string{"hint:"}},
	} {
		code, out, errOut := e.run("", tc.args...)
		if code != exitUsage || out != "" {
			t.Errorf("%q: exit %d, stdout %q", tc.args, code, out)
		}
		for _, w := range tc.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%q: stderr %q lacks %q", tc.args, errOut, w)
			}
		}
		if strings.Contains(errOut, "\x1b") {
			t.Errorf("%q: raw escape on stderr", tc.args)
		}
	}
}

// TestCodeShellProgramRunsAgainstSandbox runs the `tokentui token` script
// with the real binary: N calls, one token request, and the next run of
// the script asks for none (the cache is shared by processes).
func TestCodeShellProgramRunsAgainstSandbox(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary: not in -short")
	}
	for _, tool := range []string{"bash", "curl"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("shell: not run: no %s", tool)
		}
	}
	e := newCLIEnv(t, "")
	withAPI := strings.Replace(readFile(t, e.config), "    scopes: [demo.read, demo.write]\n",
		"    scopes: [demo.read, demo.write]\n    api_base_url: "+e.srv.APIURL+"\n", 1)
	if err := os.WriteFile(e.config, []byte(withAPI), 0o600); err != nil {
		t.Fatal(err)
	}
	code, src, errOut := e.run("", "code", "shell", "--request", "me", "--calls", "3")
	if code != 0 {
		t.Fatalf("code shell: exit %d: %s", code, errOut)
	}
	script := filepath.Join(t.TempDir(), "client.sh")
	if err := os.WriteFile(script, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	bin := harness.Binary(t)
	for run := 1; run <= 2; run++ {
		cmd := exec.Command("bash", script)
		cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"))
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			t.Fatalf("run %d: %v\n%s", run, err, out.String())
		}
		if n := strings.Count(out.String(), `"client_id":"demo-client"`); n != 3 {
			t.Errorf("run %d: %d answers from /me, want 3:\n%s", run, n, out.String())
		}
	}
	t.Logf("shell: 6 API calls in 2 runs, %d token request(s)", e.srv.TokenRequests())
	if n := e.srv.TokenRequests(); n != 1 {
		t.Errorf("the shell program made %d token requests for 6 calls in 2 runs, want 1", n)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
