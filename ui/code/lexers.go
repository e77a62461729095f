package code

import (
	"embed"
	"sync"

	"github.com/alecthomas/chroma/v2"
)

// The lexers of the programs' languages: copies of chroma v2.27.0's own
// (lexers/, MIT, see ui/response/chroma/COPYING), loaded on first use
// like the response pane's, so that no tokentui command pays for chroma's
// whole registry at start. Go's lexer is Go code in chroma: lexer_go.go.

//go:embed lexers/*.xml
var lexerFiles embed.FS

var lexers = sync.OnceValue(func() *chroma.LexerRegistry {
	reg := chroma.NewLexerRegistry()
	for _, name := range []string{"python", "java", "c#", "bash", "javascript"} {
		l, err := chroma.NewXMLLexer(lexerFiles, "lexers/"+name+".xml")
		if err != nil {
			continue // a bad copy only loses its colours; TestLexersLoad catches it
		}
		reg.Register(l)
	}
	reg.Register(goLexer())
	return reg
})

// lexerNamed is the embedded lexer with that name or alias; nil if none.
func lexerNamed(name string) chroma.Lexer { return lexers().Get(name) }
