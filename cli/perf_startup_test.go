package cli

// Issue 9: every command pays for the init of every package linked in, the
// TUI's included. These checks keep the expensive ones out without timing
// anything: what an init allocates is the same on any machine.

import (
	"bufio"
	"bytes"
	"debug/buildinfo"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"tokentui/e2e/harness"
)

// maxInitBytes bounds what one package's init may allocate. The largest
// today are Bubble Tea's (~95 KB) and the i18n catalogue's (~40 KB); chroma's
// lexer and style registries (2.7 and 1.9 MB) and the pt-BR rules compiled
// at init by auth and profiles (~0.9 MB each) took 15–20 ms of every start.
const maxInitBytes = 200 << 10

// TestStartupInitIsLight runs `tokentui version` with GODEBUG=inittrace=1
// and fails when a package's init allocates more than maxInitBytes, or when
// go-runewidth is older than v0.0.28, whose init filled a 2.2 MB table rune
// by rune (22–66 ms) and allocated almost nothing doing it.
func TestStartupInitIsLight(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the real binary")
	}
	bin := harness.Binary(t)
	cmd := exec.Command(bin, "version")
	cmd.Env = append(perfBaseEnv(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("tokentui version: %v\n%s", err, stderr.String())
	}
	inits := 0
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		// init github.com/x/y @1.2 ms, 0.11 ms clock, 34176 bytes, 57 allocs
		f := strings.Fields(sc.Text())
		if len(f) < 10 || f[0] != "init" || f[8] != "bytes," {
			continue
		}
		inits++
		if n, err := strconv.Atoi(f[7]); err == nil && n > maxInitBytes {
			t.Errorf("the init of %s allocates %d bytes (at most %d): make it lazy (sync.OnceValue) or keep the package out of the binary", f[1], n, maxInitBytes)
		}
	}
	if inits == 0 {
		t.Fatalf("no inittrace lines:\n%s", stderr.String())
	}

	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	for _, dep := range info.Deps {
		if dep.Path == "github.com/mattn/go-runewidth" {
			if patch, ok := strings.CutPrefix(dep.Version, "v0.0."); ok {
				if n, err := strconv.Atoi(patch); err == nil && n < 28 {
					t.Errorf("go-runewidth %s builds its width table in init; v0.0.28 and later build it on first use", dep.Version)
				}
			}
		}
	}
}
