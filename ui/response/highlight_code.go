package response

import "github.com/alecthomas/chroma/v2"

// HighlightLines colours lines (a whole text, split) with lexer, in the
// colour mode (ColorAuto follows the terminal) and the scheme for a dark
// or light background: the same chroma formatting as response bodies. It
// returns nil when there is nothing to colour or the result does not line
// up with the input; callers then show the lines plain. Meant for a
// command, not for View.
func HighlightLines(lines []string, lexer chroma.Lexer, mode ColorMode, isDark bool) []string {
	f := formatter(detectColors(mode))
	if lexer == nil || f == nil || len(lines) == 0 {
		return nil
	}
	return highlight(lines, chroma.Coalesce(lexer), f, chromaStyle(isDark))
}
