package uitest

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// MissingWords lists the words of text that screen does not hold whole:
// each word of text (split at spaces) must be one of the screen's words,
// once the frame's box characters are taken away. It shows that wrapped
// text lost nothing and cut no word in the middle.
func MissingWords(screen, text string) []string {
	have := map[string]bool{}
	for _, w := range strings.FieldsFunc(ansi.Strip(screen), func(r rune) bool {
		return r == ' ' || r == '\n' || strings.ContainsRune("│╭╮╰╯─", r)
	}) {
		have[w] = true
	}
	var missing []string
	for _, w := range strings.Fields(text) {
		if !have[w] {
			missing = append(missing, w)
		}
	}
	return missing
}
