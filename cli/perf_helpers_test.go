package cli

// Helpers of the performance tests and benchmarks (issue 9): a sandbox that
// counts what it serves by kind, a private XDG home with a profile for it,
// runs of the real binary (and of curl) timed from outside, and the
// statistics the benchmarks report.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"tokentui/e2e/harness"

	"tokentui/demo"
	"tokentui/profiles"
)

// perfSecretEnv holds the sandbox's client secret in the environment of
// the binary, so the profiles file holds only a reference to it.
const perfSecretEnv = "TOKENTUI_PERF_SECRET"

// perfProfile is the name of the sandbox profile the perf tests write.
const perfProfile = "bench"

// perfCounts counts the sandbox's requests by kind, from its log lines.
type perfCounts struct {
	discovery, jwks, token, api, other atomic.Int64
}

// provider is what a warm command must not ask for: discovery, JWKS and
// token requests.
func (c *perfCounts) provider() int64 { return c.discovery.Load() + c.jwks.Load() + c.token.Load() }

func (c *perfCounts) String() string {
	return fmt.Sprintf("discovery %d, jwks %d, token %d, api %d, other %d",
		c.discovery.Load(), c.jwks.Load(), c.token.Load(), c.api.Load(), c.other.Load())
}

// logf is the sandbox's Logf: "GET /path → 200 OK (…)".
func (c *perfCounts) logf(format string, args ...any) {
	if len(args) < 2 {
		return
	}
	path, _ := args[1].(string)
	switch {
	case path == demo.JWKSPath:
		c.jwks.Add(1)
	case path == demo.DiscoveryPath:
		c.discovery.Add(1)
	case path == demo.TokenPath:
		c.token.Add(1)
	case strings.HasPrefix(path, demo.APIPath):
		c.api.Add(1)
	default:
		c.other.Add(1)
	}
}

// perfEnv is a sandbox, a private XDG home with a profiles file pointing
// at it, and the environment the binary runs in.
type perfEnv struct {
	srv    *demo.Server
	counts *perfCounts
	home   string
	config string   // the profiles file
	env    []string // for exec.Cmd.Env
}

// newPerfEnv starts a sandbox (rateLimit token requests a minute, so a
// benchmark can let curl ask for many) and writes the profile.
func newPerfEnv(tb testing.TB, rateLimit int) *perfEnv {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	tb.Cleanup(cancel)
	counts := &perfCounts{}
	srv, err := demo.Start(ctx, demo.Options{RateLimit: rateLimit, Logf: counts.logf})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { srv.Close() })
	home := tb.TempDir()
	e := &perfEnv{srv: srv, counts: counts, home: home,
		config: filepath.Join(home, "config", "tokentui", "profiles.yaml")}
	f := &profiles.File{Default: perfProfile, Profiles: []profiles.Profile{{
		Name: perfProfile, Issuer: srv.IssuerURL, ClientID: demo.ClientID,
		ClientSecret: "env:" + perfSecretEnv, Scopes: []string{demo.ScopeRead},
		APIBaseURL: srv.APIURL, Headers: map[string]string{"Accept": "application/json"},
	}}}
	if err := f.Save(e.config); err != nil {
		tb.Fatal(err)
	}
	e.env = append(perfBaseEnv(),
		"HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"),
		"XDG_CACHE_HOME="+filepath.Join(home, "cache"),
		"XDG_STATE_HOME="+filepath.Join(home, "state"),
		"TOKENTUI_CONFIG="+e.config,
		perfSecretEnv+"="+demo.ClientSecret,
	)
	return e
}

// perfBaseEnv is the environment of this process without what tokentui
// reads, so that the user's own profiles, cache and language stay out.
func perfBaseEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(name, "TOKENTUI_"), strings.HasPrefix(name, "XDG_"),
			strings.HasPrefix(name, "LC_"), name == "HOME", name == "LANG", name == "LANGUAGE",
			name == "GODEBUG", name == "COLORFGBG", name == "NO_COLOR":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "LANG=C.UTF-8")
}

// output runs the binary with args and returns its stdout; an exit
// status other than 0 is an error with stderr in it. Safe to call from
// any goroutine.
func (e *perfEnv) output(bin string, args ...string) (string, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = e.env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return out.String(), fmt.Errorf("tokentui %s: %w\nstderr: %s", strings.Join(args, " "), err, errOut.String())
	}
	return out.String(), nil
}

// run is output that fails tb on an error.
func (e *perfEnv) run(tb testing.TB, bin string, args ...string) string {
	tb.Helper()
	out, err := e.output(bin, args...)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// timed runs cmd (stdout and stderr to /dev/null) and returns how long it
// took from start to exit, as a shell's time would.
func timed(tb testing.TB, cmd *exec.Cmd) time.Duration {
	tb.Helper()
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if err != nil {
		tb.Fatalf("%s: %v\nstderr: %s", strings.Join(cmd.Args, " "), err, errOut.String())
	}
	return d
}

// perfRuns is how many alternating runs a CLI benchmark makes of each
// side: $TOKENTUI_BENCH_RUNS, at least 50 (the floor).
func perfRuns() int {
	n, err := strconv.Atoi(os.Getenv("TOKENTUI_BENCH_RUNS"))
	if err != nil || n < 50 {
		return 60
	}
	return n
}

// stats are the median and the 90th percentile of a set of durations.
type stats struct {
	n        int
	p50, p90 time.Duration
}

func statsOf(ds []time.Duration) stats {
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s) == 0 {
		return stats{}
	}
	// nearest rank
	rank := func(p float64) time.Duration {
		i := int(p*float64(len(s))+0.5) - 1
		return s[max(0, min(i, len(s)-1))]
	}
	return stats{n: len(s), p50: rank(0.5), p90: rank(0.9)}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// report reports s as NAME-p50-ms and NAME-p90-ms.
func (s stats) report(b *testing.B, name string) {
	b.ReportMetric(ms(s.p50), name+"-p50-ms")
	b.ReportMetric(ms(s.p90), name+"-p90-ms")
}

func (s stats) String() string {
	return fmt.Sprintf("median %.1f ms, p90 %.1f ms (n=%d)", ms(s.p50), ms(s.p90), s.n)
}

// perfBinary is the binary a benchmark measures: $TOKENTUI_BENCH_BIN when
// set (another build, an older commit say, measured under the same
// load), else the one built from this tree.
func perfBinary(tb testing.TB) string {
	if p := os.Getenv("TOKENTUI_BENCH_BIN"); p != "" {
		return p
	}
	return harness.Binary(tb)
}
