package flow

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
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

// reportText is the report as plain text, safe to paste in a ticket: it
// holds no secret and no token (auth's Report has neither).
func reportText(r auth.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "tokentui diagnose — profile %s — %s\n", r.Profile, r.Time.UTC().Format(time.RFC3339))
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
				fmt.Fprintf(&b, "  %-18s cause: %s\n", "", c.Cause)
			}
			if c.Hint != "" {
				fmt.Fprintf(&b, "  %-18s hint:  %s\n", "", c.Hint)
			}
		}
	}
	fmt.Fprintf(&b, "\n%d check(s) failed; %d token request(s) made by this diagnosis.\n", failedChecks(r), r.TokenRequests)
	return b.String()
}
