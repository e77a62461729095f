package code

import (
	"slices"
	"testing"

	"github.com/alecthomas/chroma/v2"
	upstream "github.com/alecthomas/chroma/v2/lexers"

	"tokentui/codegen"
	"tokentui/profiles"
)

// TestLexersMatchUpstream: each embedded lexer colours its language's
// program for the sandbox profile as chroma's own registry does.
func TestLexersMatchUpstream(t *testing.T) {
	p := profiles.FirstRun().Profiles[0]
	spec, err := codegen.RequestFor(p, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range codegen.Languages() {
		src, err := codegen.Generate(lang, codegen.FromProfile(p, spec, nil))
		if err != nil {
			t.Fatal(err)
		}
		ours, theirs := lexerNamed(lang.Lexer()), upstream.Get(lang.Lexer())
		if ours == nil || theirs == nil {
			t.Fatalf("%s: lexer %q: embedded %v, chroma %v", lang, lang.Lexer(), ours, theirs)
		}
		if got, want := tokens(t, ours, src), tokens(t, theirs, src); !slices.Equal(got, want) {
			t.Errorf("%s: the embedded lexer's tokens differ from chroma's", lang)
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
