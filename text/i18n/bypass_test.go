package i18n

// The bypass check: no user-facing text in ui/ or the CLI (package cli)
// is written as a string literal instead of coming from the catalogue.
//
// What counts. A literal is "wordy" when, after fmt verbs and escapes are
// removed, it holds a run of two or more letters. Two rules report it:
//
//   - Sinks (a single word is enough): arguments of any .Render(…) call
//     (lipgloss styles); the description of key.WithHelp; arguments of
//     fmt.Print*/Fprint* (what reaches stdout, stderr and tab writers);
//     in package cli, arguments of usageErrorf, failure, withHint,
//     errors.New and fmt.Errorf (they reach stderr); the Short and Long
//     of a cobra.Command; the usage text of a flag (StringVar, BoolVarP…);
//     values given to fields named Placeholder, Prompt, Problem or Banner;
//     and any literal joined with + to a .Render(…) call.
//   - Prose (anywhere else): a literal with two words or more, such as a
//     sentence handed to a helper. Not counted: import paths, struct
//     tags, log calls, key.WithKeys, the Use and Example of cobra
//     commands (command lines), Name fields (data such as saved requests),
//     and errors.New/fmt.Errorf outside package cli (their text is the
//     detail under an explanation from the catalogue). Test code is not
//     read: _test.go files, nor ui/uitest (test support that only they
//     import); its failure messages are for developers, not users.
//
// Literals in the allow-list below are not words for people: symbols,
// key names, product and protocol names, header names, URLs, and command
// lines to copy (starting with curl, tokentui, printf or TOKEN=).

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// allowed are literals that are not words for people.
var allowed = map[string]bool{
	"tokentui": true, "tokentui ": true, "header.payload.signature": true,
	"ctrl+c": true, "esc": true, "enter": true, "tab": true, "shift+tab": true, "pgup": true, "pgdn": true,
	"esc/?": true, "n/esc": true,
	"kid": true, "JWT": true, "JWKS": true, "RS256": true, "OSC 52": true, "Bearer": true, "Bearer ": true,
	"Authorization": true, "Content-Type": true, "Accept": true, "WWW-Authenticate": true, "Retry-After": true,
	"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true, "HEAD": true, "OPTIONS": true,
	"application/json": true, "client_credentials": true, "client_secret_basic": true, "client_secret_post": true,
	"sandbox":             true, // the product's own word for its sandbox, the same in both languages
	"system clipboard":    true, // ClipboardMsg.Via's identifier; shown through ViaText
	"15:04:05":            true,
	"2006-01-02 15:04:05": true,
}

var (
	verbRE   = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*(\d+|\*)?(\.(\d+|\*))?[a-zA-Z%]`)
	wordRE   = regexp.MustCompile(`\p{L}{2,}`)
	proseRE  = regexp.MustCompile(`\p{L}{2,}[\s]+\p{L}{2,}`)
	urlRE    = regexp.MustCompile(`^[a-z]+://\S*$`)
	shellRE  = regexp.MustCompile(`^\s*(TOKEN=|curl |tokentui |printf )`) // a command line to copy
	flagFnRE = regexp.MustCompile(`^(String|Bool|Int|Int64|Duration|Float64|StringArray|StringSlice|Count)(Var)?P?$`)
)

// violation is one literal that bypasses the catalogue.
type violation struct {
	pos  token.Position
	text string
	rule string
}

func (v violation) String() string {
	return fmt.Sprintf("%s:%d: %q (%s)", v.pos.Filename, v.pos.Line, v.text, v.rule)
}

// strip removes fmt verbs and surrounding blanks, leaving the words.
func strip(s string) string { return strings.TrimSpace(verbRE.ReplaceAllString(s, " ")) }

func isAllowed(s string) bool {
	t := strings.Trim(s, " ,;:·()\n\t")
	return allowed[s] || allowed[t] || urlRE.MatchString(t) || shellRE.MatchString(s)
}

func wordy(s string) bool { return !isAllowed(s) && wordRE.MatchString(strip(s)) }
func prose(s string) bool { return !isAllowed(s) && proseRE.MatchString(strip(s)) }

// checker walks one file.
type checker struct {
	fset   *token.FileSet
	isMain bool
	out    []violation
	seen   map[*ast.BasicLit]bool
}

func (c *checker) report(lit *ast.BasicLit, rule string) {
	if c.seen[lit] {
		return
	}
	c.seen[lit] = true
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	pos := c.fset.Position(lit.Pos())
	c.out = append(c.out, violation{pos: pos, text: s, rule: rule})
}

// sink reports every wordy literal inside e (through +, parentheses and
// nested calls), marking them all as handled.
func (c *checker) sink(e ast.Node, rule string) {
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if s, err := strconv.Unquote(lit.Value); err == nil && wordy(s) {
				c.report(lit, rule)
			}
			c.seen[lit] = true
		}
		return true
	})
}

// skip marks every literal inside e as not user-facing.
func (c *checker) skip(e ast.Node) {
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok {
			c.seen[lit] = true
		}
		return true
	})
}

func callName(call *ast.CallExpr) (pkg, name string) {
	switch f := call.Fun.(type) {
	case *ast.Ident:
		return "", f.Name
	case *ast.SelectorExpr:
		if id, ok := f.X.(*ast.Ident); ok {
			return id.Name, f.Sel.Name
		}
		return "?", f.Sel.Name
	}
	return "", ""
}

func isRenderCall(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if _, name := callName(call); name == "Render" {
				found = true
			}
		}
		return !found
	})
	return found
}

var sinkFields = map[string]bool{"Placeholder": true, "Prompt": true, "Problem": true, "Banner": true, "banner": true}

func (c *checker) file(f *ast.File) {
	for _, imp := range f.Imports {
		c.skip(imp)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Field:
			if n.Tag != nil {
				c.skip(n.Tag)
			}
		case *ast.CallExpr:
			pkg, name := callName(n)
			switch {
			case pkg == "log" || name == "LogToFile" || pkg == "key" && name == "WithKeys":
				c.skip(n)
			case name == "Render":
				for _, a := range n.Args {
					c.sink(a, "rendered")
				}
			case pkg == "key" && name == "WithHelp" && len(n.Args) == 2:
				c.skip(n.Args[0])
				c.sink(n.Args[1], "key help")
			case pkg == "fmt" && strings.HasPrefix(name, "Fprint") || pkg == "fmt" && strings.HasPrefix(name, "Print"):
				for _, a := range n.Args {
					c.sink(a, "printed")
				}
			case c.isMain && (name == "usageErrorf" || name == "withHint" || pkg == "errors" && name == "New" || pkg == "fmt" && name == "Errorf"):
				for _, a := range n.Args {
					c.sink(a, "CLI error")
				}
			case c.isMain && name == "failure" && len(n.Args) == 2:
				c.sink(n.Args[1], "CLI error")
			case !c.isMain && (pkg == "errors" && name == "New" || pkg == "fmt" && name == "Errorf"):
				c.skip(n)
			case pkg != "" && flagFnRE.MatchString(name) && len(n.Args) >= 3:
				c.sink(n.Args[len(n.Args)-1], "flag usage")
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				switch {
				case id.Name == "Short" || id.Name == "Long":
					c.sink(n.Value, "command help")
				case id.Name == "Example" || id.Name == "Use" || id.Name == "Name":
					c.skip(n.Value)
				case sinkFields[id.Name]:
					c.sink(n.Value, "field "+id.Name)
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if sel, ok := l.(*ast.SelectorExpr); ok && sinkFields[sel.Sel.Name] && i < len(n.Rhs) {
					c.sink(n.Rhs[i], "field "+sel.Sel.Name)
				}
			}
		case *ast.BinaryExpr:
			if n.Op == token.ADD && isRenderCall(n) {
				for _, side := range []ast.Expr{n.X, n.Y} {
					if lit, ok := side.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						c.sink(lit, "joined to rendered text")
					}
				}
			}
		}
		return true
	})
	ast.Inspect(f, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && !c.seen[lit] {
			if s, err := strconv.Unquote(lit.Value); err == nil && prose(s) {
				c.report(lit, "prose")
			}
		}
		return true
	})
}

// bypasses parses the CLI (package cli) and ui/ (but not this catalogue) and
// lists the literals that bypass the catalogue.
func bypasses(t *testing.T, root string) []violation {
	t.Helper()
	var files []string
	top, _ := filepath.Glob(filepath.Join(root, "*.go"))
	files = append(files, top...)
	cli, _ := filepath.Glob(filepath.Join(root, "cli", "*.go"))
	files = append(files, cli...)
	_ = filepath.WalkDir(filepath.Join(root, "ui"), func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "i18n" || d.Name() == "testdata" || d.Name() == "uitest") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return nil
	})
	fset := token.NewFileSet()
	var out []violation
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Errorf("parse %s: %v", path, err)
			continue
		}
		c := &checker{fset: fset, isMain: f.Name.Name == "main" || f.Name.Name == "cli", seen: map[*ast.BasicLit]bool{}}
		c.file(f)
		out = append(out, c.out...)
	}
	for i := range out {
		if rel, err := filepath.Rel(root, out[i].pos.Filename); err == nil {
			out[i].pos.Filename = rel
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].pos.Filename != out[j].pos.Filename {
			return out[i].pos.Filename < out[j].pos.Filename
		}
		return out[i].pos.Line < out[j].pos.Line
	})
	return out
}

// TestNoTextBypassesTheCatalogue lists every literal of ui/ and the CLI
// that should come from the catalogue, and fails while there is one.
func TestNoTextBypassesTheCatalogue(t *testing.T) {
	vs := bypasses(t, filepath.Join("..", ".."))
	if len(vs) == 0 {
		return
	}
	byFile := map[string]int{}
	var b strings.Builder
	for _, v := range vs {
		byFile[v.pos.Filename]++
		b.WriteString("  " + v.String() + "\n")
	}
	t.Errorf("%d literals in %d files bypass the catalogue (tokentui/text/i18n):\n%s", len(vs), len(byFile), b.String())
}

// TestBypassChecker pins what the checker counts, on a small sample.
func TestBypassChecker(t *testing.T) {
	dir := t.TempDir()
	src := `package main

import "fmt"

func f(g *globals, s style) {
	fmt.Fprintf(g.stdout, "Added profile %q.\n", "x")     // printed
	fmt.Fprintf(g.stdout, "%s:\t%s\n", "a", "b")           // format only
	_ = s.Render("Profiles")                               // rendered
	_ = s.Render("●") + " · " + s.Render("ctrl+c")         // symbols and keys
	_ = "Press " + s.Render("g")                           // joined
	_ = key.WithHelp("ctrl+c", "quit")                     // key help
	_ = usageErrorf("--addr %q is bad", "x")               // CLI error
	_ = &cobra.Command{Short: "Print the version", Example: "  tokentui decode -"}
	words("a sentence handed to a helper")                 // prose
	_ = strings.TrimPrefix(x, "Bearer ")                   // allowed
	_ = "https://acessocidadao.es.gov.br/is"               // URL
	fs.StringVar(&x, "lang", "", "language: en or pt-BR")  // flag usage
	_ = T(lang, AppProfiles)
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range bypasses(t, dir) {
		got = append(got, fmt.Sprintf("%d %s", v.pos.Line, v.rule))
	}
	want := []string{"6 printed", "8 rendered", "10 joined to rendered text", "11 key help", "12 CLI error",
		"13 command help", "14 prose", "17 flag usage"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("checker found\n  %v\nwant\n  %v", got, want)
	}
}
