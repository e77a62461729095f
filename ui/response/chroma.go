package response

import (
	"embed"
	"io/fs"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
)

// The lexers and colour schemes the body is highlighted with, built on
// first use from copies of chroma's own definitions (chroma/README.md).
// Importing chroma's lexers and styles packages instead would parse all
// of chroma's lexers and styles in their init, at the start of every
// command, tokentui token included.

//go:embed chroma/lexers/*.xml chroma/styles/*.xml
var chromaFiles embed.FS

// chromaLexers is the registry of the embedded lexers: JSON, XML, HTML
// (with the JavaScript and CSS it embeds), YAML, TOML, CSV and plain text,
// the media types APIs answer with.
var chromaLexers = sync.OnceValue(func() *chroma.LexerRegistry {
	reg := chroma.NewLexerRegistry()
	paths, _ := fs.Glob(chromaFiles, "chroma/lexers/*.xml")
	for _, p := range paths {
		l, err := chroma.NewXMLLexer(chromaFiles, p)
		if err != nil {
			continue // a bad copy only loses its colours; TestEmbeddedLexersLoad catches it
		}
		reg.Register(l)
	}
	return reg
})

// chromaStyles are the embedded colour schemes, by name.
var chromaStyles = sync.OnceValue(func() map[string]*chroma.Style {
	out := map[string]*chroma.Style{}
	paths, _ := fs.Glob(chromaFiles, "chroma/styles/*.xml")
	for _, p := range paths {
		f, err := chromaFiles.Open(p)
		if err != nil {
			continue
		}
		s, err := chroma.NewXMLStyle(f)
		f.Close()
		if err == nil {
			out[strings.ToLower(s.Name)] = s
		}
	}
	return out
})

// lexerNamed is the embedded lexer with that name or alias; nil if none.
func lexerNamed(name string) chroma.Lexer {
	return chromaLexers().Get(name)
}

// lexerForMimeType is the embedded lexer for a media type; nil if none.
func lexerForMimeType(mime string) chroma.Lexer {
	return chromaLexers().MatchMimeType(mime)
}

// styleNamed is the embedded colour scheme with that name; an empty
// scheme (no colours) when there is none.
func styleNamed(name string) *chroma.Style {
	if s, ok := chromaStyles()[strings.ToLower(name)]; ok {
		return s
	}
	return chroma.MustNewStyle("fallback", chroma.StyleEntries{})
}
