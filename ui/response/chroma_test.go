package response

import (
	"slices"
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
)

// Samples each embedded lexer must colour as chroma's own registry does.
var chromaSamples = map[string]string{
	"JSON":       `{"a": [1, 2.5, true, null], "b": {"c": "d\n"}}`,
	"XML":        `<?xml version="1.0"?><a x="1"><!-- c --><b>text &amp; more</b></a>`,
	"HTML":       `<html><style>p { color: red }</style><script>var x = 1;</script><p class="a">hi</p></html>`,
	"JavaScript": `function f(a) { return a + 1; } // comment`,
	"CSS":        `body { margin: 0 auto; color: #fff; }`,
	"YAML":       "a: 1\nb: [x, y]\n# comment\n",
	"TOML":       "[a]\nb = 1\nc = \"d\"\n",
	"CSV":        "a,b,c\n1,2,3\n",
	"plaintext":  "just text\n",
}

// TestEmbeddedChromaMatchesUpstream: every embedded lexer has chroma's
// name, aliases and media types and colours a sample as chroma's does, the
// media types an API answers with find the same lexer, and the two colour
// schemes are chroma's.
func TestEmbeddedChromaMatchesUpstream(t *testing.T) {
	names := chromaLexers().Names(false)
	if len(names) != len(chromaSamples) {
		t.Errorf("embedded lexers %v, want one per sample (%d)", names, len(chromaSamples))
	}
	for name, sample := range chromaSamples {
		ours, theirs := lexerNamed(name), lexers.Get(name)
		if ours == nil || theirs == nil {
			t.Errorf("lexer %q: embedded %v, chroma %v", name, ours, theirs)
			continue
		}
		oc, tc := ours.Config(), theirs.Config()
		if oc.Name != tc.Name || !slices.Equal(oc.Aliases, tc.Aliases) || !slices.Equal(oc.MimeTypes, tc.MimeTypes) {
			t.Errorf("lexer %q config differs from chroma's: %+v vs %+v", name, oc, tc)
		}
		if got, want := tokens(t, ours, sample), tokens(t, theirs, sample); !slices.Equal(got, want) {
			t.Errorf("lexer %q tokens differ from chroma's:\n got %v\nwant %v", name, got, want)
		}
	}
	for _, mime := range []string{"application/json", "application/xml", "text/xml", "application/atom+xml",
		"text/html", "application/xhtml+xml", "application/javascript", "text/css", "text/x-yaml", "text/csv"} {
		ours, theirs := lexerForMimeType(mime), lexers.MatchMimeType(mime)
		if ours == nil || theirs == nil || ours.Config().Name != theirs.Config().Name {
			t.Errorf("media type %s: embedded %v, chroma %v", mime, ours, theirs)
		}
	}
	// chroma's registry gives text/plain to the first lexer claiming it,
	// Nushell's; the embedded set has only plain text for it.
	if l := lexerForMimeType("text/plain"); l == nil || l.Config().Name != "plaintext" {
		t.Errorf("text/plain: embedded %v, want plaintext", l)
	}
	for _, name := range []string{"github", "github-dark"} {
		ours, theirs := styleNamed(name), styles.Get(name)
		if ours.Name != theirs.Name {
			t.Fatalf("style %q: embedded %q, chroma %q", name, ours.Name, theirs.Name)
		}
		for _, tt := range []chroma.TokenType{chroma.Background, chroma.Keyword, chroma.NameTag, chroma.NameAttribute,
			chroma.LiteralString, chroma.LiteralNumber, chroma.Punctuation, chroma.Comment, chroma.Error, chroma.Text} {
			if o, th := ours.Get(tt).String(), theirs.Get(tt).String(); o != th {
				t.Errorf("style %q, %v: embedded %q, chroma %q", name, tt, o, th)
			}
		}
	}
}

func tokens(t *testing.T, l chroma.Lexer, text string) []chroma.Token {
	t.Helper()
	it, err := chroma.Coalesce(l).Tokenise(nil, text)
	if err != nil {
		t.Fatal(err)
	}
	return it.Tokens()
}
