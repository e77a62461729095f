package common

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"tokentui/text/inert"
)

// RawJWT colours the parts of a raw JWT (header, payload, signature, joined
// by dots) and cuts the token into lines of width cells, each after indent.
// The parts are made inert first: a pasted token is untrusted text.
func (s Styles) RawJWT(parts [3]string, width int, indent string) []string {
	styles := [3]lipgloss.Style{s.JWTHead, s.JWTBody, s.JWTSig}
	width = max(width, 8)
	var lines []string
	var cur strings.Builder
	n := 0
	for i, part := range parts {
		text := []rune(inert.String(part))
		if i < 2 {
			text = append(text, '.')
		}
		for len(text) > 0 {
			take := min(width-n, len(text))
			cur.WriteString(styles[i].Render(string(text[:take])))
			n += take
			text = text[take:]
			if n == width {
				lines = append(lines, indent+cur.String())
				cur.Reset()
				n = 0
			}
		}
	}
	if n > 0 {
		lines = append(lines, indent+cur.String())
	}
	return lines
}
