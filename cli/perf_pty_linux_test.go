//go:build linux

package cli

// Issue 9, targets 3 and 4, from outside: the real binary on a
// pseudo-terminal of 200×60, timed from exec to the first frame with
// content on the terminal. The terminal either answers the queries a
// program sends it (background colour, cursor position) as terminals do,
// or stays silent, as some serial consoles, CI runners and pipes posing as
// terminals do: then every query waits for its timeout.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal of w×h: the master end this process
// reads and writes, the slave end the program gets as its terminal.
func openPTY(tb testing.TB, w, h int) (master, slave *os.File) {
	tb.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		tb.Skipf("no pseudo-terminals here: %v", err)
	}
	fd := int(m.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		tb.Skipf("cannot unlock the pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		m.Close()
		tb.Skipf("cannot name the pseudo-terminal: %v", err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		m.Close()
		tb.Skipf("cannot open the pseudo-terminal's slave: %v", err)
	}
	if err := unix.IoctlSetWinsize(int(s.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: uint16(h), Col: uint16(w)}); err != nil {
		tb.Fatalf("setting the terminal size: %v", err)
	}
	return m, s
}

// ptyRun is the binary running on a pseudo-terminal.
type ptyRun struct {
	cmd    *exec.Cmd
	master *os.File
	start  time.Time

	mu   sync.Mutex
	out  bytes.Buffer
	seen map[string]time.Duration // text → when it first showed
	want []string
	done chan struct{} // closed when the output ends
}

// startPTY runs bin with args on a new 200×60 pseudo-terminal. When answer
// is set the terminal answers background-colour (OSC 11, dark) and
// cursor-position (CPR) queries; otherwise it stays silent. It notes when
// each of want first shows on the screen.
func startPTY(tb testing.TB, env []string, answer bool, want []string, bin string, args ...string) *ptyRun {
	tb.Helper()
	master, slave := openPTY(tb, 200, 60)
	r := &ptyRun{master: master, seen: map[string]time.Duration{}, want: want, done: make(chan struct{})}
	r.cmd = exec.Command(bin, args...)
	r.cmd.Env = append(env, "TERM=xterm-256color")
	r.cmd.Stdin, r.cmd.Stdout, r.cmd.Stderr = slave, slave, slave
	r.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	r.start = time.Now()
	if err := r.cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	slave.Close()
	go r.read(answer)
	tb.Cleanup(func() {
		_ = r.cmd.Process.Kill()
		_ = r.cmd.Wait()
		master.Close()
	})
	return r
}

func (r *ptyRun) read(answer bool) {
	defer close(r.done)
	buf := make([]byte, 64<<10)
	answered := 0 // bytes of output already scanned for queries
	for {
		n, err := r.master.Read(buf)
		if n > 0 {
			r.mu.Lock()
			r.out.Write(buf[:n])
			all := r.out.Bytes()
			if answer {
				scan := all[max(0, answered-16):]
				if bytes.Contains(scan, []byte("\x1b]11;?")) {
					r.master.WriteString("\x1b]11;rgb:0000/0000/0000\x1b\\")
				}
				if bytes.Contains(scan, []byte("\x1b[6n")) {
					r.master.WriteString("\x1b[1;1R")
				}
				answered = len(all)
			}
			if len(r.seen) < len(r.want) {
				screen := ansi.Strip(string(all))
				for _, w := range r.want {
					if _, ok := r.seen[w]; !ok && strings.Contains(screen, w) {
						r.seen[w] = time.Since(r.start)
					}
				}
			}
			r.mu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// when waits until text shows, and says how long after exec it did.
func (r *ptyRun) when(tb testing.TB, text string, timeout time.Duration) time.Duration {
	tb.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		r.mu.Lock()
		d, ok := r.seen[text]
		r.mu.Unlock()
		if ok {
			return d
		}
		time.Sleep(time.Millisecond)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	tb.Fatalf("%q never showed within %s; output:\n%q", text, timeout, r.out.String())
	return 0
}

// exit waits for the program to end and says how long after exec it did.
func (r *ptyRun) exit(tb testing.TB, timeout time.Duration) time.Duration {
	tb.Helper()
	select {
	case <-r.done:
	case <-time.After(timeout):
		tb.Fatalf("still running after %s", timeout)
	}
	_ = r.cmd.Wait()
	return time.Since(r.start)
}

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
				r := startPTY(b, c.env, c.answer, []string{"Profiles", c.shown}, bin, c.args...)
				first = append(first, r.when(b, "Profiles", 30*time.Second))
				shown = append(shown, r.when(b, c.shown, 30*time.Second))
				r.master.WriteString("q")
				r.exit(b, 10*time.Second)
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
				r := startPTY(b, e.env, c.answer, []string{"eyJ"}, bin, "token")
				r.when(b, "eyJ", 30*time.Second)
				took = append(took, r.exit(b, 30*time.Second))
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
		r := startPTY(b, e.env, true, []string{"VALID", "200 OK", "item 0000001"}, bin)
		r.when(b, "VALID", 30*time.Second)
		r.master.WriteString("2")
		time.Sleep(300 * time.Millisecond) // keys sent together read as one
		r.master.WriteString("u")          // into the URL field
		time.Sleep(300 * time.Millisecond)
		r.master.WriteString("large?n=" + strconv.Itoa(largeBodyN))
		time.Sleep(300 * time.Millisecond)
		r.master.WriteString("\r")
		took := r.when(b, "200 OK", 120*time.Second)
		r.when(b, "item 0000001", 30*time.Second)
		time.Sleep(2 * time.Second) // colours, then a few frames of scrolling
		r.master.WriteString("\x1b")
		time.Sleep(300 * time.Millisecond)
		for j := 0; j < 20; j++ {
			r.master.WriteString("\x1b[B")
			time.Sleep(20 * time.Millisecond)
		}
		status, err := os.ReadFile("/proc/" + strconv.Itoa(r.cmd.Process.Pid) + "/status")
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
		r.master.WriteString("q")
		r.exit(b, 10*time.Second)
		b.ReportMetric(hwm, "peak-rss-MB")
		b.ReportMetric(ms(took-r.seen["VALID"]), "to-200-ms")
		b.Logf("tokentui with a %d-item body (~%d MB): peak RSS %.0f MB (target < 150 MB)", largeBodyN, largeBodyN*37/1_000_000, hwm)
	}
}
