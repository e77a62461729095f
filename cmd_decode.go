package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"tokentui/auth"
)

// newDecodeCmd is `tokentui decode`: any JWT's header and claims, readable,
// and with --verify its signature and times.
func newDecodeCmd(g *globals) *cobra.Command {
	var verify bool
	var jwksURL string
	cmd := &cobra.Command{
		Use:   "decode [--verify] [--jwks URL] [TOKEN|-]",
		Short: "Decode a JWT; --verify checks its signature (JWKS via iss discovery or --jwks) and times",
		Long: `Decode any JWT: the header and the claims, with times shown as local time
and relative ("in 41m"), and what each known claim means. The token is read
from the argument, or from stdin when the argument is - or absent.

Decoding checks nothing. --verify checks the signature against the issuer's
keys (found through the discovery document of the token's iss, or at --jwks
URL) with the algorithm pinned to the key type, and exp/nbf with no leeway;
it exits 1 when any check fails. A malformed token exits 2, naming the part
that is wrong.`,
		Example: `  tokentui decode eyJhbGciOi...
  tokentui token | tokentui decode --verify`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			raw, err := readTokenArg(g, args)
			if err != nil {
				return err
			}
			j, err := auth.Decode(raw)
			if err != nil {
				e := auth.Explain(err)
				return usageErrorf("%s", sanitize(err.Error())).withHint(e.Hint)
			}
			now := time.Now()
			printJWT(g.stdout, j, now)
			if !verify && jwksURL == "" {
				fmt.Fprintf(g.stdout, "\nSignature  %s, %d bytes, not verified (use --verify)\n", sanitize(j.Alg()), len(j.Signature))
				return nil
			}
			v := auth.VerifyToken(cmd.Context(), nil, j.Raw, jwksURL)
			fmt.Fprintf(g.stdout, "\nSignature  %s\n", verificationLine(v))
			if v.JWKSURL != "" {
				fmt.Fprintf(g.stdout, "           keys from %s\n", sanitize(v.JWKSURL))
			}
			if v.Status != auth.Verified {
				hint := "check that the token comes from the issuer it names and has not expired"
				if v.Status == auth.NotChecked {
					hint = auth.Explain(v.Err).Hint
					if v.Err == nil {
						hint = "give the issuer's JWKS URL with --jwks"
					}
				}
				return failure(fmt.Errorf("the token did not verify: %s", sanitize(v.Reason)), hint)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&verify, "verify", false, "check the signature and exp/nbf; exit 1 when they fail")
	cmd.Flags().StringVar(&jwksURL, "jwks", "", "verify with the JWK Set at this URL instead of the iss discovery (implies --verify)")
	return cmd
}

// readTokenArg takes the token from the argument, or from stdin when it is
// "-" or absent and stdin is not a terminal.
func readTokenArg(g *globals, args []string) (string, error) {
	if len(args) == 1 && args[0] != "-" {
		return args[0], nil
	}
	if f, ok := g.stdin.(*os.File); ok && len(args) == 0 {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			return "", usageErrorf("no token given").withHint("pass the token as an argument, or pipe it: tokentui token | tokentui decode")
		}
	}
	if g.stdin == nil {
		return "", usageErrorf("no token given").withHint("pass the token as an argument")
	}
	data, err := io.ReadAll(io.LimitReader(g.stdin, 1<<20))
	if err != nil {
		return "", usageErrorf("cannot read the token from stdin: %v", err)
	}
	if strings.TrimSpace(string(data)) == "" {
		return "", usageErrorf("stdin was empty: no token to decode").withHint("pipe a token, e.g. tokentui token | tokentui decode")
	}
	return string(data), nil
}

func verificationLine(v auth.Verification) string {
	switch v.Status {
	case auth.Verified:
		return "✓ " + sanitize(v.Reason)
	case auth.Failed:
		return "✗ failed: " + sanitize(v.Reason)
	}
	return "✗ not checked: " + sanitize(v.Reason)
}

// headerMeanings and claimMeanings say in a few words what a field is
// (RFC 7515, RFC 7519, RFC 9068, OpenID Connect and IdentityServer).
var headerMeanings = map[string]string{
	"alg":      "signing algorithm",
	"kid":      "key id: which key of the issuer's JWKS signed it",
	"typ":      "type (at+jwt: an OAuth2 access token, RFC 9068)",
	"cty":      "content type",
	"x5t":      "SHA-1 thumbprint of the signing certificate",
	"x5t#S256": "SHA-256 thumbprint of the signing certificate",
	"jku":      "URL of a JWK Set (never trusted on its own)",
	"x5u":      "URL of the signing certificate",
	"crit":     "extensions the receiver must understand",
}

var claimMeanings = map[string]string{
	"iss":         "issuer: who issued the token",
	"sub":         "subject: the user (client tokens have none)",
	"aud":         "audience: the API(s) the token is for",
	"exp":         "expires",
	"nbf":         "not valid before",
	"iat":         "issued at",
	"jti":         "unique id of this token",
	"scope":       "scopes: what the token allows",
	"scp":         "scopes: what the token allows",
	"client_id":   "the client the token was issued to",
	"azp":         "authorized party: the client the token was issued to",
	"auth_time":   "when the user authenticated",
	"idp":         "identity provider that authenticated the user",
	"amr":         "authentication methods used",
	"sid":         "session id",
	"cnf":         "confirmation key (proof-of-possession)",
	"role":        "roles",
	"name":        "name",
	"email":       "e-mail address",
	"client_name": "the client's display name (IdentityServer client claim)",
}

var timeClaims = map[string]bool{"exp": true, "nbf": true, "iat": true, "auth_time": true}

// printJWT writes the header and claims as aligned tables. Every value comes
// from the token, so every value is made inert.
func printJWT(w io.Writer, j *auth.JWT, now time.Time) {
	fmt.Fprintln(w, "Header")
	table(w, j.Header, orderedKeys(j.HeaderKeys, j.Header), headerMeanings, nil, now)
	fmt.Fprintln(w, "\nClaims")
	table(w, j.Claims, orderedKeys(j.ClaimKeys, j.Claims), claimMeanings, j, now)
}

func orderedKeys(order []string, m map[string]any) []string {
	if len(order) == len(m) {
		return order
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func table(w io.Writer, m map[string]any, keys []string, meanings map[string]string, j *auth.JWT, now time.Time) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, k := range keys {
		val := valueText(m[k])
		if j != nil && timeClaims[k] {
			if t, ok := j.Time(k); ok {
				val += "  " + relTime(t, now)
			}
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", sanitize(k), sanitize(val), meanings[k])
	}
	tw.Flush()
}

// valueText shows strings as they are, string arrays space-separated (like
// scope) and anything else as compact JSON.
func valueText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case []any:
		parts := make([]string, 0, len(v))
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				b, _ := json.Marshal(v)
				return string(b)
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, " ")
	}
	b, _ := json.Marshal(v)
	return string(b)
}
