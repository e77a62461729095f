package profiles

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// hintTexts finds every hint this package writes, by reading its source:
// Hint fields, hint variables, the hint argument of fail/missing/add and
// the returns of ProfileError.Hint and ProfileError.Error. Data in them
// (fmt verbs, concatenated values) is replaced by sample values.
func hintTexts(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	var out []string
	verb := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]`)
	var text func(e ast.Expr) (string, bool)
	text = func(e ast.Expr) (string, bool) {
		switch e := e.(type) {
		case *ast.BasicLit:
			if e.Kind != token.STRING {
				return "", false
			}
			s, _ := strconv.Unquote(e.Value)
			return s, true
		case *ast.Ident:
			if e.Name == "keyringAlternatives" {
				return keyringAlternatives, true
			}
			return "x", false
		case *ast.BinaryExpr:
			l, lok := text(e.X)
			r, rok := text(e.Y)
			return l + r, lok || rok
		case *ast.CallExpr:
			if sel, ok := e.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Sprintf" && len(e.Args) > 0 {
				if f, ok := text(e.Args[0]); ok {
					return verb.ReplaceAllStringFunc(f, func(v string) string {
						if strings.HasSuffix(v, "q") {
							return `"x"`
						}
						return "x"
					}), true
				}
			}
			return "x", false
		}
		return "x", false
	}
	add := func(e ast.Expr) {
		if s, ok := text(e); ok && s != "x" {
			out = append(out, s)
		}
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "lang.go" {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "Hint" {
					add(n.Value)
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					name := ""
					switch l := l.(type) {
					case *ast.Ident:
						name = l.Name
					case *ast.SelectorExpr:
						name = l.Sel.Name
					}
					if (name == "hint" || name == "Hint") && i < len(n.Rhs) {
						add(n.Rhs[i])
					}
				}
			case *ast.CallExpr:
				fn := ""
				switch f := n.Fun.(type) {
				case *ast.Ident:
					fn = f.Name
				case *ast.SelectorExpr:
					fn = f.Sel.Name
				}
				idx := map[string]int{"fail": -1, "missing": 2, "add": 3}
				if i, ok := idx[fn]; ok {
					if i < 0 {
						i = len(n.Args) - 2 // fail(kind, msg, hint, err)
						if len(n.Args) == 5 {
							i = 4 // w.fail(node, kind, field, msg, hint)
						}
					}
					if i >= 0 && i < len(n.Args) {
						add(n.Args[i])
					}
				}
			case *ast.FuncDecl:
				if n.Recv != nil && (n.Name.Name == "Hint" || n.Name.Name == "Error") && strings.Contains(name, "profile.go") {
					ast.Inspect(n.Body, func(m ast.Node) bool {
						if r, ok := m.(*ast.ReturnStmt); ok && len(r.Results) == 1 {
							add(r.Results[0])
						}
						return true
					})
				}
			}
			return true
		})
	}
	return out
}

// TestHintsHavePortuguese: every hint (and profile-choice message) the
// package writes has a Portuguese rule.
func TestHintsHavePortuguese(t *testing.T) {
	texts := hintTexts(t)
	if len(texts) < 40 {
		t.Fatalf("found only %d hint texts in the source; the parser missed some", len(texts))
	}
	sameInBoth := map[string]bool{"use GET, POST, PUT, PATCH, DELETE…": true}
	for _, s := range texts {
		if got := translate(LangPtBR, s); got == s && !sameInBoth[s] {
			t.Errorf("no pt-BR for %q", s)
		}
		if got := translate("en", s); got != s {
			t.Errorf("English changed: %q → %q", s, got)
		}
	}
}

func TestNotesAndMessagesIn(t *testing.T) {
	for _, name := range []string{SandboxProfile, AcessoCidadaoProfile} {
		if NotesIn(LangPtBR, name) == Notes(name) || NotesIn(LangPtBR, name) == "" {
			t.Errorf("no pt-BR notes for %s", name)
		}
		if NotesIn("en", name) != Notes(name) {
			t.Errorf("English notes of %s changed", name)
		}
	}
	if NotesIn(LangPtBR, "mine") != "" {
		t.Error("notes for a profile that is no preset")
	}
	if !strings.Contains(NotesIn(LangPtBR, AcessoCidadaoProfile), "bloqueado automaticamente") {
		t.Error("the Acesso Cidadão notes must warn about the automatic block")
	}
	f := &File{Profiles: []Profile{{Name: "ac-homolog"}, {Name: "ac-prod"}}}
	_, err := f.Select("ac-homolg")
	if got, want := MessageIn(LangPtBR, err), `não há perfil chamado "ac-homolg" (perfis: ac-homolog, ac-prod)`; got != want {
		t.Errorf("MessageIn = %q, want %q", got, want)
	}
	if got, want := HintIn(LangPtBR, err), `você quis dizer "ac-homolog"? 'tokentui profiles list' mostra todos`; got != want {
		t.Errorf("HintIn = %q, want %q", got, want)
	}
	if got := MessageIn("en", err); got != err.Error() {
		t.Errorf("English message changed: %q", got)
	}
	_, err = f.Select("")
	if got := MessageIn(LangPtBR, err); got != "há vários perfis (ac-homolog, ac-prod) e nenhum é o padrão" {
		t.Errorf("MessageIn(no default) = %q", got)
	}
}
