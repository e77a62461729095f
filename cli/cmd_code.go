package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tokentui/codegen"
	"tokentui/profiles"
	"tokentui/text/i18n"
)

// newCodeCmd is `tokentui code LANGUAGE`: a runnable client program for
// the profile, on stdout (package codegen writes it).
func newCodeCmd(g *globals) *cobra.Command {
	var request string
	var calls int
	cmd := &cobra.Command{
		Use:   "code [-p NAME] LANGUAGE [--request NAME|PATH]",
		Short: g.t(i18n.CodeShort),
		Long:  g.t(i18n.CodeLong),
		Example: `  tokentui code go > main.go
  tokentui code python --request me > client.py
  tokentui -p ac-homolog code java --request /v1/items`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lang := g.language()
			hint := func(e *cliError) *cliError {
				return e.hintIn(lang, i18n.CodeLanguagesHint, languageList())
			}
			if len(args) == 0 {
				return hint(usageIn(lang, i18n.CodeNoLanguage))
			}
			l, err := codegen.ParseLanguage(args[0])
			if err != nil {
				return hint(usageIn(lang, i18n.CodeUnknownLanguage, sanitize(args[0])))
			}
			p, err := g.loadProfile()
			if err != nil {
				return err
			}
			src, err := programFor(g, p, l, request, calls)
			if err != nil {
				return err
			}
			fmt.Fprint(g.stdout, src)
			if l == codegen.Shell {
				fmt.Fprintln(g.stderr, g.t(i18n.CodeWroteShell, l.Title(), sanitize(p.Name), l.FileName()))
			} else {
				fmt.Fprintln(g.stderr, g.t(i18n.CodeWrote, l.Title(), sanitize(p.Name), l.FileName(),
					codegen.SecretEnvName(p.Name, p.ClientSecret)))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&request, "request", "", g.t(i18n.CodeFlagRequest))
	cmd.Flags().IntVar(&calls, "calls", 3, g.t(i18n.CodeFlagCalls))
	return cmd
}

// programFor writes the program of l for profile p; its errors are usage
// errors (exit 2) with a hint.
func programFor(g *globals, p profiles.Profile, l codegen.Language, request string, calls int) (string, error) {
	lang := g.language()
	spec, err := codegen.RequestFor(p, request)
	switch {
	case errors.Is(err, codegen.ErrNoRequestURL):
		return "", usageIn(lang, i18n.CodeNoRequest, sanitize(p.Name)).hintIn(lang, i18n.CodeNoRequestHint)
	case err != nil:
		return "", usageIn(lang, i18n.CodeBadRequest, sanitize(request), err).hintIn(lang, i18n.CallPathHint)
	}
	in := codegen.FromProfile(p, spec, i18n.CodeComments(lang))
	in.Calls = calls
	if g.configPath != "" {
		in.ConfigPath = g.configPath
	}
	src, err := codegen.Generate(l, in)
	switch {
	case errors.Is(err, codegen.ErrNoTokenEndpoint):
		return "", usageIn(lang, i18n.CodeNoEndpoint, sanitize(p.Name)).hintIn(lang, i18n.CodeNoEndpointHint, sanitize(p.Name))
	case err != nil:
		return "", usageIn(lang, i18n.CliBadProfile, sanitize(p.Name), err).hintIn(lang, i18n.CliBadProfileHint, sanitize(p.Name))
	}
	return src, nil
}

// languageList is the languages `code` knows, comma-separated.
func languageList() string {
	names := make([]string, 0, len(codegen.Languages()))
	for _, l := range codegen.Languages() {
		names = append(names, string(l))
	}
	return strings.Join(names, ", ")
}
