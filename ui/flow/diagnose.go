package flow

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/text/i18n"
)

// DiagnosedMsg carries a diagnosis to the pane that asked.
type DiagnosedMsg struct {
	ID     string
	Report auth.Report
}

// diagnoseCmd runs auth's Diagnose: at most one token request, none while
// a valid token is cached.
func diagnoseCmd(ctx context.Context, id string, c Client) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		return DiagnosedMsg{ID: id, Report: c.Diagnose(ctx, false)}
	}
}

// failedChecks counts the ✗ checks.
func failedChecks(r auth.Report) int {
	n := 0
	for _, c := range r.Checks {
		if c.Status == auth.CheckFail {
			n++
		}
	}
	return n
}

// reportText is the report as plain text in lang, safe to paste in a
// ticket: it holds no secret and no token (auth's Report has neither). The
// fields keep their names in the profiles file and the time is RFC 3339.
func reportText(lang i18n.Lang, r auth.Report) string {
	r = i18n.DiagnoseReport(lang, r)
	var b strings.Builder
	b.WriteString(i18n.T(lang, i18n.FlowReportTitle, r.Profile, r.Time.UTC().Format(time.RFC3339)) + "\n")
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%-12s %s\n", k+":", v)
		}
	}
	field("client_id", r.ClientID)
	field("issuer", r.Issuer)
	field("token_url", r.TokenURL)
	field("jwks_url", r.JWKSURL)
	field("auth_method", r.AuthMethod)
	field("scopes", strings.Join(r.Scopes, " "))
	b.WriteString("\n")
	for _, c := range r.Checks {
		fmt.Fprintf(&b, "%s %-18s %s\n", c.Status.Symbol(), c.Title, c.Detail)
		if c.Status == auth.CheckFail || c.Status == auth.CheckWarn {
			if c.Cause != "" {
				fmt.Fprintf(&b, "  %-18s %s\n", "", i18n.T(lang, i18n.CliCause, c.Cause))
			}
			if c.Hint != "" {
				fmt.Fprintf(&b, "  %-18s %s\n", "", i18n.T(lang, i18n.CliHint, c.Hint))
			}
		}
	}
	b.WriteString("\n" + i18n.N(lang, failedChecks(r), i18n.DiagChecksOne, i18n.DiagChecksMany) + "; " +
		i18n.N(lang, r.TokenRequests, i18n.FlowReportOne, i18n.FlowReportMany) + "\n")
	return b.String()
}
