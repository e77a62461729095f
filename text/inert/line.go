package inert

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Line returns s as one line of inert text that shows what s holds: a
// newline, carriage return or tab becomes \n, \r or \t, any other control
// (C0, DEL, C1) and every bidirectional control becomes a visible escape
// (\x1b, \u009b, \u202e), and invalid UTF-8 becomes U+FFFD. Used for values
// that must stay on their line, such as JWT claims: a value holding a
// newline cannot draw a line of its own ("✓ signature verified").
func Line(s string) string {
	if !needsLine(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case dropRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsLine reports whether Line would change s.
func needsLine(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || dropRune(r) {
			return true
		}
		i += n
	}
	return false
}
