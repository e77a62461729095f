package e2e

// Issue 8, part 4: secrets end to end. Every command and the TUI run with a
// client secret kept behind a reference (file: and env:) and the token they
// obtain; then stdout, stderr, every file under the config, cache and state
// directories, the TUI's debug log, what the TUI copied (tmux buffers) and
// curl exports are scanned. The secret must appear nowhere; the token only
// in the cache directory and on the stdout of `tokentui token`.

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"

	"tokentui/demo"
	"tokentui/requests"
)

// output is what one command printed.
type output struct {
	args           []string
	code           int
	stdout, stderr string
}

func TestSecretsEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t) // before newXDGHome: go build must not use its cache directory
	h := newXDGHome(t)
	sb := startSandbox(t, demo.Options{})
	// The sandbox knows one secret, demo-secret: it plays the user's secret
	// here, kept in a file outside the tokentui directories and in a
	// variable, never in the profiles file.
	secret := demo.ClientSecret
	secretFile := filepath.Join(t.TempDir(), "client-secret")
	if err := os.WriteFile(secretFile, []byte(secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	const secretEnv = "TOKENTUI_E2E_SECRET"
	t.Setenv(secretEnv, secret)
	h.writeProfiles(t, sprintf(`default: sb
profiles:
  - name: sb
    issuer: %[1]s
    client_id: demo-client
    client_secret: file:%[2]s
    scopes: [demo.read, demo.write]
    api_base_url: %[1]s/api/v1/
    headers: {Accept: application/json}
    requests:
      - {name: me, method: GET, path: me}
  - name: sb-post
    issuer: %[1]s
    client_id: demo-readonly
    client_secret: env:%[3]s
    auth_method: client_secret_post
    scopes: [demo.read]
    api_base_url: %[1]s/api/v1/
`, sb.IssuerURL, secretFile, secretEnv))

	var outs []output
	cli := func(args ...string) output {
		code, stdout, stderr := runCLI(args...)
		o := output{args, code, stdout, stderr}
		outs = append(outs, o)
		if code != 0 {
			t.Errorf("%v: exit %d\n%s", args, code, stderr)
		}
		return o
	}
	tok := strings.TrimSpace(cli("token").stdout)
	if strings.Count(tok, ".") != 2 {
		t.Fatalf("no JWT from token: %q", tok)
	}
	cli("token", "--json")
	postTok := strings.TrimSpace(cli("token", "-p", "sb-post").stdout)
	cli("decode", tok)
	cli("decode", "--verify", tok)
	cli("call", "me")
	cli("call", "-i", "me")
	cli("call", "-i", "-p", "sb-post", "items")
	cli("call", "-d", `{"name":"from the secrets test"}`, "items")
	cli("diagnose")
	cli("diagnose", "--json")
	cli("diagnose", "-p", "sb-post", "--json")
	cli("profiles", "list")
	cli("profiles", "show", "sb")
	cli("profiles", "show", "sb-post")
	cli("profiles", "add", "added", "--issuer", sb.IssuerURL, "--client-id", "demo-client", "--secret-ref", "env:"+secretEnv)

	// The TUI, the real binary, over the same files, with a debug log.
	debugLog := filepath.Join(h.root, "debug.log")
	s := startTerm(t, 100, 32)
	s.run(append(h.env(), "TERM=xterm-256color", "LANG=C.UTF-8", secretEnv+"="+secret),
		bin, "--debug", debugLog)
	screens := []string{s.waitFor(15*time.Second, "tokentui", "Profiles", "sb")}
	s.slowKeys("g")
	screens = append(screens, s.waitFor(10*time.Second, "VALID"))
	s.slowKeys("3")
	screens = append(screens, s.waitFor(10*time.Second, "Step 1 of 6"))
	for i := 2; i <= 6; i++ {
		s.slowKeys("n")
		screens = append(screens, s.waitFor(10*time.Second, "Step "+itoa(i)+" of 6"))
	}
	screens = append(screens, s.waitFor(10*time.Second, "200 OK"))
	s.slowKeys("d")
	screens = append(screens, s.waitFor(15*time.Second, "Diagnose", "Credentials"))
	s.slowKeys("c")                                                                      // copy the redacted report: an OSC 52 that tmux keeps as a buffer
	screens = append(screens, s.waitFor(5*time.Second, "sent to the terminal (OSC 52)")) // tmux: sent, not confirmed
	s.slowKeys("Escape")
	s.slowKeys("4")
	screens = append(screens, s.capture())
	s.slowKeys("q")
	s.waitExit(5 * time.Second)
	copied := s.buffers()
	if !strings.Contains(copied, "Credentials") {
		t.Errorf("the copied report did not reach tmux: %q", copied)
	}

	// Curl exports of everything sent, as the Request tab and History offer
	// them (the token fetched by $(tokentui token), not inlined).
	var curls []string
	hist, err := requests.LoadHistory(requests.DefaultHistoryPath(), 0)
	if err != nil || len(hist) < 4 {
		t.Errorf("history: %d entries, %v", len(hist), err)
	}
	for _, e := range hist {
		curls = append(curls, requests.Curl(e.Spec(), e.Profile, requests.CurlOptions{BaseURL: sb.APIURL}))
	}

	secrets := []string{secret, b64(secret), b64("demo-client:" + secret), b64("demo-readonly:" + secret), url.QueryEscape(secret)}
	tokens := []string{tok, postTok, sig(tok), sig(postTok)}

	// Outputs: the secret nowhere; the token only on token's stdout.
	for _, o := range outs {
		for _, stream := range []struct{ name, text string }{{"stdout", o.stdout}, {"stderr", o.stderr}} {
			if found := containsAny([]byte(stream.text), secrets...); len(found) > 0 {
				t.Errorf("%v %s holds the client secret (%q)", o.args, stream.name, found)
			}
			if stream.name == "stdout" && o.args[0] == "token" {
				continue
			}
			if found := containsAny([]byte(stream.text), tokens...); len(found) > 0 {
				t.Errorf("%v %s holds an access token", o.args, stream.name)
			}
		}
	}
	// Redacted reports are valid JSON and hold neither.
	for _, o := range outs {
		if o.args[0] == "diagnose" && len(o.args) > 1 {
			var r map[string]any
			if err := json.Unmarshal([]byte(o.stdout), &r); err != nil {
				t.Errorf("%v is not JSON: %v", o.args, err)
			}
		}
	}
	// Files: the secret in none; the token only in the cache directory.
	files := append(listFiles(h.config), listFiles(h.cache)...)
	files = append(files, listFiles(h.state)...)
	files = append(files, debugLog)
	if len(listFiles(h.state)) == 0 {
		t.Errorf("no history was written under %s", h.state)
	}
	tokenFiles := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if found := containsAny(data, secrets...); len(found) > 0 {
			t.Errorf("%s holds the client secret (%q)", f, found)
		}
		if found := containsAny(data, tokens...); len(found) > 0 {
			if !strings.HasPrefix(f, h.tokens+string(filepath.Separator)) {
				t.Errorf("%s holds an access token, outside the cache directory", f)
			} else {
				tokenFiles++
				if info, _ := os.Stat(f); info.Mode().Perm() != 0o600 {
					t.Errorf("%s holds a token with mode %v", f, info.Mode().Perm())
				}
			}
		}
	}
	if tokenFiles == 0 {
		t.Errorf("no token in the cache directory %s: was the cache used?", h.tokens)
	}
	// What the TUI showed and copied, and the curl exports.
	for i, text := range append(append(screens, copied), curls...) {
		if found := containsAny([]byte(text), secrets...); len(found) > 0 {
			t.Errorf("screen/copy/curl %d holds the client secret (%q):\n%s", i, found, text)
		}
	}
	for i, text := range append([]string{copied}, curls...) {
		if found := containsAny([]byte(text), tokens...); len(found) > 0 {
			t.Errorf("copied report or curl export %d holds an access token:\n%s", i, text)
		}
	}
	t.Logf("scanned %d command outputs, %d files, %d screens, %d copied bytes, %d curl exports",
		len(outs), len(files), len(screens), len(copied), len(curls))
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// sig is the signature part of a JWT: a piece of it leaking is a leak.
func sig(jwt string) string {
	parts := strings.Split(jwt, ".")
	if len(parts) != 3 || len(parts[2]) < 16 {
		return jwt
	}
	return parts[2]
}

// term is a tmux server of its own (socket under t.TempDir, no user
// config) whose options make every terminal side effect observable: OSC 52
// becomes a paste buffer, a bell sets a flag, OSC 0/2 sets the pane title.
type term struct {
	*tmuxSession
}

func startTerm(t *testing.T, w, h int) *term {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	s := &tmuxSession{t: t, name: "hard", sock: filepath.Join(t.TempDir(), "hard.sock")}
	tm := &term{s}
	tm.tmux("-f", "/dev/null", "new-session", "-d", "-s", s.name, "-x", itoa(w), "-y", itoa(h), "sleep 600")
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", s.sock, "kill-server").Run() })
	for _, opt := range [][]string{
		{"set", "-g", "set-clipboard", "on"},
		{"set", "-g", "bell-action", "any"},
		{"set", "-g", "monitor-bell", "on"},
		{"set", "-g", "allow-rename", "on"},
		{"set", "-g", "remain-on-exit", "on"},
		{"set-hook", "-g", "alert-bell", "set -g @rang yes"},
	} {
		tm.tmux(opt...)
	}
	return tm
}

func (s *term) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", s.sock}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// run replaces the pane's command: env -u TMUX (so OSC 52 is not wrapped
// for passthrough) with env, then args.
func (s *term) run(env []string, args ...string) {
	s.t.Helper()
	cmd := []string{"respawn-pane", "-k", "-t", s.name, "env", "-u", "TMUX"}
	cmd = append(cmd, env...)
	s.tmux(append(cmd, args...)...)
}

// slowKeys sends each key on its own, with a pause, so that Escape is not
// read as Alt plus the next key.
func (s *term) slowKeys(keys ...string) {
	for _, k := range keys {
		s.keys(k)
		time.Sleep(250 * time.Millisecond)
	}
}

func (s *term) display(format string) string {
	return strings.TrimSpace(s.tmux("display", "-p", "-t", s.name, format))
}

// buffers is the content of every paste buffer (what OSC 52 copied).
func (s *term) buffers() string {
	names := strings.Fields(s.tmux("list-buffers", "-F", "#{buffer_name}"))
	var b strings.Builder
	for _, n := range names {
		b.WriteString(s.tmux("show-buffer", "-b", n))
	}
	return b.String()
}

// rang reports whether a bell reached tmux.
func (s *term) rang() bool {
	out, _ := exec.Command("tmux", "-S", s.sock, "show", "-gv", "@rang").CombinedOutput()
	return strings.TrimSpace(string(out)) == "yes" || s.display("#{window_bell_flag}") == "1"
}

// waitExit waits for the pane's command to end.
func (s *term) waitExit(timeout time.Duration) {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if s.display("#{pane_dead}") == "1" {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.t.Errorf("the program did not exit within %s; screen:\n%s", timeout, s.capture())
}
