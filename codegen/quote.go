package codegen

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote writes s as a string literal of lang whose value is exactly s
// (invalid UTF-8 aside, which becomes U+FFFD). The literal holds no
// control character, no line break and nothing the language would read
// before the string ends (Java's \u escapes included), so no value can
// end it early or reach a terminal as an escape sequence.
func Quote(lang Language, s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	switch lang {
	case Go:
		return strconv.Quote(s)
	case Python:
		return cQuote(s, pyEscape)
	case Node:
		return cQuote(s, jsEscape)
	case Java:
		return cQuote(s, javaEscape)
	case CSharp:
		return cQuote(s, csEscape)
	case Shell, Curl:
		return shellQuote(s)
	}
	return strconv.Quote(s)
}

// cQuote writes s between double quotes, escaping \ and " with a
// backslash, and every rune esc does not pass through as esc says.
func cQuote(s string, esc func(r rune) string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r >= 0x20 && r < 0x7f {
				b.WriteRune(r)
			} else {
				b.WriteString(esc(r))
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// printable reports whether r may appear as itself in a literal shown on
// a terminal: a graphic rune that is not a line or paragraph separator.
func printable(r rune) bool {
	return r > 0x7f && unicode.IsGraphic(r) && r != '\u2028' && r != '\u2029' && r != '\u0085' && !unicode.Is(unicode.Bidi_Control, r)
}

// pyEscape: Python's \xNN, \uNNNN and \UNNNNNNNN.
func pyEscape(r rune) string { return hexEscape(r, `\U%08x`) }

// jsEscape: JavaScript's \xNN, \uNNNN and \u{N…}; U+2028 and U+2029,
// which end a line in older engines, are escaped too.
func jsEscape(r rune) string { return hexEscape(r, `\u{%x}`) }

// hexEscape writes r as itself when printable, else \xNN, \uNNNN, or
// with astral (the language's format) beyond the Basic Multilingual Plane.
func hexEscape(r rune, astral string) string {
	switch {
	case printable(r):
		return string(r)
	case r < 0x100:
		return fmt.Sprintf(`\x%02x`, r)
	case r < 0x10000:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(astral, r)
}

// javaEscape: Java turns \uNNNN into its character before it reads the
// program, so a \u escape of a quote, a backslash or a line break would
// end the string: those (and every control character) are octal escapes,
// which are read inside the literal only. Other runes are \uNNNN (UTF-16).
func javaEscape(r rune) string {
	switch {
	case printable(r):
		return string(r)
	case r < 0x100:
		return fmt.Sprintf(`\%03o`, r)
	}
	var b strings.Builder
	for _, u := range utf16(r) {
		fmt.Fprintf(&b, `\u%04x`, u)
	}
	return b.String()
}

// csEscape: C#'s \uNNNN and \UNNNNNNNN, which (unlike Java's) are read
// inside the literal.
func csEscape(r rune) string {
	switch {
	case printable(r):
		return string(r)
	case r < 0x10000:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}

func utf16(r rune) []uint16 {
	if r < 0x10000 {
		return []uint16{uint16(r)}
	}
	r -= 0x10000
	return []uint16{uint16(0xD800 + (r>>10)&0x3FF), uint16(0xDC00 + r&0x3FF)}
}

// shellQuote writes s as one bash word: in single quotes when it is all
// printable (nothing is special there but the quote itself), else as
// $'…' with escapes, so no control character reaches the script as is.
func shellQuote(s string) string {
	plain := true
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r > 0x7f && !printable(r) {
			plain = false
			break
		}
	}
	if plain {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	var b strings.Builder
	b.WriteString("$'")
	for _, r := range s {
		switch {
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7f || printable(r):
			b.WriteRune(r)
		default:
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], r)
			for _, c := range buf[:n] {
				fmt.Fprintf(&b, `\x%02x`, c)
			}
		}
	}
	b.WriteByte('\'')
	return b.String()
}
