// Package harness is what the tests that run the real binary share: build
// it once (Binary) and run it on a pseudo-terminal (StartPTY). It is
// imported by tests only (package cli's and package e2e's).
package harness

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// Binary builds the tokentui binary once per test process and returns
// its path.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tokentui-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "tokentui")
		out, err := exec.Command("go", "build", "-o", binPath, "tokentui").CombinedOutput()
		if err != nil {
			buildErr = err
			binPath = string(out)
		}
	})
	if buildErr != nil {
		t.Fatalf("go build: %v\n%s", buildErr, binPath)
	}
	return binPath
}
