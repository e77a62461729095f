package flow

import (
	"strings"
	"testing"

	"tokentui/demo"
	"tokentui/text/i18n"
	"tokentui/ui/uitest"
)

// TestPresentationFooter (issue 15, part 4): on a projector at 80×24, in
// both languages, the footer holds every key (F too) and the token's
// countdown once there is a token; a step taller than the screen says
// "more ↓", and the marker goes once its end is on screen.
func TestPresentationFooter(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		srv := startSandbox(t)
		c := newClient(t, srv, demo.ClientSecret, "")
		m := newFlowIn(t, lang, srv, c, 80, 24)
		m.SetPresent(true)
		m = press(t, m, "n") // step 2: the token is got
		s := screen(m)
		uitest.CheckWithin(t, s, 80, 24)
		for _, want := range []string{"F " + i18n.T(lang, i18n.FlowKeyNewToken), "q " + i18n.T(lang, i18n.FlowShortQuit),
			"P " + i18n.T(lang, i18n.FlowLeavePresent), i18n.T(lang, i18n.FlowTokenLeft, "")} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: the presentation lacks %q:\n%s", lang, want, s)
			}
		}
		m = press(t, m, "n") // step 3: the answer, taller than the screen
		s = screen(m)
		if !strings.Contains(s, i18n.T(lang, i18n.FlowMore)) {
			t.Fatalf("%s: step 3 is cut with no marker:\n%s", lang, s)
		}
		m = press(t, m, "G", "pgdown", "pgdown", "pgdown", "pgdown", "pgdown")
		if s := screen(m); strings.Contains(s, i18n.T(lang, i18n.FlowMore)) {
			t.Errorf("%s: the marker stays at the end of the step:\n%s", lang, s)
		}
	}
}
