package cli

// Shared CLI helpers: loading the selected profile and building an auth
// client for it. Owned with package auth.

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// sanitize makes untrusted text (claims, error descriptions from servers)
// inert before it reaches the terminal.
func sanitize(s string) string { return inert.String(s) }

// profilesPath is --config (or $TOKENTUI_CONFIG), else the XDG default.
func (g *globals) profilesPath() string {
	if g.configPath != "" {
		return g.configPath
	}
	return profiles.DefaultPath()
}

// loadProfile reads the profiles file and selects -p NAME, else
// $TOKENTUI_PROFILE, else the file's default, else its only profile. Every
// failure is a usage error (exit 2) with a hint.
func (g *globals) loadProfile() (profiles.Profile, error) {
	path, lang := g.profilesPath(), g.language()
	f, err := profiles.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return profiles.Profile{}, usageIn(lang, i18n.CliNoProfilesFile, path).hintIn(lang, i18n.CliNoProfilesFileHint)
	}
	if err != nil {
		return profiles.Profile{}, profilesUsage(lang, err)
	}
	g.warnExposure(path, f)
	p, err := f.Select(g.profile)
	if err != nil {
		return profiles.Profile{}, profilesUsage(lang, err)
	}
	if p.Insecure {
		// Every command that talks to the provider says so, every time.
		fmt.Fprintln(g.stderr, g.t(i18n.CliWarning, g.t(i18n.ProfilesInsecureWarn, sanitize(p.Name))))
	}
	return *p, nil
}

// warnExposure says on stderr, once per run, that the profiles file holds
// a literal client secret which other users can read, and how to fix it.
func (g *globals) warnExposure(path string, f *profiles.File) {
	e, ok := profiles.CheckExposure(path, f)
	if !ok || g.exposureWarned {
		return
	}
	g.exposureWarned = true
	names := make([]string, len(e.Profiles))
	for i, n := range e.Profiles {
		names[i] = strconv.Quote(sanitize(n))
	}
	fmt.Fprintln(g.stderr, g.t(i18n.CliWarning, g.t(i18n.CliSecretExposed, sanitize(e.Path), strings.Join(names, ", "), uint32(e.Mode), sanitize(e.Fix()))))
}

// profilesUsage is a usage error (exit 2) from an error of package
// profiles, its message and hint in lang.
func profilesUsage(lang i18n.Lang, err error) *cliError {
	return usageErrorf("%s", i18n.ProfileMessage(lang, err)).withHint(i18n.ProfileHint(lang, err))
}

// newAuthClient builds the auth client of a profile, with the token cache
// on disk (DefaultCacheDir: $TOKENTUI_CACHE_DIR or $XDG_CACHE_HOME/tokentui).
func newAuthClient(p profiles.Profile, g *globals) (*auth.Client, error) {
	return newAuthClientMode(p, g, false)
}

// newAuthClientMode is newAuthClient; memoryOnly keeps tokens in memory
// (for the in-process sandbox, whose port changes every run).
func newAuthClientMode(p profiles.Profile, g *globals, memoryOnly bool) (*auth.Client, error) {
	lang := g.language()
	hc, err := httpClientForIn(lang, p)
	if err != nil {
		return nil, err
	}
	dir := ""
	if !memoryOnly {
		dir = auth.DefaultCacheDir()
	}
	c, err := auth.New(auth.Options{
		Profile:     p.Name,
		Issuer:      p.Issuer,
		TokenURL:    p.TokenURL,
		JWKSURL:     p.JWKSURL,
		ClientID:    p.ClientID,
		Secret:      func(ctx context.Context) (string, error) { return profiles.ResolveSecret(ctx, p) },
		Scopes:      p.Scopes,
		MetadataTTL: p.MetadataTTLDuration(),
		AuthMethod:  p.Method(),
		Params:      p.Params,
		CacheDir:    dir,
		HTTPClient:  hc,

		ClientKey:         clientKeyFunc(p),
		KeyID:             p.ClientKeyID,
		SigningAlg:        p.ClientKeyAlg,
		AssertionAudience: p.AssertionAudience,
		ClientCert:        clientCertFunc(p),
	})
	if err != nil {
		return nil, usageIn(lang, i18n.CliBadProfile, p.Name, err).hintIn(lang, i18n.CliBadProfileHint, p.Name)
	}
	return c, nil
}

// clientKeyFunc reads the profile's client_key when it signs with one.
func clientKeyFunc(p profiles.Profile) func(context.Context) (string, error) {
	if p.ClientKey == "" {
		return nil
	}
	return func(ctx context.Context) (string, error) { return profiles.ResolveKey(ctx, p) }
}

// httpClientFor is the HTTP client for a profile's provider: a 30 s
// timeout (or $TOKENTUI_TIMEOUT), the profile's extra CA bundle, and no TLS verification only when
// the profile says insecure. Its errors are written in the user's language
// when reported; see httpClientForIn.
func httpClientFor(p profiles.Profile) (*http.Client, error) { return httpClientForIn("", p) }

// httpClientForIn is httpClientFor with its errors in lang.
func httpClientForIn(lang i18n.Lang, p profiles.Profile) (*http.Client, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if p.CAFile != "" || p.Insecure {
		cfg := &tls.Config{MinVersion: tls.VersionTLS12}
		if p.CAFile != "" {
			path := p.CAFile
			if strings.HasPrefix(path, "~/") {
				if home, err := os.UserHomeDir(); err == nil {
					path = filepath.Join(home, path[2:])
				}
			}
			pem, err := os.ReadFile(path)
			if err != nil {
				return nil, usageIn(lang, i18n.CliCAUnreadable, p.Name, err).hintIn(lang, i18n.CliCAUnreadableHint)
			}
			pool, err := x509.SystemCertPool()
			if err != nil || pool == nil {
				pool = x509.NewCertPool()
			}
			if !pool.AppendCertsFromPEM(pem) {
				return nil, usageIn(lang, i18n.CliCANoPEM, p.Name, path).hintIn(lang, i18n.CliCANoPEMHint)
			}
			cfg.RootCAs = pool
		}
		cfg.InsecureSkipVerify = p.Insecure // the profile's explicit choice, for labs
		tr.TLSClientConfig = cfg
	}
	if err := addClientCert(lang, tr, p); err != nil {
		return nil, err
	}
	timeout, err := netTimeout(30 * time.Second)
	if err != nil {
		return nil, err
	}
	return &http.Client{Timeout: timeout, Transport: withDebug(p.Name, tr)}, nil
}

// timeoutEnv bounds every network exchange when set: a Go duration such as
// 10s or 2m. Unset, the provider gets 30 s and an API call 2 min.
const timeoutEnv = "TOKENTUI_TIMEOUT"

// netTimeout is $TOKENTUI_TIMEOUT, else def; a value that is not a
// positive duration is bad usage.
func netTimeout(def time.Duration) (time.Duration, error) {
	v := strings.TrimSpace(os.Getenv(timeoutEnv))
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, usageIn("", i18n.CliBadTimeout, timeoutEnv, sanitize(v)).hintIn("", i18n.CliBadTimeoutHint)
	}
	return d, nil
}

// explain turns an auth error into a CLI error in the CLI's language: exit 2
// for bad configuration or a missing secret, exit 1 for the provider or the
// network; the message and hint carry Explain's cause and what to try, made
// inert for the terminal.
func (g *globals) explain(err error) error { return explainFailureIn(g.language(), err) }

// explainFailureIn is explain in lang.
func explainFailureIn(lang i18n.Lang, err error) error {
	e := i18n.Explain(lang, err)
	hint := e.Hint
	if h := i18n.ProfileHint(lang, err); h != "" {
		hint = h
	}
	var held *auth.HeldError
	if errors.As(err, &held) && held.Until.IsZero() {
		// Held until the credentials change: say how to ask once more anyway
		// (after what to fix, for a key or a certificate).
		hint = i18n.T(lang, i18n.CliHeldHint)
		if e.Reason != "" {
			hint = e.Hint + " " + i18n.T(lang, i18n.CliHeldAgain)
		}
	}
	msg := fmt.Errorf("%s\n%s", sanitize(strings.TrimRight(i18n.ErrorText(lang, err), ".")), i18n.T(lang, i18n.CliCause, e.Cause))
	switch e.Code {
	case auth.CodeConfig, auth.CodeNoSecret:
		return &cliError{code: exitUsage, err: wrapText{msg.Error(), err}, hint: hint}
	}
	return failure(wrapText{msg.Error(), err}, hint)
}

// wrapText is an error whose message was rewritten (sanitized, explained)
// but which still unwraps to the original for errors.Is/As.
type wrapText struct {
	msg string
	err error
}

func (w wrapText) Error() string { return w.msg }
func (w wrapText) Unwrap() error { return w.err }

func init() {
	tokenState = cachedTokenState
}

// cachedTokenState describes a profile's cached token for `profiles list`
// and `profiles show`, from the disk cache only: never a network request.
// A cached token counts only for the secret that obtained it, so the
// secret is read to check; a cmd: or keyring secret is not (listing
// profiles must not run commands or prompt), and its state says so.
func cachedTokenState(lang i18n.Lang, p profiles.Profile) string {
	for _, ref := range []string{p.ClientSecret, p.ClientKey, p.ClientCert} {
		if ref == profiles.RefKeyring || strings.HasPrefix(ref, profiles.RefCmd) {
			return i18n.T(lang, i18n.CliTokenUnchecked)
		}
	}
	c, err := auth.New(auth.Options{
		Profile: p.Name, Issuer: p.Issuer, TokenURL: p.TokenURL, JWKSURL: p.JWKSURL, ClientID: p.ClientID,
		Scopes: p.Scopes, AuthMethod: p.Method(), Params: p.Params, CacheDir: auth.DefaultCacheDir(),
		Secret:    func(ctx context.Context) (string, error) { return profiles.ResolveSecret(ctx, p) },
		ClientKey: clientKeyFunc(p), KeyID: p.ClientKeyID, SigningAlg: p.ClientKeyAlg, AssertionAudience: p.AssertionAudience,
		ClientCert: clientCertFunc(p),
	})
	if err != nil {
		return "-"
	}
	t, ok := c.Cached()
	if !ok {
		return i18n.T(lang, i18n.CliTokenNone)
	}
	left := time.Until(t.Expiry)
	if left <= 0 {
		return i18n.T(lang, i18n.CliTokenExpired, i18n.Ago(lang, -left))
	}
	return i18n.T(lang, i18n.CliTokenValid, i18n.Span(lang, left))
}

// relTimeIn is relTime in lang: "26/11/2026 15:04:05 -03 (em 41 min)"
// in Portuguese.
func relTimeIn(lang i18n.Lang, t, now time.Time) string {
	if lang == i18n.En {
		return relTime(t, now)
	}
	return i18n.Timestamp(lang, t) + " (" + i18n.Relative(lang, t.Truncate(time.Second), now.Truncate(time.Second)) + ")"
}

// relTime is "2026-11-26 15:04:05 -03 (in 41m)" or "(3m ago)".
func relTime(t, now time.Time) string {
	s := t.Local().Format("2006-01-02 15:04:05 -07")
	d := t.Sub(now)
	switch {
	case d > -time.Second && d < time.Second:
		return s + " (now)"
	case d > 0:
		return s + " (in " + auth.Human(d) + ")"
	}
	return s + " (" + auth.Human(-d) + " ago)"
}

// maxArgs is cobra.MaximumNArgs as a usage error (exit 2) with a hint.
func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) <= n {
			return nil
		}
		lang := langOf(cmd)
		return usageIn(lang, i18n.CliMaxArgs, cmd.CommandPath(), n, len(args), sanitize(args[n])).
			hintIn(lang, i18n.CliUsageHint, cmd.CommandPath())
	}
}
