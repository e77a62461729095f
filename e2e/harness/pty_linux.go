package harness

import (
	"bytes"
	"os"
	"os/exec"
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

// PTY is the binary running on a pseudo-terminal.
type PTY struct {
	Cmd    *exec.Cmd // the running program
	Master *os.File  // write to it to type
	start  time.Time

	mu   sync.Mutex
	out  bytes.Buffer
	seen map[string]time.Duration // text → when it first showed
	want []string
	done chan struct{} // closed when the output ends
}

// StartPTY runs bin with args on a new 200×60 pseudo-terminal. When answer
// is set the terminal answers background-colour (OSC 11, dark) and
// cursor-position (CPR) queries; otherwise it stays silent. It notes when
// each of want first shows on the screen.
func StartPTY(tb testing.TB, env []string, answer bool, want []string, bin string, args ...string) *PTY {
	tb.Helper()
	master, slave := openPTY(tb, 200, 60)
	r := &PTY{Master: master, seen: map[string]time.Duration{}, want: want, done: make(chan struct{})}
	r.Cmd = exec.Command(bin, args...)
	r.Cmd.Env = append(env, "TERM=xterm-256color")
	r.Cmd.Stdin, r.Cmd.Stdout, r.Cmd.Stderr = slave, slave, slave
	r.Cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	r.start = time.Now()
	if err := r.Cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	slave.Close()
	go r.read(answer)
	tb.Cleanup(func() {
		_ = r.Cmd.Process.Kill()
		_ = r.Cmd.Wait()
		master.Close()
	})
	return r
}

func (r *PTY) read(answer bool) {
	defer close(r.done)
	buf := make([]byte, 64<<10)
	answered := 0 // bytes of output already scanned for queries
	for {
		n, err := r.Master.Read(buf)
		if n > 0 {
			r.mu.Lock()
			r.out.Write(buf[:n])
			all := r.out.Bytes()
			if answer {
				scan := all[max(0, answered-16):]
				if bytes.Contains(scan, []byte("\x1b]11;?")) {
					r.Master.WriteString("\x1b]11;rgb:0000/0000/0000\x1b\\")
				}
				if bytes.Contains(scan, []byte("\x1b[6n")) {
					r.Master.WriteString("\x1b[1;1R")
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

// When waits until text shows, and says how long after exec it did.
func (r *PTY) When(tb testing.TB, text string, timeout time.Duration) time.Duration {
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

// Exit waits for the program to end and says how long after exec it did.
func (r *PTY) Exit(tb testing.TB, timeout time.Duration) time.Duration {
	tb.Helper()
	select {
	case <-r.done:
	case <-time.After(timeout):
		tb.Fatalf("still running after %s", timeout)
	}
	_ = r.Cmd.Wait()
	return time.Since(r.start)
}

// SeenAt says how long after exec text first showed (0 if it has not).
func (r *PTY) SeenAt(text string) time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.seen[text]
}
