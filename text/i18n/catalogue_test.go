package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"tokentui/auth"
	"tokentui/codegen"
	"tokentui/profiles"
)

// placeholder is one fmt verb: the argument it reads (1-based) and its
// verb letter.
type placeholder struct {
	arg  int
	verb rune
}

// placeholders parses the fmt verbs of a format string, with explicit
// argument indexes ("%[2]s") and '*' widths, sorted by argument.
func placeholders(format string) []placeholder {
	var out []placeholder
	arg := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		for i < len(format) {
			c := format[i]
			switch {
			case strings.ContainsRune("+-# 0.", rune(c)) || c >= '0' && c <= '9':
				i++
			case c == '[':
				end := strings.IndexByte(format[i:], ']')
				if end < 0 {
					return append(out, placeholder{-1, '!'})
				}
				n, err := strconv.Atoi(format[i+1 : i+end])
				if err != nil {
					return append(out, placeholder{-1, '!'})
				}
				arg = n
				i += end + 1
			case c == '*':
				out = append(out, placeholder{arg, '*'})
				arg++
				i++
			default:
				out = append(out, placeholder{arg, rune(c)})
				arg++
				goto next
			}
		}
		out = append(out, placeholder{-1, '!'}) // a lone % at the end
	next:
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].arg != out[j].arg {
			return out[i].arg < out[j].arg
		}
		return out[i].verb < out[j].verb
	})
	return out
}

func TestPlaceholders(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []placeholder
	}{
		{"no verbs, 100%% sure", nil},
		{"%s and %d", []placeholder{{1, 's'}, {2, 'd'}}},
		{"%[2]s before %[1]q", []placeholder{{1, 'q'}, {2, 's'}}},
		{"%-15s %*d %.2f %w", []placeholder{{1, 's'}, {2, '*'}, {3, 'd'}, {4, 'f'}, {5, 'w'}}},
		{"trailing %", []placeholder{{-1, '!'}}},
	} {
		if got := placeholders(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("placeholders(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// declaredKeys reads the Key constants of the package's files (keys.go and
// the per-area files that register their own part) with go/parser, so a key
// declared but missing from both maps is caught too.
func declaredKeys(t *testing.T) []Key {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var keys []Key
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Key" {
					continue
				}
				for i, name := range vs.Names {
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok {
						t.Errorf("key %s: value is not a string literal", name.Name)
						continue
					}
					v, _ := strconv.Unquote(lit.Value)
					if v != name.Name {
						t.Errorf("key %s has value %q; give every key its own name as value", name.Name, v)
					}
					keys = append(keys, Key(v))
				}
			}
		}
	}
	return keys
}

// TestCatalogueParity: every key exists in every language, with the same
// placeholders, and no language has a key the others lack.
func TestCatalogueParity(t *testing.T) {
	declared := declaredKeys(t)
	if len(declared) < 100 {
		t.Fatalf("only %d keys parsed from keys.go", len(declared))
	}
	for c := range profiles.English() { // the codes of packages profiles and auth are keys too
		declared = append(declared, profileKey(c))
	}
	for c := range auth.EnglishTexts() {
		declared = append(declared, authKey(c))
	}
	for k := range codegen.EnglishComments() {
		declared = append(declared, commentKey(k))
	}
	for c, e := range auth.Explanations() {
		declared = append(declared, causeKey(c))
		if e.Hint != "" {
			declared = append(declared, hintKey(c))
		}
	}
	isDeclared := map[Key]bool{}
	for _, k := range declared {
		isDeclared[k] = true
	}
	for _, lang := range Langs {
		table := tables[lang]
		for _, k := range declared {
			s, ok := table[k]
			if !ok {
				t.Errorf("%s: key %s has no text", lang, k)
				continue
			}
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: key %s is empty", lang, k)
			}
			if got, want := placeholders(s), placeholders(english[k]); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: key %s has placeholders %v, English has %v\n  %s: %q\n  en: %q", lang, k, got, want, lang, s, english[k])
			}
		}
		for k := range table {
			if !isDeclared[k] {
				t.Errorf("%s: key %s is not declared as a Key constant", lang, k)
			}
		}
	}
}

// loanwords are words Brazilian developers use as they are: a text made
// only of them (and of symbols and placeholders) may read the same in both
// languages.
var loanwords = map[string]bool{
	"token": true, "status": true, "url": true, "jwks": true, "discovery": true, "sandbox": true,
	"claims": true, "client": true, "id": true, "tokentui": true, "curl": true, "jwt": true, "http": true,
	"headers": true, "header": true, "timeout": true, "ok": true, "dns": true, "tls": true, "kid": true,
}

// TestPortugueseIsTranslated: a Portuguese text identical to the English
// one must be made of words both languages share (loanwords, names, codes).
func TestPortugueseIsTranslated(t *testing.T) {
	words := regexp.MustCompile(`\p{L}{2,}`)
	for k, en := range english {
		if portuguese[k] != en {
			continue
		}
		for _, w := range words.FindAllString(verbRE.ReplaceAllString(en, " "), -1) {
			if !loanwords[strings.ToLower(w)] {
				t.Errorf("key %s reads the same in Portuguese: %q (%q is not a loanword)", k, en, w)
				break
			}
		}
	}
}

func TestTFallsBack(t *testing.T) {
	if got := T(Lang("fr"), AppProfiles); got != "Profiles" {
		t.Errorf("unknown language: %q, want the English text", got)
	}
	if got := T(PtBR, Key("NoSuchKey")); got != "NoSuchKey" {
		t.Errorf("unknown key: %q, want the key's name", got)
	}
	if got := T(PtBR, AppBadgeValid, "42:17"); got != "válido 42:17" {
		t.Errorf("T = %q", got)
	}
	if got := N(PtBR, 1, TokenRequestsOne, TokenRequestsMany); got != "1 pedido" {
		t.Errorf("N(1) = %q", got)
	}
	if got := N(En, 0, TokenRequestsOne, TokenRequestsMany); got != "0 requests" {
		t.Errorf("N(0) = %q", got)
	}
	if got := M(CliBadProfile, "x", "boom").In(PtBR); got != `perfil "x": boom` {
		t.Errorf("Message.In = %q", got)
	}
}
