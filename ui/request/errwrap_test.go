package request

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/ui/uitest"
)

// allCodes are every code auth explains, in a stable order.
func allCodes() []auth.Code {
	var codes []auth.Code
	for c := range auth.Explanations() {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	return codes
}

// TestEveryExplanationWrapsWhole (issue 15, part 2): the Request tab at
// the width it has on an 80×24 screen shows, for every code auth explains
// and in both languages, the server's status, error code and description,
// then the cause and the hint: every word whole, nothing cut with "…".
func TestEveryExplanationWrapsWhole(t *testing.T) {
	const desc = "The client authentication failed because the credentials supplied are unknown"
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		for _, code := range allCodes() {
			t.Run(fmt.Sprintf("%s/%s", lang, code), func(t *testing.T) {
				m := newPaneIn(t, lang, nil, nil)
				m.SetSize(58, 22) // the Request tab inside an 80×24 screen
				m.err = &auth.TokenError{StatusCode: 400, Code: "invalid_client", Description: desc}
				m.expl = i18n.ExplainCode(lang, code)
				m.section = secResponse
				screen := uitest.Screen(m.View())
				uitest.CheckWithin(t, screen, 58, 22)
				if strings.Contains(screen, "…") {
					t.Errorf("something was cut:\n%s", screen)
				}
				texts := []string{"HTTP 400 Bad Request", "invalid_client", "“" + desc + "”"}
				if code != auth.CodeUnknown { // unknown: the error's own sentence, no explanation
					texts = append(texts, m.expl.Cause, m.expl.Hint)
				}
				for _, text := range texts {
					if miss := uitest.MissingWords(screen, text); len(miss) > 0 {
						t.Errorf("words lost or cut %q:\n%s", miss, screen)
					}
				}
			})
		}
	}
}
