package cli

// `tokentui profiles add|rm|default`: the commands that change the file.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	xterm "github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"tokentui/profiles"
	"tokentui/text/i18n"
)

// addOptions are the flags of `profiles add`.
type addOptions struct {
	issuer, tokenURL, jwksURL, clientID, secretRef, authMethod, apiBaseURL string
	scopes                                                                 []string
	replace, makeDefault                                                   bool
	secretStdin                                                            bool   // --secret-stdin: the keyring's secret comes on stdin
	clientKey, clientKeyID, clientKeyAlg, assertionAudience, clientCert    string // see addClientAuthFlags
	caFile                                                                 string // --ca-file: the extra CA bundle (mTLS ports with their own CA)
}

func newProfilesAddCmd(g *globals) *cobra.Command {
	var o addOptions
	cmd := &cobra.Command{
		Use:   "add NAME (--issuer URL | --token-url URL) --client-id ID --secret-ref REF [flags]",
		Short: g.t(i18n.ProfilesAddShort),
		Long:  g.t(i18n.ProfilesAddLong),
		Example: `  tokentui profiles add ac-homolog --issuer https://acessocidadao.es.gov.br/is \
      --client-id my-client --secret-ref env:AC_SECRET --scope api-organograma`,
		Args: exactlyOneName,
		RunE: func(cmd *cobra.Command, args []string) error { return runProfilesAdd(g, args[0], o) },
	}
	fl := cmd.Flags()
	fl.StringVar(&o.issuer, "issuer", "", g.t(i18n.FlagIssuer))
	fl.StringVar(&o.tokenURL, "token-url", "", g.t(i18n.FlagTokenURL))
	fl.StringVar(&o.jwksURL, "jwks-url", "", g.t(i18n.FlagJWKSURL))
	fl.StringVar(&o.clientID, "client-id", "", g.t(i18n.FlagClientID))
	fl.StringVar(&o.secretRef, "secret-ref", "", g.t(i18n.FlagSecretRef))
	fl.StringArrayVar(&o.scopes, "scope", nil, g.t(i18n.FlagScope))
	fl.StringVar(&o.authMethod, "auth-method", "", g.t(i18n.FlagAuthMethod))
	fl.StringVar(&o.apiBaseURL, "api-base-url", "", g.t(i18n.FlagAPIBaseURL))
	fl.BoolVar(&o.replace, "replace", false, g.t(i18n.FlagReplace))
	fl.BoolVar(&o.makeDefault, "default", false, g.t(i18n.FlagDefault))
	fl.BoolVar(&o.secretStdin, "secret-stdin", false, g.t(i18n.FlagSecretStdin))
	addClientAuthFlags(g, cmd, &o)
	return cmd
}

func exactlyOneName(cmd *cobra.Command, args []string) error {
	if len(args) != 1 {
		lang := langOf(cmd)
		return usageIn(lang, i18n.ProfilesOneName, cmd.CommandPath(), len(args)).hintIn(lang, i18n.ProfilesOneNameHint, cmd.CommandPath())
	}
	return nil
}

func runProfilesAdd(g *globals, name string, o addOptions) error {
	lang := g.language()
	if o.clientID == "" {
		return usageIn(lang, i18n.ProfilesNeedClientID).hintIn(lang, i18n.ProfilesClientIDHint)
	}
	if o.secretRef == "" && !provesWithoutSecret(o.authMethod) {
		return usageIn(lang, i18n.ProfilesNeedSecret).hintIn(lang, i18n.ProfilesSecretHint)
	}
	var scopes []string
	for _, s := range o.scopes {
		scopes = append(scopes, strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })...)
	}
	p := profiles.Profile{
		Name: name, Issuer: o.issuer, TokenURL: o.tokenURL, JWKSURL: o.jwksURL, ClientID: o.clientID,
		ClientSecret: o.secretRef, Scopes: scopes, AuthMethod: o.authMethod, APIBaseURL: o.apiBaseURL,
		ClientKey: o.clientKey, ClientKeyID: o.clientKeyID, ClientKeyAlg: o.clientKeyAlg, AssertionAudience: o.assertionAudience,
		ClientCert: o.clientCert, CAFile: o.caFile,
	}
	if err := p.Validate(); err != nil {
		var le *profiles.LoadError
		if errors.As(err, &le) {
			return usageErrorf("%s", sanitize(i18n.ProfileText(lang, le.Msg))).withHint(flagHint(lang, le))
		}
		return profilesError(lang, err)
	}
	var secret string
	if p.ClientSecret == profiles.RefKeyring {
		var err error
		if secret, err = keyringSecretIn(g, name, o.secretStdin); err != nil {
			return err
		}
		if err := profiles.SetKeyringSecret(name, secret); err != nil {
			return profilesError(lang, err)
		}
	}
	path := g.profilesPath()
	_, statErr := os.Stat(path)
	created, replaced := os.IsNotExist(statErr), false
	err := profiles.Update(path, func(f *profiles.File) error {
		if old, err := f.Find(name); err == nil {
			if !o.replace {
				return usageIn(lang, i18n.ProfilesExists, name, path).hintIn(lang, i18n.ProfilesExistsHint)
			}
			p.Params, p.Headers, p.Requests, p.Insecure = old.Params, old.Headers, old.Requests, old.Insecure
			if p.CAFile == "" {
				p.CAFile = old.CAFile
			}
			p.TokenHosts = old.TokenHosts
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
		if secret != "" {
			_ = profiles.DeleteKeyringSecret(name) // the file does not name it: leave nothing behind
		}
		return profilesError(lang, err)
	}
	if secret != "" {
		fmt.Fprintln(g.stdout, g.t(i18n.ProfilesKeyringStored, profiles.KeyringService, name))
	}
	switch {
	case created:
		fmt.Fprintln(g.stdout, g.t(i18n.ProfilesCreated, path, name))
	case replaced:
		fmt.Fprintln(g.stdout, g.t(i18n.ProfilesReplaced, name, path))
	default:
		fmt.Fprintln(g.stdout, g.t(i18n.ProfilesAdded, name, path))
	}
	if profiles.IsLiteralSecret(p.ClientSecret) {
		fmt.Fprintln(g.stderr, g.t(i18n.CliWarning, g.t(i18n.ProfilesLiteralSaved, path)))
	}
	return nil
}

// flagHint turns a validation error about a field into advice about its flag.
func flagHint(lang i18n.Lang, le *profiles.LoadError) string {
	flag := map[string]string{
		"issuer": "--issuer", "token_url": "--token-url", "jwks_url": "--jwks-url", "api_base_url": "--api-base-url",
		"auth_method": "--auth-method", "client_id": "--client-id", "name": "NAME",
	}[le.Field]
	if flag == "" {
		flag = clientAuthFlags[le.Field]
	}
	if le.Field == "issuer" && errors.Is(le, profiles.ErrMissingField) {
		return i18n.T(lang, i18n.ProfilesIssuerHint)
	}
	hint := i18n.ProfileHint(lang, le)
	if flag == "" {
		return hint
	}
	return i18n.T(lang, i18n.ProfilesCheckFlag, flag, hint)
}

func newProfilesRmCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:     "rm NAME",
		Aliases: []string{"remove"},
		Short:   g.t(i18n.ProfilesRmShort),
		Args:    exactlyOneName,
		RunE: func(cmd *cobra.Command, args []string) error {
			name, path := args[0], g.profilesPath()
			if _, err := os.Stat(path); os.IsNotExist(err) {
				return usageIn(g.language(), i18n.CliNoProfilesFile, path).hintIn(g.language(), i18n.ProfilesAddHint)
			}
			inKeyring := false
			err := profiles.Update(path, func(f *profiles.File) error {
				p, err := f.Find(name)
				if err != nil {
					return err
				}
				inKeyring = p.ClientSecret == profiles.RefKeyring
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
				return profilesError(g.language(), err)
			}
			fmt.Fprintln(g.stdout, g.t(i18n.ProfilesRemoved, name, path, path))
			if inKeyring {
				// the profile is gone either way; a keyring entry left behind is only warned about
				if err := profiles.DeleteKeyringSecret(name); err != nil {
					fmt.Fprintln(g.stderr, g.t(i18n.CliWarning, sanitize(i18n.WarnKeyringLeftRemoved(g.language(), name, err))))
				}
			}
			return nil
		},
	}
}

func newProfilesDefaultCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "default NAME",
		Short: g.t(i18n.ProfilesDefaultShort),
		Args:  exactlyOneName,
		RunE: func(cmd *cobra.Command, args []string) error {
			name, path := args[0], g.profilesPath()
			if _, err := os.Stat(path); os.IsNotExist(err) {
				return usageIn(g.language(), i18n.CliNoProfilesFile, path).hintIn(g.language(), i18n.ProfilesAddHint)
			}
			err := profiles.Update(path, func(f *profiles.File) error {
				if _, err := f.Find(name); err != nil {
					return err
				}
				f.Default = name
				return nil
			})
			if err != nil {
				return profilesError(g.language(), err)
			}
			fmt.Fprintln(g.stdout, g.t(i18n.ProfilesDefaultSet, name))
			return nil
		},
	}
}

// keyringSecretIn asks for the secret a keyring profile stores: typed,
// hidden, when stdin is a terminal; read from stdin (its first line) with
// --secret-stdin; otherwise a usage error says how to give it.
func keyringSecretIn(g *globals, name string, fromStdin bool) (string, error) {
	lang := g.language()
	f, isFile := g.stdin.(*os.File)
	var secret string
	switch {
	case fromStdin:
		line, err := bufio.NewReader(io.LimitReader(g.stdin, 64<<10)).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return "", usageIn(lang, i18n.ProfilesSecretRead, err)
		}
		secret = strings.TrimRight(line, "\r\n")
	case isFile && xterm.IsTerminal(f.Fd()):
		fmt.Fprint(g.stderr, g.t(i18n.ProfilesSecretPrompt, name))
		b, err := xterm.ReadPassword(f.Fd())
		fmt.Fprintln(g.stderr)
		if err != nil {
			return "", usageIn(lang, i18n.ProfilesSecretRead, err)
		}
		secret = strings.TrimRight(string(b), "\r\n")
	default:
		return "", usageIn(lang, i18n.ProfilesSecretNeeded).hintIn(lang, i18n.ProfilesSecretNeededHint)
	}
	if secret == "" {
		return "", usageIn(lang, i18n.ProfilesSecretEmpty).hintIn(lang, i18n.ProfilesSecretNeededHint)
	}
	return secret, nil
}
