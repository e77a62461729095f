package auth

import "testing"

// TestExplanationParity: every language has a cause and a hint for every
// code English explains, and no code English lacks.
func TestExplanationParity(t *testing.T) {
	for lang, table := range Languages {
		for c, en := range english {
			tr, ok := table[c]
			if !ok || tr.Cause == "" || (en.Hint != "" && tr.Hint == "") {
				t.Errorf("%s: code %s has no full explanation", lang, c)
			}
			if lang != "en" && (tr.Cause == en.Cause || tr.Hint == en.Hint && en.Hint != "") {
				t.Errorf("%s: code %s is not translated", lang, c)
			}
		}
		for c := range table {
			if _, ok := english[c]; !ok {
				t.Errorf("%s: code %s is unknown to English", lang, c)
			}
		}
	}
	if _, ok := Languages[LangPtBR]; !ok {
		t.Fatal("pt-BR is not registered")
	}
}

func TestExplainInPortuguese(t *testing.T) {
	e := ExplainIn(LangPtBR, ErrGuardRefused)
	if e.Code != CodeGuardRefused || e.Cause != portuguese[CodeGuardRefused].Cause {
		t.Errorf("ExplainIn(pt-BR) = %+v", e)
	}
	if e := ExplainIn("fr", ErrGuardRefused); e.Cause != english[CodeGuardRefused].Cause {
		t.Errorf("unknown language did not fall back to English: %+v", e)
	}
	ch := ExplainChallengeIn(LangPtBR, Challenge{Error: "insufficient_scope", Scope: []string{"demo.write"}})
	if ch.Code != CodeInsufficientScope || ch.Detail != "escopo exigido: demo.write" || ch.Cause != portuguese[CodeInsufficientScope].Cause {
		t.Errorf("ExplainChallengeIn = %+v", ch)
	}
}
