package main

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
)

// tokenState describes the cached token of a profile for `profiles list`
// and `profiles show` ("-" when unknown). The auth side wires it to the
// token cache; it must never make a network request.
var tokenState = func(p profiles.Profile) string { return "-" }

func newProfilesCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "profiles",
		Short: "List, show, add and remove profiles",
		Long: `Manage the profiles file (--config, $TOKENTUI_CONFIG, else $XDG_CONFIG_HOME/tokentui/profiles.yaml).

A profile names an identity provider (issuer, or token_url when there is no
discovery), a client id, a secret reference and scopes:

  default: ac-homolog
  profiles:
    - name: ac-homolog
      issuer: https://acessocidadao.es.gov.br/is
      client_id: my-client
      client_secret: env:AC_SECRET   # env:VAR | file:PATH | cmd:COMMAND | keyring | a literal (warned)
      scopes: [api-cargarh-base]
      auth_method: client_secret_basic
      api_base_url: https://api.example.es.gov.br/
      requests:
        - {name: me, method: GET, path: /v1/me}

tokentui rewrites the file when it saves (comments are not kept), keeps the
previous version as profiles.yaml.bak, and never overwrites a file that does
not load.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageErrorf("%q is not a profiles command", args[0]).
					withHint("use 'tokentui profiles list', 'show NAME', 'add NAME …', 'rm NAME' or 'default NAME'")
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
		return nil, profilesError(err)
	}
	return f, nil
}

// profilesError maps errors from package profiles to exit statuses: a file
// that does not load, a bad profile or an unknown name is bad input (2);
// anything else (disk, lock) is a failure (1).
func profilesError(err error) error {
	var ce *cliError
	var le *profiles.LoadError
	var pe *profiles.ProfileError
	switch {
	case errors.As(err, &ce):
		return ce
	case errors.Is(err, profiles.ErrWouldOverwrite), errors.As(err, &le), errors.As(err, &pe):
		return usageErrorf("%s", sanitize(err.Error())).withHint(profiles.Hint(err))
	}
	hint := profiles.Hint(err)
	if hint == "" {
		hint = "check that you can write the profiles file and its directory"
	}
	return failure(err, hint)
}

const addHint = "add one with 'tokentui profiles add NAME --issuer URL --client-id ID --secret-ref env:VAR'"

func newProfilesListCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "list",
		Aliases: []string{"ls"},
		Short:   "List the profiles (* marks the default)",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := g.loadProfilesFile()
			if err != nil {
				return err
			}
			if f == nil || len(f.Profiles) == 0 {
				fmt.Fprintf(g.stdout, "No profiles in %s yet: %s, or run 'tokentui demo'.\n", g.profilesPath(), addHint)
				return nil
			}
			tw := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "\tNAME\tISSUER / TOKEN URL\tCLIENT ID\tSCOPES\tTOKEN")
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
					cell(strings.Join(p.Scopes, " ")), cell(tokenState(p)))
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
		Short: "Show every field of a profile (the secret only as its reference)",
		Long:  "Show every field of a profile: NAME, else -p, else the default profile. A literal secret is masked and warned about.",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := g.loadProfilesFile()
			if err != nil {
				return err
			}
			if f == nil {
				return usageErrorf("there is no profiles file at %s", g.profilesPath()).withHint(addHint)
			}
			name := g.profile
			if len(args) == 1 {
				name = args[0]
			}
			p, err := f.Select(name)
			if err != nil {
				return profilesError(err)
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
		name += " (default)"
	}
	row("name", name)
	row("issuer", p.Issuer)
	row("token_url", p.TokenURL)
	row("jwks_url", p.JWKSURL)
	row("client_id", p.ClientID)
	row("client_secret", profiles.DescribeSecretRef(p.ClientSecret))
	row("scopes", strings.Join(p.Scopes, " "))
	row("auth_method", p.Method())
	row("params", joinMap(p.Params, "="))
	row("api_base_url", p.APIBaseURL)
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
	row("token", tokenState(p))
	tw.Flush()
	if profiles.IsLiteralSecret(p.ClientSecret) {
		fmt.Fprintf(g.stderr, "warning: profile %q keeps its client secret in the file; prefer env:VAR, file:PATH, cmd:COMMAND or keyring.\n", sanitize(p.Name))
	}
	if p.Insecure {
		fmt.Fprintf(g.stderr, "warning: profile %q does not verify TLS certificates (insecure: true).\n", sanitize(p.Name))
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
