package demo

import (
	"context"
	"errors"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestServerURLs(t *testing.T) {
	s := startTest(t, Options{})
	if !strings.HasPrefix(s.IssuerURL, "http://127.0.0.1:") || strings.HasSuffix(s.IssuerURL, "/") {
		t.Errorf("IssuerURL %q, want http://127.0.0.1:PORT", s.IssuerURL)
	}
	want := map[string]string{
		s.TokenURL:     s.IssuerURL + "/connect/token",
		s.JWKSURL:      s.IssuerURL + "/.well-known/openid-configuration/jwks",
		s.DiscoveryURL: s.IssuerURL + "/.well-known/openid-configuration",
		s.APIURL:       s.IssuerURL + "/api/v1/",
	}
	for got, w := range want {
		if got != w {
			t.Errorf("got %q, want %q", got, w)
		}
	}
}

func TestStopsWhenContextEnds(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(t.Context())
	s, err := Start(ctx, Options{})
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: &http.Transport{}}
	resp, err := client.Get(s.DiscoveryURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	client.CloseIdleConnections()
	cancel()
	select {
	case <-s.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("server still running 5 s after its context ended")
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close after the context ended: %v", err)
	}
	if _, err := client.Get(s.DiscoveryURL); err == nil {
		t.Error("server still answers after stopping")
	}
	// Every goroutine the server started has ended.
	deadline := time.Now().Add(3 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before Start, %d after stopping:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}

func TestCloseIsIdempotentAndConcurrent(t *testing.T) {
	s, err := Start(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if err := s.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
		})
	}
	wg.Wait()
	select {
	case <-s.Done():
	default:
		t.Error("Done not closed after Close returned")
	}
}

func TestStartErrors(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	if _, err := Start(t.Context(), Options{Addr: busy.Addr().String()}); !errors.Is(err, syscall.EADDRINUSE) {
		t.Errorf("port in use: %v, want an error wrapping EADDRINUSE", err)
	}
	for _, o := range []Options{{TokenTTL: 500 * time.Millisecond}, {TokenTTL: -time.Hour}, {RateLimit: -1}, {Addr: "nonsense"}} {
		if s, err := Start(t.Context(), o); err == nil {
			s.Close()
			t.Errorf("Start(%+v) succeeded, want an error", o)
		}
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := Start(ctx, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Start with a done context: %v", err)
	}
}

func TestUnspecifiedAddrUsesLoopback(t *testing.T) {
	tests := []struct {
		requested string
		ip        net.IP
		want      string
	}{
		{":8765", net.IPv6unspecified, "127.0.0.1:8765"},
		{"0.0.0.0:8765", net.IPv4zero, "127.0.0.1:8765"},
		{"[::]:8765", net.IPv6unspecified, "[::1]:8765"},
		{"10.1.2.3:8765", net.IPv4(10, 1, 2, 3), "10.1.2.3:8765"},
	}
	for _, tc := range tests {
		if got := urlHost(tc.requested, &net.TCPAddr{IP: tc.ip, Port: 8765}); got != tc.want {
			t.Errorf("urlHost(%q) = %q, want %q", tc.requested, got, tc.want)
		}
	}
}

func TestLogNeverShowsSecrets(t *testing.T) {
	var mu sync.Mutex
	var lines []string
	s := startTest(t, Options{Logf: func(f string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		lines = append(lines, sprintf(f, a...))
	}})
	tok := token(t, s, ClientID, "")
	apiGet(t, s, "me", tok)
	mu.Lock()
	defer mu.Unlock()
	all := strings.Join(lines, "\n")
	if len(lines) != 2 || !contains(all, "POST /connect/token → 200", `client_id="demo-client"`, "GET /api/v1/me → 200") {
		t.Errorf("log:\n%s", all)
	}
	if strings.Contains(all, ClientSecret) || strings.Contains(all, tok[:20]) {
		t.Errorf("log holds a secret or token:\n%s", all)
	}
}
