//go:build unix

package requests

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// deadPID is the id of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	c := exec.Command("true")
	if err := c.Run(); err != nil {
		t.Fatal(err)
	}
	return c.Process.Pid
}

func TestSweepSpill(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	old := now.Add(-2 * time.Hour)
	dead := deadPID(t)
	mk := func(name string, isDir bool, mtime time.Time) {
		p := filepath.Join(dir, name)
		if isDir {
			os.Mkdir(p, 0o700)
			os.WriteFile(filepath.Join(p, "tokentui-body-1"), []byte("body"), 0o600)
		} else {
			os.WriteFile(p, []byte("body"), 0o600)
		}
		os.Chtimes(p, mtime, mtime)
	}
	mk(fmt.Sprintf("tokentui-spill-%d-1", dead), true, old)                       // gone: removed
	mk(fmt.Sprintf("tokentui-spill-%d-2", dead), true, now)                       // gone, but just now: kept
	mk(fmt.Sprintf("tokentui-spill-%d-3", os.Getppid()), true, old)               // alive: kept
	mk(fmt.Sprintf("tokentui-spill-%d-4", os.Getpid()), true, old)                // this run's: kept
	mk("tokentui-body-123456", false, old)                                        // older kind, an hour old: removed
	mk("tokentui-bodies-654321", true, old)                                       // older kind: removed
	mk("tokentui-body-777", false, now)                                           // older kind, recent: kept
	mk("tokentui-body-20261203-120000.json", false, old)                          // a body the user saved: kept
	mk("tokentui-spill-abc-1", true, old)                                         // not our pattern: kept
	mk("unrelated", false, old)                                                   // kept
	os.Symlink("/", filepath.Join(dir, fmt.Sprintf("tokentui-spill-%d-5", dead))) // a link: never followed nor removed
	old5 := filepath.Join(dir, fmt.Sprintf("tokentui-spill-%d-5", dead))
	os.Chtimes(old5, old, old)

	n, err := SweepSpill(dir, now)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	sort.Strings(left)
	want := []string{
		"tokentui-body-20261203-120000.json", "tokentui-body-777",
		fmt.Sprintf("tokentui-spill-%d-2", dead), fmt.Sprintf("tokentui-spill-%d-3", os.Getppid()),
		fmt.Sprintf("tokentui-spill-%d-4", os.Getpid()), fmt.Sprintf("tokentui-spill-%d-5", dead),
		"tokentui-spill-abc-1", "unrelated",
	}
	sort.Strings(want)
	if n != 3 || fmt.Sprint(left) != fmt.Sprint(want) {
		t.Errorf("removed %d (want 3); left:\n%v\nwant:\n%v", n, left, want)
	}
}
