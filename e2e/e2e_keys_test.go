package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"
)

// TestE2ETabKeys (issue 15, part 1): in the real binary, at 80×24 and
// 200×60, in English and Portuguese, 2 opens the Request tab without
// taking the next key, digits are typed inside the URL field, alt+3 and F2
// switch tabs from inside it, and the footer and help say which keys work
// where.
func TestE2ETabKeys(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	for _, c := range []struct {
		lang, valid, flow, tabs, anywhere string
	}{
		{"en", "valid", "Step 1 of 6", "alt+1-4 tabs", "tabs, also in text fields"},
		{"pt-BR", "válido", "Passo 1 de 6", "alt+1-4 abas", "abas, também em campos de texto"},
	} {
		for _, size := range [][2]int{{80, 24}, {200, 60}} {
			t.Run(fmt.Sprintf("%s-%dx%d", c.lang, size[0], size[1]), func(t *testing.T) {
				s := startTmux(t, size[0], size[1], e2eEnv(t), bin, "demo", "--lang", c.lang)
				s.waitFor(15*time.Second, c.valid)
				s.keys("2")
				s.waitFor(5*time.Second, "[2 ", "/api/v1/")
				s.keys("4") // outside the field: tabs, not text
				s.waitFor(5*time.Second, "[4 ")
				s.keys("2")
				scr := s.waitFor(5*time.Second, "[2 ", "/api/v1/")
				if strings.Contains(scr, "‹GET›") || strings.Contains(scr, "v1/4") || strings.Contains(scr, "v1/2") {
					t.Fatalf("arriving on the Request tab took a key:\n%s", scr)
				}
				s.keys("u")
				s.waitFor(5*time.Second, "‹GET›", c.tabs) // the footer: q and ? are typed here
				s.keys("m", "e", "4")
				s.waitFor(5*time.Second, "v1/me4")
				s.keys("M-3")
				s.waitFor(5*time.Second, "[3 ", c.flow)
				s.keys("F2")
				scr = s.waitFor(5*time.Second, "[2 ", "v1/me4")
				if strings.Contains(scr, "‹GET›") {
					t.Errorf("F2 put the cursor back in the URL field:\n%s", scr)
				}
				s.keys("?")
				s.waitFor(5*time.Second, "alt+1-4 F1-F4", c.anywhere)
				s.escape()
				s.quit()
			})
		}
	}
}
