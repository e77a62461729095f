package inert

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

var cases = []struct {
	name, in, want string
}{
	{"plain", "hello, world", "hello, world"},
	{"accents kept", "ação — 日本 🙂", "ação — 日本 🙂"},
	{"newline and tab kept", "a\tb\nc", "a\tb\nc"},
	{"crlf to lf", "a\r\nb\r\n", "a\nb\n"},
	{"lone cr removed", "safe\rEVIL", "safeEVIL"},
	{"bel bs nul removed", "a\a\bb\x00c", "abc"},
	{"del removed", "a\x7fb", "ab"},
	{"sgr", "\x1b[31mred\x1b[0m", "red"},
	{"csi params and intermediates", "a\x1b[?1049hb\x1b[1 qc\x1b[38;2;1;2;3md", "abcd"},
	{"csi with embedded control", "a\x1b[3\r1mb", "ab"},
	{"clear screen", "x\x1b[2J\x1b[Hy", "xy"},
	{"osc title bel", "a\x1b]0;pwned\ab", "ab"},
	{"osc title st", "a\x1b]2;pwned\x1b\\b", "ab"},
	{"osc 52 clipboard", "a\x1b]52;c;ZWNobyBldmls\ab", "ab"},
	{"osc 8 hyperlink", "\x1b]8;;http://evil/\x1b\\click\x1b]8;;\x1b\\", "click"},
	{"osc unterminated swallows rest", "a\x1b]0;title and more", "a"},
	{"dcs until st", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
	{"dcs not ended by bel", "a\x1bPpayload\apayload\x1b\\b", "ab"},
	{"sos pm apc", "a\x1bXs\x1b\\b\x1b^p\x1b\\c\x1b_G;a=T\x1b\\d", "abcd"},
	{"two byte esc", "a\x1bcb\x1b7c\x1b8d\x1bMe", "abcde"},
	{"charset designation", "a\x1b(Bb\x1b)0c", "abc"},
	{"esc at end", "abc\x1b", "abc"},
	{"esc esc", "a\x1b\x1b[31mb", "ab"},
	{"can aborts csi", "a\x1b[31\x18b", "ab"},
	{"sub aborts osc", "a\x1b]0;t\x1ab", "ab"},
	{"esc inside osc starts new sequence", "a\x1b]0;t\x1b[31mb", "ab"},
	{"c1 rune csi", "a\u009b31mb", "ab"},
	{"c1 rune osc st", "a\u009d0;t\u009cb", "ab"},
	{"c1 rune nel removed", "a\u0085b", "ab"},
	{"raw byte csi", "a\x9b31mb", "ab"},
	{"raw byte osc bel", "a\x9d0;t\ab", "ab"},
	{"raw byte osc raw st", "a\x9d0;t\x9cb", "ab"},
	{"raw byte dcs", "a\x90q\x9cb", "ab"},
	{"raw byte other c1", "a\x85b", "ab"},
	{"invalid utf8", "a\xffb\xc3", "a\ufffdb\ufffd"},
	{"invalid byte ends csi", "a\x1b[3\xffb", "a\ufffdb"},
	{"bidi override", "abc\u202edcba\u202c", "abcdcba"},
	{"bidi embeddings", "\u202a\u202b\u202c\u202d\u202ex", "x"},
	{"bidi isolates", "\u2066a\u2067b\u2068c\u2069", "abc"},
	{"directional marks", "a\u200eb\u200fc\u061cd", "abcd"},
	{"replacement char kept", "a\ufffdb", "a\ufffdb"},
	{"non-ascii after esc ends it", "a\x1bé", "aé"},
	{"non-ascii ends csi", "a\x1b[1éb", "aéb"},
}

func TestString(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := String(tc.in)
			if got != tc.want {
				t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if b := Bytes([]byte(tc.in)); string(b) != tc.want {
				t.Errorf("Bytes(%q) = %q, want %q", tc.in, b, tc.want)
			}
			checkInert(t, got)
		})
	}
}

func TestBytesReturnsNewSlice(t *testing.T) {
	in := []byte("plain")
	out := Bytes(in)
	out[0] = 'X'
	if string(in) != "plain" {
		t.Fatalf("Bytes aliased its input: %q", in)
	}
}

func TestWriterSplitEverywhere(t *testing.T) {
	// Every way of cutting the input in two gives what String gives.
	for _, tc := range cases {
		for cut := 0; cut <= len(tc.in); cut++ {
			var out bytes.Buffer
			w := NewWriter(&out)
			w.Write([]byte(tc.in[:cut]))
			w.Write([]byte(tc.in[cut:]))
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if out.String() != tc.want {
				t.Errorf("%s: cut at %d: got %q, want %q", tc.name, cut, out.String(), tc.want)
			}
		}
	}
}

func TestWriterByteAtATime(t *testing.T) {
	in := "é\x1b]0;t\a日\x9b1m\u202e🙂\r\n"
	var out bytes.Buffer
	w := NewWriter(&out)
	for i := 0; i < len(in); i++ {
		w.Write([]byte{in[i]})
	}
	w.Flush()
	if got, want := out.String(), String(in); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestHostileBody(t *testing.T) {
	body := strings.Repeat("{\"name\":\"\x1b]0;owned\a\x1b[2J\u009b6n\x9d52;c;Zm9v\x07\u202eevil\x1bP+q\x1b\\\",\"n\":1}\r\n", 100)
	got := String(body)
	checkInert(t, got)
	if want := strings.Repeat(`{"name":"evil","n":1}`+"\n", 100); got != want {
		t.Fatalf("got %q, want %q", got[:80], want[:80])
	}
}

// checkInert fails t if s holds anything a terminal would interpret.
func checkInert(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("output is not valid UTF-8: %q", s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
			t.Fatalf("output holds control byte %#x at %d: %q", c, i, s)
		}
	}
	for _, r := range s {
		if dropRune(r) {
			t.Fatalf("output holds rune %U: %q", r, s)
		}
	}
	if String(s) != s {
		t.Fatalf("not idempotent: %q -> %q", s, String(s))
	}
}

func FuzzString(f *testing.F) {
	for _, tc := range cases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := String(in)
		checkInert(t, out)
		if string(Bytes([]byte(in))) != out {
			t.Fatalf("Bytes and String disagree on %q", in)
		}
		if safePrefix(in) == len(in) && out != in {
			t.Fatalf("safe input changed: %q -> %q", in, out)
		}
	})
}

func BenchmarkStringPlain(b *testing.B) {
	s := strings.Repeat(`{"id": 1, "name": "ação", "tags": ["a", "b"]}`+"\n", 20000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		String(s)
	}
}

func BenchmarkStringHostile(b *testing.B) {
	s := strings.Repeat("\x1b[31mred\x1b[0m \u009b1m\r\n", 50000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		String(s)
	}
}
