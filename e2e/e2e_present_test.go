package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"

	"tokentui/text/i18n"
)

// TestE2EPresentation (issue 15, part 4): demo --present of the real
// binary, at 80×24 and 200×60, in both languages: the countdown and every
// key (F too) in the footer, "more ↓" where step 3 continues (80×24), no
// "from the cache" for the token this process just got, and keys ignored
// on the too-small screen.
func TestE2EPresentation(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		tr := func(k i18n.Key, args ...any) string { return i18n.T(lang, k, args...) }
		step := func(n int) string { return strings.ToUpper(tr(i18n.FlowStepOf, n, 6)) }
		for _, size := range [][2]int{{80, 24}, {200, 60}} {
			t.Run(fmt.Sprintf("%s-%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				s := startTmux(t, size[0], size[1], e2eEnv(t), bin, "demo", "--present", "--lang", string(lang))
				s.waitFor(15*time.Second, step(1))
				s.keys("n")
				scr := s.waitFor(10*time.Second, step(2), "● "+tr(i18n.FlowTokenLeft, ""), "F "+tr(i18n.FlowKeyNewToken),
					"q "+tr(i18n.FlowShortQuit))
				for _, wrong := range []string{"came from the cache", "veio do cache"} {
					if strings.Contains(scr, wrong) {
						t.Errorf("a token this process just got is said to come from the cache:\n%s", scr)
					}
				}
				s.keys("n")
				if size[1] == 24 {
					s.waitFor(5*time.Second, step(3), tr(i18n.FlowMore))
				} else {
					s.waitFor(5*time.Second, step(3))
				}
				s.resize(50, 12)
				s.waitFor(5*time.Second, "80×24")
				s.keys("n")
				s.keys("n")
				time.Sleep(500 * time.Millisecond)
				s.resize(size[0], size[1])
				scr = s.waitFor(5*time.Second, "●")
				if !strings.Contains(scr, step(3)) {
					t.Errorf("keys pressed on the too-small screen moved the steps:\n%s", scr)
				}
				s.quit()
			})
		}
	}
}
