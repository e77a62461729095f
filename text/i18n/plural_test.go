package i18n

import "testing"

// TestCountsReadRight (issue 15): one reads as one ("1 token request"),
// many as many, in both languages.
func TestCountsReadRight(t *testing.T) {
	for _, c := range []struct {
		lang      Lang
		n         int
		one, many Key
		want      string
	}{
		{En, 1, SandboxStoppedOne, SandboxStoppedAfter, "sandbox stopped after 1 token request."},
		{En, 2, SandboxStoppedOne, SandboxStoppedAfter, "sandbox stopped after 2 token requests."},
		{PtBR, 1, SandboxStoppedOne, SandboxStoppedAfter, "sandbox encerrado depois de 1 pedido de token."},
		{En, 1, DiagChecksOne, DiagChecksMany, "1 check failed"},
		{PtBR, 2, DiagChecksOne, DiagChecksMany, "2 verificações falharam"},
		{En, 1, FlowRequestsOne, FlowRequestsMany, "1 token request"},
	} {
		if got := N(c.lang, c.n, c.one, c.many); got != c.want {
			t.Errorf("%s %d: %q, want %q", c.lang, c.n, got, c.want)
		}
	}
}
