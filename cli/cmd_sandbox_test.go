package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
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

// `tokentui sandbox` lists every client it serves, writes their secrets,
// keys and certificates (0600) under $XDG_STATE_HOME/tokentui/sandbox, and
// prints a `profiles add` command for each that works as pasted: every
// client but demo-nocc then gets a token, the mTLS ones on the mTLS port.
func TestSandboxHandsOutEveryClient(t *testing.T) {
	state, home := t.TempDir(), t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	t.Setenv("XDG_CACHE_HOME", filepath.Join(home, "cache"))
	t.Setenv("TOKENTUI_CONFIG", filepath.Join(home, "profiles.yaml"))
	_, banner, errOut := sandboxOnceServing(t, func(banner string) {
		dir := filepath.Join(state, "tokentui", "sandbox")
		for _, want := range []string{"mTLS port  https://127.0.0.1:", demo.JWTClientID, "private_key_jwt, ES256, kid " + demo.JWTKeyID,
			demo.SecretJWTClientID, "client_secret_jwt, signs HS256", demo.MTLSClientID, "tls_client_auth, mTLS port",
			demo.SelfSignedClientID, "self_signed_tls_client_auth, mTLS port", dir, "mtls-ca.pem"} {
			if !strings.Contains(banner, want) {
				t.Errorf("banner lacks %q:\n%s", want, banner)
			}
		}
		for _, l := range strings.Split(banner, "\n") {
			if len([]rune(l)) > 80 && !strings.Contains(l, state) {
				t.Errorf("a banner line is wider than 80 columns: %q", l)
			}
		}
		for _, name := range []string{"demo-jwt.key", "demo-mtls.crt", "demo-mtls.key", "demo-mtls-self.crt", "demo-mtls-self.key", "demo-client.secret", "demo-jwt-secret.secret", "mtls-ca.pem"} {
			fi, err := os.Stat(filepath.Join(dir, name))
			if err != nil || fi.Mode().Perm() != 0o600 {
				t.Errorf("%s: %v, mode %v; want 0600", name, err, fi)
			}
		}
		if key, _ := os.ReadFile(filepath.Join(dir, "demo-jwt.key")); string(key) != demo.JWTClientKey {
			t.Errorf("demo-jwt.key is not the demo's key:\n%s", key)
		}

		cmds := sandboxAddCommands(banner)
		if len(cmds) != 7 {
			t.Fatalf("%d profiles add commands, want 7:\n%s", len(cmds), banner)
		}
		for _, args := range cmds {
			var out, errb bytes.Buffer
			if code := Run(args[1:], strings.NewReader(""), &out, &errb); code != 0 || errb.Len() > 0 {
				t.Fatalf("%v: exit %d, stderr %q", args, code, errb.String())
			}
			name := args[3]
			out.Reset()
			errb.Reset()
			code := Run([]string{"-p", name, "token"}, strings.NewReader(""), &out, &errb)
			switch {
			case name == "sandbox-nocc":
				if code == 0 || !strings.Contains(errb.String(), "unauthorized_client") {
					t.Errorf("%s: exit %d, stderr %q; want unauthorized_client", name, code, errb.String())
				}
			case code != 0 || !strings.HasPrefix(out.String(), "eyJ"):
				t.Errorf("%s: exit %d, stdout %q, stderr %q", name, code, out.String(), errb.String())
			}
		}
		var out, errb bytes.Buffer
		if code := Run([]string{"-p", "sandbox-mtls", "call", "me"}, strings.NewReader(""), &out, &errb); code != 0 || !strings.Contains(out.String(), `"client_id":"demo-mtls"`) {
			t.Errorf("sandbox-mtls call me: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
		}
	})
	if errOut != "" {
		t.Errorf("stderr: %q\n%s", errOut, banner)
	}
}

// sandboxAddCommands are the `tokentui profiles add` commands of a banner,
// their continuation lines joined, split into words (the test's paths
// hold no spaces or quotes).
func sandboxAddCommands(banner string) [][]string {
	var cmds [][]string
	var cur string
	for _, l := range strings.Split(banner, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case cur != "":
			cur += " " + strings.TrimSuffix(l, `\`)
		case strings.HasPrefix(l, "tokentui profiles add "):
			cur = strings.TrimSuffix(l, `\`)
		default:
			continue
		}
		if !strings.HasSuffix(l, `\`) {
			cmds = append(cmds, strings.Fields(cur))
			cur = ""
		}
	}
	return cmds
}
