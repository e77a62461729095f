//go:build linux

package cli

// Issue 9, targets 3 and 4, from outside: the real binary on a
// pseudo-terminal of 200×60, timed from exec to the first frame with
// content on the terminal. The terminal either answers the queries a
// program sends it (background colour, cursor position) as terminals do,
// or stays silent, as some serial consoles, CI runners and pipes posing as
// terminals do: then every query waits for its timeout.

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"
)

// BenchmarkTUIFirstFramePTY: `tokentui` (saved profiles, token cached) on a
// 200×60 terminal, from exec to the first frame with the header and the
// profiles list, and to the cached token on screen; the same on a silent
// terminal, on first run (no profiles file: the presets, one of them the
// sandbox on its default port, which tokentui serves itself) and for
// `tokentui demo` (a sandbox of its own, a token fetched at start).
func BenchmarkTUIFirstFramePTY(b *testing.B) {
	bin := perfBinary(b)
	e := newPerfEnv(b, 0)
	e.run(b, bin, "token")
	firstRun := append(slices.Clone(e.env), "TOKENTUI_CONFIG="+filepath.Join(b.TempDir(), "none.yaml"))
	for _, c := range []struct {
		name   string
		env    []string
		args   []string
		shown  string // what says the token (or the presets) are on screen
		answer bool
		runs   int
	}{
		{"answering-terminal", e.env, nil, "VALID", true, 20},
		{"silent-terminal", e.env, nil, "VALID", false, 1},
		{"first-run", firstRun, nil, "acesso-cidadao", true, 10},
		{"demo", e.env, []string{"demo"}, "VALID", true, 10},
	} {
		b.Run(c.name, func(b *testing.B) {
			var first, shown []time.Duration
			for i := 0; i < c.runs; i++ {
				r := harness.StartPTY(b, c.env, c.answer, []string{"Profiles", c.shown}, bin, c.args...)
				first = append(first, r.When(b, "Profiles", 30*time.Second))
				shown = append(shown, r.When(b, c.shown, 30*time.Second))
				r.Master.WriteString("q")
				r.Exit(b, 10*time.Second)
			}
			sf, ss := statsOf(first), statsOf(shown)
			sf.report(b, "first-frame")
			ss.report(b, "token-shown")
			b.Logf("%s: first frame %s; token on screen %s", c.name, sf, ss)
		})
	}
}

// BenchmarkCLITokenPTY: a warm `tokentui token` printing to a terminal,
// from exec to exit. Bubble Tea's init asks the terminal for its
// background whenever stdout is one; a silent terminal makes it wait.
func BenchmarkCLITokenPTY(b *testing.B) {
	bin := perfBinary(b)
	e := newPerfEnv(b, 0)
	e.run(b, bin, "token")
	for _, c := range []struct {
		name   string
		answer bool
		runs   int
	}{{"answering-terminal", true, 20}, {"silent-terminal", false, 1}} {
		b.Run(c.name, func(b *testing.B) {
			var took []time.Duration
			for i := 0; i < c.runs; i++ {
				r := harness.StartPTY(b, e.env, c.answer, []string{"eyJ"}, bin, "token")
				r.When(b, "eyJ", 30*time.Second)
				took = append(took, r.Exit(b, 30*time.Second))
			}
			s := statsOf(took)
			s.report(b, "token")
			b.Logf("%s: tokentui token %s", c.name, s)
		})
	}
}

// BenchmarkTUILargeBodyRSSBinary: the real binary on a 200×60 terminal
// opens the Request tab, asks the sandbox for a 100+ MB body, shows it,
// scrolls, and its peak RSS (VmHWM) is read from /proc.
func BenchmarkTUILargeBodyRSSBinary(b *testing.B) {
	bin := perfBinary(b)
	e := newPerfEnv(b, 0)
	e.run(b, bin, "token")
	for i := 0; i < b.N; i++ {
		r := harness.StartPTY(b, e.env, true, []string{"VALID", "200 OK", "item 0000001"}, bin)
		r.When(b, "VALID", 30*time.Second)
		r.Master.WriteString("2")
		time.Sleep(300 * time.Millisecond) // keys sent together read as one
		r.Master.WriteString("u")          // into the URL field
		time.Sleep(300 * time.Millisecond)
		r.Master.WriteString("large?n=" + strconv.Itoa(largeBodyN))
		time.Sleep(300 * time.Millisecond)
		r.Master.WriteString("\r")
		took := r.When(b, "200 OK", 120*time.Second)
		r.When(b, "item 0000001", 30*time.Second)
		time.Sleep(2 * time.Second) // colours, then a few frames of scrolling
		r.Master.WriteString("\x1b")
		time.Sleep(300 * time.Millisecond)
		for j := 0; j < 20; j++ {
			r.Master.WriteString("\x1b[B")
			time.Sleep(20 * time.Millisecond)
		}
		status, err := os.ReadFile("/proc/" + strconv.Itoa(r.Cmd.Process.Pid) + "/status")
		if err != nil {
			b.Skipf("cannot read the process status: %v", err)
		}
		var hwm float64
		for _, line := range strings.Split(string(status), "\n") {
			if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
				kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
				hwm = float64(kb) / 1024
			}
		}
		r.Master.WriteString("q")
		r.Exit(b, 10*time.Second)
		b.ReportMetric(hwm, "peak-rss-MB")
		b.ReportMetric(ms(took-r.SeenAt("VALID")), "to-200-ms")
		b.Logf("tokentui with a %d-item body (~%d MB): peak RSS %.0f MB (target < 150 MB)", largeBodyN, largeBodyN*37/1_000_000, hwm)
	}
}
