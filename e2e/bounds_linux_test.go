//go:build linux

package e2e

// Issue 13, part 4: bounded input, with the real binary. A request body
// from -d @FILE, -d @- or a device is read with a bound (--max-body, 100
// MiB by default) and never whole into memory; past the bound the run
// ends at once with one sentence and a hint (exit 2), leaving nothing in
// the temporary directory. Peak memory is read from the child's rusage.

import (
	"bytes"
	"crypto/sha256"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"tokentui/e2e/harness"
)

// endless is a reader that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// measurePeak makes cmd run under GNU time, which writes the peak
// resident memory of the program alone (rusage of a child forked from the
// test process would count the test's own memory, shared until exec). The
// returned function gives it, in bytes, once cmd has run; -1 when GNU time
// is not installed (the command then runs as it is).
func measurePeak(t *testing.T, cmd *exec.Cmd) func() int64 {
	t.Helper()
	gnuTime := "/usr/bin/time"
	if _, err := os.Stat(gnuTime); err != nil {
		t.Logf("no %s: peak memory not measured", gnuTime)
		return func() int64 { return -1 }
	}
	out := filepath.Join(t.TempDir(), "rss")
	cmd.Args = append([]string{gnuTime, "-f", "%M", "-o", out}, append([]string{cmd.Path}, cmd.Args[1:]...)...)
	cmd.Path = gnuTime
	return func() int64 {
		data, err := os.ReadFile(out)
		fields := strings.Fields(string(data))
		if err != nil || len(fields) == 0 {
			return -1
		}
		kb, err := strconv.ParseInt(fields[len(fields)-1], 10, 64)
		if err != nil {
			return -1
		}
		return kb << 10
	}
}

func TestCallBodyIsBounded(t *testing.T) {
	harness.Binary(t)
	h := newXDGHome(t)
	var mu sync.Mutex
	got := map[string]string{} // path → "length sha256"
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/connect/token" {
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
			return
		}
		sum := sha256.New()
		n, _ := io.Copy(sum, r.Body)
		mu.Lock()
		got[r.URL.Path] = strconv.FormatInt(n, 10) + " " + strconv.FormatInt(r.ContentLength, 10) + " " + string(sum.Sum(nil))
		mu.Unlock()
		writeJSON(w, 200, map[string]any{"ok": true})
	}))
	t.Cleanup(api.Close)
	h.writeProfiles(t, sprintf("profiles:\n  - {name: p, token_url: '%s/connect/token', client_id: c, client_secret: 'env:%s', api_base_url: '%s/api/'}\n",
		api.URL, hardSecretEnv, api.URL))
	tmp := filepath.Join(h.root, "tmp")
	os.Mkdir(tmp, 0o700)
	env := []string{hardSecretEnv + "=s", "TMPDIR=" + tmp}
	big := filepath.Join(h.root, "big.bin")
	os.WriteFile(big, bytes.Repeat([]byte("b"), 3<<20), 0o600)

	for _, tc := range []struct {
		name  string
		stdin io.Reader
		args  []string
		want  string
	}{
		{"/dev/zero", nil, []string{"-d", "@/dev/zero"}, "the body of -d @/dev/zero is over the 100.0 MB limit"},
		{"endless stdin", endless{}, []string{"--max-body", "2M", "-d", "@-"}, "the body of -d @- is over the 2.0 MB limit"},
		{"large file", nil, []string{"--max-body", "2MiB", "-d", "@" + big}, "is 3.0 MB, over the 2.0 MB limit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := binCmd(t, h, env, append(append([]string{"call"}, tc.args...), "upload")...)
			cmd.Stdin = tc.stdin
			peak := measurePeak(t, cmd)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			cmd.Run()
			if code := cmd.ProcessState.ExitCode(); code != 2 || !strings.Contains(errb.String(), tc.want) {
				t.Errorf("exit %d, stderr:\n%s", code, errb.String())
			}
			checkErrorShape(t, errb.String())
			if rss := peak(); rss > 64<<20 {
				t.Errorf("peak memory %d MiB", rss>>20)
			} else {
				t.Logf("peak memory %.1f MiB", float64(rss)/(1<<20))
			}
			if left := spillLeft(tmp); len(left) != 0 {
				t.Errorf("left in TMPDIR: %v", left)
			}
		})
	}

	// Under the bound, every byte arrives, with its length announced: a
	// file streamed from where it is, stdin through a copy.
	want := func(b []byte) string {
		s := sha256.Sum256(b)
		return strconv.Itoa(len(b)) + " " + strconv.Itoa(len(b)) + " " + string(s[:])
	}
	if r := runBin(t, h, "", env, "call", "-d", "@"+big, "file"); r.code != 0 {
		t.Fatalf("-d @file: exit %d\n%s", r.code, r.stderr)
	}
	stdin := strings.Repeat("s", 3<<20+7)
	if r := runBin(t, h, stdin, env, "call", "-d", "@-", "stdin"); r.code != 0 {
		t.Fatalf("-d @-: exit %d\n%s", r.code, r.stderr)
	}
	mu.Lock()
	defer mu.Unlock()
	if got["/api/file"] != want(bytes.Repeat([]byte("b"), 3<<20)) || got["/api/stdin"] != want([]byte(stdin)) {
		t.Errorf("the API did not get the bodies whole: file %q, stdin %q", strings.Fields(got["/api/file"])[:2], strings.Fields(got["/api/stdin"] + " - -")[:2])
	}
	if _, sent := got["/api/upload"]; sent {
		t.Errorf("a body over the bound was sent")
	}
	if left := spillLeft(tmp); len(left) != 0 {
		t.Errorf("left in TMPDIR: %v", left)
	}
}
