package e2e

// Issue 8, part 2 in the TUI: a provider that never answers. ctrl+c
// cancels the token request in flight (with none in flight it quits), and
// the provider sees each request abandoned: nothing is left running.

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"tokentui/e2e/harness"
)

func TestFaultTUICancel(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	h := newXDGHome(t)
	var started, abandoned atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		started.Add(1)
		select {
		case <-r.Context().Done():
			abandoned.Add(1)
		case <-time.After(30 * time.Second):
		}
	}))
	defer srv.Close()
	h.writeProfiles(t, fmt.Sprintf("profiles:\n  - {name: slow, token_url: '%s/connect/token', client_id: c, client_secret: 'env:%s'}\n", srv.URL, hardSecretEnv))
	s := startTerm(t, 100, 30)
	s.run(append(h.env(), "TERM=xterm-256color", "LANG=C.UTF-8", hardSecretEnv+"=s"), bin)
	s.waitFor(15*time.Second, "profile slow", "No token yet")

	waitCount := func(what string, c *atomic.Int64, n int64) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for c.Load() < n && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		if c.Load() < n {
			t.Fatalf("%s: %d, want %d; screen:\n%s", what, c.Load(), n, s.capture())
		}
	}
	for i, cancel := range []string{"C-c", "Escape"} {
		s.slowKeys("g")
		s.waitFor(5*time.Second, "requesting")
		waitCount("requests started", &started, int64(i+1))
		start := time.Now()
		s.slowKeys(cancel)
		waitCount("requests abandoned after "+cancel, &abandoned, int64(i+1))
		s.waitFor(5*time.Second, "No token yet")
		if took := time.Since(start); took > 3*time.Second {
			t.Errorf("%s took %s to cancel", cancel, took)
		}
		if s.display("#{pane_dead}") == "1" {
			t.Fatalf("%s with a request in flight quit the app instead of cancelling it", cancel)
		}
	}
	s.slowKeys("C-c")
	s.waitExit(5 * time.Second)
	if n := started.Load(); n != 2 {
		t.Errorf("%d token requests, want 2", n)
	}
}
