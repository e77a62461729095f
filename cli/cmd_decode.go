package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// newDecodeCmd is `tokentui decode`: any JWT's header and claims, readable
// (or as JSON with --json), and with --verify its signature and times.
func newDecodeCmd(g *globals) *cobra.Command {
	var verify, asJSON bool
	var jwksURL string
	cmd := &cobra.Command{
		Use:   "decode [--verify] [--jwks URL] [--json] [TOKEN|-]",
		Short: g.t(i18n.DecodeShort),
		Long:  g.t(i18n.DecodeLong),
		Example: `  tokentui decode eyJhbGciOi...
  tokentui token | tokentui decode --verify
  tokentui token | tokentui decode --json --verify`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			raw, err := readTokenArg(g, args)
			if err != nil {
				return err
			}
			lang := g.language()
			if n := len(strings.TrimSpace(raw)); n > auth.MaxTokenSize+len("Bearer ") {
				return usageIn(lang, i18n.DecodeTooLarge, sizeText(lang, int64(n)), i18n.Bytes(lang, auth.MaxTokenSize)).
					hintIn(lang, i18n.DecodeTooLargeHint)
			}
			j, err := auth.Decode(raw)
			if err != nil {
				e := i18n.Explain(lang, err)
				msg := sanitize(err.Error())
				if lang != i18n.En {
					msg = strings.TrimSuffix(e.Cause, ".") + ": " + msg
				}
				return usageErrorf("%s", msg).withHint(e.Hint)
			}
			now := time.Now()
			checked := verify || jwksURL != ""
			if asJSON {
				var v *auth.Verification
				if checked {
					vv := auth.VerifyTokenCached(cmd.Context(), nil, j.Raw, jwksURL, auth.DefaultCacheDir())
					v = &vv
				}
				if err := writeDecodeJSON(g.stdout, newDecodeReport(j, v, now)); err != nil {
					return err
				}
				if v == nil || v.Status == auth.Verified {
					return nil
				}
				return verifyFailure(lang, *v)
			}
			printJWT(lang, g.stdout, j, now)
			label := g.t(i18n.TokenSignature)
			indent := strings.Repeat(" ", len([]rune(label))+2)
			if !checked {
				fmt.Fprintf(g.stdout, "\n%s  %s\n", label, g.t(i18n.DecodeUnverified, sanitize(j.Alg()), len(j.Signature)))
				return nil
			}
			v := auth.VerifyTokenCached(cmd.Context(), nil, j.Raw, jwksURL, auth.DefaultCacheDir())
			fmt.Fprintf(g.stdout, "\n%s  %s\n", label, verificationLine(lang, v))
			if v.JWKSURL != "" {
				fmt.Fprintf(g.stdout, "%s%s\n", indent, g.t(i18n.DecodeKeysFrom, sanitize(v.JWKSURL)))
			}
			if v.Status != auth.Verified {
				return verifyFailure(lang, v)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&verify, "verify", false, g.t(i18n.DecodeFlagVerify))
	cmd.Flags().StringVar(&jwksURL, "jwks", "", g.t(i18n.DecodeFlagJWKS))
	cmd.Flags().BoolVar(&asJSON, "json", false, g.t(i18n.DecodeFlagJSON))
	return cmd
}

// verifyFailure is the error (exit 1) of a --verify that did not verify,
// with what to try.
func verifyFailure(lang i18n.Lang, v auth.Verification) error {
	hint := i18n.T(lang, i18n.DecodeVerifyHint)
	if v.Status == auth.NotChecked {
		hint = i18n.Explain(lang, v.Err).Hint
		if v.Err == nil {
			hint = i18n.T(lang, i18n.DecodeJWKSHint)
		}
	}
	return failure(errors.New(i18n.T(lang, i18n.DecodeDidNotVerify, sanitize(i18n.VerifyReason(lang, v)))), hint)
}

// readTokenArg takes the token from the argument, or from stdin when it is
// "-" or absent and stdin is not a terminal.
func readTokenArg(g *globals, args []string) (string, error) {
	if len(args) == 1 && args[0] != "-" {
		return args[0], nil
	}
	if f, ok := g.stdin.(*os.File); ok && len(args) == 0 {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			return "", usageIn(g.language(), i18n.DecodeNoToken).hintIn(g.language(), i18n.DecodeNoTokenPipe)
		}
	}
	if g.stdin == nil {
		return "", usageIn(g.language(), i18n.DecodeNoToken).hintIn(g.language(), i18n.DecodeNoTokenArg)
	}
	// A token is at most auth.MaxTokenSize; room is left for the space
	// and "Bearer " around it. More is refused, not cut (and then called
	// malformed).
	const bound = auth.MaxTokenSize + 64<<10
	data, err := io.ReadAll(io.LimitReader(g.stdin, bound+1))
	if err != nil {
		return "", usageIn(g.language(), i18n.DecodeStdinError, err)
	}
	if len(data) > bound {
		lang := g.language()
		return "", usageIn(lang, i18n.DecodeTooLarge, "", i18n.Bytes(lang, auth.MaxTokenSize)).hintIn(lang, i18n.DecodeTooLargeHint)
	}
	if strings.TrimSpace(string(data)) == "" {
		return "", usageIn(g.language(), i18n.DecodeStdinEmpty).hintIn(g.language(), i18n.DecodeStdinEmptyHint)
	}
	return string(data), nil
}

func verificationLine(lang i18n.Lang, v auth.Verification) string {
	reason := sanitize(i18n.VerifyReason(lang, v))
	switch v.Status {
	case auth.Verified:
		return "✓ " + reason
	case auth.Failed:
		return "✗ " + i18n.T(lang, i18n.DecodeFailed, reason)
	}
	return "✗ " + i18n.T(lang, i18n.DecodeNotChecked, reason)
}

// What header fields and claims mean comes from the catalogue
// (i18n.HeaderMeaning, i18n.ClaimMeaning), shared with the Token tab.

var timeClaims = map[string]bool{"exp": true, "nbf": true, "iat": true, "auth_time": true}

// printJWT writes the header and claims as aligned tables. Every value comes
// from the token, so every value is made inert.
func printJWT(lang i18n.Lang, w io.Writer, j *auth.JWT, now time.Time) {
	fmt.Fprintln(w, i18n.T(lang, i18n.TokenHeader))
	table(lang, w, j.Header, auth.OrderedKeys(j.Header, j.HeaderKeys), i18n.HeaderMeaningIn, nil, now)
	fmt.Fprintln(w)
	fmt.Fprintln(w, i18n.T(lang, i18n.TokenClaims))
	table(lang, w, j.Claims, j.ListedClaims(), i18n.ClaimMeaningIn, j, now)
}

// table writes one line per field: name, value and what it means there.
// Names and values are made inert on one line (inert.Line): a newline in
// a claim is shown as \n and cannot draw a line of its own.
func table(lang i18n.Lang, w io.Writer, m map[string]any, keys []string, meaning func(i18n.Lang, string, map[string]any) string, j *auth.JWT, now time.Time) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, k := range keys {
		val := valueText(m[k])
		if j != nil && timeClaims[k] {
			if t, ok := j.Time(k); ok {
				val += "  " + relTimeIn(lang, t, now)
			}
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", inert.Line(k), inert.Line(val), meaning(lang, k, m))
	}
	tw.Flush()
}

// valueText shows strings as they are, string arrays space-separated (like
// scope) and anything else as compact JSON.
func valueText(v any) string {
	switch v := v.(type) {
	case string:
		if v == "" {
			return `""` // an empty aud, say: shown, not blank
		}
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
