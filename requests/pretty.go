package requests

import (
	"bytes"
	"encoding/json"
)

// Pretty returns the body for reading: JSON indented by two spaces (when
// the body was cut at MaxBody, its start is indented as far as it goes),
// anything else as it is. It is computed once and cached. The text is not
// made inert: do that before showing it.
func (r *Response) Pretty() string {
	r.prettyOnce.Do(func() {
		if r.IsJSON {
			if out, ok := indentJSON(r.Body, r.Truncated); ok {
				r.pretty = string(out)
				return
			}
		}
		r.pretty = string(r.Body)
	})
	return r.pretty
}

// jsonValid reports whether b is one JSON value.
func jsonValid(b []byte) bool { return json.Valid(b) }

// indentJSON indents JSON b. With partial set, b may be the start of a
// JSON value cut anywhere; it is indented as json.Indent would indent the
// whole. It reports false when b is not JSON (or, partial, not the start
// of JSON).
func indentJSON(b []byte, partial bool) ([]byte, bool) {
	if partial {
		if !validPrefix(b) {
			return nil, false
		}
		return indentPrefix(b), true
	}
	var out bytes.Buffer
	if json.Indent(&out, b, "", "  ") != nil {
		return nil, false
	}
	return out.Bytes(), true
}

// jsonString follows a JSON string byte by byte once its opening quote is
// seen: next reads one byte of it and notes when the string ends.
type jsonString struct{ in, escaped bool }

func (s *jsonString) next(c byte) {
	switch {
	case s.escaped:
		s.escaped = false
	case c == '\\':
		s.escaped = true
	case c == '"':
		s.in = false
	}
}

// validPrefix reports whether b looks like the start of a JSON object or
// array cut anywhere: everything up to its last element boundary, closed
// with the brackets still open, is valid JSON.
func validPrefix(b []byte) bool {
	var open, openAtCut []byte // the closing brackets owed, innermost last
	cut := -1
	var str jsonString
	for i, c := range b {
		if str.in {
			str.next(c)
			continue
		}
		switch c {
		case '"':
			str.in = true
		case '{', '[':
			open = append(open, c+2) // '}' and ']' follow '{' and '[' by two
			cut, openAtCut = i+1, append(openAtCut[:0], open...)
		case '}', ']':
			if len(open) == 0 || open[len(open)-1] != c {
				return false
			}
			open = open[:len(open)-1]
			cut, openAtCut = i+1, append(openAtCut[:0], open...)
		case ',':
			cut, openAtCut = i, append(openAtCut[:0], open...)
		}
	}
	if cut < 0 {
		return false
	}
	closed := make([]byte, 0, cut+len(openAtCut))
	closed = append(closed, b[:cut]...)
	for i := len(openAtCut) - 1; i >= 0; i-- {
		closed = append(closed, openAtCut[i])
	}
	return json.Valid(closed)
}

// indentPrefix indents b, the valid start of a JSON value, exactly as
// json.Indent with indent "  " indents a whole one. It does not validate.
func indentPrefix(b []byte) []byte {
	dst := make([]byte, 0, len(b)+len(b)/2)
	depth := 0
	needIndent := false // after '{' or '[': indent unless it closes at once
	var str jsonString
	newline := func() {
		dst = append(dst, '\n')
		for range depth {
			dst = append(dst, ' ', ' ')
		}
	}
	for _, c := range b {
		if str.in {
			dst = append(dst, c)
			str.next(c)
			continue
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		if needIndent && c != '}' && c != ']' {
			needIndent = false
			depth++
			newline()
		}
		switch c {
		case '"':
			str.in = true
			dst = append(dst, c)
		case '{', '[':
			needIndent = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				newline()
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
