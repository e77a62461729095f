package flow

import (
	"strings"
	"sync"
	"testing"

	"tokentui/demo"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

func TestDiagnoseSandbox(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, demo.ClientSecret, "")
	m := newFlow(t, srv, c, 100, 60)
	m = press(t, m, "d")
	s := mustShow(t, m, "Diagnose · sandbox", "✓ Discovery", "✓ Auth method", "✓ Credentials", "✓ Signature", "No check failed.")
	if strings.Contains(s, "✗") {
		t.Errorf("a check failed on the sandbox:\n%s", trimmed(s))
	}
	if n := srv.TokenRequests(); n != 1 {
		t.Errorf("diagnose on an empty cache made %d token requests, want 1", n)
	}
	m = press(t, m, "d") // again: the cached token is reused
	if n := srv.TokenRequests(); n != 1 {
		t.Errorf("a second diagnosis made %d token requests in all, want still 1", n)
	}

	var mu sync.Mutex
	var copied string
	old := common.DefaultClipboard
	common.DefaultClipboard = common.Clipboard{
		Getenv: func(string) string { return "" },
		System: func(s string) error { mu.Lock(); copied = s; mu.Unlock(); return nil },
	}
	t.Cleanup(func() { common.DefaultClipboard = old })
	m = press(t, m, "c")
	mustShow(t, m, "report copied (system clipboard)")
	mu.Lock()
	defer mu.Unlock()
	tok, _ := c.Cached()
	for _, want := range []string{"profile sandbox", "client_id:   demo-client", "✓ Credentials", "0 token requests made by this diagnosis"} {
		if !strings.Contains(copied, want) {
			t.Errorf("the copied report lacks %q:\n%s", want, copied)
		}
	}
	if strings.Contains(copied, demo.ClientSecret) || strings.Contains(copied, tok.Raw) {
		t.Errorf("the copied report holds the secret or the token:\n%s", copied)
	}

	m = press(t, m, "esc")
	mustShow(t, m, "Step 1 of 6")
}

func TestDiagnoseWrongSecret(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, "not-the-secret", "")
	m := newFlow(t, srv, c, 100, 60)
	m = press(t, m, "d")
	s := mustShow(t, m, "✓ Discovery", "✗ Credentials", "invalid_client", "hint:")
	if strings.Contains(s, "not-the-secret") {
		t.Errorf("the secret is on screen:\n%s", trimmed(s))
	}
	if strings.Contains(s, "No check failed") {
		t.Errorf("says nothing failed:\n%s", trimmed(s))
	}
}

func TestDiagnoseCancel(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, demo.ClientSecret, "")
	m := newFlow(t, srv, c, 100, 40)
	m, cmd := m.Update(uitest.Key("d"))
	if !m.Busy() {
		t.Fatal("d did not start the diagnosis")
	}
	if !m.Cancel() {
		t.Fatal("Cancel found nothing in flight")
	}
	m = drive(t, m, cmd) // the cancelled command still answers
	if m.Busy() {
		t.Error("still busy after the cancelled diagnosis answered")
	}
}
