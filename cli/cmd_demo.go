package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/text/i18n"
)

// newDemoCmd runs the TUI on the embedded sandbox, started in-process on a
// free loopback port: no credentials, no network beyond loopback.
func newDemoCmd(g *globals) *cobra.Command {
	var ttl time.Duration
	var storm bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: g.t(i18n.DemoShort),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if ttl < 10*time.Second {
				return usageIn(g.language(), i18n.DemoTTLTooShort, ttl).hintIn(g.language(), i18n.DemoTTLHint)
			}
			ctx, cancel := context.WithCancel(cmd.Context())
			defer cancel()
			srv, err := demo.Start(ctx, demo.Options{TokenTTL: ttl, KeyFile: sandboxKeyPath()})
			if err != nil {
				return failure(err, g.t(i18n.DemoListenHint))
			}
			if srv.KeyNote != "" { // before the TUI takes the screen: seen again when it leaves
				fmt.Fprintln(g.stderr, g.t(i18n.SandboxKeyNote, sanitize(srv.KeyNote)))
			}
			defer srv.Close()
			if storm {
				return runStorm(ctx, g, srv)
			}
			list := demoProfiles(srv)
			active, err := demoActive(g, list, cmd.Flag("profile") != nil && cmd.Flag("profile").Changed)
			if err != nil {
				return err
			}
			return runApp(g, list, active, appMode{autoFetch: true, banner: g.t(i18n.DemoBanner), memoryCache: true, storm: srv.TokenURL})
		},
	}
	cmd.Flags().DurationVar(&ttl, "token-ttl", time.Hour, g.t(i18n.DemoFlagTTL))
	cmd.Flags().BoolVar(&storm, "storm", false, g.t(i18n.DemoFlagStorm))
	cmd.Flags().Var(&g.maxBody, "max-body", g.t(i18n.FlagMaxBody))
	return cmd
}

// demoProfiles are the sandbox's two clients as profiles.
func demoProfiles(srv *demo.Server) []profiles.Profile {
	base := profiles.Profile{
		Issuer: srv.IssuerURL, ClientSecret: demo.ClientSecret,
		AuthMethod: "client_secret_basic", APIBaseURL: srv.APIURL,
		Headers: map[string]string{"Accept": "application/json"},
		Requests: []profiles.SavedRequest{
			{Name: "me", Method: "GET", Path: "me"},
			{Name: "items", Method: "GET", Path: "items"},
			{Name: "create item", Method: "POST", Path: "items", Body: `{"name":"example"}`,
				Headers: map[string]string{"Content-Type": "application/json"}},
			{Name: "slow", Method: "GET", Path: "slow?ms=3000"},
			{Name: "large (11 MB, spilled)", Method: "GET", Path: "large?n=300000"},
		},
	}
	full, readonly := base, base
	full.Name, full.ClientID, full.Scopes = "sandbox", demo.ClientID, []string{"demo.read", "demo.write"}
	readonly.Name, readonly.ClientID, readonly.Scopes = "sandbox-readonly", demo.ReadOnlyClientID, []string{"demo.read"}
	return []profiles.Profile{full, readonly, demoJWTProfile(base), demoMTLSProfile(base, srv)}
}

// demoMTLSProfile is the sandbox's tls_client_auth client: its certificate
// and key are the sandbox's test ones, and its token, bound to that
// certificate, goes to the API on the mTLS port with the same certificate.
func demoMTLSProfile(base profiles.Profile, srv *demo.Server) profiles.Profile {
	p := base
	cred := srv.MTLSClient()
	p.Name, p.ClientID, p.Scopes = "sandbox-mtls", demo.MTLSClientID, []string{"demo.read", "demo.write"}
	p.AuthMethod, p.ClientSecret = profiles.AuthTLS, ""
	p.ClientCert, p.ClientKey, p.CACertPEM = cred.CertPEM, cred.KeyPEM, srv.MTLSCACert() // in memory: nothing written
	p.APIBaseURL = srv.MTLSURL + demo.APIPath
	return p
}

// demoJWTProfile is the sandbox's private_key_jwt client: it signs with the
// sandbox's embedded test key (public on purpose, demo only), given in the
// profile itself since this profile is never saved.
func demoJWTProfile(base profiles.Profile) profiles.Profile {
	p := base
	p.Name, p.ClientID, p.Scopes = "sandbox-jwt", demo.JWTClientID, []string{"demo.read", "demo.write"}
	p.AuthMethod, p.ClientSecret = profiles.AuthPrivateKeyJWT, ""
	p.ClientKey, p.ClientKeyID = demo.JWTClientKey, demo.JWTKeyID
	return p
}

// demoActive is the demo profile to open on: the one -p names (sandbox or
// sandbox-readonly), else the first. A name from TOKENTUI_PROFILE that is
// not the demo's is one of the user's profiles: it is not an error here.
func demoActive(g *globals, list []profiles.Profile, asked bool) (string, error) {
	var names []string
	for _, p := range list {
		if p.Name == g.profile {
			return p.Name, nil
		}
		names = append(names, p.Name)
	}
	if asked && g.profile != "" {
		return "", usageIn(g.language(), i18n.DemoNoProfile, g.profile, strings.Join(names, ", "))
	}
	return list[0].Name, nil
}
