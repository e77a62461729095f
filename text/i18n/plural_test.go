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

// TestPluralsAndNumbersByCLDR (issue 14): the singular or plural form and
// the separators of numbers come from golang.org/x/text (CLDR): English
// and Brazilian Portuguese take the singular for 1 (CLDR's "one" of pt, but
// 0 reads plural as Brazilian texts write it); decimals read "0.2" / "0,2".
func TestPluralsAndNumbersByCLDR(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		n    int
		want string
	}{
		{En, 0, "0 token requests"}, {En, 1, "1 token request"}, {En, 2, "2 token requests"},
		{PtBR, 0, "0 pedidos de token"}, {PtBR, 1, "1 pedido de token"}, {PtBR, 2, "2 pedidos de token"},
		{PtBR, 1000, "1000 pedidos de token"},
	} {
		if got := N(c.lang, c.n, FlowRequestsOne, FlowRequestsMany); got != c.want {
			t.Errorf("%s %d: %q, want %q", c.lang, c.n, got, c.want)
		}
	}
	for _, c := range []struct {
		lang Lang
		got  string
		want string
	}{
		{En, Decimal(En, 0.2, 1) + " ms", "0.2 ms"},
		{PtBR, Decimal(PtBR, 0.2, 1) + " ms", "0,2 ms"},
		{PtBR, Decimal(PtBR, 12345.678, 2), "12.345,68"},
		{En, Decimal(En, -0.25, 1), "-0.2"},
		{PtBR, Number(PtBR, -1234567), "-1.234.567"},
		{Lang("fr"), Number(Lang("fr"), 1234), "1,234"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.lang, c.got, c.want)
		}
	}
}
