package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"tokentui/demo"
)

// sandboxBuffer is a bytes.Buffer safe to read while the command writes to it.
type sandboxBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *sandboxBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *sandboxBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func TestSandboxCmdServesUntilCancelled(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir()) // where it keeps its signing key
	var out, errOut sandboxBuffer
	g := &globals{stdout: &out, stderr: &errOut}
	cmd := newSandboxCmd(g)
	cmd.SetArgs([]string{"--addr", "127.0.0.1:0", "--token-ttl", "2m"})
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	result := make(chan error, 1)
	go func() { result <- cmd.ExecuteContext(ctx) }()

	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), "Serving until Ctrl+C") {
		if time.Now().After(deadline) {
			t.Fatalf("no banner after 10 s; stdout:\n%s\nstderr:\n%s", out.String(), errOut.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	banner := out.String()
	for _, want := range []string{"issuer", "API base", demo.ClientID, demo.ReadOnlyClientID, demo.ClientSecret,
		"demo.read demo.write", "curl -s -u demo-client:demo-secret", "Tokens live 2m."} {
		if !strings.Contains(banner, want) {
			t.Errorf("banner lacks %q:\n%s", want, banner)
		}
	}
	m := regexp.MustCompile(`token URL\s+(\S+)`).FindStringSubmatch(banner)
	if m == nil {
		t.Fatalf("no token URL in the banner:\n%s", banner)
	}
	resp, err := http.PostForm(m[1], url.Values{"grant_type": {"client_credentials"},
		"client_id": {demo.ClientID}, "client_secret": {demo.ClientSecret}})
	if err != nil {
		t.Fatal(err)
	}
	var tok struct {
		ExpiresIn int `json:"expires_in"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&tok)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || tok.ExpiresIn != 120 {
		t.Errorf("token from the served sandbox: %d, expires_in %d; want 200, 120", resp.StatusCode, tok.ExpiresIn)
	}

	cancel()
	select {
	case err := <-result:
		if err != nil {
			t.Errorf("sandbox returned %v after its context ended", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("sandbox still running 10 s after its context ended")
	}
	if got := out.String(); !strings.Contains(got, "POST /connect/token → 200") ||
		!strings.Contains(got, "sandbox stopped after 1 token request.") {
		t.Errorf("no request log or stop line:\n%s", got)
	}
	if _, err := http.Get(m[1]); err == nil {
		t.Error("sandbox still answers after stopping")
	}
}

func TestSandboxCmdBadFlags(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	tests := []struct {
		name string
		args []string
		code int
		hint string
	}{
		{"port in use", []string{"--addr", busy.Addr().String()}, exitFailure, "pick another port"},
		{"not host:port", []string{"--addr", "8765"}, exitUsage, "127.0.0.1:8765"},
		{"bad port", []string{"--addr", "127.0.0.1:http99"}, exitUsage, "127.0.0.1:0"},
		{"port out of range", []string{"--addr", "127.0.0.1:70000"}, exitUsage, "127.0.0.1:0"},
		{"ttl too short", []string{"--token-ttl", "500ms"}, exitUsage, "1s or more"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := Run(append([]string{"sandbox"}, tc.args...), strings.NewReader(""), &out, &errOut)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, errOut.String())
			}
			if !strings.Contains(errOut.String(), "hint: ") || !strings.Contains(errOut.String(), tc.hint) {
				t.Errorf("stderr lacks the hint %q:\n%s", tc.hint, errOut.String())
			}
			if strings.Contains(out.String(), "Serving") {
				t.Errorf("banner printed despite the error:\n%s", out.String())
			}
		})
	}
}

func TestShortDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{time.Hour: "1h", 2 * time.Minute: "2m", 90 * time.Minute: "1h30m", 45 * time.Second: "45s", 61 * time.Second: "1m1s"} {
		if got := shortDuration(d); got != want {
			t.Errorf("shortDuration(%v) = %q, want %q", d, got, want)
		}
	}
}
