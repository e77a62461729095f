package response

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSearchReachesTheSpilledPart (issue 15, part 6): a query found only
// beyond the part of the body shown is counted in the file on disk, chunk
// by chunk (a match across two chunks once), instead of "no match", and
// the first is shown, read from the file; a
// query found nowhere says the whole body was searched; esc stops it.
func TestSearchReachesTheSpilledPart(t *testing.T) {
	old := spillChunk
	spillChunk = 16
	defer func() { spillChunk = old }()

	shown := "line one\nline two\n"
	rest := "filler filler needle filler\nmore NEEDLE here\nand a nee" + "dle across\n"
	whole := shown + rest
	path := filepath.Join(t.TempDir(), "spill")
	if err := os.WriteFile(path, []byte(whole), 0o600); err != nil {
		t.Fatal(err)
	}
	resp := jsonResponse(200, shown)
	resp.IsJSON, resp.ContentType = false, "text/plain"
	resp.Truncated, resp.SpillPath, resp.BodySize = true, path, int64(len(whole))
	m := newModel(t, ColorNone, 100, 10, resp)
	m = press(t, m, "/")
	m = typeText(t, m, "needle")
	m = press(t, m, "enter")
	s := m.View()
	if !strings.Contains(s, `match 1/3 "needle"`) || !strings.Contains(s, "on disk at 32 B of 83 B") ||
		!strings.Contains(s, "▶ filler filler needle filler") || strings.Contains(s, "no match") {
		t.Errorf("the spilled part was not searched (3 matches, case folded; the first shown):\n%s", s)
	}
	m = press(t, m, "/")
	m = typeText(t, m, "absent")
	m = press(t, m, "enter")
	if s := m.View(); !strings.Contains(s, `no match for "absent" in the whole body`) {
		t.Errorf("a query found nowhere:\n%s", s)
	}
	m = press(t, m, "esc")
	if m.spill != nil {
		t.Error("esc did not stop the search of the part on disk")
	}
}
