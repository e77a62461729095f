package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"

	"tokentui/auth"
	"tokentui/demo"
)

// TestE2ETokenFromAnotherProcess: the TUI is open on a profile with a
// token; `tokentui token --force` in another terminal gets a new one; the
// Token tab, the badge, the list (a twin profile with the same
// credentials included) and the meter show it within about two seconds.
func TestE2ETokenFromAnotherProcess(t *testing.T) {
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
	var cfgHome string
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "XDG_CONFIG_HOME="); ok {
			cfgHome = v
		}
	}
	config := filepath.Join(cfgHome, "tokentui", "profiles.yaml")
	if err := os.MkdirAll(filepath.Dir(config), 0o700); err != nil {
		t.Fatal(err)
	}
	profile := func(name string) string {
		return fmt.Sprintf("  - name: %s\n    issuer: %s\n    client_id: %s\n    client_secret: env:E2E_SECRET\n    scopes: [demo.read]\n",
			name, sb.IssuerURL, demo.ClientID)
	}
	if err := os.WriteFile(config, []byte("default: sb\nprofiles:\n"+profile("sb")+profile("twin")), 0o600); err != nil {
		t.Fatal(err)
	}
	env = append(env, "E2E_SECRET="+demo.ClientSecret)
	s := startTmux(t, 110, 50, env, bin)
	s.waitFor(10*time.Second, "profile sb", "No token yet")
	s.keys("g")
	first := s.waitFor(10*time.Second, "● VALID", "✓ verified", "last hour: 1")
	jti := regexp.MustCompile(`jti\s+([0-9a-zA-Z-]{8,})`)
	m := jti.FindStringSubmatch(first)
	if m == nil {
		t.Fatalf("no jti on screen:\n%s", first)
	}
	// The twin profile shares the token: the list says valid for both.
	if !regexp.MustCompile(`twin[^\n]*\n[^\n]*valid (59:|1:00:00)`).MatchString(s.waitFor(3*time.Second, "twin")) {
		time.Sleep(2 * time.Second)
		if screen := s.capture(); !regexp.MustCompile(`twin[^\n]*\n[^\n]*valid (59:|1:00:00)`).MatchString(screen) {
			t.Errorf("the list does not show the twin's shared token:\n%s", screen)
		}
	}

	cmd := exec.Command(bin, "token", "--force", "-p", "sb")
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("token --force: %v", err)
	}
	forced := time.Now()
	j, err := auth.Decode(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatal(err)
	}
	newJTI, _ := j.Claims["jti"].(string)
	if newJTI == "" || newJTI == m[1] {
		t.Fatalf("forced jti %q, first %q", newJTI, m[1])
	}
	screen := s.waitFor(3*time.Second, newJTI, "last hour: 2", "✓ verified")
	took := time.Since(forced)
	t.Logf("the TUI showed the other process's token after %s:\n%s", took.Round(10*time.Millisecond), screen)
	if took > 2500*time.Millisecond {
		t.Errorf("the token from another process took %s to show, want about 2 s at most", took)
	}
	if strings.Contains(screen, m[1]) {
		t.Errorf("the old jti is still on screen:\n%s", screen)
	}
	// The CLI's meter is the TUI's: the client's requests, whoever asked.
	cmd = exec.Command(bin, "token", "--json", "-p", "twin")
	cmd.Env = env
	if out, err = cmd.Output(); err != nil {
		t.Fatalf("token --json: %v", err)
	}
	var tj struct {
		Requests   int    `json:"requests_last_hour"`
		ObtainedBy string `json:"obtained_by"`
	}
	if err := json.Unmarshal(out, &tj); err != nil || tj.Requests != 2 || tj.ObtainedBy != "sb" {
		t.Errorf("token --json -p twin: %v, requests_last_hour %d (want 2, as the TUI says), obtained_by %q (want sb)", err, tj.Requests, tj.ObtainedBy)
	}
	s.quit()
}
