package cli

import (
	"os"
	"runtime/debug"
)

// tuiGCPercent is the TUI's garbage-collection target (GOGC): collect when
// the heap has grown by half of what is live, not by all of it. A response
// pane holding a body at the display cap (requests.DefaultMaxBody, 10 MB)
// keeps about 70 MB live once pretty-printed into lines, and colouring its
// first megabyte makes some 450 MB of garbage; with Go's default of 100
// the process peaked at 140–146 MB of RSS for a 100 MB body, a hair under
// the 150 MB the TUI is held to (issue 9); with 50, at about 120 MB. The
// target follows what is live, so several large responses never make the
// collector run without pause, as a fixed memory limit could.
const tuiGCPercent = 50

// tuneTUIMemory sets tuiGCPercent unless GOGC says otherwise.
func tuneTUIMemory() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(tuiGCPercent)
	}
}
