package cli

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/ui/uitest"
)

// TestDiagnoseTextWrapsEveryExplanation (issue 15, part 2): the text
// report of diagnose at 80 columns holds, for every code auth explains and
// in both languages, every word of the detail, the cause and the hint
// whole; no line is wider than 80, so the terminal cuts nothing.
func TestDiagnoseTextWrapsEveryExplanation(t *testing.T) {
	var codes []auth.Code
	for c := range auth.Explanations() {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	detail := "the token endpoint answered HTTP 400 Bad Request with error \"invalid_scope\" (the scope api-organograma is not allowed for this client)"
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		for _, code := range codes {
			t.Run(fmt.Sprintf("%s/%s", lang, code), func(t *testing.T) {
				e := i18n.ExplainCode(lang, code)
				var b bytes.Buffer
				printChecks(&b, []auth.Check{
					{ID: "discovery", Title: "Discovery", Status: auth.CheckOK, Detail: "read"},
					{ID: "credentials", Title: "Credentials", Status: auth.CheckFail, Detail: detail, Code: code, Cause: e.Cause, Hint: e.Hint},
				}, 80, func(k i18n.Key, v string) string { return i18n.T(lang, k, v) })
				out := b.String()
				for _, l := range strings.Split(out, "\n") {
					if ansi.StringWidth(l) > 80 {
						t.Errorf("line wider than 80: %q", l)
					}
				}
				for _, text := range []string{detail, e.Cause, e.Hint} {
					if miss := uitest.MissingWords(out, text); len(miss) > 0 {
						t.Errorf("words lost or cut %q:\n%s", miss, out)
					}
				}
			})
		}
	}
}
