package inert

import "testing"

func TestLineEscapesWhatWouldBreakTheLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"a\nb", `a\nb`},
		{"x\r\n✓ signature verified", `x\r\n✓ signature verified`},
		{"tab\there", `tab\there`},
		{"\x1b[31mred", `\x1b[31mred`},
		{"bell\a", `bell\x07`},
		{"del\x7f", `del\x7f`},
		{"c1\u009b2J", `c1\u009b2J`},
		{"bidi\u202eevil", `bidi\u202eevil`},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"ação ✓", "ação ✓"},
	} {
		got := Line(c.in)
		if got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
		if String(got) != got {
			t.Errorf("Line(%q) = %q is not inert", c.in, got)
		}
	}
}
