package auth

import (
	"context"
	"testing"
	"time"
)

// primed returns a provider and options whose token and discovery are
// already cached on disk.
func primed(b *testing.B) (*fakeProvider, Options) {
	p := newFakeProvider(b)
	o := p.options(b.TempDir())
	if _, err := newClient(b, o).Token(context.Background()); err != nil {
		b.Fatal(err)
	}
	p.total.Store(0)
	return p, o
}

// A warm Token on a long-lived client (the TUI): memory only.
func BenchmarkTokenWarmMemory(b *testing.B) {
	p, o := primed(b)
	c := newClient(b, o)
	ctx := context.Background()
	for b.Loop() {
		if _, err := c.Token(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(p.total.Load()), "network-requests")
}

// A warm Token on a new client each time, as each CLI invocation is:
// discovery cache, key, token cache, all from disk.
func BenchmarkTokenWarmDisk(b *testing.B) {
	p, o := primed(b)
	ctx := context.Background()
	for b.Loop() {
		c, err := New(o)
		if err != nil {
			b.Fatal(err)
		}
		if t, err := c.Token(ctx); err != nil || !t.FromCache {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(p.total.Load()), "network-requests")
}

// A warm Token in a separate process (this test binary as a tiny CLI).
func BenchmarkTokenWarmProcess(b *testing.B) {
	p, o := primed(b)
	for b.Loop() {
		cmd := helperCmd(p.URL, o.CacheDir, time.Time{})
		cmd.Env = append(cmd.Env, "HELPER_START_AT=")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
	}
	b.ReportMetric(float64(p.total.Load()), "network-requests")
}
