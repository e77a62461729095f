package cli

// Issue 9, target 1: token reuse. Many `tokentui call`s in parallel
// processes within one token lifetime make ONE token request; a warm
// `token` or `call` makes no request to the provider at all.

import (
	"strings"
	"sync"
	"testing"
	"time"

	"tokentui/e2e/harness"
)

// callsInParallel runs `tokentui call me` calls times, from procs
// processes at a time, and fails tb if one fails or answers something
// other than the sandbox's "me".
func callsInParallel(tb testing.TB, e *perfEnv, bin string, calls, procs int) {
	tb.Helper()
	var wg sync.WaitGroup
	next := make(chan struct{})
	for w := 0; w < procs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range next {
				out, err := e.output(bin, "call", "me")
				if err != nil {
					tb.Error(err)
				} else if !strings.Contains(out, `"client_id"`) {
					tb.Errorf("call me answered %q", out)
				}
			}
		}()
	}
	for i := 0; i < calls; i++ {
		next <- struct{}{}
	}
	close(next)
	wg.Wait()
}

// TestTokenReuseAcrossProcesses: 40 `tokentui call`s from 8 parallel
// processes, starting with an empty cache, make exactly one token request.
func TestTokenReuseAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real binary")
	}
	bin := harness.Binary(t)
	e := newPerfEnv(t, 0)
	callsInParallel(t, e, bin, 40, 8)
	if n := e.srv.TokenRequests(); n != 1 {
		t.Fatalf("40 calls from 8 processes made %d token requests, want 1 (%s)", n, e.counts)
	}
	if n := e.counts.api.Load(); n != 40 {
		t.Errorf("the API got %d requests, want 40", n)
	}
}

// TestWarmCommandsAskTheProviderNothing: once a token is cached, `token`,
// `token --json` and `call` make no discovery, JWKS or token request.
func TestWarmCommandsAskTheProviderNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real binary")
	}
	bin := harness.Binary(t)
	e := newPerfEnv(t, 0)
	tok := strings.TrimSpace(e.run(t, bin, "token"))
	if !strings.HasPrefix(tok, "eyJ") || e.srv.TokenRequests() != 1 {
		t.Fatalf("cold token: %q after %s", tok, e.counts)
	}
	before := e.counts.provider()
	for _, args := range [][]string{{"token"}, {"token", "--json"}, {"call", "me"}, {"token"}, {"call", "items"}} {
		out := e.run(t, bin, args...)
		if args[0] == "token" && !strings.Contains(out, tok) {
			t.Errorf("%v printed another token: %q", args, out)
		}
	}
	if n := e.counts.provider() - before; n != 0 {
		t.Fatalf("warm commands made %d provider requests (%s), want 0", n, e.counts)
	}
	if n := e.counts.api.Load(); n != 2 {
		t.Errorf("the API got %d requests, want 2", n)
	}
}

// BenchmarkTokenReuse is the figure: 200 `tokentui call`s from 20
// parallel processes within one token lifetime, starting cold. It reports
// the token, discovery and JWKS requests made (token must be exactly 1)
// and the wall time of the whole batch.
func BenchmarkTokenReuse(b *testing.B) {
	bin := perfBinary(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		e := newPerfEnv(b, 0)
		b.StartTimer()
		start := time.Now()
		callsInParallel(b, e, bin, 200, 20)
		took := time.Since(start)
		b.StopTimer()
		if n := e.srv.TokenRequests(); n != 1 {
			b.Errorf("200 calls from 20 processes made %d token requests, want 1 (%s)", n, e.counts)
		}
		b.ReportMetric(float64(e.srv.TokenRequests()), "token-requests")
		b.ReportMetric(float64(e.counts.discovery.Load()), "discovery-requests")
		b.ReportMetric(float64(e.counts.jwks.Load()), "jwks-requests")
		b.ReportMetric(ms(took), "batch-ms")
		b.StartTimer()
	}
}
