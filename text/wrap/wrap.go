// Package wrap breaks text into lines of a terminal width, for the CLI and
// the TUI alike.
package wrap

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"tokentui/text/inert"
)

// Wrap breaks text into lines no wider than width cells, at spaces: a word
// is split only when it alone is wider than a line. The first line starts
// with first, the others with rest (a hanging indent). Nothing is cut:
// every word of text is in the lines. Text is made inert first.
func Wrap(text string, width int, first, rest string) []string {
	text = inert.String(text)
	width = max(width, 8)
	inner := max(width-max(ansi.StringWidth(first), ansi.StringWidth(rest)), 4)
	var out []string
	for _, para := range strings.Split(text, "\n") {
		for _, l := range wrapWords(para, inner) {
			prefix := rest
			if len(out) == 0 {
				prefix = first
			}
			out = append(out, prefix+l)
		}
	}
	return out
}

// wrapWords fills lines of at most width cells with the words of para,
// greedily, breaking only at spaces (not at hyphens: "api-organograma"
// stays whole); a word wider than width alone is split across lines.
func wrapWords(para string, width int) []string {
	var lines []string
	line, lineW := "", 0
	for _, w := range strings.Fields(para) {
		ww := ansi.StringWidth(w)
		switch {
		case lineW > 0 && lineW+1+ww <= width:
			line, lineW = line+" "+w, lineW+1+ww
			continue
		case lineW > 0:
			lines = append(lines, line)
		}
		for ww > width { // only a word that no line can hold is split
			lines = append(lines, ansi.Truncate(w, width, ""))
			w = ansi.TruncateLeft(w, width, "")
			ww = ansi.StringWidth(w)
		}
		line, lineW = w, ww
	}
	return append(lines, line)
}
