package requests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
)

var jsonSamples = []string{
	`{}`, `[]`, `{"a":[]}`, `[{},[],{"b":{}}]`,
	`{"a":1,"b":[1,2,{"c":"d"}],"e":{"f":null,"g":true}}`,
	` { "s" : "with \"quotes\", commas, {braces} and [brackets]\\" , "u":"\u00e9" } `,
	`"just a string"`, `42`, `[1,[2,[3,[4]]]]`,
}

func TestIndentPrefixMatchesJSONIndent(t *testing.T) {
	for _, s := range jsonSamples {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(s), "", "  "); err != nil {
			t.Fatal(err)
		}
		got := indentPrefix([]byte(s))
		if w := strings.TrimRight(want.String(), " "); string(got) != w {
			t.Errorf("indentPrefix(%s) =\n%s\nwant\n%s", s, got, w)
		}
	}
}

func TestIndentJSONCut(t *testing.T) {
	full := `{"items":[{"id":1,"name":"a, \"b\""},{"id":2,"name":"c"}],"n":2}`
	var whole bytes.Buffer
	json.Indent(&whole, []byte(full), "", "  ")
	for cut := 1; cut < len(full); cut++ {
		got, ok := indentJSON([]byte(full[:cut]), true)
		if !ok {
			t.Fatalf("cut at %d: not recognised as the start of JSON", cut)
		}
		// The indented start is a prefix of the indented whole, up to
		// whitespace a later byte would have added.
		g := strings.TrimRight(string(got), " \n")
		if !strings.HasPrefix(whole.String(), g) {
			t.Fatalf("cut at %d:\n%s\nis not a prefix of\n%s", cut, g, whole.String())
		}
		if _, ok := indentJSON([]byte(full[:cut]), false); ok {
			t.Fatalf("cut at %d: accepted as whole JSON", cut)
		}
	}
	if _, ok := indentJSON([]byte(`{"a":1}}`), true); ok {
		t.Error("invalid JSON accepted as a cut body")
	}
}

func TestPrettyFallsBack(t *testing.T) {
	r := &Response{IsJSON: true, Body: []byte("<html>oops</html>")}
	if r.Pretty() != "<html>oops</html>" {
		t.Errorf("Pretty of a non-JSON body = %q", r.Pretty())
	}
	r = &Response{Body: []byte(`{"a":1}`)}
	if r.Pretty() != `{"a":1}` {
		t.Errorf("Pretty of an undeclared body = %q", r.Pretty())
	}
}

func TestPrettyConcurrent(t *testing.T) {
	r := &Response{IsJSON: true, Body: []byte(`{"a":[1,2]}`)}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if r.Pretty() != "{\n  \"a\": [\n    1,\n    2\n  ]\n}" {
				t.Errorf("Pretty = %q", r.Pretty())
			}
		})
	}
	wg.Wait()
}

func FuzzIndentPrefix(f *testing.F) {
	for _, s := range jsonSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		if json.Indent(&want, []byte(s), "", "  ") != nil {
			return
		}
		got := indentPrefix([]byte(s))
		if w := strings.TrimRight(want.String(), " \t\r\n"); strings.TrimRight(string(got), " \t\r\n") != w {
			t.Fatalf("indentPrefix(%q) = %q, want %q", s, got, w)
		}
	})
}

// jsonBody returns a JSON array of about n bytes, like an API listing.
func jsonBody(n int) []byte {
	var b bytes.Buffer
	b.WriteByte('[')
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":%d,"name":"item %d","tags":["a","b"],"owner":{"id":7,"active":true}}`, i, i)
	}
	b.WriteByte(']')
	return b.Bytes()
}

func benchmarkPretty(b *testing.B, n int, truncated bool) {
	body := jsonBody(n)
	if truncated {
		body = body[:len(body)-100]
	}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		r := &Response{IsJSON: true, Body: body, Truncated: truncated}
		if len(r.Pretty()) <= len(body) {
			b.Fatal("not indented")
		}
	}
}

func BenchmarkPretty10KB(b *testing.B)          { benchmarkPretty(b, 10<<10, false) }
func BenchmarkPretty1MB(b *testing.B)           { benchmarkPretty(b, 1<<20, false) }
func BenchmarkPretty10MB(b *testing.B)          { benchmarkPretty(b, 10<<20, false) }
func BenchmarkPretty10MBTruncated(b *testing.B) { benchmarkPretty(b, 10<<20, true) }
