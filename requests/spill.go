package requests

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"time"
)

// Spill folders: a run of tokentui keeps the bodies too large for memory in
// a folder of its own, named for its process, that it removes when it ends
// (signals included). A run that could not (killed with SIGKILL, a crash,
// a power cut) leaves it behind; SweepSpill, called when a later run
// starts, removes such leftovers.

// spillPrefix starts the name of a spill folder: tokentui-spill-PID-RANDOM.
const spillPrefix = "tokentui-spill-"

// StaleSpillAge is how long a leftover must have been untouched before
// SweepSpill removes it: a folder whose process is gone, or a file or
// folder of the older, unnamed kind (tokentui-body-N, tokentui-bodies-N)
// after an hour.
const (
	StaleSpillAge       = time.Minute
	staleLegacySpillAge = time.Hour
)

var (
	spillName  = regexp.MustCompile(`^tokentui-spill-([0-9]+)-[0-9]+$`)
	legacyName = regexp.MustCompile(`^tokentui-bod(y|ies)-[0-9]+$`) // what os.CreateTemp and MkdirTemp made of the older names
)

// NewSpillDir makes this process's spill folder in parent ("" is
// os.TempDir()), readable only by the user. Remove it with os.RemoveAll.
func NewSpillDir(parent string) (string, error) {
	return os.MkdirTemp(parent, fmt.Sprintf("%s%d-", spillPrefix, os.Getpid()))
}

// SweepSpill removes from parent ("" is os.TempDir()) what runs of
// tokentui left there and can no longer remove themselves: only entries
// named as tokentui names them, owned by this user, untouched for
// StaleSpillAge, and whose process (named in the folder's name) is gone;
// entries of the older kind, which name no process, after an hour. It
// returns how many it removed. Symbolic links are never followed.
func SweepSpill(parent string, now time.Time) (int, error) {
	if parent == "" {
		parent = os.TempDir()
	}
	entries, err := os.ReadDir(parent)
	if err != nil {
		return 0, err
	}
	removed := 0
	for _, e := range entries {
		name := e.Name()
		var stale bool
		switch m := spillName.FindStringSubmatch(name); {
		case m != nil:
			pid, err := strconv.Atoi(m[1])
			if err != nil || pid == os.Getpid() {
				continue
			}
			stale = processGone(pid)
			if stale {
				stale = oldEnough(e, now, StaleSpillAge)
			}
		case legacyName.MatchString(name):
			stale = oldEnough(e, now, staleLegacySpillAge)
		}
		if !stale || e.Type()&os.ModeSymlink != 0 || !ownedByMe(e) {
			continue
		}
		if os.RemoveAll(filepath.Join(parent, name)) == nil {
			removed++
		}
	}
	return removed, nil
}

func oldEnough(e os.DirEntry, now time.Time, age time.Duration) bool {
	info, err := e.Info()
	return err == nil && now.Sub(info.ModTime()) >= age
}
