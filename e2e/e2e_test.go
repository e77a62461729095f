package e2e

// End-to-end: the real binary, in tmux, driven with send-keys and read with
// capture-pane, the way a person would use it.

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"

	"tokentui/demo"
	"tokentui/profiles"
)

// tmuxSession is one detached tmux session running a command.
type tmuxSession struct {
	t    *testing.T
	name string
	sock string
}

func startTmux(t *testing.T, w, h int, env []string, args ...string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	s := &tmuxSession{t: t, name: "tt" + strings.ReplaceAll(t.Name(), "/", "_"), sock: filepath.Join(t.TempDir(), "tmux.sock")}
	cmd := append([]string{"-S", s.sock, "new-session", "-d", "-s", s.name, "-x", itoa(w), "-y", itoa(h)}, "env")
	cmd = append(cmd, env...)
	cmd = append(cmd, args...)
	if out, err := exec.Command("tmux", cmd...).CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", s.sock, "kill-server").Run() })
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

func (s *tmuxSession) capture() string {
	out, err := exec.Command("tmux", "-S", s.sock, "capture-pane", "-p", "-t", s.name).CombinedOutput()
	if err != nil {
		return ""
	}
	return string(out)
}

func (s *tmuxSession) keys(keys ...string) {
	args := append([]string{"-S", s.sock, "send-keys", "-t", s.name}, keys...)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		s.t.Fatalf("tmux send-keys %v: %v\n%s", keys, err, out)
	}
}

func (s *tmuxSession) resize(w, h int) {
	if out, err := exec.Command("tmux", "-S", s.sock, "resize-window", "-t", s.name, "-x", itoa(w), "-y", itoa(h)).CombinedOutput(); err != nil {
		s.t.Fatalf("tmux resize-window: %v\n%s", err, out)
	}
}

// waitFor polls the screen until it contains every want, or fails.
func (s *tmuxSession) waitFor(timeout time.Duration, want ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	var screen string
	for time.Now().Before(deadline) {
		screen = s.capture()
		ok := true
		for _, w := range want {
			if !strings.Contains(screen, w) {
				ok = false
				break
			}
		}
		if ok {
			return screen
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.t.Fatalf("screen never showed %q within %s; last screen:\n%s", want, timeout, screen)
	return ""
}

// escape presses Escape and waits until the screen (digits aside: the
// countdown ticks) has changed, so that the next key is not read with it
// as alt+key — Escape and a key that reach the program together read that
// way. Every Escape of these tests closes or leaves something.
func (s *tmuxSession) escape() {
	s.t.Helper()
	before := maskDigits(s.capture())
	s.keys("Escape")
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if maskDigits(s.capture()) != before {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("Escape changed nothing on the screen:\n%s", s.capture())
}

// waitGone waits until text has left the screen. Keys sent one after the
// other can reach the program together, and printable ones then read as
// one key ("n?"): wait for the first to act before sending the next.
func (s *tmuxSession) waitGone(timeout time.Duration, text string) {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if !strings.Contains(s.capture(), text) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("%q still on the screen after %s:\n%s", text, timeout, s.capture())
}

// maskDigits replaces every digit with #.
func maskDigits(screen string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '#'
		}
		return r
	}, screen)
}

// quit presses q and fails unless the app exits within 5 s.
func (s *tmuxSession) quit() {
	s.t.Helper()
	s.keys("q")
	deadline := time.Now().Add(5 * time.Second)
	for s.alive() && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if s.alive() {
		s.t.Fatalf("q did not quit; screen:\n%s", s.capture())
	}
}

// alive reports whether the session's command still runs.
func (s *tmuxSession) alive() bool {
	return exec.Command("tmux", "-S", s.sock, "has-session", "-t", s.name).Run() == nil
}

func e2eEnv(t *testing.T) []string {
	dir := t.TempDir()
	return []string{
		"TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=",
		"HOME=" + dir, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_CACHE_HOME=" + filepath.Join(dir, "cache"), "XDG_STATE_HOME=" + filepath.Join(dir, "state"),
	}
}

func TestE2EDemoCountdown(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	s := startTmux(t, 80, 24, e2eEnv(t), bin, "demo")
	first := s.waitFor(15*time.Second, "VALID", "✓ verified")
	countdown := func(screen string) string {
		for _, line := range strings.Split(screen, "\n") {
			if i := strings.Index(line, "VALID"); i >= 0 {
				return strings.Fields(line[i:])[1]
			}
		}
		return ""
	}
	c1 := countdown(first)
	time.Sleep(2200 * time.Millisecond)
	c2 := countdown(s.capture())
	if c1 == "" || c1 == c2 {
		t.Fatalf("countdown did not move: %q then %q\n%s", c1, c2, first)
	}
	// At 80×24 the claims follow the signature, scopes and header: a page down.
	s.keys("NPage")
	s.waitFor(5*time.Second, "client_id", "demo-client")
	s.keys("PPage") // back to the top, where the claims' meanings start

	s.keys("?")
	s.waitFor(5*time.Second, "Keys", "quit")
	s.escape()
	s.resize(160, 48)
	s.waitFor(5*time.Second, "issuer: who made and signed the token")
	s.resize(80, 24)
	s.quit()
}

// TestE2EFlowSteps: 3 opens the Flow, n steps through to the API call and
// its answer; --present fills the screen with one step at a time.
func TestE2EFlowSteps(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	s := startTmux(t, 80, 24, e2eEnv(t), bin, "demo")
	s.waitFor(15*time.Second, "VALID")
	s.keys("3")
	s.waitFor(10*time.Second, "Step 1 of 6", "GET /.well-known/openid-configuration", "token_endpoint")
	for i := 2; i <= 6; i++ {
		s.keys("n")
		s.waitFor(10*time.Second, "Step "+itoa(i)+" of 6")
	}
	s.waitFor(10*time.Second, "GET /api/v1/me", "Authorization: Bearer eyJ", "HTTP/1.1 200 OK")
	s.keys("d")
	s.waitFor(15*time.Second, "Diagnose", "✓ Discovery")
	s.keys("NPage") // at 80×24 the checks continue below ("more ↓")
	s.waitFor(15*time.Second, "✓ Credentials")
	s.escape() // alone: ESC and a key sent together read as alt+key
	s.waitFor(5*time.Second, "Step 6 of 6")
	s.keys("P")
	s.waitFor(5*time.Second, "STEP 6 OF 6", "CALLING THE API")
	if screen := s.capture(); strings.Contains(screen, "Profiles") {
		t.Fatalf("presentation mode still shows the profiles pane:\n%s", screen)
	}
	s.keys("q")
}

func TestE2EPresentFlag(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	s := startTmux(t, 80, 24, e2eEnv(t), bin, "demo", "--present")
	s.waitFor(15*time.Second, "STEP 1 OF 6", "DISCOVERY", "token_endpoint")
	s.keys("n") // one at a time: keys sent together arrive as one
	s.waitFor(10*time.Second, "STEP 2 OF 6")
	s.keys("n")
	s.waitFor(10*time.Second, "STEP 3 OF 6", "\"access_token\": \"eyJ")
	s.keys("q")
}

// TestE2EAddProfileOnFirstRun: no profiles file; in the list, a opens the
// form; the user types the profile (secret in an env var), fetches the
// issuer's metadata, tests the credentials and saves; the new profile is in
// the list with a token and in the file, which is 0600 and without the secret.
func TestE2EAddProfileOnFirstRun(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	sb, err := demo.Start(t.Context(), demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close()
	bin := harness.Binary(t)
	env := e2eEnv(t)
	var config string
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "XDG_CONFIG_HOME="); ok {
			config = filepath.Join(v, "tokentui", "profiles.yaml")
		}
	}
	s := startTmux(t, 80, 24, append(env, "E2E_AC_SECRET="+demo.ClientSecret), bin)
	s.waitFor(10*time.Second, "first run", "acesso-cidadao", "set up first")
	// one key at a time: Bubble Tea reads keys typed together as one text
	press := func(keys ...string) {
		for _, k := range keys {
			s.keys(k)
			time.Sleep(150 * time.Millisecond)
		}
	}
	typeText := func(text string) {
		s.keys("-l", text)
		time.Sleep(150 * time.Millisecond)
	}
	press("Tab", "a")
	s.waitFor(5*time.Second, "Add a profile", "Secret from")
	typeText("ac-e2e")
	press("Tab")
	typeText(sb.IssuerURL)
	press("Tab", "Tab")
	typeText(demo.ClientID)
	press("Tab", "Tab")
	typeText("E2E_AC_SECRET")
	press("C-f")
	s.waitFor(10*time.Second, "✓ Metadata read", sb.TokenURL, "[ ] demo.read")
	press("Tab", "Tab", "Space")
	s.waitFor(5*time.Second, "[x] demo.read")
	press("C-t")
	s.waitFor(15*time.Second, "✓ Credentials", "checks passed")
	press("C-s")
	screen := s.waitFor(10*time.Second, "profile ac-e2e", "ac-e2e", "VALID")
	if strings.Contains(screen, "first run") {
		t.Errorf("the banner still says first run after saving:\n%s", screen)
	}
	st, err := os.Stat(config)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("profiles file %s: %v %v, want mode 0600", config, err, st)
	}
	f, err := profiles.Load(config)
	if err != nil {
		t.Fatal(err)
	}
	if p, err := f.Find("ac-e2e"); err != nil || p.ClientSecret != "env:E2E_AC_SECRET" || p.TokenURL != sb.TokenURL {
		t.Fatalf("saved profile: %v %+v", err, p)
	}
	s.keys("q")
}

// TestE2EDemoPortuguese: under LANG=pt_BR.UTF-8 the TUI speaks Brazilian
// Portuguese (labels, status, claim meanings, help), with no --lang.
func TestE2EDemoPortuguese(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	env := append(e2eEnv(t), "LANG=pt_BR.UTF-8")
	s := startTmux(t, 80, 24, env, bin, "demo")
	s.waitFor(15*time.Second, "Perfis", "Requisição", "Fluxo", "Histórico", "● VÁLIDO", "restantes",
		"✓ verificada", "Escopos", "Cabeçalho", "algoritmo de assinatura", "perfil sandbox")
	s.keys("r")
	s.waitFor(5*time.Second, "Reutilize este", "Pedir um token novo mesmo assim?")
	s.keys("n")
	s.waitGone(5*time.Second, "Pedir um token novo mesmo assim?")
	s.keys("?")
	s.waitFor(5*time.Second, "Teclas", "Em qualquer lugar", "todas as teclas", "sair")
	s.escape()
	s.quit()
}
