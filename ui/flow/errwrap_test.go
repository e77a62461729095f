package flow

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

// TestDiagnosisWrapsEveryExplanation (issue 15, part 2): the diagnosis
// (the profile list's t, the Flow's d) at the Flow's width on an 80×24
// screen shows the cause and the hint of every code auth explains, in both
// languages, with every word whole and nothing cut.
func TestDiagnosisWrapsEveryExplanation(t *testing.T) {
	var codes []auth.Code
	for c := range auth.Explanations() {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		for _, code := range codes {
			t.Run(fmt.Sprintf("%s/%s", lang, code), func(t *testing.T) {
				e := i18n.ExplainCode(lang, code)
				st := common.NewStyles(true)
				m := New(common.Common{Styles: &st, Lang: lang}, Options{ID: "p"})
				m.SetSize(58, 22)
				detail := "the token endpoint answered HTTP 400 Bad Request with error \"invalid_scope\" (the scope api-organograma is not allowed for this client)"
				m.diag = &diagState{report: &auth.Report{Profile: "p", Checks: []auth.Check{
					{ID: "credentials", Title: "Credentials", Status: auth.CheckFail, Detail: detail, Code: code, Cause: e.Cause, Hint: e.Hint}}}}
				screen := uitest.Screen(m.diagnoseContent(58))
				if strings.Contains(screen, "…") {
					t.Errorf("something was cut:\n%s", screen)
				}
				for _, text := range []string{detail, e.Cause, e.Hint} {
					if miss := uitest.MissingWords(screen, text); len(miss) > 0 {
						t.Errorf("words lost or cut %q:\n%s", miss, screen)
					}
				}
			})
		}
	}
}
