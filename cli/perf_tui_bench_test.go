package cli

// Issue 9, target 3, in process: time to the first frame, one frame while
// scrolling a 10 MB body at 200×60 through the whole app, and peak memory
// with a 100 MB body in a helper process.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/requests"
	"tokentui/ui/common"
	"tokentui/ui/response"
	"tokentui/ui/uitest"
)

// BenchmarkTUIFirstFrame: from reading the profiles file to the first frame
// with content (header, profiles list, Token tab) at 200×60, as runApp
// builds the app; then to the frame showing the cached token once Init's
// commands have read the cache.
func BenchmarkTUIFirstFrame(b *testing.B) {
	e := newPerfEnv(b, 0)
	build := perfApp(b, e)
	cacheToken(b, e)
	runs := max(b.N, perfRuns())
	var first, shown []time.Duration
	b.ResetTimer()
	for i := 0; i < runs; i++ {
		start := time.Now()
		m, done := build()
		d := newAppDriver(b, m)
		d.update(tea.WindowSizeMsg{Width: 200, Height: 60})
		cmd := d.m.Init()
		if s := d.screen(); !containsAll(s, "tokentui", perfProfile, "Profiles") {
			b.Fatalf("first frame without content:\n%s", s)
		}
		first = append(first, time.Since(start))
		d.start(cmd)
		d.waitFor(5*time.Second, "VALID")
		shown = append(shown, time.Since(start))
		done()
	}
	b.StopTimer()
	sf, ss := statsOf(first), statsOf(shown)
	sf.report(b, "first-frame")
	ss.report(b, "token-shown")
	b.Logf("first frame with content: %s; cached token on screen: %s", sf, ss)
}

// BenchmarkTUIScroll10MB: one frame (Update of a ↓ or ↑ key + View of the
// whole screen) at 200×60 while the Request tab shows a 10 MB JSON body
// from the sandbox, coloured. The response pane alone has
// ui/response's BenchmarkResponseFrame.
func BenchmarkTUIScroll10MB(b *testing.B) {
	e := newPerfEnv(b, 0)
	build := perfApp(b, e)
	cacheToken(b, e)
	m, done := build()
	defer done()
	d := newAppDriver(b, m)
	d.update(tea.WindowSizeMsg{Width: 200, Height: 60})
	d.start(d.m.Init())
	d.waitFor(5*time.Second, "VALID")
	d.key("2")
	d.key("u")              // into the URL field
	d.key("large?n=270000") // 270,000 items of the sandbox: 10.0 MB
	d.key("enter")
	d.waitFor(60*time.Second, "200 OK", `"name": "item 0000001"`)
	d.key("esc") // leave the URL field: keys go to the response
	time.Sleep(200 * time.Millisecond)
	for len(d.msgs) > 0 { // the colours
		d.update(<-d.msgs)
	}
	before := d.screen()
	d.key("down")
	d.key("down")
	if after := d.screen(); after == before {
		b.Fatalf("↓ does not scroll the body:\n%s", after)
	}
	keys := [2]tea.KeyMsg{{Type: tea.KeyDown}, {Type: tea.KeyUp}}
	n := max(b.N, 200)
	var frames []time.Duration
	var mem0, mem1 runtime.MemStats
	runtime.ReadMemStats(&mem0)
	b.ResetTimer()
	for i := 0; i < n; i++ {
		start := time.Now()
		var cmd tea.Cmd
		d.m, cmd = d.m.Update(keys[i%2])
		if len(d.m.View()) == 0 {
			b.Fatal("empty frame")
		}
		frames = append(frames, time.Since(start))
		d.start(cmd)
	}
	b.StopTimer()
	runtime.ReadMemStats(&mem1)
	s := statsOf(frames)
	b.ReportMetric(float64(s.p50)/float64(time.Microsecond), "frame-p50-µs")
	b.ReportMetric(float64(s.p90)/float64(time.Microsecond), "frame-p90-µs")
	b.ReportMetric(float64(mem1.TotalAlloc-mem0.TotalAlloc)/float64(n), "frame-B")
	b.ReportMetric(float64(mem1.Mallocs-mem0.Mallocs)/float64(n), "frame-allocs")
	b.Logf("one frame scrolling a 10 MB body at 200×60: median %s, p90 %s (target < 2 ms)", s.p50, s.p90)
}

// largeBodyN is the sandbox's large?n= for a body over 100 MB (37 bytes an
// item).
const largeBodyN = 2_800_000

// BenchmarkTUILargeBodyRSS: a helper process (this test binary) loads a
// 100+ MB body from the sandbox through requests.Sender, as the Request tab
// does, hands it to the response pane, lets it prepare and colour what it
// keeps, draws a frame at 200×60 and reports its peak RSS (VmHWM).
func BenchmarkTUILargeBodyRSS(b *testing.B) {
	e := newPerfEnv(b, 0)
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPerfLargeBodyHelper$", "-test.v")
		cmd.Env = append(os.Environ(), "TOKENTUI_PERF_LARGE_BODY="+e.srv.IssuerURL, "TMPDIR="+b.TempDir())
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("helper: %v\n%s", err, out)
		}
		got := map[string]float64{}
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			if f := strings.Fields(sc.Text()); len(f) == 3 && f[0] == "PERF" {
				v, _ := strconv.ParseFloat(f[2], 64)
				got[f[1]] = v
			}
		}
		if got["peak-rss-MB"] == 0 {
			b.Fatalf("helper reported nothing:\n%s", out)
		}
		for k, v := range got {
			b.ReportMetric(v, k)
		}
		b.Logf("body %.0f MB (kept in memory %.1f MB, %v lines shown), peak RSS %.0f MB (target < 150 MB)",
			got["body-MB"], got["kept-MB"], got["lines"], got["peak-rss-MB"])
	}
}

// TestPerfLargeBodyHelper is BenchmarkTUILargeBodyRSS's helper process,
// with the TUI's memory settings; it does nothing in a normal test run.
func TestPerfLargeBodyHelper(t *testing.T) {
	issuer := os.Getenv("TOKENTUI_PERF_LARGE_BODY")
	if issuer == "" {
		t.Skip("helper process of BenchmarkTUILargeBodyRSS")
	}
	tuneTUIMemory() // as runApp does
	ctx := context.Background()
	c, err := auth.New(auth.Options{Issuer: issuer, ClientID: demo.ClientID, Scopes: []string{demo.ScopeRead},
		Secret: func(context.Context) (string, error) { return demo.ClientSecret, nil }})
	if err != nil {
		t.Fatal(err)
	}
	s := &requests.Sender{BaseURL: issuer + demo.APIPath, Tokens: c, SpillDir: t.TempDir()}
	resp, err := s.Send(ctx, requests.Spec{Method: "GET", URL: "large?n=" + strconv.Itoa(largeBodyN)})
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Cleanup()
	st := common.NewStyles(true)
	m := response.New(common.Common{Styles: &st}, response.Options{ID: "p", Colors: response.Color256, IsDark: true})
	m.SetSize(200, 60)
	m.Focus()
	// Preparing and colouring a 100 MB body takes seconds: wait for it.
	m = uitest.SettleWith(t, uitest.Limits{Strict: true, Wait: 2 * time.Minute}, m, m.SetResponse(resp), response.Model.Update)
	if !m.Ready() || len(m.View()) == 0 {
		t.Fatal("the response pane did not get ready")
	}
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyDown})
	_ = m.View()
	fmt.Printf("PERF body-MB %.1f\n", float64(resp.BodySize)/1e6)
	fmt.Printf("PERF kept-MB %.1f\n", float64(len(resp.Body))/1e6)
	fmt.Printf("PERF lines %d\n", len(m.Lines()))
	fmt.Printf("PERF peak-rss-MB %.1f\n", peakRSSMB(t))
	if !resp.Truncated {
		t.Errorf("a %d-byte body was kept whole in memory", resp.BodySize)
	}
}

// peakRSSMB is this process's peak resident set (VmHWM), in MB.
func peakRSSMB(t *testing.T) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc/self/status: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err == nil {
				return float64(kb) / 1024
			}
		}
	}
	t.Fatal("no VmHWM in /proc/self/status")
	return 0
}
