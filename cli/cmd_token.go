package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// newTokenCmd is `tokentui token`: the access token on stdout, from the
// cache while it is valid.
func newTokenCmd(g *globals) *cobra.Command {
	var force, asJSON bool
	cmd := &cobra.Command{
		Use:   "token [-p NAME] [--force] [--json]",
		Short: g.t(i18n.TokenCmdShort),
		Long:  g.t(i18n.TokenCmdLong),
		Example: `  curl -H "Authorization: Bearer $(tokentui token -p ac-homolog)" https://api.example/v1/me
  tokentui token --json | jq .expires_in`,
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
			get := c.Token
			if force {
				if a := c.RenewAdvice(); a.Valid && a.Allowed {
					fmt.Fprintln(g.stderr, g.t(i18n.TokenCmdForcedN, i18n.Span(g.language(), a.Remaining), i18n.N(g.language(), a.RequestsLastHour, i18n.FlowRequestsOne, i18n.FlowRequestsMany)))
				}
				get = c.Renew
			}
			tok, err := get(cmd.Context())
			logToken(p.Name, force, tok, err)
			if err != nil {
				return g.explain(err)
			}
			if tok.Note != "" {
				fmt.Fprintln(g.stderr, g.t(i18n.TokenCmdNote, sanitize(i18n.TokenNote(g.language(), tok))))
			}
			if len(tok.Missing) > 0 {
				fmt.Fprintln(g.stderr, g.t(i18n.TokenCmdScopesMissing, inert.Line(strings.Join(tok.Missing, " "))))
			}
			if !asJSON {
				fmt.Fprintln(g.stdout, tok.Raw)
				return nil
			}
			return writeTokenJSON(g, c, tok)
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, g.t(i18n.TokenCmdFlagForce))
	cmd.Flags().BoolVar(&asJSON, "json", false, g.t(i18n.TokenCmdFlagJSON))
	return cmd
}

// tokenJSON is the output of `token --json`.
type tokenJSON struct {
	AccessToken      string   `json:"access_token"`
	TokenType        string   `json:"token_type"`
	ExpiresAt        string   `json:"expires_at"`
	ExpiresIn        int64    `json:"expires_in"`
	ObtainedAt       string   `json:"obtained_at"`
	Scopes           []string `json:"scopes"`
	ScopesFrom       string   `json:"scopes_from"`    // response | token | assumed
	ScopesMissing    []string `json:"scopes_missing"` // asked for and not granted; never null
	FromCache        bool     `json:"from_cache"`
	RequestsLastHour int      `json:"requests_last_hour"` // of the client (token endpoint + client id), all profiles
	Profile          string   `json:"profile"`
	ObtainedBy       string   `json:"obtained_by,omitempty"` // the profile whose request got it
	Note             string   `json:"note,omitempty"`
}

func writeTokenJSON(g *globals, c *auth.Client, tok *auth.Token) error {
	clean := func(in []string) []string {
		out := make([]string, len(in))
		for i, s := range in {
			out[i] = sanitize(s)
		}
		return out
	}
	out := tokenJSON{
		AccessToken: tok.Raw, TokenType: sanitize(tok.Type),
		ExpiresAt:  tok.Expiry.Format(time.RFC3339),
		ExpiresIn:  int64(time.Until(tok.Expiry) / time.Second),
		ObtainedAt: tok.ObtainedAt.Format(time.RFC3339),
		Scopes:     clean(tok.Scopes), ScopesFrom: tok.ScopesFrom, ScopesMissing: clean(tok.Missing),
		FromCache:        tok.FromCache,
		RequestsLastHour: c.RequestsLastHour(),
		Profile:          c.Options().Profile,
		ObtainedBy:       sanitize(tok.ObtainedBy),
		Note:             sanitize(tok.Note),
	}
	enc := json.NewEncoder(g.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
