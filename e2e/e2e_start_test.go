package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"

	"tokentui/text/i18n"
)

// TestE2ERequestTabStarts (issue 15, part 3): the real binary's empty
// Request tab offers the saved requests; Enter on it opens them; Enter on
// an empty path in the field says what to type; a saved request opened
// after a 404 does not show the 404 — at 80×24 and 200×60, in English and
// Portuguese.
func TestE2ERequestTabStarts(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		tr := func(k i18n.Key, args ...any) string { return i18n.T(lang, k, args...) }
		for _, size := range [][2]int{{80, 24}, {200, 60}} {
			t.Run(fmt.Sprintf("%s-%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				s := startTmux(t, size[0], size[1], e2eEnv(t), bin, "demo", "--lang", string(lang))
				s.waitFor(15*time.Second, "[1 ")
				s.keys("2")
				s.waitFor(5*time.Second, tr(i18n.RequestStartTitle), "POST    create item")
				s.keys("Enter")
				s.waitFor(5*time.Second, tr(i18n.RequestSavedTitle))
				s.escape()
				s.keys("u")
				s.waitFor(5*time.Second, "‹GET›")
				s.keys("Enter")
				s.waitFor(5*time.Second, tr(i18n.RequestEmptyPath, "me"))
				s.keys("n", "o", "w", "h", "e", "r", "e", "Enter")
				s.waitFor(10*time.Second, "404")
				s.escape()
				s.keys("s")
				s.waitFor(5*time.Second, tr(i18n.RequestSavedTitle))
				s.keys("Enter")
				scr := s.waitFor(5*time.Second, tr(i18n.RequestOpened, tr(i18n.RequestSavedNote, "me")))
				if strings.Contains(scr, "404") {
					t.Errorf("the 404 stayed under the saved request:\n%s", scr)
				}
				s.keys("C-c")
			})
		}
	}
}
