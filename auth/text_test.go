package auth

import (
	"context"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// walkPhrase calls fn on p and on every phrase among its arguments.
func walkPhrase(p Phrase, fn func(Phrase)) {
	fn(p)
	for _, a := range p.Args {
		if ap, ok := a.(Phrase); ok {
			walkPhrase(ap, fn)
		}
	}
}

// TestReportIsCoded runs Diagnose in healthy and failing setups: every
// check's title has a code, its detail is made of phrases with codes
// (their English is the Detail), and a hint of its own is a phrase too, so
// that the CLI and the TUI can write all of it in Portuguese. An English
// sentence added without a code fails here (or does not compile).
func TestReportIsCoded(t *testing.T) {
	english := englishTexts()
	for _, tc := range []struct {
		name  string
		setup func(p *fakeProvider, o *Options)
	}{
		{"healthy", func(p *fakeProvider, o *Options) {}},
		{"no scopes", func(p *fakeProvider, o *Options) { o.Scopes = nil }},
		{"wrong secret", func(p *fakeProvider, o *Options) { o.Secret = staticSecret("nope", nil) }},
		{"auth method", func(p *fakeProvider, o *Options) {
			p.authMethods = []string{"client_secret_basic"}
			o.AuthMethod = AuthMethodPost
		}},
		{"scope not granted", func(p *fakeProvider, o *Options) {
			p.grantOnly = []string{"api.read"}
			o.Scopes = []string{"api.read", "api.write"}
		}},
		{"issuer mismatch", func(p *fakeProvider, o *Options) { p.docIssuer = "https://other.example" }},
		{"clock ahead", func(p *fakeProvider, o *Options) {
			o.Now = func() time.Time { return time.Now().Add(20 * time.Minute) }
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newFakeProvider(t)
			o := p.options(t.TempDir())
			p.set(func(p *fakeProvider) { tc.setup(p, &o) })
			c := newClient(t, o)
			reports := []Report{c.Diagnose(context.Background(), false)}
			if tc.name == "healthy" {
				reports = append(reports, newClient(t, o).Diagnose(context.Background(), false)) // cached
			}
			for _, r := range reports {
				for _, ch := range r.Checks {
					if _, ok := english[TitleCode(ch.ID)]; !ok {
						t.Errorf("%s: the title has no code", ch.ID)
					}
					if len(ch.Parts) == 0 || JoinPhrases(ch.Parts) != ch.Detail {
						t.Errorf("%s: detail %q is not its phrases %v", ch.ID, ch.Detail, ch.Parts)
					}
					for _, part := range append(ch.Parts, ch.HintSaid) {
						walkPhrase(part, func(x Phrase) {
							if _, ok := english[x.Code]; x.Code != "" && !ok {
								t.Errorf("%s: code %q has no English", ch.ID, x.Code)
							}
						})
					}
					if ch.Hint != "" && ch.HintSaid.IsZero() && ch.Hint != ExplainCode(ch.Code).Hint {
						t.Errorf("%s: hint %q is neither a phrase nor its code's", ch.ID, ch.Hint)
					}
				}
			}
		})
	}
}

// stillEnglish are the functions that write a sentence into one of these
// fields without a phrase. One must stay: ExplainChallenge appends
// "required scope: …" to a Detail that holds the API's own
// error_description (outside text, never translated), and
// i18n.ExplainChallenge writes that part again in the user's language.
// Give new sentences codes rather than adding to this list.
var stillEnglish = map[string]bool{"ExplainChallenge": true}

// TestNoUncodedNotes: no Detail, Note, Reason or Hint is written from an
// English literal (a string, fmt.Sprintf, a concatenation): they come from
// phrases (add, addNote, because, hint) or explanations by Code.
func TestNoUncodedNotes(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	english := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				found = found || n.Kind == token.STRING && n.Value != `""`
			case *ast.SelectorExpr:
				found = found || n.Sel.Name == "Sprintf"
			}
			return true
		})
		return found
	}
	flagged := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			ast.Inspect(fd, func(n ast.Node) bool {
				var field string
				var value ast.Expr
				switch n := n.(type) {
				case *ast.KeyValueExpr:
					if id, ok := n.Key.(*ast.Ident); ok {
						field, value = id.Name, n.Value
					}
				case *ast.AssignStmt:
					for i, l := range n.Lhs {
						if sel, ok := l.(*ast.SelectorExpr); ok && i < len(n.Rhs) {
							field, value = sel.Sel.Name, n.Rhs[i]
						}
					}
				}
				switch field {
				case "Detail", "Note", "Reason", "Hint":
					if !english(value) {
						return true
					}
					flagged++
					if !stillEnglish[fd.Name.Name] {
						t.Errorf("%s: %s sets %s from an English literal (%s): use a Phrase", name, fd.Name.Name, field, fset.Position(n.Pos()))
					}
				}
				return true
			})
		}
	}
	if flagged != 2 {
		t.Errorf("the scan flagged %d literals, want 2 (ExplainChallenge's \"; \" and \"required scope\"): it is broken", flagged)
	}
}

// TestNotesSurviveTheDiskCache: a token's notes are kept as phrases in
// its cache file, so a token read back from disk still has them in any
// language; a file from another version keeps its English note.
func TestNotesSurviveTheDiskCache(t *testing.T) {
	notes := []Phrase{
		say(SayExpDiffer, "2026-12-03T15:00:00Z", "2026-12-03T15:30:00Z", Span(30*time.Minute)),
		(&ClockSkewError{Skew: 2 * time.Minute, Source: "iat claim"}).Phrase(),
		say(SayExpiresInFar, 1e9, Span(MaxLifetime), Span(MaxLifetime)),
	}
	f := tokenFile{Version: tokenFileVersion, Token: "t", Note: JoinPhrases(notes), Notes: notes}
	data, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var back tokenFile
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Notes, notes) || JoinPhrases(back.Notes) != f.Note {
		t.Errorf("notes read back:\n got %#v\nwant %#v", back.Notes, notes)
	}
	odd := []byte(`{"version":2,"access_token":"t","note":"x","notes":[{"code":"from_a_later_version","args":[{"s":"a"}]},{"code":"no_exp","args":[{"zz":1}]}]}`)
	if err := json.Unmarshal(odd, &back); err != nil || back.Token != "t" || !back.Notes[0].IsZero() {
		t.Errorf("a file with unknown phrases: %v, %+v", err, back)
	}
}

// TestNoUncodedErrors: every error this package makes is a phrase
// (sayErr) or one of its typed errors; fmt.Errorf and errors.New only
// make the sentinels of var blocks. A new English sentence fails here:
// give it a TextCode (text.go) and its Portuguese (text/i18n).
func TestNoUncodedErrors(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	sentinels := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			gd, isVar := d.(*ast.GenDecl)
			ast.Inspect(d, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				pkg, _ := sel.X.(*ast.Ident)
				if pkg == nil || !(pkg.Name == "fmt" && sel.Sel.Name == "Errorf" || pkg.Name == "errors" && sel.Sel.Name == "New") {
					return true
				}
				if isVar && gd.Tok == token.VAR {
					sentinels++ // var ErrX = errors.New(…): a kind, not a sentence
					return true
				}
				t.Errorf("%s: an error made of an English sentence: give it a phrase (sayErr)", fset.Position(call.Pos()))
				return true
			})
		}
	}
	if sentinels < 10 {
		t.Errorf("the scan found %d sentinels: it is broken", sentinels)
	}
}
