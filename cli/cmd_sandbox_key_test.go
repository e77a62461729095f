package cli

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// sandboxOnce runs `tokentui sandbox` until it serves, reads its JWKS's
// kid, and stops it; it returns the kid, the banner and stderr.
func sandboxOnce(t *testing.T) (kid, banner, stderr string) {
	t.Helper()
	return sandboxOnceServing(t, nil)
}

// sandboxOnceServing is sandboxOnce that calls serving with the banner
// while the sandbox still serves.
func sandboxOnceServing(t *testing.T, serving func(banner string)) (kid, banner, stderr string) {
	t.Helper()
	var out, errOut sandboxBuffer
	cmd := newSandboxCmd(&globals{stdout: &out, stderr: &errOut})
	cmd.SetArgs([]string{"--addr", "127.0.0.1:0"})
	ctx, cancel := context.WithCancel(t.Context())
	result := make(chan error, 1)
	go func() { result <- cmd.ExecuteContext(ctx) }()
	defer func() {
		cancel()
		select {
		case <-result:
		case <-time.After(10 * time.Second):
			t.Fatal("sandbox still running 10 s after its context ended")
		}
	}()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), "Serving until Ctrl+C") {
		if time.Now().After(deadline) {
			t.Fatalf("no banner after 10 s; stderr:\n%s", errOut.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	m := regexp.MustCompile(`JWKS\s+(\S+)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no JWKS URL in the banner:\n%s", out.String())
	}
	resp, err := http.Get(m[1])
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if serving != nil {
		serving(out.String())
	}
	var set struct{ Keys []struct{ Kid string } }
	if err := json.NewDecoder(resp.Body).Decode(&set); err != nil || len(set.Keys) != 1 {
		t.Fatalf("JWKS: %v %v", err, set)
	}
	return set.Keys[0].Kid, out.String(), errOut.String()
}

// `tokentui sandbox` run twice signs with the same key: the kid stays,
// kept 0600 under $XDG_STATE_HOME/tokentui; a corrupt file is replaced
// with a note.
func TestSandboxCmdKeepsItsKeyAcrossRuns(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	path := filepath.Join(state, "tokentui", "sandbox-key.pem")
	kid1, banner, _ := sandboxOnce(t)
	if !strings.Contains(banner, path) {
		t.Errorf("the banner does not say where the key is kept (%s):\n%s", path, banner)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v, mode %v", err, fi)
	}
	kid2, _, errOut := sandboxOnce(t)
	if kid1 != kid2 || kid1 == "" {
		t.Errorf("kid changed across runs: %q then %q", kid1, kid2)
	}
	if errOut != "" {
		t.Errorf("stderr on a good key file: %q", errOut)
	}

	if err := os.WriteFile(path, []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	kid3, _, errOut := sandboxOnce(t)
	if kid3 == kid1 || !strings.Contains(errOut, "note:") || !strings.Contains(errOut, "replaced") {
		t.Errorf("corrupt key file: kid %q (old %q), stderr %q", kid3, kid1, errOut)
	}
}
