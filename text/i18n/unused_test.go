package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestEveryKeyIsUsed: a message of the catalogue that no code shows is
// dead text (and a translator's wasted work). A key counts as used when a
// non-test file refers to it anywhere but its declaration and the keys of
// the English and Portuguese tables (composite literal keys).
func TestEveryKeyIsUsed(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	declared := map[string]token.Position{}
	used := map[string]bool{}
	var files []*ast.File
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "interop" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files = append(files, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Name.Name != "i18n" {
			continue
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); ok && id.Name == "Key" {
					for _, n := range vs.Names {
						declared[n.Name] = fset.Position(n.Pos())
					}
				}
			}
		}
	}
	for _, f := range files {
		inI18n := f.Name.Name == "i18n"
		tableKeys := map[ast.Expr]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			if kv, ok := n.(*ast.KeyValueExpr); ok {
				tableKeys[kv.Key] = true
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				if inI18n {
					for _, v := range n.Values {
						ast.Inspect(v, func(m ast.Node) bool { markUse(m, inI18n, tableKeys, used); return true })
					}
					return false // the declaration names itself
				}
			default:
				markUse(n, inI18n, tableKeys, used)
			}
			return true
		})
	}
	if len(declared) < 500 {
		t.Fatalf("found %d keys; the catalogue has far more", len(declared))
	}
	var dead []string
	for k, pos := range declared {
		if !used[k] {
			dead = append(dead, pos.Filename+": "+k)
		}
	}
	sort.Strings(dead)
	if len(dead) > 0 {
		t.Errorf("%d keys of the catalogue are shown by no code (remove them):\n%s", len(dead), strings.Join(dead, "\n"))
	}
}

// markUse records a reference to a key: i18n.Key outside the package, a
// bare identifier inside it that is not a table's key.
func markUse(n ast.Node, inI18n bool, tableKeys map[ast.Expr]bool, used map[string]bool) {
	switch n := n.(type) {
	case *ast.SelectorExpr:
		if x, ok := n.X.(*ast.Ident); ok && x.Name == "i18n" && !inI18n {
			used[n.Sel.Name] = true
		}
	case *ast.Ident:
		if inI18n && !tableKeys[n] {
			used[n.Name] = true
		}
	}
}
