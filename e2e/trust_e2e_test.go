package e2e

// Issue 12 with real processes: what reaches the provider when its answer
// is a refusal, when it says no-store, and when it is down.

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"tokentui/demo"
)

// runWith runs the real binary with secret in the profiles' variable.
func runWith(t *testing.T, h *xdgHome, secret string, args ...string) (int, string, string) {
	r := runBin(t, h, "", []string{hardSecretEnv + "=" + secret}, args...)
	return r.code, r.stdout, r.stderr
}

// refusingProvider answers every token request 400 invalid_client and
// counts them.
func refusingProvider(t *testing.T, tokens *atomic.Int64) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/connect/token" {
			tokens.Add(1)
			writeJSON(w, http.StatusBadRequest, map[string]any{"error": "invalid_client", "error_description": "Invalid client secret"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"ok": true})
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestTrustRefusedClientGetsOneRequest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 70 processes")
	}
	h := newXDGHome(t)
	var tokens atomic.Int64
	srv := refusingProvider(t, &tokens)
	secret := "wrong"
	h.writeProfiles(t, fmt.Sprintf("profiles:\n  - {name: bad, token_url: '%[1]s/connect/token', client_id: c, client_secret: 'env:%[2]s', api_base_url: '%[1]s/api/'}\n", srv.URL, hardSecretEnv))

	// 50 parallel calls: one request, every process says why.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var outs []string
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, _, errOut := runWith(t, h, secret, "call", "me")
			mu.Lock()
			defer mu.Unlock()
			outs = append(outs, errOut)
			if code != 1 || !strings.Contains(errOut, "invalid_client") {
				t.Errorf("parallel call: exit %d, %q", code, errOut)
			}
		}()
	}
	wg.Wait()
	t.Logf("50 parallel calls against invalid_client: %d token request(s)", tokens.Load())
	if got := tokens.Load(); got != 1 {
		t.Errorf("50 parallel calls: %d token requests, want 1", got)
	}
	// 20 sequential tokens: still that one; each says what unblocks it.
	for i := 0; i < 20; i++ {
		code, _, errOut := runWith(t, h, secret, "token")
		if code != 1 || !strings.Contains(errOut, "no token request sent") || !strings.Contains(errOut, "forced") {
			t.Fatalf("token %d: exit %d, %q", i, code, errOut)
		}
	}
	if got := tokens.Load(); got != 1 {
		t.Errorf("after 20 more tokens: %d token requests, want 1", got)
	}
	// --force asks once more; a fixed secret is new credentials.
	runWith(t, h, secret, "token", "--force")
	secret = "fixed"
	runWith(t, h, secret, "token")
	if got := tokens.Load(); got != 3 {
		t.Errorf("after --force and a new secret: %d token requests, want 3", got)
	}
}

// noStoreProvider is the sandbox behind a proxy that marks every answer
// no-store and counts what reaches the provider (the API is not counted).
func TestTrustNoStoreProviderWarmCallAsksNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs processes")
	}
	h := newXDGHome(t)
	sb := startSandbox(t, demo.Options{})
	var provider atomic.Int64
	up := true
	var upMu sync.Mutex
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/api/") {
			upMu.Lock()
			ok := up
			upMu.Unlock()
			if !ok {
				http.Error(w, "down", http.StatusServiceUnavailable)
				return
			}
			provider.Add(1)
		}
		w.Header().Set("Cache-Control", "no-store, no-cache, max-age=0")
		req, _ := http.NewRequestWithContext(r.Context(), r.Method, sb.IssuerURL+r.URL.RequestURI(), r.Body)
		req.Header = r.Header.Clone()
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		for k, v := range resp.Header {
			if k != "Cache-Control" {
				w.Header()[k] = v
			}
		}
		buf := new(bytes.Buffer)
		buf.ReadFrom(resp.Body)
		body := bytes.ReplaceAll(buf.Bytes(), []byte(sb.IssuerURL), []byte("http://"+r.Host)) // the proxy is the issuer
		w.Header().Del("Content-Length")
		w.WriteHeader(resp.StatusCode)
		w.Write(body)
	}))
	t.Cleanup(proxy.Close)
	secret := "demo-secret"
	h.writeProfiles(t, fmt.Sprintf("profiles:\n  - {name: ns, issuer: '%[1]s', client_id: demo-client, client_secret: 'env:%[2]s', scopes: [demo.read], api_base_url: '%[1]s/api/v1/'}\n", proxy.URL, hardSecretEnv))
	if code, _, errOut := runWith(t, h, secret, "call", "me"); code != 0 {
		t.Fatalf("cold call: %d %s", code, errOut)
	}
	cold := provider.Load()
	for i := 0; i < 5; i++ {
		if code, _, errOut := runWith(t, h, secret, "call", "me"); code != 0 {
			t.Fatalf("warm call: %d %s", code, errOut)
		}
	}
	t.Logf("no-store provider: cold call %d provider requests, 5 warm calls %d", cold, provider.Load()-cold)
	if got := provider.Load() - cold; got != 0 {
		t.Errorf("5 warm calls made %d provider requests, want 0", got)
	}
	// The provider goes down: the cached token is still served and used.
	upMu.Lock()
	up = false
	upMu.Unlock()
	code, out, errOut := runWith(t, h, secret, "token")
	if code != 0 || strings.Count(out, ".") != 2 {
		t.Errorf("token with the provider down: exit %d, %q, %s", code, out, errOut)
	}
	if code, _, errOut := runWith(t, h, secret, "call", "me"); code != 0 {
		t.Errorf("call with the provider down: exit %d, %s", code, errOut)
	}
}
