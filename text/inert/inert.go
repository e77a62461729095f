// Package inert makes untrusted text safe to show on a terminal.
//
// Response bodies, headers, JWT claims and error descriptions come from
// servers the user does not control. Written to a terminal as they are, an
// escape sequence in them can retitle the window, rewrite the clipboard
// (OSC 52), hide text, move the cursor or fake a prompt. String and Bytes
// remove everything a terminal would interpret and keep everything it would
// print:
//
//   - escape sequences entirely: CSI (with parameters and intermediates),
//     OSC (ended by BEL or ST), DCS, SOS, PM and APC (ended by ST), and
//     two- or three-byte ESC sequences such as ESC c or ESC ( B;
//   - C0 controls except newline and tab (so CR, BEL, BS… go, and CR LF
//     becomes LF), and DEL;
//   - C1 controls, both as the runes U+0080–U+009F and as the raw single
//     bytes 0x80–0x9F that some terminals still obey (0x9B is CSI, 0x9D is
//     OSC…); an 8-bit introducer starts a sequence just as its ESC form does;
//   - bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//     U+2066–U+2069) and the directional marks U+200E, U+200F and U+061C,
//     which can make text read differently from what it is ("Trojan Source");
//   - invalid UTF-8, which becomes U+FFFD and is never passed through raw.
//
// A sequence that is never terminated swallows the rest of its input, as it
// would on a terminal. The result is idempotent: String(String(s)) ==
// String(s). The package is plain Go and depends on nothing else in ui.
package inert

import (
	"unicode/utf8"
)

// String returns s with every escape sequence, control character,
// bidirectional control and invalid byte removed or replaced (see the
// package comment). Text that needs no change is returned as it is.
func String(s string) string {
	i := safePrefix(s)
	if i == len(s) {
		return s
	}
	var m machine
	dst := make([]byte, 0, len(s))
	dst = append(dst, s[:i]...)
	dst, _ = m.run(dst, s[i:], true)
	return string(dst)
}

// safePrefix returns the length of the longest prefix of s that String
// would leave unchanged.
func safePrefix(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || dropRune(r) {
			return i
		}
		i += n
	}
	return len(s)
}

// dropRune reports whether a valid non-ASCII rune is removed in text.
func dropRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f: // C1 controls
		return true
	case r >= 0x202a && r <= 0x202e: // LRE RLE PDF LRO RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI RLI FSI PDI
		return true
	case r == 0x200e || r == 0x200f || r == 0x061c: // LRM RLM ALM
		return true
	}
	return false
}
