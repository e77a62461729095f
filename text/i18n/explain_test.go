package i18n

import (
	"slices"
	"strings"
	"testing"

	"tokentui/auth"
	"tokentui/codegen"
)

// TestExplanationParity: Portuguese has a cause and a hint for every code
// auth explains, each translated, and no code auth lacks.
func TestExplanationParity(t *testing.T) {
	en, pt := auth.Explanations(), explanationsPtBR()
	for c, e := range en {
		tr, ok := pt[c]
		if !ok || tr.Cause == "" || (e.Hint != "" && tr.Hint == "") {
			t.Errorf("code %s has no full explanation in Portuguese", c)
		}
		if tr.Cause == e.Cause || tr.Hint == e.Hint && e.Hint != "" {
			t.Errorf("code %s is not translated", c)
		}
	}
	for c := range pt {
		if _, ok := en[c]; !ok {
			t.Errorf("code %s is unknown to auth", c)
		}
	}
}

func TestExplainIn(t *testing.T) {
	e := Explain(PtBR, auth.ErrGuardRefused)
	if e.Code != auth.CodeGuardRefused || e.Cause != explanationsPtBR()[auth.CodeGuardRefused].Cause || e.Detail != auth.ErrGuardRefused.Error() {
		t.Errorf("Explain(pt-BR) = %+v", e)
	}
	if e := Explain(Lang("fr"), auth.ErrGuardRefused); e != auth.Explain(auth.ErrGuardRefused) {
		t.Errorf("an unknown language is not English: %+v", e)
	}
	if e := ExplainCode(PtBR, auth.Code("no-such-code")); e.Cause != explanationsPtBR()[auth.CodeUnknown].Cause {
		t.Errorf("an unknown code: %+v", e)
	}
	ch := ExplainChallenge(PtBR, auth.Challenge{Error: "insufficient_scope", Scope: []string{"demo.write"}})
	if ch.Code != auth.CodeInsufficientScope || ch.Detail != "escopo exigido: demo.write" || ch.Cause != explanationsPtBR()[auth.CodeInsufficientScope].Cause {
		t.Errorf("ExplainChallenge(pt-BR) = %+v", ch)
	}
	if ch := ExplainChallenge(En, auth.Challenge{Error: "insufficient_scope", Scope: []string{"demo.write"}}); ch.Detail != "required scope: demo.write" {
		t.Errorf("ExplainChallenge(en) = %+v", ch)
	}
}

// TestCodeComments: every comment of generated programs has Portuguese,
// with the same verbs; English is codegen's own.
func TestCodeComments(t *testing.T) {
	if CodeComments(En) != nil {
		t.Error("English comments are codegen's own")
	}
	pt, en := CodeComments(PtBR), codegen.EnglishComments()
	if len(pt) != len(en) || len(en) < 20 {
		t.Fatalf("%d Portuguese comments, %d English", len(pt), len(en))
	}
	for k, e := range en {
		if pt[k] == e || !slices.Equal(verbs(pt[k]), verbs(e)) {
			t.Errorf("%s: %q / %q", k, pt[k], e)
		}
	}
	src, err := codegen.Generate(codegen.Go, codegen.Input{Profile: "p", Issuer: "https://i.example", ClientID: "c", SecretEnv: "S",
		Request: codegen.Request{Method: "GET", URL: "https://api.example/me"}, Comments: pt})
	if err != nil || !strings.Contains(src, "// Obtém um token OAuth2 client credentials") {
		t.Errorf("program in Portuguese: %v\n%s", err, src)
	}
}

// A refusal of a key client reads, in Portuguese, as the reason its auth
// method and the provider's description pick, never the secret's advice.
func TestExplainReasonIn(t *testing.T) {
	err := &auth.TokenError{StatusCode: 400, Code: "invalid_client", AuthMethod: auth.AuthMethodPrivateKeyJWT,
		Description: `kid "k" is not a key registered for client "c"`}
	e := Explain(PtBR, err)
	want := explanationsPtBR()[auth.CodeAssertionUnknownKid]
	if e.Code != auth.CodeInvalidClient || e.Reason != auth.CodeAssertionUnknownKid || e.Cause != want.Cause || e.Hint != want.Hint {
		t.Errorf("Explain(pt-BR) = %+v", e)
	}
	if strings.Contains(e.Hint, "client_secret_basic") || !strings.Contains(e.Hint, "kid") {
		t.Errorf("hint: %q", e.Hint)
	}
	r := DiagnoseReport(PtBR, auth.Report{Checks: []auth.Check{{ID: "credentials", Status: auth.CheckFail,
		Code: auth.CodeInvalidClient, Reason: auth.CodeCertThumbprint, Cause: "x", Hint: "y"}}})
	if ch := r.Checks[0]; ch.Cause != explanationsPtBR()[auth.CodeCertThumbprint].Cause || ch.Hint != explanationsPtBR()[auth.CodeCertThumbprint].Hint {
		t.Errorf("diagnose in pt-BR: %+v", ch)
	}
}
