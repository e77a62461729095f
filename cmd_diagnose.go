package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"tokentui/auth"
)

// newDiagnoseCmd is `tokentui diagnose`: every check of auth.Diagnose with
// ✓/✗, a report safe to paste in a ticket.
func newDiagnoseCmd(g *globals) *cobra.Command {
	var asJSON, fresh bool
	cmd := &cobra.Command{
		Use:   "diagnose [-p NAME] [--json] [--fresh]",
		Short: "Check endpoint, discovery, credentials, scopes, clock; print a redacted report",
		Long: `Check the profile step by step: the profile itself, reachability of the
provider (DNS, TCP, TLS), its discovery document (issuer, auth method, grant
type, scopes), the credentials, the scopes granted, this machine's clock and
the token's signature. Each check shows ✓ (ok), ! (warning), ✗ (failed) or -
(skipped), with the likely cause and what to try.

It makes at most one token request, and none while a valid token is cached
(then it reports on that token); --fresh forces one to test the credentials
now. The report holds no secret and no token: it is safe to paste in a
ticket. Exit status 1 when a check fails.`,
		Args: maxArgs(0),
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
			if asJSON {
				enc := json.NewEncoder(g.stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(r); err != nil {
					return err
				}
			} else {
				printReport(g, r)
			}
			var failed []string
			for _, ch := range r.Checks {
				if ch.Status == auth.CheckFail {
					failed = append(failed, ch.ID)
				}
			}
			if len(failed) > 0 {
				return failure(fmt.Errorf("%d check(s) failed: %s", len(failed), strings.Join(failed, ", ")),
					"the report on stdout gives each failed check's cause and what to try")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().BoolVar(&fresh, "fresh", false, "request a new token even if a valid one is cached (guarded)")
	return cmd
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
	fmt.Fprintf(w, "Diagnosis of profile %q (client %q), %s\n", r.Profile, r.ClientID, r.Time.Local().Format("2006-01-02 15:04:05 -07"))
	if r.Issuer != "" {
		fmt.Fprintf(w, "  issuer     %s\n", r.Issuer)
	}
	if r.TokenURL != "" {
		fmt.Fprintf(w, "  token URL  %s\n", r.TokenURL)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, ch := range r.Checks {
		fmt.Fprintf(tw, "%s %s\t%s\n", ch.Status.Symbol(), ch.Title, ch.Detail)
		if ch.Status == auth.CheckFail || (ch.Status == auth.CheckWarn && ch.Cause != "") {
			if ch.Cause != "" {
				fmt.Fprintf(tw, "\t  cause: %s\n", ch.Cause)
			}
			if ch.Hint != "" {
				fmt.Fprintf(tw, "\t  hint:  %s\n", ch.Hint)
			}
		}
	}
	tw.Flush()
	n := 0
	for _, ch := range r.Checks {
		if ch.Status == auth.CheckFail {
			n++
		}
	}
	fmt.Fprintln(w)
	switch n {
	case 0:
		fmt.Fprint(w, "All checks passed")
	default:
		fmt.Fprintf(w, "%d check(s) failed", n)
	}
	fmt.Fprintf(w, "; %d token request(s) made. This report holds no secret and no token: it is safe to paste in a ticket.\n", r.TokenRequests)
}
