package cli

// Issue 9, target 2: what tokentui costs beside curl, measured in one run
// that alternates the two so that both see the same machine load.
//
//	call  warm cache   vs  curl with the token in hand, same request: ≤ 1.5×
//	token warm cache   vs  curl POSTing to the token endpoint:         ≤ 0.75×

import (
	"os/exec"
	"strings"
	"testing"
	"time"

	"tokentui/demo"
)

// alternate runs a then b, n times, and returns both sets of durations.
func alternate(tb testing.TB, n int, a, b func() *exec.Cmd) (da, db []time.Duration) {
	tb.Helper()
	for i := 0; i < n; i++ {
		da = append(da, timed(tb, a()))
		db = append(db, timed(tb, b()))
	}
	return da, db
}

// curlPath is curl's path, or skips b when there is none.
func curlPath(b *testing.B) string {
	p, err := exec.LookPath("curl")
	if err != nil {
		b.Skip("curl is not installed (.ci/run installs it)")
	}
	return p
}

// benchCLI reports the medians and p90s of tokentui and its peer, and
// their ratio (median over median), against limit.
func benchCLI(b *testing.B, name string, tt, peer []time.Duration, limit float64) {
	st, sp := statsOf(tt), statsOf(peer)
	st.report(b, "tokentui")
	sp.report(b, "curl")
	ratio := ms(st.p50) / ms(sp.p50)
	b.ReportMetric(ratio, "ratio-p50")
	b.ReportMetric(ms(st.p90)/ms(sp.p90), "ratio-p90")
	verdict := "within"
	if ratio > limit {
		verdict = "MISSES"
	}
	b.Logf("%s: tokentui %s; curl %s; ratio %.2f× (%s the %.2f× target)", name, st, sp, ratio, verdict, limit)
}

// BenchmarkCLICall: `tokentui call me` with a warm cache against
// `curl -H "Authorization: Bearer …"` on the same URL with the same headers.
func BenchmarkCLICall(b *testing.B) {
	curl := curlPath(b)
	bin := perfBinary(b)
	e := newPerfEnv(b, 0)
	tok := strings.TrimSpace(e.run(b, bin, "token"))
	url := e.srv.APIURL + "me"
	runs := perfRuns()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		before := e.counts.provider()
		tt, peer := alternate(b, runs, func() *exec.Cmd {
			c := exec.Command(bin, "call", "me")
			c.Env = e.env
			return c
		}, func() *exec.Cmd {
			return exec.Command(curl, "-sS", "--fail", "-o", "/dev/null",
				"-H", "Accept: application/json", "-H", "Authorization: Bearer "+tok, url)
		})
		if n := e.counts.provider() - before; n != 0 {
			b.Errorf("warm calls made %d provider requests (%s)", n, e.counts)
		}
		benchCLI(b, "call", tt, peer, 1.5)
	}
}

// BenchmarkCLIToken: `tokentui token` with a warm cache against curl
// fetching a new token from the same provider (POST to its token endpoint).
func BenchmarkCLIToken(b *testing.B) {
	curl := curlPath(b)
	bin := perfBinary(b)
	e := newPerfEnv(b, 1<<30) // curl asks for a token every run: no 429s
	e.run(b, bin, "token")
	runs := perfRuns()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tokenBefore := e.srv.TokenRequests()
		tt, peer := alternate(b, runs, func() *exec.Cmd {
			c := exec.Command(bin, "token")
			c.Env = e.env
			return c
		}, func() *exec.Cmd {
			return exec.Command(curl, "-sS", "--fail", "-o", "/dev/null",
				"-u", demo.ClientID+":"+demo.ClientSecret,
				"-d", "grant_type=client_credentials", "-d", "scope="+demo.ScopeRead, e.srv.TokenURL)
		})
		if n := e.srv.TokenRequests() - tokenBefore; n != runs {
			b.Errorf("%d token requests in %d runs of each: tokentui made %d, want 0", n, runs, n-runs)
		}
		benchCLI(b, "token", tt, peer, 0.75)
	}
}

// BenchmarkCLIVersion is the floor under every command: start the binary,
// print a line, exit; beside `curl --version`, which does as little.
func BenchmarkCLIVersion(b *testing.B) {
	curl := curlPath(b)
	bin := perfBinary(b)
	e := newPerfEnv(b, 0)
	runs := perfRuns()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tt, peer := alternate(b, runs, func() *exec.Cmd {
			c := exec.Command(bin, "version")
			c.Env = e.env
			return c
		}, func() *exec.Cmd { return exec.Command(curl, "--version") })
		benchCLI(b, "version", tt, peer, 1.5)
	}
}
