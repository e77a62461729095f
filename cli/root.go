// Package cli is tokentui's command line: the root command, the global
// flags, the mapping of errors to exit statuses (root.go), one file per
// subcommand (cmd_*.go), and the wiring from a profile to an auth client
// and an HTTP sender (cli_profile.go) that the TUI is started with.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"tokentui/requests"
	"tokentui/text/i18n"
)

// Version is set at build time with -ldflags "-X tokentui/cli.Version=…".
var Version = "dev"

// Exit statuses, the contract of DESIGN §3.
const (
	exitOK      = 0
	exitFailure = 1 // a server or network failure (or HTTP ≥ 400 with --fail)
	exitUsage   = 2 // bad usage, bad config or bad input
)

// globals holds the flags every subcommand shares.
type globals struct {
	configPath string
	profile    string
	lang       string
	debug      string
	debugLog   io.Closer    // the --debug file, open while the command runs
	present    bool         // open the TUI's Flow tab in presentation mode
	maxBody    byteSizeFlag // --max-body of the TUI: the largest request body the Request tab sends
	detected   i18n.Lang    // the language, found by run before the flags are parsed (cli_lang.go)
	// exposureWarned: the warning about a profiles file that others can
	// read was printed (once per run).
	exposureWarned bool
	stdout         io.Writer
	stderr         io.Writer
	stdin          io.Reader
}

// Run executes the command line args (without the program name) and
// returns the exit status (DESIGN §3).
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	stdout, stderr = ownLines(stdout, stderr)
	g := &globals{stdout: stdout, stderr: stderr, stdin: stdin}
	// Find --lang before cobra builds the commands, so help texts are in
	// the right language too (see cli_lang.go).
	lang, err := i18n.Detect(i18n.FlagValue(args), os.Getenv)
	if err != nil {
		return reportError(stderr, lang, usageIn(lang, i18n.CliBadLang, i18n.FlagValue(args)).hintIn(lang, i18n.CliBadLangHint))
	}
	g.detected = lang
	root := newRootCmd(g)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	defer func() {
		if g.debugLog != nil {
			g.debugLog.Close()
		}
	}()
	err = root.Execute()
	if err == nil {
		return exitOK
	}
	return reportError(stderr, g.language(), err)
}

func newRootCmd(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:           "tokentui",
		Short:         g.t(i18n.RootShort),
		Long:          g.t(i18n.RootLong),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTUI(cmd, g)
		},
		// --debug works for every command: its file is opened before any.
		PersistentPreRunE: func(cmd *cobra.Command, args []string) (err error) {
			g.debugLog, err = openDebugLog(g)
			return err
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&g.configPath, "config", os.Getenv("TOKENTUI_CONFIG"), g.t(i18n.FlagConfig))
	pf.StringVarP(&g.profile, "profile", "p", os.Getenv("TOKENTUI_PROFILE"), g.t(i18n.FlagProfile))
	pf.StringVar(&g.lang, "lang", "", g.t(i18n.FlagLang))
	pf.StringVar(&g.debug, "debug", "", g.t(i18n.FlagDebug))
	pf.BoolVar(&g.present, "present", false, g.t(i18n.FlagPresent))
	g.maxBody = newByteSize(requests.DefaultMaxRequestBody, g.language())
	root.Flags().Var(&g.maxBody, "max-body", g.t(i18n.FlagMaxBody))
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageErrorf("%v", err).hintIn(g.language(), i18n.CliFlagsHint, cmd.CommandPath())
	})

	root.AddCommand(
		newDemoCmd(g),
		newSandboxCmd(g),
		newProfilesCmd(g),
		newCallCmd(g),
		newAPICmd(g),
		newTokenCmd(g),
		newDecodeCmd(g),
		newKeysCmd(g),
		newDiagnoseCmd(g),
		newCodeCmd(g),
		newVersionCmd(g),
	)
	usageArgs(root)
	speak(g, root)
	return root
}

// usageArgs makes cobra's own argument errors ("unknown command", "accepts
// 1 arg(s)") bad usage, exit 2 with a hint, in cmd and every subcommand.
func usageArgs(cmd *cobra.Command) {
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			err := check(c, args)
			var ce *cliError
			if err == nil || errors.As(err, &ce) {
				return err
			}
			lang := langOf(c)
			hint := i18n.T(lang, i18n.CliUsageHint, c.CommandPath())
			if len(args) > 0 {
				c.SuggestionsMinimumDistance = 2
				if s := c.SuggestionsFor(args[0]); len(s) > 0 {
					hint = i18n.T(lang, i18n.CliDidYouMean, c.CommandPath()+" "+s[0], hint)
				}
			}
			return usageErrorf("%s", strings.ReplaceAll(err.Error(), "\n", " ")).withHint(hint)
		}
	}
	for _, sub := range cmd.Commands() {
		usageArgs(sub)
	}
}

func newVersionCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: g.t(i18n.VersionShort),
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, args []string) {
			fmt.Fprintln(g.stdout, "tokentui", Version)
		},
	}
}

// cliError is an error meant for people: a sentence, a hint and an exit status.
type cliError struct {
	code int
	err  error
	hint string
	// inLang, when set, writes the message and hint in the user's
	// language at report time (for errors made without knowing it).
	inLang func(i18n.Lang) (msg, hint string)
}

func (e *cliError) Error() string { return e.err.Error() }
func (e *cliError) Unwrap() error { return e.err }

func (e *cliError) withHint(h string) *cliError { e.hint = h; return e }

// usageErrorf reports bad usage, bad config or bad input (exit 2).
func usageErrorf(format string, a ...any) *cliError {
	return &cliError{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// failure reports a server or network failure (exit 1).
func failure(err error, hint string) *cliError {
	return &cliError{code: exitFailure, err: err, hint: hint}
}

// reportError prints err as a sentence plus a hint, in lang, and returns
// its exit status.
func reportError(w io.Writer, lang i18n.Lang, err error) int {
	var ce *cliError
	code := exitFailure
	msg, hint := err.Error(), ""
	if errors.As(err, &ce) {
		code, hint = ce.code, ce.hint
		if ce.inLang != nil && err == error(ce) {
			msg, hint = ce.inLang(lang)
		}
	}
	fmt.Fprintln(w, i18n.T(lang, i18n.CliError, sentence(lang, msg)))
	if hint != "" {
		fmt.Fprintln(w, i18n.T(lang, i18n.CliHint, hint))
	}
	return code
}

// sentence capitalises nothing but makes sure the message ends like one.
func sentence(lang i18n.Lang, s string) string {
	if s == "" {
		return i18n.T(lang, i18n.CliUnknownError)
	}
	switch s[len(s)-1] {
	case '.', '!', '?':
		return s
	}
	return s + "."
}
