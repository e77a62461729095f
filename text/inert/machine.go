package inert

import "unicode/utf8"

// state is where the parser stands, after the model of a VT500 parser
// (https://vt100.net/emu/dec_ansi_parser): what the terminal would do with
// the next byte. Only the ground state prints.
type state uint8

const (
	ground   state = iota // printing text
	escape                // after ESC
	escInter              // after ESC and intermediates (0x20–0x2F), e.g. ESC ( B
	csi                   // after ESC [ or 0x9B: parameters, intermediates, final
	oscStr                // after ESC ] or 0x9D: ends with BEL or ST
	ctrlStr               // after DCS, SOS, PM or APC: ends with ST only
)

// machine removes what a terminal would interpret. Its zero value is in the
// ground state; it keeps its state between calls so a sequence may be split
// across writes.
type machine struct {
	st state
}

// run appends the printable part of s to dst. Unless atEOF it stops before
// an incomplete UTF-8 sequence at the end of s and returns how many bytes
// it consumed, so the caller can hand the rest back with more input.
func (m *machine) run(dst []byte, s string, atEOF bool) ([]byte, int) {
	i := 0
	for i < len(s) {
		c := s[i]
		r, n := rune(c), 1
		raw := false // an invalid byte, not a rune
		if c >= utf8.RuneSelf {
			if !atEOF && !utf8.FullRuneInString(s[i:]) {
				return dst, i
			}
			r, n = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				raw = true
				r = rune(c)
			}
		}
		i += n

		// Controls that act the same in every state.
		switch {
		case r == 0x1b: // ESC
			m.st = escape
			continue
		case r == 0x18 || r == 0x1a: // CAN, SUB abort a sequence
			m.st = ground
			continue
		case r >= 0x80 && r <= 0x9f: // C1, as a rune or as a raw byte
			m.st = c1State(r)
			continue
		}
		if raw && m.st != oscStr && m.st != ctrlStr {
			// An invalid byte ends a sequence and prints as U+FFFD.
			m.st = ground
			dst = utf8.AppendRune(dst, utf8.RuneError)
			continue
		}

		switch m.st {
		case ground:
			dst = m.ground(dst, r, s[i-n:i])
		case escape:
			switch {
			case r == '[':
				m.st = csi
			case r == ']':
				m.st = oscStr
			case r == 'P' || r == 'X' || r == '^' || r == '_':
				m.st = ctrlStr
			case r >= 0x20 && r <= 0x2f:
				m.st = escInter
			case r >= 0x30 && r <= 0x7e:
				m.st = ground
			case r < 0x20 || r == 0x7f:
				// executed or ignored by a terminal; dropped here
			default: // a printable non-ASCII rune ends the sequence
				m.st = ground
				dst = m.ground(dst, r, s[i-n:i])
			}
		case escInter:
			switch {
			case r >= 0x20 && r <= 0x2f, r < 0x20, r == 0x7f:
			case r >= 0x30 && r <= 0x7e:
				m.st = ground
			default:
				m.st = ground
				dst = m.ground(dst, r, s[i-n:i])
			}
		case csi:
			switch {
			case r >= 0x20 && r <= 0x3f, r < 0x20, r == 0x7f:
			case r >= 0x40 && r <= 0x7e:
				m.st = ground
			default:
				m.st = ground
				dst = m.ground(dst, r, s[i-n:i])
			}
		case oscStr:
			if r == 0x07 { // BEL
				m.st = ground
			}
		case ctrlStr:
			// swallowed until ST (ESC \ or 0x9C), handled above
		}
	}
	return dst, i
}

// ground appends r, encoded as enc in the input, unless it is a control.
func (m *machine) ground(dst []byte, r rune, enc string) []byte {
	switch {
	case r == '\n' || r == '\t':
		return append(dst, byte(r))
	case r < 0x20 || r == 0x7f:
		return dst
	case r < utf8.RuneSelf:
		return append(dst, byte(r))
	case dropRune(r):
		return dst
	}
	return append(dst, enc...)
}

// c1State is the state a C1 control leads to.
func c1State(r rune) state {
	switch r {
	case 0x9b: // CSI
		return csi
	case 0x9d: // OSC
		return oscStr
	case 0x90, 0x98, 0x9e, 0x9f: // DCS, SOS, PM, APC
		return ctrlStr
	}
	return ground // ST and the rest
}
