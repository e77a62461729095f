package token

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// TestWrapRawMultibyte: an opaque token in accented or wide characters is
// cut between characters, each line at most w cells, and nothing is lost.
func TestWrapRawMultibyte(t *testing.T) {
	for _, tc := range []struct {
		text string
		w    int
	}{
		{"ação-ção-ção-ção-ção", 3},
		{"トークン不透明トークン", 5},
		{"abc→déf→ghï", 4},
		{"界", 1}, // a character wider than the pane still shows
		{"plain-ascii-token-0123456789", 7},
	} {
		out := wrapRaw(lipgloss.NewStyle(), tc.text, tc.w)
		lines := strings.Split(out, "\n")
		for _, l := range lines {
			if !utf8.ValidString(l) {
				t.Errorf("wrapRaw(%q, %d): line %q splits a character", tc.text, tc.w, l)
			}
			if w := ansi.StringWidth(l); w > tc.w && utf8.RuneCountInString(l) > 1 {
				t.Errorf("wrapRaw(%q, %d): line %q is %d cells", tc.text, tc.w, l, w)
			}
		}
		if got := strings.Join(lines, ""); got != tc.text {
			t.Errorf("wrapRaw(%q, %d) lost text: %q", tc.text, tc.w, got)
		}
	}
	if got := wrapRaw(lipgloss.NewStyle(), "abcdefgh", 3); got != "abc\ndef\ngh" {
		t.Errorf("ASCII: %q", got)
	}
}
