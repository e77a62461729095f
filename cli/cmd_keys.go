package cli

// `tokentui keys`: client keys for private_key_jwt.

import (
	"crypto"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"tokentui/auth"
	"tokentui/text/i18n"
)

// maxKeyFile bounds what `keys show` reads.
const maxKeyFile = 1 << 20

func newKeysCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: g.t(i18n.KeysShort),
		Long:  g.t(i18n.KeysLong),
		Example: "  tokentui keys gen\n  tokentui keys gen --alg RS256 --out ~/.config/tokentui/keys/ac-homolog.pem\n" +
			"  tokentui keys show ~/.config/tokentui/keys/ac-homolog.pem",
		Args: cobra.NoArgs,
	}
	var alg, out string
	gen := &cobra.Command{
		Use:   "gen [--alg ES256|RS256|PS256] [--out FILE]",
		Short: g.t(i18n.KeysGenShort),
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return keysGen(g, alg, out) },
	}
	gen.Flags().StringVar(&alg, "alg", "ES256", g.t(i18n.KeysFlagAlg))
	gen.Flags().StringVar(&out, "out", "", g.t(i18n.KeysFlagOut))
	show := &cobra.Command{
		Use:   "show FILE",
		Short: g.t(i18n.KeysShowShort),
		Args:  cobra.ExactArgs(1),
		RunE:  func(cmd *cobra.Command, args []string) error { return keysShow(g, args[0]) },
	}
	cmd.AddCommand(gen, show)
	return cmd
}

// keysGen creates a key pair, writes the private key (0600, never over an
// existing file) and prints what to register with the provider.
func keysGen(g *globals, alg, out string) error {
	lang := g.language()
	switch alg {
	case "ES256", "RS256", "PS256":
	default:
		return usageIn(lang, i18n.KeysBadAlg, alg).hintIn(lang, i18n.KeysBadAlgHint)
	}
	kp, err := auth.NewKeyPair(alg)
	if err != nil {
		return failure(err, "")
	}
	kid := kp.KID
	if out == "" {
		out = filepath.Join(filepath.Dir(g.profilesPath()), "keys", kid+".pem")
		if err := os.MkdirAll(filepath.Dir(out), 0o700); err != nil {
			return usageIn(lang, i18n.KeysWriteFailed, out, err).hintIn(lang, i18n.KeysWriteHint)
		}
	}
	if err := kp.WriteNew(out); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return usageIn(lang, i18n.KeysExists, out).hintIn(lang, i18n.KeysExistsHint)
		}
		return usageIn(lang, i18n.KeysWriteFailed, out, err).hintIn(lang, i18n.KeysWriteHint)
	}
	abs, _ := filepath.Abs(out)
	fmt.Fprintln(g.stdout, g.t(i18n.KeysWrote, sanitize(abs)))
	fmt.Fprintln(g.stdout, g.t(i18n.KeysKID, kid))
	fmt.Fprintln(g.stdout, g.t(i18n.KeysAlg, alg))
	fmt.Fprintln(g.stdout)
	printPublic(g.stdout, g, kp.Key.Private.Public(), alg, kid)
	fmt.Fprintln(g.stdout)
	fmt.Fprintln(g.stdout, g.t(i18n.KeysProfileTitle))
	fmt.Fprint(g.stdout, profileSnippet(abs, kid, alg))
	return nil
}

// profileSnippet is the YAML to put in a profile that signs with the key.
func profileSnippet(path, kid, alg string) string {
	fields := [][2]string{{"auth_method", auth.AuthMethodPrivateKeyJWT}, {"client_key", "file:" + path}, {"client_key_id", kid}}
	if alg == "PS256" {
		fields = append(fields, [2]string{"client_key_alg", alg})
	}
	var b strings.Builder
	for _, f := range fields {
		fmt.Fprintf(&b, "    %s: %s\n", f[0], f[1])
	}
	return b.String()
}

// keysShow prints the public JWK, thumbprint and algorithm of a key file.
// A private key readable by others is refused, as for client_key: file:.
func keysShow(g *globals, path string) error {
	lang := g.language()
	f, err := os.Open(path)
	if err != nil {
		return usageIn(lang, i18n.KeysUnreadable, sanitize(path), err).hintIn(lang, i18n.KeysUnreadableHint)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.IsDir() {
		if err == nil {
			err = &fs.PathError{Op: "read", Path: path, Err: syscall.EISDIR}
		}
		return usageIn(lang, i18n.KeysUnreadable, sanitize(path), err).hintIn(lang, i18n.KeysUnreadableHint)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxKeyFile))
	if err != nil {
		return usageIn(lang, i18n.KeysUnreadable, sanitize(path), err).hintIn(lang, i18n.KeysUnreadableHint)
	}
	priv, privErr := auth.ParseClientKey(data, "")
	if privErr == nil && info.Mode().Perm()&0o077 != 0 {
		return usageIn(lang, i18n.KeysLoose, sanitize(path), uint32(info.Mode().Perm())).hintIn(lang, i18n.KeysLooseHint, sanitize(shellQuoteArg(path)))
	}
	pub, kid, err := auth.ParsePublicKey(data)
	if err != nil {
		return usageIn(lang, i18n.KeysBad, sanitize(path), i18n.ErrorText(lang, err)).hintIn(lang, i18n.KeysBadHint)
	}
	alg := auth.NaturalAlg(pub)
	thumb, err := auth.Thumbprint(pub)
	if err != nil {
		return usageIn(lang, i18n.KeysBad, sanitize(path), i18n.ErrorText(lang, err)).hintIn(lang, i18n.KeysBadHint)
	}
	fmt.Fprintln(g.stdout, g.t(i18n.KeysType, auth.DescribeKey(pub)))
	fmt.Fprintln(g.stdout, g.t(i18n.KeysAlg, alg))
	fmt.Fprintln(g.stdout, g.t(i18n.KeysThumb, thumb))
	if kid != "" {
		fmt.Fprintln(g.stdout, g.t(i18n.KeysKID, sanitize(kid)))
	} else {
		kid = thumb
	}
	if priv != nil {
		fmt.Fprintln(g.stdout, g.t(i18n.KeysPrivate))
	}
	fmt.Fprintln(g.stdout)
	printPublic(g.stdout, g, pub, alg, kid)
	return nil
}

// printPublic prints the public JWK and the JWKS holding it.
func printPublic(w io.Writer, g *globals, pub crypto.PublicKey, alg, kid string) {
	jwk, jwks, err := auth.PublicKeyText(pub, alg, kid)
	if err != nil {
		return
	}
	fmt.Fprintln(w, g.t(i18n.KeysJWKTitle))
	fmt.Fprintln(w, jwk)
	fmt.Fprintln(w)
	fmt.Fprintln(w, g.t(i18n.KeysJWKSTitle))
	fmt.Fprintln(w, jwks)
}

// shellQuoteArg quotes s for a POSIX shell when it needs quoting.
func shellQuoteArg(s string) string {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '/' || r == '.' || r == '_' || r == '-' || r == '~' || r == '+' || r == ':' || r == ',' || r == '@' || r == '=') {
			return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
		}
	}
	return s
}
