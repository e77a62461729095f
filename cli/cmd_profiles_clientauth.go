package cli

// The flags of `profiles add` for clients that prove themselves with a key
// or a certificate instead of a shared secret.

import (
	"github.com/spf13/cobra"

	"tokentui/profiles"
	"tokentui/text/i18n"
)

// clientAuthFlags names the flag of each profile field they set.
var clientAuthFlags = map[string]string{
	"client_key": "--client-key", "client_key_id": "--client-key-id", "client_key_alg": "--client-key-alg",
	"assertion_audience": "--assertion-audience", "client_cert": "--client-cert", "client_secret": "--secret-ref",
}

func addClientAuthFlags(g *globals, cmd *cobra.Command, o *addOptions) {
	fl := cmd.Flags()
	fl.StringVar(&o.clientKey, "client-key", "", g.t(i18n.FlagClientKey))
	fl.StringVar(&o.clientKeyID, "client-key-id", "", g.t(i18n.FlagClientKeyID))
	fl.StringVar(&o.clientKeyAlg, "client-key-alg", "", g.t(i18n.FlagClientKeyAlg))
	fl.StringVar(&o.assertionAudience, "assertion-audience", "", g.t(i18n.FlagAssertionAudience))
	fl.StringVar(&o.clientCert, "client-cert", "", g.t(i18n.FlagClientCert))
	fl.StringVar(&o.caFile, "ca-file", "", g.t(i18n.FlagCAFile))
}

// provesWithoutSecret reports whether an auth method needs no client secret.
func provesWithoutSecret(method string) bool {
	p := profiles.Profile{AuthMethod: method}
	return method == profiles.AuthPrivateKeyJWT || p.UsesCert()
}
