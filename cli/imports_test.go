package cli

import (
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestCLIImportsUIOnlyToStartTheTUI: the commands share what they need with
// the TUI through the domain packages and text/...; only the files that
// start the TUI (cmd_tui.go, tui_*.go) import tokentui/ui/....
func TestCLIImportsUIOnlyToStartTheTUI(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		startsTUI := name == "cmd_tui.go" || strings.HasPrefix(name, "tui_")
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if (path == "tokentui/ui" || strings.HasPrefix(path, "tokentui/ui/")) && !startsTUI {
				t.Errorf("%s imports %s: only cmd_tui.go and tui_*.go may (move what both need to text/... or a domain package)", name, path)
			}
		}
	}
	if checked < 20 {
		t.Fatalf("read %d files of package cli; expected the commands", checked)
	}
}

// TestDomainPackagesImportNoCharmNorUI: auth, profiles, requests, demo and
// the other domain packages never depend, even indirectly, on Charm or on
// tokentui/ui, so scripts, the CLI and other front ends can use them alone.
func TestDomainPackagesImportNoCharmNorUI(t *testing.T) {
	domain := []string{"auth", "profiles", "requests", "demo", "openapi", "codegen", "atomicfile"}
	for _, pkg := range domain {
		out, err := exec.Command("go", "list", "-deps", "tokentui/"+pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps tokentui/%s: %v\n%s", pkg, err, out)
		}
		deps := strings.Fields(string(out))
		if !slices.Contains(deps, "tokentui/"+pkg) {
			t.Fatalf("go list -deps tokentui/%s did not list the package itself:\n%s", pkg, out)
		}
		for _, d := range deps {
			if strings.HasPrefix(d, "github.com/charmbracelet/") || d == "tokentui/ui" || strings.HasPrefix(d, "tokentui/ui/") ||
				d == "tokentui/cli" || strings.HasPrefix(d, "tokentui/text/") {
				t.Errorf("tokentui/%s depends on %s", pkg, d)
			}
		}
	}
}
