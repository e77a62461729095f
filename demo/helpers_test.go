package demo

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock is a settable clock for Options.Now.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// startTest starts a server that stops at the end of the test.
func startTest(t *testing.T, opts Options) *Server {
	t.Helper()
	s, err := Start(t.Context(), opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// reply is a response with its body read and, when JSON, decoded.
type reply struct {
	status int
	header http.Header
	raw    string
	json   map[string]any
}

func (r reply) str(key string) string { s, _ := r.json[key].(string); return s }

func do(t *testing.T, req *http.Request) reply {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("reading body: %v", err)
	}
	r := reply{status: resp.StatusCode, header: resp.Header, raw: string(b)}
	_ = json.Unmarshal(b, &r.json)
	return r
}

// basicAuth encodes id and secret as RFC 6749 §2.3.1 asks.
func basicAuth(id, secret string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(url.QueryEscape(id)+":"+url.QueryEscape(secret)))
}

// postToken sends a token request with the given form and Authorization header.
func postToken(t *testing.T, s *Server, form url.Values, authz string) reply {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, s.TokenURL, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if authz != "" {
		req.Header.Set("Authorization", authz)
	}
	return do(t, req)
}

// token gets an access token for id with the given scope ("" = default).
func token(t *testing.T, s *Server, id, scope string) string {
	t.Helper()
	form := url.Values{"grant_type": {"client_credentials"}}
	if scope != "" {
		form.Set("scope", scope)
	}
	r := postToken(t, s, form, basicAuth(id, ClientSecret))
	if r.status != http.StatusOK {
		t.Fatalf("token for %s: %d %s", id, r.status, r.raw)
	}
	return r.str("access_token")
}

// apiGet calls the API with a bearer token ("" = none).
func apiGet(t *testing.T, s *Server, path, tok string) reply {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, s.APIURL+path, nil)
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	return do(t, req)
}

// contains reports whether s holds every one of subs.
func contains(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }
