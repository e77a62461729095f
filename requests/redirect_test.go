package requests

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// authLog records the Authorization header each path received.
type authLog struct {
	mu  sync.Mutex
	got map[string]string
}

func (l *authLog) handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.mu.Lock()
		if l.got == nil {
			l.got = map[string]string{}
		}
		l.got[r.Host+r.URL.Path] = r.Header.Get("Authorization")
		l.mu.Unlock()
		next.ServeHTTP(w, r)
	})
}

func (l *authLog) auth(key string) (string, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	v, ok := l.got[key]
	return v, ok
}

func TestRedirectKeepsTokenOnSameHost(t *testing.T) {
	var log authLog
	mux := http.NewServeMux()
	mux.HandleFunc("/from", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/to", http.StatusFound) })
	mux.HandleFunc("/to", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	srv := httptest.NewServer(log.handler(mux))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")

	resp, err := (&Sender{BaseURL: srv.URL, Tokens: &counter{raw: "secret-token"}}).Send(context.Background(), Spec{URL: srv.URL + "/from"})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := log.auth(host + "/to"); got != "Bearer secret-token" {
		t.Errorf("same-host redirect: Authorization = %q, want the token", got)
	}
	if resp.StatusCode != 200 || !strings.HasSuffix(resp.URL, "/to") {
		t.Errorf("response %d from %s", resp.StatusCode, resp.URL)
	}
}

func TestRedirectDropsTokenOnOtherHost(t *testing.T) {
	var log authLog
	other := httptest.NewServer(log.handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("landed"))
	})))
	defer other.Close()
	otherURL, _ := url.Parse(other.URL)
	// The same port under another name: Go's own policy is not enough
	// for a changed host, and a changed port is another origin too.
	byName := "http://localhost:" + otherURL.Port()

	for _, tc := range []struct{ name, target, key string }{
		{"another port", other.URL + "/elsewhere", otherURL.Host + "/elsewhere"},
		{"another host name", byName + "/named", "localhost:" + otherURL.Port() + "/named"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, code := range []int{301, 302, 303, 307, 308} {
				first := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					http.Redirect(w, r, tc.target, code)
				}))
				resp, err := (&Sender{BaseURL: first.URL, Tokens: &counter{raw: "secret-token"}}).Send(context.Background(),
					Spec{Method: "POST", URL: first.URL, Body: []byte("{}")})
				first.Close()
				if err != nil {
					t.Fatal(err)
				}
				got, reached := log.auth(tc.key)
				if !reached || string(resp.Body) != "landed" {
					t.Fatalf("%d: the redirect was not followed (body %q)", code, resp.Body)
				}
				if got != "" {
					t.Errorf("%d: the token followed the redirect to another host: %q", code, got)
				}
			}
		})
	}
}

func TestTooManyRedirects(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
	}))
	defer srv.Close()
	_, err := (&Sender{}).Send(context.Background(), Spec{URL: srv.URL + "/"})
	if err == nil || !strings.Contains(err.Error(), "too many redirects") {
		t.Errorf("err = %v", err)
	}
}

func TestKeepsToken(t *testing.T) {
	tests := []struct {
		from, to string
		want     bool
	}{
		{"https://api.example/a", "https://api.example/b", true},
		{"https://api.example/a", "https://API.example:443/b", true},
		{"http://api.example/a", "https://api.example/b", true},
		{"https://api.example/a", "http://api.example/b", false},
		{"https://api.example/a", "https://api.example:8443/b", false},
		{"https://api.example/a", "https://sub.api.example/b", false},
		{"https://api.example/a", "https://evil.example/b", false},
		{"http://127.0.0.1:8080/a", "http://localhost:8080/b", false},
	}
	for _, tc := range tests {
		f, _ := url.Parse(tc.from)
		to, _ := url.Parse(tc.to)
		if got := keepsToken(f, to); got != tc.want {
			t.Errorf("keepsToken(%s, %s) = %v, want %v", tc.from, tc.to, got, tc.want)
		}
	}
}
