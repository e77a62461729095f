package cli

import (
	"strings"
	"testing"
)

// TestDemoStorm (issue 15, part 5): demo --storm gets ten different tokens
// for the throwaway client, then the sandbox's 429 with Retry-After, the
// requests of the last minute counted against the limit, in both
// languages.
func TestDemoStorm(t *testing.T) {
	for _, c := range []struct{ lang, rate, verdict, blocked string }{
		{"en", "10/10 in the last minute", "10 requests made 10 different tokens", "#11 429 too_many_requests Retry-After"},
		{"pt-BR", "10/10 no último minuto", "10 pedidos geraram 10 tokens diferentes", "#11 429 too_many_requests recusado, Retry-After"},
	} {
		code, out, errOut := runCLIIn(t, "--lang", c.lang, "demo", "--storm")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.lang, code, errOut)
		}
		flat := strings.Join(strings.Fields(out), " ")
		for _, want := range []string{"demo-storm", c.rate, c.blocked, "12/10", c.verdict} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: the storm lacks %q:\n%s", c.lang, want, out)
			}
		}
	}
}
