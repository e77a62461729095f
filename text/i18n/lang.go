// Package i18n is tokentui's presentation catalogue: every word the TUI and
// the CLI show, in English and Brazilian Portuguese, behind typed keys, with
// the helpers that write durations, dates and numbers the way each language
// does. The domain packages' sentences (profiles' errors, auth's diagnosis,
// notes and refusals) carry codes and arguments that this package writes
// in the user's language (profiles_errors.go, auth_errors.go, diagnose.go).
package i18n

import (
	"errors"
	"fmt"
	"strings"
)

// Lang is a language the app speaks; its value is the BCP 47 tag the
// domain packages use for their own tables ("en", "pt-BR").
type Lang string

// The languages of the catalogue.
const (
	En   Lang = "en"
	PtBR Lang = "pt-BR"
)

// Langs lists every language, English first.
var Langs = []Lang{En, PtBR}

// String is the language's tag.
func (l Lang) String() string { return string(l) }

// ErrUnknownLang reports a --lang value that names no language of the
// catalogue.
var ErrUnknownLang = errors.New("unknown language")

// Parse reads a language as people write it: "en", "en_US", "EN-us",
// "pt-BR", "pt_BR.UTF-8", "pt"… Anything else is ErrUnknownLang.
func Parse(s string) (Lang, error) {
	if l, ok := fromLocale(s); ok {
		return l, nil
	}
	return "", fmt.Errorf("%w %q", ErrUnknownLang, s)
}

// fromLocale maps a language tag or a POSIX locale (ll_CC.charset@mod) to
// a language; ok is false for anything that is neither English nor
// Portuguese.
func fromLocale(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	lang, _, _ := strings.Cut(strings.ReplaceAll(s, "-", "_"), "_")
	switch lang {
	case "pt":
		return PtBR, true
	case "en":
		return En, true
	}
	return "", false
}

// Detect chooses the language: the --lang flag when given, else the first
// of LC_ALL, LC_MESSAGES and LANG that is set to a real locale (empty, C
// and POSIX are skipped), pt_BR*/pt* meaning Portuguese and any other
// locale English; with none of them, English.
//
// A flag naming no known language is an error wrapping ErrUnknownLang; the
// language returned with it is the environment's, to write the error in.
func Detect(flag string, env func(string) string) (Lang, error) {
	fromEnv := En
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := strings.TrimSpace(env(name))
		if v == "" || v == "C" || v == "POSIX" || strings.HasPrefix(v, "C.") {
			continue
		}
		if l, ok := fromLocale(v); ok {
			fromEnv = l
		}
		break
	}
	if flag == "" {
		return fromEnv, nil
	}
	l, err := Parse(flag)
	if err != nil {
		return fromEnv, err
	}
	return l, nil
}

// FlagValue finds the value of --lang in a command line before the flags
// are parsed ("--lang X" or "--lang=X", up to a "--"), so that help texts
// can be built in the right language; "" when absent.
func FlagValue(args []string) string {
	v := ""
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return v
		case a == "--lang" && i+1 < len(args):
			v = args[i+1]
			i++
		case strings.HasPrefix(a, "--lang="):
			v = strings.TrimPrefix(a, "--lang=")
		}
	}
	return v
}
