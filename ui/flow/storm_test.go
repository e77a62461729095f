package flow

import (
	"strings"
	"testing"

	"tokentui/demo"
	"tokentui/text/i18n"
	"tokentui/ui/uitest"
)

// TestWhyReuse (issue 15, part 5): on the sandbox, w fires the storm from
// the throwaway client: ten new tokens, the rate rising to the limit, then
// 429 with Retry-After, beside the one token the profile reused; the
// profile's own client is not blocked. Elsewhere w does nothing.
func TestWhyReuse(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		srv := startSandbox(t)
		c := newClient(t, srv, demo.ClientSecret, "")
		m := newFlowIn(t, lang, srv, c, 100, 60)
		m.opts.Source.Storm = srv.TokenURL
		m.keys.Storm.SetEnabled(true)
		before := srv.TokenRequests()
		m = press(t, m, "w") // drive runs the whole chain of shots
		s := uitest.Screen(m.View())
		flat := strings.Join(strings.Fields(s), " ")
		for _, want := range []string{i18n.T(lang, i18n.StormTitle), "demo-storm", i18n.T(lang, i18n.StormRate, 10, 10),
			"429 too_many_requests", "Retry-After", "12/10", "jti"} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: Why reuse lacks %q:\n%s", lang, want, s)
			}
		}
		if n := srv.TokenRequests() - before; n != stormShots {
			t.Errorf("%s: %d token requests, want %d", lang, n, stormShots)
		}
		if _, err := c.Token(t.Context()); err != nil {
			t.Errorf("%s: the profile's own client is blocked after the storm: %v", lang, err)
		}
		m = press(t, m, "esc")
		if s := uitest.Screen(m.View()); strings.Contains(s, "demo-storm") {
			t.Errorf("%s: esc did not leave Why reuse:\n%s", lang, s)
		}
	}

	srv := startSandbox(t)
	m := newFlow(t, srv, newClient(t, srv, demo.ClientSecret, ""), 100, 40)
	before := srv.TokenRequests()
	m = press(t, m, "w")
	if srv.TokenRequests() != before || strings.Contains(uitest.Screen(m.View()), "demo-storm") {
		t.Error("w sent a storm where there is no embedded sandbox")
	}
}
