// Command tokentui explores OAuth2 client-credentials tokens and the APIs they open.
//
// main.go holds only the root command, the global flags and the mapping of
// errors to exit statuses; each subcommand lives in its own cmd_*.go file.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

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
	present    bool // open the TUI's Flow tab in presentation mode
	stdout     io.Writer
	stderr     io.Writer
	stdin      io.Reader
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	g := &globals{stdout: stdout, stderr: stderr, stdin: stdin}
	root := newRootCmd(g)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	return reportError(stderr, err)
}

func newRootCmd(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:           "tokentui",
		Short:         "Explore OAuth2 client-credentials tokens and the APIs they open",
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTUI(cmd, g)
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&g.configPath, "config", os.Getenv("TOKENTUI_CONFIG"), "profiles file (env TOKENTUI_CONFIG)")
	pf.StringVarP(&g.profile, "profile", "p", os.Getenv("TOKENTUI_PROFILE"), "profile name (env TOKENTUI_PROFILE, else the file's default)")
	pf.StringVar(&g.lang, "lang", "", "language: en or pt-BR (else from LANG)")
	pf.StringVar(&g.debug, "debug", "", "write a debug log to this file")
	pf.BoolVar(&g.present, "present", false, "open the Flow tab in presentation mode, for projectors (TUI and demo)")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageErrorf("%v", err).withHint("run '" + cmd.CommandPath() + " --help' to see the flags")
	})

	root.AddCommand(
		newDemoCmd(g),
		newSandboxCmd(g),
		newProfilesCmd(g),
		newCallCmd(g),
		newTokenCmd(g),
		newDecodeCmd(g),
		newDiagnoseCmd(g),
		newVersionCmd(g),
	)
	usageArgs(root)
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
			hint := "run '" + c.CommandPath() + " --help' for its usage"
			if len(args) > 0 {
				c.SuggestionsMinimumDistance = 2
				if s := c.SuggestionsFor(args[0]); len(s) > 0 {
					hint = "did you mean '" + c.CommandPath() + " " + s[0] + "'? " + hint
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
		Short: "Print the version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, args []string) {
			fmt.Fprintln(g.stdout, "tokentui", version)
		},
	}
}

// cliError is an error meant for people: a sentence, a hint and an exit status.
type cliError struct {
	code int
	err  error
	hint string
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

// reportError prints err as a sentence plus a hint and returns its exit status.
func reportError(w io.Writer, err error) int {
	var ce *cliError
	code := exitFailure
	hint := ""
	if errors.As(err, &ce) {
		code, hint = ce.code, ce.hint
	}
	fmt.Fprintf(w, "tokentui: %s\n", sentence(err.Error()))
	if hint != "" {
		fmt.Fprintf(w, "hint: %s\n", hint)
	}
	return code
}

// sentence capitalises nothing but makes sure the message ends like one.
func sentence(s string) string {
	if s == "" {
		return "unknown error."
	}
	switch s[len(s)-1] {
	case '.', '!', '?':
		return s
	}
	return s + "."
}
