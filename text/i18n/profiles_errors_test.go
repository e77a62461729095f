package i18n

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"tokentui/profiles"
)

var fmtVerbRE = regexp.MustCompile(`%(\[\d+\])?[-+# 0-9.]*[a-zA-Z]`)

// verbs lists the verbs of a format, without explicit argument indexes.
func verbs(f string) []string {
	var out []string
	for _, v := range fmtVerbRE.FindAllString(f, -1) {
		out = append(out, regexp.MustCompile(`\[\d+\]`).ReplaceAllString(v, ""))
	}
	slices.Sort(out)
	return out
}

// samples are arguments for a format's verbs, each easy to find in the
// result.
func samples(f string) []any {
	var args []any
	for i, v := range fmtVerbRE.FindAllString(f, -1) {
		switch v[len(v)-1] {
		case 'd':
			args = append(args, 4000+i)
		case 'o':
			args = append(args, 0o644)
		case 'f':
			args = append(args, float64(4000+i))
		default:
			args = append(args, fmt.Sprintf("arg%d", i))
		}
	}
	return args
}

// sameInBoth are the codes whose text is only data, or words that are
// the same in both languages.
var sameInBoth = map[profiles.Code]bool{
	profiles.CodeAtPathLine: true, profiles.CodeAtPath: true, profiles.CodeWrite: true, profiles.RefAsIs: true,
}

// TestProfileCodesInPortuguese: every code of package profiles has a
// Portuguese text that differs from the English and carries the same
// arguments.
func TestProfileCodesInPortuguese(t *testing.T) {
	checkTranslated(t, profiles.English(), profilesPtBR(), 150, sameInBoth, func(lang Lang, c profiles.Code, args []any) string {
		return ProfileText(lang, profiles.Text{Code: c, Args: args})
	}, func(c profiles.Code, args []any) string { return profiles.Text{Code: c, Args: args}.String() })
}

// checkTranslated checks a domain package's table of codes against its
// Portuguese: at least min codes; each has Portuguese that differs from
// the English (unless in same), with the same verbs; written with sample
// arguments by write it carries them and no formatting error, and its
// English is the package's own (english); no Portuguese for a code that
// does not exist.
func checkTranslated[C ~string](t *testing.T, en, pt map[C]string, min int, same map[C]bool,
	write func(Lang, C, []any) string, english func(C, []any) string) {
	t.Helper()
	if len(en) < min {
		t.Fatalf("only %d codes", len(en))
	}
	for c, ef := range en {
		pf, ok := pt[c]
		if !ok {
			t.Errorf("%s: no Portuguese", c)
			continue
		}
		if pf == ef && !same[c] {
			t.Errorf("%s: the Portuguese is the English: %q", c, pf)
		}
		if !slices.Equal(verbs(ef), verbs(pf)) {
			t.Errorf("%s: verbs %v in English, %v in Portuguese", c, verbs(ef), verbs(pf))
			continue
		}
		args := samples(ef)
		got := write(PtBR, c, args)
		if strings.Contains(got, "%!") {
			t.Errorf("%s: %q", c, got)
		}
		for _, a := range args {
			if s := fmt.Sprintf("%v", a); !strings.Contains(got, s) && !strings.Contains(got, fmt.Sprintf("%04o", a)) {
				t.Errorf("%s: %q lacks the argument %v", c, got, a)
			}
		}
		if eng := write(En, c, args); eng != english(c, args) {
			t.Errorf("%s: the catalogue's English %q is not the package's", c, eng)
		}
	}
	for c := range pt {
		if _, ok := en[c]; !ok {
			t.Errorf("%s: Portuguese for a code that does not exist", c)
		}
	}
}

func TestProfileErrorsIn(t *testing.T) {
	f := &profiles.File{Profiles: []profiles.Profile{{Name: "ac-homolog"}, {Name: "ac-prod"}}}
	_, err := f.Select("ac-homolg")
	for _, c := range []struct {
		lang      Lang
		err       error
		msg, hint string
	}{
		{PtBR, err, `não há perfil chamado "ac-homolg" (perfis: ac-homolog, ac-prod)`, `você quis dizer "ac-homolog"? 'tokentui profiles list' mostra todos`},
		{En, err, err.Error(), profiles.HintText(err).String()},
		{PtBR, fmt.Errorf("profile: %w", err), `profile: não há perfil chamado "ac-homolg" (perfis: ac-homolog, ac-prod)`, `você quis dizer "ac-homolog"? 'tokentui profiles list' mostra todos`},
		{PtBR, profiles.Profile{Name: "x", Issuer: "id.example", ClientID: "c"}.Validate(),
			`issuer no perfil "x" é "id.example", que não é uma URL absoluta http:// ou https://`,
			"escreva uma URL absoluta começando com https:// (ou http:// para um sandbox local)"},
		{PtBR, fmt.Errorf("plain"), "plain", ""},
	} {
		msg, hint := ProfileError(c.lang, c.err)
		if msg != c.msg || hint != c.hint {
			t.Errorf("%s %v:\n got %q / %q\nwant %q / %q", c.lang, c.err, msg, hint, c.msg, c.hint)
		}
	}
	_, err = profiles.Parse("p.yaml", []byte("profiles:\n  - name: a\n    issuer: https://i\n    client_id: c\n    requests:\n      - {name: me, pth: /me}\n"))
	if got, want := ProfileMessage(PtBR, err), `p.yaml:6: campo desconhecido "pth" na requisição salva "me" (o perfil "a")`; got != want {
		t.Errorf("nested where: %q, want %q", got, want)
	}
	if got := ProfileHint(PtBR, err); got != `você quis dizer "path"?` {
		t.Errorf("hint %q", got)
	}
}

func TestProfileNotes(t *testing.T) {
	for _, name := range []string{profiles.SandboxProfile, profiles.AcessoCidadaoProfile} {
		en := map[string]string{profiles.SandboxProfile: profiles.SandboxNotes, profiles.AcessoCidadaoProfile: profiles.AcessoCidadaoNotes}[name]
		if ProfileNotes(En, name) != en {
			t.Errorf("English notes of %s changed", name)
		}
		if pt := ProfileNotes(PtBR, name); pt == en || pt == "" {
			t.Errorf("no pt-BR notes for %s", name)
		}
	}
	if ProfileNotes(PtBR, "mine") != "" {
		t.Error("notes for a profile that is no preset")
	}
	if !strings.Contains(ProfileNotes(PtBR, profiles.AcessoCidadaoProfile), "bloqueado automaticamente") {
		t.Error("the Acesso Cidadão notes must warn about the automatic block")
	}
}
