//go:build linux

package e2e

// Issue 13, part 3: clean exits, with the real binary. SIGINT, SIGTERM and
// SIGHUP leave no spilled body behind, in `call` (mid-body, and blocked
// writing to a pipe nobody reads) and in the TUI; what a SIGKILL left is
// removed by a later run.

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"tokentui/e2e/harness"
)

// spillLeft lists what tokentui left in dir (its TMPDIR).
func spillLeft(dir string) []string {
	var out []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "tokentui-") {
			out = append(out, e.Name())
		}
	}
	return out
}

// spilledBytes is the size of the largest file under dir.
func spilledBytes(dir string) int64 {
	var n int64
	for _, f := range listFiles(dir) {
		if st, err := os.Stat(f); err == nil && st.Size() > n {
			n = st.Size()
		}
	}
	return n
}

// bigBodyEnv serves a token and, under /api/big, 24 MiB of body; when
// hang is set the body never ends.
func bigBodyEnv(t *testing.T) (*xdgHome, string) {
	t.Helper()
	harness.Binary(t)
	h := newXDGHome(t)
	api := newRecorder(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/connect/token":
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
			return
		}
		chunk := bytes.Repeat([]byte("x"), 1<<20)
		for i := 0; i < 24; i++ {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
		if r.URL.Path == "/api/hang" {
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		}
	})
	h.writeProfiles(t, sprintf("profiles:\n  - {name: p, token_url: '%s/connect/token', client_id: c, client_secret: 'env:%s', api_base_url: '%s/api/'}\n",
		api.URL, hardSecretEnv, api.URL))
	tmp := filepath.Join(h.root, "tmp")
	if err := os.Mkdir(tmp, 0o700); err != nil {
		t.Fatal(err)
	}
	return h, tmp
}

// waitSpill waits until more than 10 MiB were spilled under tmp.
func waitSpill(t *testing.T, tmp string) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if spilledBytes(tmp) > 10<<20 {
			return
		}
	}
	t.Fatalf("nothing spilled under %s: %v", tmp, listFiles(tmp))
}

func TestCallSignalsLeaveNoSpill(t *testing.T) {
	h, tmp := bigBodyEnv(t)
	env := []string{hardSecretEnv + "=s", "TMPDIR=" + tmp}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run("mid-body/"+sig.String(), func(t *testing.T) {
			cmd := binCmd(t, h, env, "call", "hang")
			cmd.Stdout = io.Discard
			var errb bytes.Buffer
			cmd.Stderr = &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitSpill(t, tmp)
			cmd.Process.Signal(sig)
			start := time.Now()
			cmd.Wait()
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("took %s to end", took)
			}
			if left := spillLeft(tmp); len(left) != 0 {
				t.Errorf("left in TMPDIR: %v", left)
			}
			if !strings.Contains(errb.String(), "interrupted") {
				t.Errorf("stderr: %q", errb.String())
			}
		})
		t.Run("blocked-stdout/"+sig.String(), func(t *testing.T) {
			cmd := binCmd(t, h, env, "call", "big")
			pr, pw, err := os.Pipe() // never read: the body fills the pipe and call blocks
			if err != nil {
				t.Fatal(err)
			}
			defer pr.Close()
			cmd.Stdout = pw
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			pw.Close()
			waitSpill(t, tmp)
			time.Sleep(200 * time.Millisecond) // let it reach the write
			cmd.Process.Signal(sig)
			start := time.Now()
			err = cmd.Wait()
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("took %s to end", took)
			}
			if code := cmd.ProcessState.ExitCode(); code != 128+int(sig) && code != 1 {
				t.Errorf("exit %d (%v), want %d or 1", code, err, 128+int(sig))
			}
			if left := spillLeft(tmp); len(left) != 0 {
				t.Errorf("left in TMPDIR: %v", left)
			}
		})
	}
}

// TestLaterRunSweepsKilledSpill: SIGKILL cannot be caught; the next call
// removes what it left (once a minute old), and only that.
func TestLaterRunSweepsKilledSpill(t *testing.T) {
	h, tmp := bigBodyEnv(t)
	env := []string{hardSecretEnv + "=s", "TMPDIR=" + tmp}
	cmd := binCmd(t, h, env, "call", "hang")
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitSpill(t, tmp)
	cmd.Process.Kill()
	cmd.Wait()
	left := spillLeft(tmp)
	if len(left) != 1 {
		t.Fatalf("after SIGKILL: %v", left)
	}
	old := time.Now().Add(-2 * time.Minute)
	os.Chtimes(filepath.Join(tmp, left[0]), old, old)
	keep := filepath.Join(tmp, "tokentui-body-20261203-120000.json") // a body the user saved there
	os.WriteFile(keep, []byte("{}"), 0o600)
	os.Chtimes(keep, old.Add(-time.Hour), old.Add(-time.Hour))

	if r := runBin(t, h, "", env, "call", "me"); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if got := fmt.Sprint(spillLeft(tmp)); got != "[tokentui-body-20261203-120000.json]" {
		t.Errorf("left after a later run: %s", got)
	}
}

func TestTUISignalsLeaveNoSpill(t *testing.T) {
	bin := harness.Binary(t)
	h := newXDGHome(t)
	tmp := filepath.Join(h.root, "tmp")
	os.Mkdir(tmp, 0o700)
	env := append([]string{"PATH=" + os.Getenv("PATH"), "LANG=C.UTF-8", "TMPDIR=" + tmp}, h.env()...)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			r := harness.StartPTY(t, env, true, []string{"demo-client"}, bin, "demo")
			r.When(t, "demo-client", 20*time.Second)
			if left := spillLeft(tmp); len(left) != 1 {
				t.Fatalf("the TUI's spill folder: %v", left)
			}
			r.Cmd.Process.Signal(sig)
			r.Exit(t, 5*time.Second)
			if left := spillLeft(tmp); len(left) != 0 {
				t.Errorf("left in TMPDIR: %v", left)
			}
		})
	}
}
