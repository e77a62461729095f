package e2e

// Issue 8, part 2: faults. A storm of 429s, TLS with an unknown CA, a
// connection reset, a provider that is down or slow.

import (
	"encoding/pem"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"tokentui/demo"
)

// TestFault429Storm: a provider that answers every token request with 429
// gets exactly ONE request, however many commands run after it, in series
// or in parallel, forced or not: the guard holds its Retry-After and no
// command retries in a loop.
func TestFault429Storm(t *testing.T) {
	h := newXDGHome(t)
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "120")
		writeJSON(w, http.StatusTooManyRequests, map[string]any{"error": "too_many_requests"})
	}))
	defer srv.Close()
	t.Setenv(hardSecretEnv, "s")
	h.writeProfiles(t, fmt.Sprintf(`profiles:
  - name: busy
    token_url: %s/connect/token
    client_id: c
    client_secret: env:%s
    api_base_url: %s/api/
`, srv.URL, hardSecretEnv, srv.URL))

	code, _, errOut := runCLI("token")
	if code != 1 || !strings.Contains(errOut, "429") {
		t.Fatalf("first 429: exit %d, stderr %q", code, errOut)
	}
	checkErrorShape(t, errOut)
	runs := [][]string{{"token"}, {"token", "--force"}, {"token", "--json"}, {"call", "me"}, {"diagnose"}, {"diagnose", "--fresh"}}
	for _, args := range runs {
		code, _, errOut := runCLI(args...)
		if code != 1 {
			t.Errorf("%v during Retry-After: exit %d, want 1; stderr %q", args, code, errOut)
		}
		if args[0] != "diagnose" {
			checkErrorShape(t, errOut)
			if !strings.Contains(errOut, "wait") && !strings.Contains(errOut, "Retry-After") {
				t.Errorf("%v: stderr does not say to wait: %q", args, errOut)
			}
		}
	}
	// Ten at once.
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if code, _, errOut := runCLI("token"); code != 1 {
				t.Errorf("parallel token: exit %d: %s", code, errOut)
			}
		}()
	}
	wg.Wait()
	if n := hits.Load(); n != 1 {
		t.Errorf("the provider got %d requests during its Retry-After, want 1", n)
	}
}

// TestFaultSandboxRateLimit: the sandbox blocks a client after RateLimit
// token requests a minute; once blocked, tokentui stops asking.
func TestFaultSandboxRateLimit(t *testing.T) {
	h := newXDGHome(t)
	sb := startSandbox(t, demo.Options{RateLimit: 2})
	t.Setenv(hardSecretEnv, demo.ClientSecret)
	h.writeProfiles(t, fmt.Sprintf(sandboxProfileYAML, sb.IssuerURL, sb.APIURL))
	for i := 0; i < 8; i++ {
		runCLI("token", "--force")
	}
	// 3 forced renewals a minute at most: the third is the sandbox's 429,
	// after which the guard asks no more.
	if n := sb.TokenRequests(); n != 3 {
		t.Errorf("%d token requests to the sandbox, want 3 (2 granted, one 429)", n)
	}
	code, _, errOut := runCLI("token", "--force")
	if code != 1 {
		t.Errorf("exit %d after the block", code)
	}
	checkErrorShape(t, errOut)
}

// tlsPeer is an HTTPS token endpoint and API with a certificate of its own
// CA, which nothing trusts by default.
func tlsPeer(t *testing.T) (*httptest.Server, string) {
	t.Helper()
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/connect/token":
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
		case "/api/echo":
			if r.Header.Get("Authorization") != "Bearer "+opaqueToken {
				w.WriteHeader(401)
				return
			}
			writeJSON(w, 200, map[string]any{"ok": "tls"})
		default:
			http.NotFound(w, r)
		}
	}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshakes are the point
	srv.StartTLS()
	t.Cleanup(srv.Close)
	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw}), 0o600); err != nil {
		t.Fatal(err)
	}
	return srv, ca
}

// TestFaultTLSUnknownCA: a provider whose CA is unknown fails with a
// message naming the certificate problem and a hint at ca_file; ca_file
// fixes it for the token and for call.
func TestFaultTLSUnknownCA(t *testing.T) {
	h := newXDGHome(t)
	srv, ca := tlsPeer(t)
	t.Setenv(hardSecretEnv, "s")
	h.writeProfiles(t, fmt.Sprintf(`profiles:
  - name: untrusted
    token_url: %[1]s/connect/token
    client_id: c
    client_secret: env:%[2]s
    api_base_url: %[1]s/api/
  - name: trusted
    token_url: %[1]s/connect/token
    client_id: c2
    client_secret: env:%[2]s
    api_base_url: %[1]s/api/
    ca_file: %[3]s
`, srv.URL, hardSecretEnv, ca))
	before := hashDir(t, h.config)
	for _, args := range [][]string{{"token", "-p", "untrusted"}, {"call", "-p", "untrusted", "echo"}, {"diagnose", "-p", "untrusted"}} {
		code, _, errOut := runCLI(args...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1: %s", args, code, errOut)
		}
		checkErrorShape(t, errOut)
		if args[0] != "diagnose" && (!strings.Contains(errOut, "certificate") || !strings.Contains(errOut, "authority") || !strings.Contains(errOut, "ca_file")) {
			t.Errorf("%v: stderr does not name the unknown authority and ca_file: %q", args, errOut)
		}
	}
	if code, out, errOut := runCLI("token", "-p", "trusted"); code != 0 || strings.TrimSpace(out) != opaqueToken {
		t.Errorf("token with ca_file: exit %d, %q, %q", code, out, errOut)
	}
	if code, out, errOut := runCLI("call", "-p", "trusted", "echo"); code != 0 || !strings.Contains(out, "tls") {
		t.Errorf("call with ca_file: exit %d, %q, %q", code, out, errOut)
	}
	if d := diffHashes(before, hashDir(t, h.config)); len(d) > 0 {
		t.Errorf("config changed: %v", d)
	}
}

// TestFaultResetMidBody: a token endpoint or an API that resets the
// connection in the middle of the body: exit 1, a clear message, nothing
// cached.
func TestFaultResetMidBody(t *testing.T) {
	h := newXDGHome(t)
	var token atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/reset/token":
			cutBody(w, "application/json", 300, `{"access_token":"`+opaqueToken, true)
		case "/ok/token":
			token.Store(true)
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
		case "/api/big":
			cutBody(w, "application/json", 1<<20, `{"items":[`+strings.Repeat(`{"id":1},`, 3000), true)
		}
	}))
	defer srv.Close()
	t.Setenv(hardSecretEnv, "s")
	h.writeProfiles(t, fmt.Sprintf(`profiles:
  - {name: reset, token_url: '%[1]s/reset/token', client_id: c, client_secret: 'env:%[2]s'}
  - {name: ok, token_url: '%[1]s/ok/token', client_id: c, client_secret: 'env:%[2]s', api_base_url: '%[1]s/api/'}
`, srv.URL, hardSecretEnv))
	code, out, errOut := runCLI("token", "-p", "reset")
	if code != 1 || out != "" || !strings.Contains(errOut, "reset") {
		t.Errorf("token reset mid-body: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	checkErrorShape(t, errOut)
	code, out, errOut = runCLI("call", "-p", "ok", "big")
	if code != 1 || !strings.Contains(errOut, "reset") {
		t.Errorf("call reset mid-body: exit %d, stderr %q", code, errOut)
	}
	if len(out) > 0 {
		t.Errorf("call printed %d bytes of a body that never completed", len(out))
	}
	checkErrorShape(t, errOut)
}

// TestFaultProviderDown: nothing listens at the provider: exit 1 at once,
// "connection refused", a hint.
func TestFaultProviderDown(t *testing.T) {
	h := newXDGHome(t)
	t.Setenv(hardSecretEnv, "s")
	down := closedURL(t)
	h.writeProfiles(t, fmt.Sprintf(sandboxProfileYAML, down, down+"/api/"))
	for _, args := range [][]string{{"token"}, {"call", "me"}, {"diagnose"}, {"decode", "--verify", makeJWT(map[string]any{"alg": "RS256", "kid": "k"}, map[string]any{"iss": down}, nil)}} {
		start := time.Now()
		code, _, errOut := runCLI(args...)
		if code != 1 || time.Since(start) > 5*time.Second {
			t.Errorf("%v with the provider down: exit %d after %s: %s", args[0], code, time.Since(start), errOut)
		}
		checkErrorShape(t, errOut)
		if args[0] == "token" && !strings.Contains(errOut, "refused") {
			t.Errorf("token: stderr does not say refused: %q", errOut)
		}
	}
}

// TestFaultSlowProvider: a provider or an API that never answers times out
// with a clear message and exit 1; TOKENTUI_TIMEOUT sets the bound (the
// defaults, 30 s for the provider and 2 min for an API call, are too long
// for a test), and a bad value is bad usage.
func TestFaultSlowProvider(t *testing.T) {
	h := newXDGHome(t)
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)      // so the server notices when the client hangs up
		if r.URL.Path == "/drip/token" { // headers at once, then a body that never ends
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(200)
			w.Write([]byte(`{"access_token":"`))
			w.(http.Flusher).Flush()
		}
		select {
		case <-r.Context().Done():
		case <-time.After(20 * time.Second):
		}
	}))
	defer hang.Close()
	sb := startSandbox(t, demo.Options{})
	t.Setenv(hardSecretEnv, demo.ClientSecret)
	h.writeProfiles(t, fmt.Sprintf(`default: sandbox
profiles:
  - {name: sandbox, issuer: '%[1]s', client_id: demo-client, client_secret: 'env:%[3]s', scopes: [demo.read], api_base_url: '%[1]s/api/v1/'}
  - {name: hang, token_url: '%[2]s/connect/token', client_id: c, client_secret: 'env:%[3]s'}
  - {name: drip, token_url: '%[2]s/drip/token', client_id: c, client_secret: 'env:%[3]s'}
  - {name: hangdisc, issuer: '%[2]s/idp', client_id: c, client_secret: 'env:%[3]s'}
`, sb.IssuerURL, hang.URL, hardSecretEnv))
	t.Setenv("TOKENTUI_TIMEOUT", "400ms")
	for _, args := range [][]string{{"token", "-p", "hang"}, {"token", "-p", "drip"}, {"token", "-p", "hangdisc"}, {"call", "slow?ms=5000"}} {
		start := time.Now()
		code, _, errOut := runCLI(args...)
		took := time.Since(start)
		if code != 1 || took > 4*time.Second {
			t.Errorf("%v: exit %d after %s, want 1 within the timeout: %s", args, code, took, errOut)
		}
		checkErrorShape(t, errOut)
		if low := strings.ToLower(errOut); !strings.Contains(low, "timed out") && !strings.Contains(low, "timeout") && !strings.Contains(low, "deadline") {
			t.Errorf("%v: stderr does not say it timed out: %q", args, errOut)
		}
	}
	// The sandbox itself is fine within the bound.
	if code, _, errOut := runCLI("call", "slow?ms=50"); code != 0 {
		t.Errorf("call within the timeout: exit %d: %s", code, errOut)
	}
	t.Setenv("TOKENTUI_TIMEOUT", "soon")
	code, _, errOut := runCLI("token")
	if code != 2 || !strings.Contains(errOut, "TOKENTUI_TIMEOUT") {
		t.Errorf("bad TOKENTUI_TIMEOUT: exit %d: %s", code, errOut)
	}
	checkErrorShape(t, errOut)
}

// TestFaultInsecureProfile: insecure: true reaches a server of an unknown
// CA, and every command that uses the profile warns about it on stderr;
// profiles without it do not warn.
func TestFaultInsecureProfile(t *testing.T) {
	h := newXDGHome(t)
	srv, _ := tlsPeer(t)
	t.Setenv(hardSecretEnv, "s")
	h.writeProfiles(t, fmt.Sprintf(`profiles:
  - {name: lab, token_url: '%[1]s/connect/token', client_id: c, client_secret: 'env:%[2]s', api_base_url: '%[1]s/api/', insecure: true}
  - {name: strict, token_url: '%[1]s/connect/token', client_id: c2, client_secret: 'env:%[2]s', api_base_url: '%[1]s/api/'}
`, srv.URL, hardSecretEnv))
	const warning = `warning: profile "lab" does not verify TLS certificates (insecure: true)`
	for _, args := range [][]string{{"token"}, {"token", "--json"}, {"call", "echo"}, {"diagnose"}, {"profiles", "show", "lab"}} {
		args = append(args, "-p", "lab")
		code, _, errOut := runCLI(args...)
		if code != 0 && args[0] != "diagnose" {
			t.Errorf("%v with insecure: true: exit %d: %s", args, code, errOut)
		}
		if strings.Count(errOut, warning) != 1 {
			t.Errorf("%v: the insecure warning is not on stderr once: %q", args, errOut)
		}
	}
	if code, _, errOut := runCLI("token", "-p", "strict"); code != 1 || strings.Contains(errOut, "insecure") {
		t.Errorf("strict profile: exit %d: %s", code, errOut)
	}
}
