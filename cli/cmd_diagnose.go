package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/charmbracelet/x/ansi"
	xterm "github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/wrap"
)

// newDiagnoseCmd is `tokentui diagnose`: every check of auth.Diagnose with
// ✓/✗, a report safe to paste in a ticket.
func newDiagnoseCmd(g *globals) *cobra.Command {
	var asJSON, fresh bool
	cmd := &cobra.Command{
		Use:   "diagnose [-p NAME] [--json] [--fresh]",
		Short: g.t(i18n.DiagShort),
		Long:  g.t(i18n.DiagLong),
		Args:  maxArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := g.loadProfile()
			if err != nil {
				return err
			}
			c, err := newAuthClient(p, g)
			if err != nil {
				return err
			}
			r := sanitizeReport(c.Diagnose(cmd.Context(), fresh))
			logDiagnosis(p.Name, r)
			if asJSON {
				enc := json.NewEncoder(g.stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(r); err != nil {
					return err
				}
			} else {
				printReport(g, i18n.DiagnoseReport(g.language(), r))
			}
			var failed []string
			for _, ch := range r.Checks {
				if ch.Status == auth.CheckFail {
					failed = append(failed, ch.ID)
				}
			}
			if len(failed) > 0 {
				lang := g.language()
				return failure(errors.New(i18n.N(lang, len(failed), i18n.DiagFailedOne, i18n.DiagFailedMany, strings.Join(failed, ", "))),
					g.t(i18n.DiagFailedHint))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, g.t(i18n.DiagFlagJSON))
	cmd.Flags().BoolVar(&fresh, "fresh", false, g.t(i18n.DiagFlagFresh))
	return cmd
}

// logDiagnosis notes in the --debug log which checks failed (their ids).
func logDiagnosis(profile string, r auth.Report) {
	var failed []string
	for _, ch := range r.Checks {
		if ch.Status == auth.CheckFail {
			failed = append(failed, ch.ID)
		}
	}
	log.Printf("diagnose: profile %q: %d checks, failed: %v", profile, len(r.Checks), failed)
}

// sanitizeReport makes every text of the report inert: details quote the
// provider.
func sanitizeReport(r auth.Report) auth.Report {
	checks := make([]auth.Check, len(r.Checks))
	for i, ch := range r.Checks {
		ch.Detail, ch.Cause, ch.Hint = sanitize(ch.Detail), sanitize(ch.Cause), sanitize(ch.Hint)
		checks[i] = ch
	}
	r.Checks = checks
	return r
}

func printReport(g *globals, r auth.Report) {
	w := g.stdout
	lang := g.language()
	fmt.Fprintln(w, g.t(i18n.DiagTitle, r.Profile, r.ClientID, i18n.Timestamp(lang, r.Time)))
	labels := []string{g.t(i18n.SandboxIssuer), g.t(i18n.SandboxTokenURL)}
	labelW := max(len([]rune(labels[0])), len([]rune(labels[1])))
	for i, v := range []string{r.Issuer, r.TokenURL} {
		if v != "" {
			fmt.Fprintf(w, "  %s%s  %s\n", labels[i], strings.Repeat(" ", labelW-len([]rune(labels[i]))), v)
		}
	}
	fmt.Fprintln(w)
	width := reportWidth(w)
	printChecks(w, r.Checks, width, func(k i18n.Key, v string) string { return g.t(k, v) })
	n := 0
	for _, ch := range r.Checks {
		if ch.Status == auth.CheckFail {
			n++
		}
	}
	fmt.Fprintln(w)
	summary := i18n.N(g.language(), n, i18n.DiagChecksOne, i18n.DiagChecksMany)
	if n == 0 {
		summary = g.t(i18n.DiagAllPassed)
	}
	for _, l := range wrap.Wrap(summary+i18n.N(g.language(), r.TokenRequests, i18n.DiagRequestsOne, i18n.DiagRequestsMany), width, "", "") {
		fmt.Fprintln(w, l)
	}
}

// reportWidth is the width the report is wrapped to: the terminal's, or
// 80 columns when the output is not a terminal.
func reportWidth(w io.Writer) int {
	if f, ok := underlying(w).(*os.File); ok && isTerminal(w) {
		if cols, _, err := xterm.GetSize(f.Fd()); err == nil && cols >= 40 {
			return cols
		}
	}
	return 80
}

// printChecks writes one check a line, its title in a column, what was
// found and (for failures and warnings) the cause and hint beside it,
// wrapped to width at spaces so that no word is cut by the terminal.
func printChecks(w io.Writer, checks []auth.Check, width int, t func(i18n.Key, string) string) {
	col := 0
	for _, ch := range checks {
		col = max(col, ansi.StringWidth(ch.Status.Symbol()+" "+ch.Title)+2)
	}
	col = min(col, width/2)
	textW := max(width-col, 30)
	indent := strings.Repeat(" ", col)
	for _, ch := range checks {
		head := ch.Status.Symbol() + " " + ch.Title
		head += strings.Repeat(" ", max(col-ansi.StringWidth(head), 1))
		lines := wrap.Wrap(ch.Detail, textW, "", "")
		if ch.Status == auth.CheckFail || (ch.Status == auth.CheckWarn && ch.Cause != "") {
			if ch.Cause != "" {
				lines = append(lines, wrap.Wrap(t(i18n.CliCause, ch.Cause), textW, "  ", "    ")...)
			}
			if ch.Hint != "" {
				lines = append(lines, wrap.Wrap(t(i18n.CliHint, ch.Hint), textW, "  ", "    ")...)
			}
		}
		for i, l := range lines {
			if i == 0 {
				fmt.Fprintln(w, strings.TrimRight(head+l, " "))
				continue
			}
			fmt.Fprintln(w, indent+l)
		}
	}
}
