package wrap

import (
	"strings"
	"testing"
)

// TestWrapNeverCuts: the shared helper breaks at spaces with a hanging
// indent, splits only a word wider than the line, and keeps every word.
func TestWrapNeverCuts(t *testing.T) {
	text := "the token lacks the scope that this operation requires; ask the provider for it"
	lines := Wrap(text, 20, "→ ", "  ")
	for _, l := range lines {
		if len([]rune(l)) > 20 {
			t.Errorf("line wider than 20: %q", l)
		}
	}
	if got := strings.Join(strings.Fields(strings.Join(lines, " ")), " "); got != "→ "+text {
		t.Errorf("words lost or cut: %q", got)
	}
	if !strings.HasPrefix(lines[0], "→ the") || !strings.HasPrefix(lines[1], "  ") {
		t.Errorf("indents: %q", lines)
	}
}
