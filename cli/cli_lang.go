package cli

// The language of the command line. It is chosen once per run: --lang
// (en, pt-BR, also pt_BR, pt, en_US…), else LC_ALL, LC_MESSAGES and LANG
// in that order (see i18n.Detect). Every message, error, hint and help text
// comes from the catalogue in tokentui/text/i18n, the domain errors too
// (by their codes: i18n.ProfileError, i18n.ErrorText, i18n.DiagnoseReport).
//
// Cobra builds the commands, with their Short and Long texts, before it
// parses the flags; run therefore finds --lang in the raw arguments first
// (i18n.FlagValue), so `tokentui --lang pt-BR --help` is in Portuguese.

import (
	"os"

	"github.com/spf13/cobra"

	"tokentui/text/i18n"
)

// language is the language of the CLI's messages: --lang, else the locale
// of the environment. A bad --lang was reported by run already; here it
// reads as the environment's language.
func (g *globals) language() i18n.Lang {
	if g.detected != "" {
		return g.detected
	}
	l, _ := i18n.Detect(g.lang, os.Getenv)
	return l
}

// t is the catalogue's text for key in the CLI's language.
func (g *globals) t(key i18n.Key, args ...any) string { return i18n.T(g.language(), key, args...) }

// langOf is the language of a command being run, read from its --lang flag
// (for code that has the command but not the globals).
func langOf(cmd *cobra.Command) i18n.Lang {
	flag := ""
	if f := cmd.Flag("lang"); f != nil {
		flag = f.Value.String()
	}
	l, _ := i18n.Detect(flag, os.Getenv)
	return l
}

// usageIn is a usage error (exit 2) with the catalogue's text for key.
// Code that does not know the language passes "": the error reads in
// English and is written in the user's language when reported.
func usageIn(lang i18n.Lang, key i18n.Key, args ...any) *cliError {
	e := usageErrorf("%s", i18n.T(lang, key, args...))
	if lang == "" {
		msg := i18n.M(key, args...)
		e.inLang = func(l i18n.Lang) (string, string) { return msg.In(l), e.hint }
	}
	return e
}

// hintIn sets the hint from the catalogue; with lang "" it is written in
// the user's language when reported, like usageIn's message.
func (e *cliError) hintIn(lang i18n.Lang, key i18n.Key, args ...any) *cliError {
	e.withHint(i18n.T(lang, key, args...))
	if lang == "" {
		hint, prev := i18n.M(key, args...), e.inLang
		e.inLang = func(l i18n.Lang) (string, string) {
			msg := e.err.Error()
			if prev != nil {
				msg, _ = prev(l)
			}
			return msg, hint.In(l)
		}
	}
	return e
}

// speak puts cobra's own texts in the CLI's language: the usage template's
// headings, the help flag of every command and the help command.
func speak(g *globals, root *cobra.Command) {
	root.SetUsageTemplate(g.t(i18n.CliUsageTemplate))
	var helpFlags func(c *cobra.Command)
	helpFlags = func(c *cobra.Command) {
		if c.Flags().Lookup("help") == nil {
			c.Flags().BoolP("help", "h", false, g.t(i18n.FlagHelp, c.Name()))
		}
		for _, sub := range c.Commands() {
			helpFlags(sub)
		}
	}
	root.InitDefaultHelpCmd()
	for _, c := range root.Commands() {
		if c.Name() == "help" {
			c.Short = g.t(i18n.HelpCmdShort)
			c.Long = g.t(i18n.HelpCmdLong, root.Name())
		}
	}
	helpFlags(root)
}
