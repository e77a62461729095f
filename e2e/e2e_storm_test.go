package e2e

import (
	"fmt"
	"os"
	"testing"
	"time"

	"tokentui/e2e/harness"

	"tokentui/text/i18n"
)

// TestE2EWhyReuse (issue 15, part 5): in the real binary's demo, w on the
// Flow tab fires the storm from the sandbox's throwaway client until the
// sandbox answers 429 with Retry-After, beside the token the profile
// reused — at 80×24 and 200×60, in both languages. E2E_CAPTURE=dir
// writes the screens (the README's captures).
func TestE2EWhyReuse(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		tr := func(k i18n.Key, args ...any) string { return i18n.T(lang, k, args...) }
		for _, size := range [][2]int{{80, 24}, {200, 60}} {
			t.Run(fmt.Sprintf("%s-%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				s := startTmux(t, size[0], size[1], e2eEnv(t), bin, "demo", "--lang", string(lang))
				s.waitFor(15*time.Second, "[1 ", "59:")
				s.keys("3")
				s.waitFor(5*time.Second, "[3 ")
				s.keys("w")
				scr := s.waitFor(15*time.Second, tr(i18n.StormTitle), "demo-storm", "429 too_many_requests", "12/10", "jti")
				if size[1] == 60 {
					s.waitFor(5*time.Second, tr(i18n.StormRate, 10, 10))
				}
				if dir := os.Getenv("E2E_CAPTURE"); dir != "" {
					_ = os.WriteFile(fmt.Sprintf("%s/why-reuse-%s-%dx%d.txt", dir, lang, size[0], size[1]), []byte(scr), 0o644)
				}
				s.escape()
				s.waitFor(5*time.Second, tr(i18n.FlowStepOf, 1, 6))
				s.quit()
			})
		}
	}
}
