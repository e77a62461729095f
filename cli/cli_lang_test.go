package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/auth"
	"tokentui/text/i18n"
)

// TestMain pins the locale: the CLI speaks the language of LC_ALL,
// LC_MESSAGES and LANG, and the tests expect English unless they ask for
// another language themselves.
func TestMain(m *testing.M) {
	os.Unsetenv("LC_ALL")
	os.Unsetenv("LC_MESSAGES")
	os.Setenv("LANG", "C.UTF-8")
	os.Exit(m.Run())
}

// runCLIIn runs the command line and returns its exit status, stdout and stderr.
func runCLIIn(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCLILanguage(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.yaml")
	for _, tc := range []struct {
		name     string
		env      string // LANG
		args     []string
		code     int
		out, err []string // pieces the output must hold
	}{
		{name: "English by default", args: []string{"--config", missing, "profiles", "show"}, code: 2,
			err: []string{"tokentui: there is no profiles file at", "hint: add one with"}},
		{name: "LANG=pt_BR.UTF-8", env: "pt_BR.UTF-8", args: []string{"--config", missing, "profiles", "show"}, code: 2,
			err: []string{"tokentui: não há arquivo de perfis em", "dica: crie um com"}},
		{name: "--lang pt-BR beats LANG", env: "en_US.UTF-8", args: []string{"--lang", "pt-BR", "sandbox", "--addr", "nohost"}, code: 2,
			err: []string{`tokentui: --addr "nohost" não está no formato host:porta`, "dica: por exemplo --addr 127.0.0.1:8765"}},
		{name: "--lang=en beats LANG", env: "pt_BR.UTF-8", args: []string{"--lang=en", "sandbox", "--addr", "nohost"}, code: 2,
			err: []string{`tokentui: --addr "nohost" is not host:port`, "hint: e.g. --addr"}},
		{name: "unknown --lang is bad usage", args: []string{"--lang", "klingon", "version"}, code: 2,
			err: []string{`--lang "klingon": unknown language`, "hint: use --lang en or --lang pt-BR"}},
		{name: "unknown --lang, told in the locale's language", env: "pt_BR.UTF-8", args: []string{"--lang=xx", "version"}, code: 2,
			err: []string{`--lang "xx": idioma desconhecido`, "dica: use --lang en ou --lang pt-BR"}},
		{name: "help in Portuguese", args: []string{"--lang", "pt-BR", "--help"}, code: 0,
			out: []string{"Uso:", "Comandos:", "Opções:", "Lista, mostra, cria e remove perfis", "ajuda do tokentui", "idioma: en ou pt-BR"}},
		{name: "subcommand help in Portuguese", env: "pt_BR.UTF-8", args: []string{"profiles", "add", "--help"}, code: 0,
			out: []string{"Cria um perfil", "client id fornecido pelo provedor", "ajuda do add", "Opções globais:"}},
		{name: "help in English", args: []string{"--help"}, code: 0,
			out: []string{"Usage:", "Available Commands:", "Flags:", "List, show, add and remove profiles", "help for tokentui"}},
		{name: "decode in Portuguese", env: "pt_BR.UTF-8", args: []string{"decode", sampleJWT}, code: 0,
			out: []string{"Cabeçalho", "Claims", "emissor: quem gerou e assinou o token", "não verificada (use --verify)"}},
		{name: "decode in English", args: []string{"decode", sampleJWT}, code: 0,
			out: []string{"Header", "Claims", "issuer: who", "not verified (use --verify)"}},
		{name: "malformed token in Portuguese", env: "pt_BR.UTF-8", args: []string{"decode", "abc"}, code: 2,
			err: []string{"tokentui: ", "dica: Confira se o token foi copiado inteiro"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("LANG", tc.env)
			}
			code, out, errOut := runCLIIn(t, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out, errOut)
			}
			for _, w := range tc.out {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.err {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
		})
	}
}

// sampleJWT is an unsigned-looking but well-formed JWT (decode checks nothing).
const sampleJWT = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImtleS0xIiwidHlwIjoiYXQrand0In0." +
	"eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxlL2lzIiwiY2xpZW50X2lkIjoiZGVtby1jbGllbnQiLCJzY29wZSI6WyJkZW1vLnJlYWQiXSwiZXhwIjoxODAwMDAwMDAwLCJpYXQiOjE3OTk5OTY0MDB9." +
	"c2lnbmF0dXJl"

// TestLateLanguage: errors made without knowing the language are written
// in the user's language when reported.
func TestLateLanguage(t *testing.T) {
	e := usageIn("", i18n.CliBadTimeout, "TOKENTUI_TIMEOUT", "abc").hintIn("", i18n.CliBadTimeoutHint)
	if !strings.Contains(e.Error(), "is not a positive duration") {
		t.Errorf("Error() = %q, want English", e.Error())
	}
	var b bytes.Buffer
	if code := reportError(&b, i18n.PtBR, e); code != exitUsage {
		t.Errorf("exit %d", code)
	}
	if got := b.String(); !strings.Contains(got, `tokentui: TOKENTUI_TIMEOUT="abc" não é uma duração positiva.`) || !strings.Contains(got, "dica: escreva como 10s") {
		t.Errorf("reported %q", got)
	}
	b.Reset()
	reportError(&b, i18n.PtBR, explainFailureIn(i18n.PtBR, auth.ErrGuardRefused))
	if got := b.String(); !strings.Contains(got, "causa: O tokentui se recusou") || !strings.Contains(got, "dica: Use o token em cache") {
		t.Errorf("explainFailure reported %q", got)
	}
}
