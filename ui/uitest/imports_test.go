package uitest

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The program never links uitest, and uitest links no tokentui package, so
// that every pane's tests can import it.
func TestImports(t *testing.T) {
	root := filepath.Join("..", "..") // the module, beside go.mod
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		own := filepath.Dir(path) == filepath.Join(root, "ui", "uitest")
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			switch {
			case own && strings.HasPrefix(p, "tokentui/"):
				t.Errorf("%s imports %s: uitest imports no tokentui package, so that any package's tests can import it", path, p)
			case !own && p == "tokentui/ui/uitest":
				t.Errorf("%s imports uitest: only _test.go files may", path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
