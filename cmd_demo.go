package main

import (
	"context"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/ui/i18n"
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
			srv, err := demo.Start(ctx, demo.Options{TokenTTL: ttl})
			if err != nil {
				return failure(err, g.t(i18n.DemoListenHint))
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
	return []profiles.Profile{full, readonly}
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
