package cli

// `tokentui profiles …`: list, show, add, rm and default, over the
// profiles file (profiles.Update: locked, atomic, never overwriting a file
// that does not load).

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"tokentui/profiles"
	"tokentui/text/i18n"
)

// tokenState describes the cached token of a profile for `profiles list`
// and `profiles show` ("-" when unknown). The auth side wires it to the
// token cache; it must never make a network request.
var tokenState = func(lang i18n.Lang, p profiles.Profile) string { return "-" }

func newProfilesCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "profiles",
		Short: g.t(i18n.ProfilesShort),
		Long:  g.t(i18n.ProfilesLong),
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageIn(g.language(), i18n.ProfilesNotCommand, args[0]).hintIn(g.language(), i18n.ProfilesCommandsHint)
			}
			return cmd.Help()
		},
	}
	cmd.AddCommand(
		newProfilesListCmd(g),
		newProfilesShowCmd(g),
		newProfilesAddCmd(g),
		newProfilesRmCmd(g),
		newProfilesDefaultCmd(g),
	)
	return cmd
}

// loadProfilesFile loads the profiles file for reading commands; missing
// is (nil, nil).
func (g *globals) loadProfilesFile() (*profiles.File, error) {
	f, err := profiles.Load(g.profilesPath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, profilesError(g.language(), err)
	}
	g.warnExposure(g.profilesPath(), f)
	return f, nil
}

// profilesError maps errors from package profiles to exit statuses: a file
// that does not load, a bad profile or an unknown name is bad input (2);
// anything else (disk, lock) is a failure (1).
func profilesError(lang i18n.Lang, err error) error {
	var ce *cliError
	var le *profiles.LoadError
	var pe *profiles.ProfileError
	switch {
	case errors.As(err, &ce):
		return ce
	case errors.Is(err, profiles.ErrWouldOverwrite), errors.As(err, &le), errors.As(err, &pe):
		return usageErrorf("%s", sanitize(i18n.ProfileMessage(lang, err))).withHint(i18n.ProfileHint(lang, err))
	}
	hint := i18n.ProfileHint(lang, err)
	if hint == "" {
		hint = i18n.T(lang, i18n.ProfilesWriteHint)
	}
	return failure(err, hint)
}

func newProfilesListCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "list",
		Aliases: []string{"ls"},
		Short:   g.t(i18n.ProfilesListShort),
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := g.loadProfilesFile()
			if err != nil {
				return err
			}
			if f == nil || len(f.Profiles) == 0 {
				fmt.Fprintln(g.stdout, g.t(i18n.ProfilesNone, g.profilesPath(), g.t(i18n.ProfilesAddHint)))
				return nil
			}
			tw := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, g.t(i18n.ProfilesListHeader))
			for _, p := range f.Profiles {
				mark := ""
				if p.Name == f.Default {
					mark = "*"
				}
				endpoint := p.Issuer
				if endpoint == "" {
					endpoint = p.TokenURL
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", mark, cell(p.Name), cell(endpoint), cell(p.ClientID),
					cell(strings.Join(p.Scopes, " ")), cell(tokenState(g.language(), p)))
			}
			return tw.Flush()
		},
	}
}

// cell makes a table cell of untrusted text: inert, one line, never empty.
func cell(s string) string {
	s = strings.Join(strings.Fields(sanitize(s)), " ")
	if s == "" {
		return "-"
	}
	return s
}

func newProfilesShowCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show [NAME]",
		Short: g.t(i18n.ProfilesShowShort),
		Long:  g.t(i18n.ProfilesShowLong),
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := g.loadProfilesFile()
			if err != nil {
				return err
			}
			if f == nil {
				return usageIn(g.language(), i18n.CliNoProfilesFile, g.profilesPath()).hintIn(g.language(), i18n.ProfilesAddHint)
			}
			name := g.profile
			if len(args) == 1 {
				name = args[0]
			}
			p, err := f.Select(name)
			if err != nil {
				return profilesError(g.language(), err)
			}
			showProfile(g, f, *p)
			return nil
		},
	}
}

func showProfile(g *globals, f *profiles.File, p profiles.Profile) {
	tw := tabwriter.NewWriter(g.stdout, 0, 4, 1, ' ', 0)
	row := func(k, v string) { fmt.Fprintf(tw, "%s:\t%s\n", k, cell(v)) }
	name := p.Name
	if p.Name == f.Default {
		name += " " + g.t(i18n.ProfilesDefaultMark)
	}
	row("name", name)
	row("issuer", p.Issuer)
	row("token_url", p.TokenURL)
	row("jwks_url", p.JWKSURL)
	row("client_id", p.ClientID)
	row("client_secret", profiles.DescribeSecretRef(p.ClientSecret))
	row("scopes", strings.Join(p.Scopes, " "))
	row("auth_method", p.Method())
	if p.UsesAssertion() || p.ClientKey != "" {
		row("client_key", profiles.DescribeKeyRef(p.ClientKey))
		row("client_key_id", p.ClientKeyID)
		row("client_key_alg", p.ClientKeyAlg)
		row("assertion_audience", p.AssertionAudience)
	}
	row("params", joinMap(p.Params, "="))
	row("api_base_url", p.APIBaseURL)
	row("token_hosts", strings.Join(p.TokenHosts, " "))
	row("openapi", p.OpenAPI)
	row("headers", joinMap(p.Headers, ": "))
	row("ca_file", p.CAFile)
	row("insecure", fmt.Sprint(p.Insecure))
	if len(p.Requests) == 0 {
		row("requests", "")
	}
	for i, r := range p.Requests {
		k := "requests"
		if i > 0 {
			k = ""
		}
		method := r.Method
		if method == "" {
			method = "GET"
		}
		fmt.Fprintf(tw, "%s\t%s\n", k+":", cell(r.Name+"  "+method+" "+r.Path))
	}
	row("token", tokenState(g.language(), p))
	tw.Flush()
	if profiles.IsLiteralSecret(p.ClientSecret) || profiles.IsLiteralSecret(p.ClientKey) {
		fmt.Fprintln(g.stderr, g.t(i18n.CliWarning, g.t(i18n.ProfilesLiteralWarn, sanitize(p.Name))))
	}
	if p.Insecure {
		fmt.Fprintln(g.stderr, g.t(i18n.CliWarning, g.t(i18n.ProfilesInsecureWarn, sanitize(p.Name))))
	}
}

// joinMap renders a map in key order: "k=v, k2=v2".
func joinMap(m map[string]string, sep string) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, k+sep+m[k])
	}
	return strings.Join(parts, ", ")
}
