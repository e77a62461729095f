package main

// `tokentui profiles add|rm|default`: the commands that change the file.

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"tokentui/profiles"
)

// addOptions are the flags of `profiles add`.
type addOptions struct {
	issuer, tokenURL, jwksURL, clientID, secretRef, authMethod, apiBaseURL string
	scopes                                                                 []string
	replace, makeDefault                                                   bool
}

func newProfilesAddCmd(g *globals) *cobra.Command {
	var o addOptions
	cmd := &cobra.Command{
		Use:   "add NAME (--issuer URL | --token-url URL) --client-id ID --secret-ref REF [flags]",
		Short: "Add a profile (creating the profiles file if needed)",
		Long: `Add a profile. REF is a secret reference, not the secret: env:VAR, file:PATH,
cmd:COMMAND or keyring (a literal secret works but is stored in the file).

With --replace an existing profile of that name is overwritten; its params,
headers, saved requests, ca_file and insecure are kept. When the file does
not exist it is created with this profile as the default.`,
		Example: `  tokentui profiles add ac-homolog --issuer https://acessocidadao.es.gov.br/is \
      --client-id my-client --secret-ref env:AC_SECRET --scope api-organograma`,
		Args: exactlyOneName,
		RunE: func(cmd *cobra.Command, args []string) error { return runProfilesAdd(g, args[0], o) },
	}
	fl := cmd.Flags()
	fl.StringVar(&o.issuer, "issuer", "", "provider base URL (discovery finds the token endpoint)")
	fl.StringVar(&o.tokenURL, "token-url", "", "token endpoint, when there is no discovery")
	fl.StringVar(&o.jwksURL, "jwks-url", "", "JWK Set URL, when there is no discovery")
	fl.StringVar(&o.clientID, "client-id", "", "client id given by the provider (required)")
	fl.StringVar(&o.secretRef, "secret-ref", "", "where the secret is: env:VAR | file:PATH | cmd:COMMAND | keyring (required)")
	fl.StringArrayVar(&o.scopes, "scope", nil, "scope to ask for (repeat, or separate with spaces)")
	fl.StringVar(&o.authMethod, "auth-method", "", "client_secret_basic (default) or client_secret_post")
	fl.StringVar(&o.apiBaseURL, "api-base-url", "", "base URL of the API that 'tokentui call PATH' appends to")
	fl.BoolVar(&o.replace, "replace", false, "overwrite an existing profile of that name")
	fl.BoolVar(&o.makeDefault, "default", false, "make it the default profile")
	return cmd
}

func exactlyOneName(cmd *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usageErrorf("%s needs exactly one profile name, got %d", cmd.CommandPath(), len(args)).
			withHint("e.g. '" + cmd.CommandPath() + " ac-homolog'; 'tokentui profiles list' shows the names")
	}
	return nil
}

func runProfilesAdd(g *globals, name string, o addOptions) error {
	if o.clientID == "" {
		return usageErrorf("--client-id is required").withHint("give the client id the provider assigned, e.g. --client-id my-client")
	}
	if o.secretRef == "" {
		return usageErrorf("--secret-ref is required").withHint("say where the secret is: --secret-ref env:VAR, file:PATH, cmd:COMMAND or keyring")
	}
	var scopes []string
	for _, s := range o.scopes {
		scopes = append(scopes, strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })...)
	}
	p := profiles.Profile{
		Name: name, Issuer: o.issuer, TokenURL: o.tokenURL, JWKSURL: o.jwksURL, ClientID: o.clientID,
		ClientSecret: o.secretRef, Scopes: scopes, AuthMethod: o.authMethod, APIBaseURL: o.apiBaseURL,
	}
	if err := p.Validate(); err != nil {
		var le *profiles.LoadError
		if errors.As(err, &le) {
			return usageErrorf("%s", sanitize(le.Msg)).withHint(flagHint(le))
		}
		return profilesError(err)
	}
	path := g.profilesPath()
	_, statErr := os.Stat(path)
	created, replaced := os.IsNotExist(statErr), false
	err := profiles.Update(path, func(f *profiles.File) error {
		if old, err := f.Find(name); err == nil {
			if !o.replace {
				return usageErrorf("there is already a profile named %q in %s", name, path).
					withHint("add --replace to overwrite it, or choose another name")
			}
			p.Params, p.Headers, p.Requests, p.CAFile, p.Insecure = old.Params, old.Headers, old.Requests, old.CAFile, old.Insecure
			*old = p
			replaced = true
		} else {
			f.Profiles = append(f.Profiles, p)
		}
		if o.makeDefault || f.Default == "" && len(f.Profiles) == 1 {
			f.Default = name
		}
		return nil
	})
	if err != nil {
		return profilesError(err)
	}
	switch {
	case created:
		fmt.Fprintf(g.stdout, "Created %s with profile %q (the default).\n", path, name)
	case replaced:
		fmt.Fprintf(g.stdout, "Replaced profile %q in %s.\n", name, path)
	default:
		fmt.Fprintf(g.stdout, "Added profile %q to %s.\n", name, path)
	}
	if profiles.IsLiteralSecret(p.ClientSecret) {
		fmt.Fprintf(g.stderr, "warning: the client secret is stored in %s as a literal; prefer --secret-ref env:VAR, file:PATH, cmd:COMMAND or keyring.\n", path)
	}
	return nil
}

// flagHint turns a validation error about a field into advice about its flag.
func flagHint(le *profiles.LoadError) string {
	flag := map[string]string{
		"issuer": "--issuer", "token_url": "--token-url", "jwks_url": "--jwks-url", "api_base_url": "--api-base-url",
		"auth_method": "--auth-method", "client_id": "--client-id", "name": "NAME",
	}[le.Field]
	if le.Field == "issuer" && errors.Is(le, profiles.ErrMissingField) {
		return "give --issuer URL (the provider's base URL) or --token-url URL (its token endpoint)"
	}
	if flag == "" {
		return le.Hint
	}
	return "check " + flag + ": " + le.Hint
}

func newProfilesRmCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "rm NAME",
		Aliases: []string{"remove"},
		Short:   "Remove a profile",
		Args:    exactlyOneName,
		RunE: func(cmd *cobra.Command, args []string) error {
			name, path := args[0], g.profilesPath()
			if _, err := os.Stat(path); os.IsNotExist(err) {
				return usageErrorf("there is no profiles file at %s", path).withHint(addHint)
			}
			err := profiles.Update(path, func(f *profiles.File) error {
				if _, err := f.Find(name); err != nil {
					return err
				}
				kept := f.Profiles[:0]
				for _, p := range f.Profiles {
					if p.Name != name {
						kept = append(kept, p)
					}
				}
				f.Profiles = kept
				if f.Default == name {
					f.Default = ""
				}
				return nil
			})
			if err != nil {
				return profilesError(err)
			}
			fmt.Fprintf(g.stdout, "Removed profile %q from %s (the previous file is in %s.bak).\n", name, path, path)
			return nil
		},
	}
}

func newProfilesDefaultCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "default NAME",
		Short: "Make a profile the default",
		Args:  exactlyOneName,
		RunE: func(cmd *cobra.Command, args []string) error {
			name, path := args[0], g.profilesPath()
			if _, err := os.Stat(path); os.IsNotExist(err) {
				return usageErrorf("there is no profiles file at %s", path).withHint(addHint)
			}
			err := profiles.Update(path, func(f *profiles.File) error {
				if _, err := f.Find(name); err != nil {
					return err
				}
				f.Default = name
				return nil
			})
			if err != nil {
				return profilesError(err)
			}
			fmt.Fprintf(g.stdout, "Default profile: %s.\n", name)
			return nil
		},
	}
}
