package i18n

import (
	"errors"
	"slices"
	"testing"
	"time"

	"tokentui/auth"
)

// TestAuthPhrasesInPortuguese: every phrase of package auth (diagnosis
// checks and their titles and hints, token notes, verification reasons)
// has Portuguese that differs from the English, with the same verbs, and
// carries its arguments.
func TestAuthPhrasesInPortuguese(t *testing.T) {
	en, pt := auth.EnglishTexts(), authPtBR()
	same := map[auth.TextCode]bool{auth.SayFailed: true, auth.SayError: true, auth.SayTwo: true,
		auth.SayDNS: true, auth.SayTLS: true, auth.SayKid: true, auth.SayTitleDiscovery: true, auth.SayKeyPublicBad: true,
		auth.SayChallengeBad: true}
	checkTranslated(t, en, pt, 100, same, func(lang Lang, c auth.TextCode, args []any) string {
		return Phrase(lang, auth.Phrase{Code: c, Args: args})
	}, func(c auth.TextCode, args []any) string { return auth.Phrase{Code: c, Args: args}.String() })
}

// TestPhraseArguments: durations, short times, dates, nested phrases and
// errors are written the way the language writes them.
func TestPhraseArguments(t *testing.T) {
	day := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		p      auth.Phrase
		en, pt string
	}{
		{auth.Phrase{Code: auth.SayCachedToken, Args: []any{auth.Span(2 * time.Minute), auth.Span(57*time.Minute + 59*time.Second)}},
			"a cached token, obtained 2m ago, is valid for another 57m", "há um token em cache, obtido há 2 min, válido por mais 57 min 59 s"},
		{auth.Phrase{Code: auth.SayValidLeeway, Args: []any{auth.Span(time.Hour), time.Duration(0)}},
			"valid for another 1h (leeway 0s)", "válido por mais 1 h (tolerância de 0 s)"},
		{auth.Phrase{Code: auth.SayIssued, Args: []any{auth.Millis(4200 * time.Microsecond), auth.Span(time.Hour)}},
			"a token was issued in 4.2ms, valid for 1h", "um token foi emitido em 4,2 ms, válido por 1 h"},
		{auth.Phrase{Code: auth.SayTCP, Args: []any{"127.0.0.1:8765", auth.Millis(200 * time.Microsecond)}},
			"TCP 127.0.0.1:8765 in 0.2ms", "TCP 127.0.0.1:8765 em 0,2 ms"},
		{auth.Phrase{Code: auth.SayValidUntil, Args: []any{auth.Day(day)}}, "valid until 2026-12-03", "válido até 03/12/2026"},
		{auth.Phrase{Code: auth.SayFailed, Args: []any{auth.Phrase{Code: auth.SayRequestFailed}, errors.New("boom")}},
			"the token request failed: boom", "o pedido de token falhou: boom"},
		{(&auth.ClockSkewError{Skew: -3 * time.Minute, Source: "iat claim"}).Phrase(),
			"the local clock is 3m behind the provider's (from the iat claim)", "o relógio local está 3 min atrasado em relação ao do provedor (pela claim iat)"},
	} {
		if got := Phrase(En, c.p); got != c.en {
			t.Errorf("en: %q, want %q", got, c.en)
		}
		if got := Phrase(PtBR, c.p); got != c.pt {
			t.Errorf("pt-BR: %q, want %q", got, c.pt)
		}
	}
}

func TestDiagnoseReportIn(t *testing.T) {
	r := auth.Report{Checks: []auth.Check{
		{ID: "credentials", Title: "Credentials", Status: auth.CheckFail, Code: auth.CodeInvalidClient,
			Detail: "the token request failed: x", Cause: "c", Hint: "h",
			Parts: []auth.Phrase{{Code: auth.SayFailed, Args: []any{auth.Phrase{Code: auth.SayRequestFailed}, errors.New("x")}}}},
		{ID: "discovery", Title: "Discovery", Status: auth.CheckFail, Code: auth.CodeDiscovery, Hint: "set token_url in the profile",
			HintSaid: auth.Phrase{Code: auth.SayHintTokenURL}, Parts: []auth.Phrase{{Code: auth.SayNoTokenEndpoint}}},
	}}
	if got := DiagnoseReport(En, r); !slices.EqualFunc(got.Checks, r.Checks, func(a, b auth.Check) bool { return a.Detail == b.Detail && a.Hint == b.Hint }) {
		t.Errorf("English changed: %+v", got)
	}
	pt := DiagnoseReport(PtBR, r)
	c0, c1 := pt.Checks[0], pt.Checks[1]
	if c0.Title != "Credenciais" || c0.Detail != "o pedido de token falhou: x" || c0.Cause != ExplainCode(PtBR, auth.CodeInvalidClient).Cause || c0.Hint == "h" {
		t.Errorf("credentials: %+v", c0)
	}
	if c1.Detail != "sem token_endpoint" || c1.Hint != "informe token_url no perfil" {
		t.Errorf("discovery: %+v", c1)
	}
	if r.Checks[0].Detail != "the token request failed: x" {
		t.Error("the report given was changed")
	}
}
