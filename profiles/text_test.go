package profiles

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// hint is the English hint of err.
func hint(err error) string { return HintText(err).String() }

// walkTexts calls fn on t and on every Text among its arguments.
func walkTexts(t Text, fn func(Text)) {
	fn(t)
	for _, a := range t.Args {
		if at, ok := a.(Text); ok {
			walkTexts(at, fn)
		}
	}
}

// checkCoded fails unless err is an error of this package whose message
// and hint are made of known codes only.
func checkCoded(t *testing.T, err error) {
	t.Helper()
	c, ok := CodedOf(err)
	if !ok {
		t.Errorf("%v: not a coded error of package profiles", err)
		return
	}
	for _, root := range []Text{c.Message(), c.HintText()} {
		walkTexts(root, func(x Text) {
			if x.Code == "" && x.Args != nil {
				t.Errorf("%v: a Text without a code", err)
			}
			if _, ok := english()[x.Code]; x.Code != "" && !ok {
				t.Errorf("%v: code %q has no English", err, x.Code)
			}
		})
	}
	if c.Message().String() != c.Error() {
		t.Errorf("Message() %q differs from Error() %q", c.Message(), c.Error())
	}
}

// TestBadInputsCarryCodes: every problem Load finds, every profile that
// fails Validate, every secret that cannot be resolved and every choice of
// a profile that fails is an error whose words are codes, so that the UI
// can write it in Portuguese; an English sentence without a code would
// fail here.
func TestBadInputsCarryCodes(t *testing.T) {
	for _, tc := range badInputs {
		_, err := Load(writeFile(t, tc.yaml))
		checkCoded(t, err)
	}
	for _, p := range []Profile{
		{}, {Name: " x", ClientID: "c", Issuer: "https://i"}, {Name: "x", Issuer: "https://u:p@i", ClientID: "c"},
		{Name: "x", ClientID: "c", Issuer: "https://i", AuthMethod: "private_key_jwk"},
		{Name: "x", ClientID: "c", Issuer: "https://i", Requests: []SavedRequest{{Method: "G T"}}},
		{Name: "x", ClientID: "c", Issuer: "https://i", AuthMethod: AuthTLS, ClientSecret: "env:S"},
		{Name: "x", ClientID: "c", Issuer: "https://i", ClientKeyID: " k"},
	} {
		checkCoded(t, p.Validate())
	}
	f := &File{Profiles: []Profile{{Name: "ac-homolog"}, {Name: "ac-prod"}}}
	for _, name := range []string{"", "ac-homolg", "zzz"} {
		_, err := f.Select(name)
		checkCoded(t, err)
	}
	_, err := (&File{}).Select("x")
	checkCoded(t, err)
	dir := t.TempDir()
	for _, ref := range []string{"", "env:", "env:TOKENTUI_SURELY_UNSET", "file:", "file:" + dir, "file:" + filepath.Join(dir, "none"), "cmd:", "cmd:exit 3", "cmd:true"} {
		_, err := ResolveSecret(context.Background(), Profile{Name: "p", ClientSecret: ref})
		checkCoded(t, err)
	}
	_, err = ResolveKey(context.Background(), Profile{Name: "p"})
	checkCoded(t, err)
	_, err = ResolveCert(context.Background(), Profile{Name: "p"})
	checkCoded(t, err)
	checkCoded(t, SetKeyringSecret("", ""))
	checkCoded(t, refuseOverwrite("p.yaml", &LoadError{Line: 3, Msg: txt(CodeMultiDoc), Hint: txt(HintRemoveDoc)}))
}

// uncoded are the errors this package still makes from English sentences
// without a code, by function: each is wrapped or shown where a code is
// not needed. A new fmt.Errorf or errors.New outside a var block of
// sentinels fails TestNoNewUncodedSentences: give it a code instead.
var uncoded = map[string]int{
	// One stays: a warning whose words the CLI and the UI never show; they
	// write their own by i18n.WarnKeyringLeft*, from the profile's name.
	"DeleteKeyringSecret": 1,
}

func TestNoNewUncodedSentences(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	got := map[string]int{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		sentinels := map[ast.Node]bool{}
		for _, d := range f.Decls {
			name := "var"
			if fd, ok := d.(*ast.FuncDecl); ok {
				name = fd.Name.Name
			}
			ast.Inspect(d, func(n ast.Node) bool {
				if vs, ok := n.(*ast.ValueSpec); ok {
					for _, v := range vs.Values {
						sentinels[v] = true // var ErrX = errors.New(…): a kind, not a sentence
					}
				}
				call, ok := n.(*ast.CallExpr)
				if !ok || sentinels[n] {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				pkg, _ := sel.X.(*ast.Ident)
				if pkg == nil || !(pkg.Name == "fmt" && sel.Sel.Name == "Errorf" || pkg.Name == "errors" && sel.Sel.Name == "New") {
					return true
				}
				if lit, ok := call.Args[0].(*ast.BasicLit); ok {
					s, _ := strconv.Unquote(lit.Value)
					if strings.Trim(s, "%w: ") == "" {
						return true // only wraps
					}
				}
				got[name]++
				return true
			})
		}
	}
	if got["DeleteKeyringSecret"] != uncoded["DeleteKeyringSecret"] {
		t.Errorf("the scan found %d uncoded errors in DeleteKeyringSecret, want %d: the scan is broken", got["DeleteKeyringSecret"], uncoded["DeleteKeyringSecret"])
	}
	for fn, n := range got {
		if n > uncoded[fn] {
			t.Errorf("%s makes %d errors from English sentences without a code (allowed %d): use a Text", fn, n, uncoded[fn])
		}
	}
}

// TestEveryCodeHasEnglish: each Code constant has its English.
func TestEveryCodeHasEnglish(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "text.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			for _, v := range vs.Values {
				lit := v.(*ast.BasicLit)
				c, _ := strconv.Unquote(lit.Value)
				n++
				if english()[Code(c)] == "" {
					t.Errorf("code %q has no English", c)
				}
			}
		}
	}
	if n != len(english()) || n < 150 {
		t.Errorf("%d codes, %d English texts", n, len(english()))
	}
}
