//go:build linux

package e2e

// Issue 13, part 4: decode and decode --json cost time and memory in
// proportion to the token, with the real binary: a token over 1 MiB and
// claims nested deeper than 32 levels are refused with a clear error; the
// worst token still accepted (1 MiB of claims nested 31 deep) is decoded
// with output linear in its size and bounded memory.

import (
	"bytes"
	"encoding/base64"
	"os/exec"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"

	"tokentui/auth"
)

// hostileJWT is a token whose payload is {"a":X} with X filling about
// size bytes of base64.
func hostileJWT(x string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"RS256","typ":"JWT"}`)) + "." + enc([]byte(`{"a":`+x+`}`)) + "." + enc([]byte("sig"))
}

// nests returns n arrays, each depth deep, in one array, as JSON text.
func nests(n, depth int) string {
	one := strings.Repeat("[", depth) + strings.Repeat("]", depth)
	return "[" + strings.TrimSuffix(strings.Repeat(one+",", n), ",") + "]"
}

func TestDecodeIsBounded(t *testing.T) {
	bin := harness.Binary(t)
	payload := (auth.MaxTokenSize - 200) * 3 / 4 // base64 makes 3 bytes 4; 200 for the header and signature
	deep := hostileJWT(strings.Repeat("[", payload/2-4) + strings.Repeat("]", payload/2-4))
	worst := hostileJWT(nests(payload/(2*(auth.MaxNesting-2)+1)-1, auth.MaxNesting-2))
	tooBig := hostileJWT(`"` + strings.Repeat("x", payload+1024) + `"`)
	if len(deep) > auth.MaxTokenSize || len(worst) > auth.MaxTokenSize || len(tooBig) <= auth.MaxTokenSize {
		t.Fatalf("sizes: deep %d, worst %d, too big %d", len(deep), len(worst), len(tooBig))
	}
	for _, tc := range []struct {
		name, token, want string
		code              int
	}{
		{"nested 390,000 deep", deep, "nested deeper than 32 levels", 2},
		{"over 1 MiB", tooBig, "over the 1.0 MB a token can be", 2},
		{"1 MiB nested 30 deep", worst, "", 0},
	} {
		for _, args := range [][]string{{"decode", "-"}, {"decode", "--json", "-"}} {
			cmd := exec.Command(bin, args...)
			cmd.Env = []string{"LANG=C.UTF-8", "HOME=" + t.TempDir()}
			cmd.Stdin = strings.NewReader(tc.token)
			peak := measurePeak(t, cmd)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			start := time.Now()
			cmd.Run()
			took := time.Since(start)
			code, rss := cmd.ProcessState.ExitCode(), peak()
			t.Logf("%s, %v: %d bytes in, exit %d, %d bytes out, peak memory %.1f MiB, %s",
				tc.name, args, len(tc.token), code, out.Len(), float64(rss)/(1<<20), took.Round(time.Millisecond))
			if code != tc.code || !strings.Contains(errb.String(), tc.want) {
				t.Errorf("%s %v: exit %d, stderr %q", tc.name, args, code, errb.String())
			}
			if code != 0 {
				checkErrorShape(t, errb.String())
			}
			if rss > 256<<20 || out.Len() > 64*len(tc.token) {
				t.Errorf("%s %v: %d MiB of memory, %d bytes of output for %d bytes of token", tc.name, args, rss>>20, out.Len(), len(tc.token))
			}
		}
	}
}
