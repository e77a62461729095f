package profilemgr

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const self = "tokentui/ui/profilemgr"

// exports lists the package and everything it depends on, each with its
// export data, as go list builds them.
func exports(t *testing.T) map[string]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", "-export", "-f", "{{.ImportPath}} {{.Export}}", self).CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps %s: %v\n%s", self, err, out)
	}
	paths := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, file, _ := strings.Cut(line, " ")
		paths[path] = file
	}
	if _, ok := paths[self]; !ok {
		t.Fatalf("go list -deps %s did not list the package itself:\n%s", self, out)
	}
	return paths
}

// TestNoWayBackToTheRoot: the component speaks to the app that embeds it
// only through the messages of the commands it returns (STYLE.md,
// convention 3). It depends on nothing of the root (tokentui/ui) nor on
// the CLI, and the methods that handle its messages and keys take only
// values: no function, no interface but the message itself, nothing it
// could call back.
func TestNoWayBackToTheRoot(t *testing.T) {
	deps := exports(t)
	for d := range deps {
		if d == "tokentui/ui" || d == "tokentui/cli" || d == "tokentui" {
			t.Errorf("%s depends on %s", self, d)
		}
	}

	fset := token.NewFileSet()
	var files []*ast.File
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		return os.Open(deps[path])
	})
	pkg, err := (&types.Config{Importer: imp}).Check(self, fset, files, nil)
	if err != nil {
		t.Fatal(err)
	}
	model := pkg.Scope().Lookup("Model")
	if model == nil {
		t.Fatal("no Model in the package")
	}
	isTea := func(typ types.Type, name string) bool {
		n, ok := typ.(*types.Named)
		return ok && n.Obj().Name() == name && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "github.com/charmbracelet/bubbletea"
	}
	checked := 0
	ms := types.NewMethodSet(types.NewPointer(model.Type()))
	for i := range ms.Len() {
		fn := ms.At(i).Obj().(*types.Func)
		sig := fn.Type().(*types.Signature)
		returnsCmd := false
		for r := range sig.Results().Variables() {
			returnsCmd = returnsCmd || isTea(r.Type(), "Cmd")
		}
		if !fn.Exported() || !returnsCmd {
			continue
		}
		checked++
		for p := range sig.Params().Variables() {
			switch p.Type().Underlying().(type) {
			case *types.Signature:
				t.Errorf("%s takes %s %s: a function it could call back", fn.Name(), p.Name(), p.Type())
			case *types.Interface:
				if !isTea(p.Type(), "Msg") {
					t.Errorf("%s takes %s %s: an interface it could call back", fn.Name(), p.Name(), p.Type())
				}
			}
		}
	}
	if checked < 4 { // Init, Update, Key, ListKey, Tick
		t.Fatalf("checked %d methods that return a tea.Cmd; expected Update, Key and the others", checked)
	}
}
