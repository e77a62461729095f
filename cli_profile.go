package main

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
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/ui/inert"
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
	path := g.profilesPath()
	f, err := profiles.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return profiles.Profile{}, usageErrorf("there is no profiles file at %s", path).withHint(
			"add a profile with 'tokentui profiles add NAME --issuer URL --client-id ID --secret-ref env:VAR', " +
				"or try the sandbox: start 'tokentui sandbox' in another terminal and add its profile " +
				"('tokentui profiles add sandbox --issuer http://127.0.0.1:8765 --client-id demo-client --secret-ref demo-secret')")
	}
	if err != nil {
		return profiles.Profile{}, usageErrorf("%v", err).withHint(profiles.Hint(err))
	}
	p, err := f.Select(g.profile)
	if err != nil {
		return profiles.Profile{}, usageErrorf("%v", err).withHint(profiles.Hint(err))
	}
	return *p, nil
}

// newAuthClient builds the auth client of a profile, with the token cache
// on disk (DefaultCacheDir: $TOKENTUI_CACHE_DIR or $XDG_CACHE_HOME/tokentui).
func newAuthClient(p profiles.Profile, g *globals) (*auth.Client, error) {
	return newAuthClientMode(p, g, false)
}

// newAuthClientMode is newAuthClient; memoryOnly keeps tokens in memory
// (for the in-process sandbox, whose port changes every run).
func newAuthClientMode(p profiles.Profile, g *globals, memoryOnly bool) (*auth.Client, error) {
	hc, err := httpClientFor(p)
	if err != nil {
		return nil, err
	}
	dir := ""
	if !memoryOnly {
		dir = auth.DefaultCacheDir()
	}
	c, err := auth.New(auth.Options{
		Profile:    p.Name,
		Issuer:     p.Issuer,
		TokenURL:   p.TokenURL,
		JWKSURL:    p.JWKSURL,
		ClientID:   p.ClientID,
		Secret:     func(ctx context.Context) (string, error) { return profiles.ResolveSecret(ctx, p) },
		Scopes:     p.Scopes,
		AuthMethod: p.Method(),
		Params:     p.Params,
		CacheDir:   dir,
		HTTPClient: hc,
	})
	if err != nil {
		return nil, usageErrorf("profile %q: %v", p.Name, err).withHint("fix it with 'tokentui profiles show " + p.Name + "' and an editor, or 'tokentui profiles add'")
	}
	return c, nil
}

// httpClientFor is the HTTP client for a profile's provider: a 30 s
// timeout, the profile's extra CA bundle, and no TLS verification only when
// the profile says insecure.
func httpClientFor(p profiles.Profile) (*http.Client, error) {
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
				return nil, usageErrorf("profile %q: cannot read ca_file: %v", p.Name, err).withHint("set ca_file to a readable PEM file")
			}
			pool, err := x509.SystemCertPool()
			if err != nil || pool == nil {
				pool = x509.NewCertPool()
			}
			if !pool.AppendCertsFromPEM(pem) {
				return nil, usageErrorf("profile %q: ca_file %s holds no PEM certificate", p.Name, path).withHint("export the CA certificate in PEM (-----BEGIN CERTIFICATE-----)")
			}
			cfg.RootCAs = pool
		}
		cfg.InsecureSkipVerify = p.Insecure // the profile's explicit choice, for labs
		tr.TLSClientConfig = cfg
	}
	return &http.Client{Timeout: 30 * time.Second, Transport: tr}, nil
}

// explainFailure turns an auth error into a CLI error: exit 2 for bad
// configuration or a missing secret, exit 1 for the provider or the
// network; the message and hint carry Explain's cause and what to try,
// made inert for the terminal.
func explainFailure(err error) error {
	e := auth.Explain(err)
	hint := e.Hint
	if h := profiles.Hint(err); h != "" {
		hint = h
	}
	msg := fmt.Errorf("%s\ncause: %s", sanitize(strings.TrimRight(err.Error(), ".")), e.Cause)
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
func cachedTokenState(p profiles.Profile) string {
	c, err := auth.New(auth.Options{
		Profile: p.Name, Issuer: p.Issuer, TokenURL: p.TokenURL, JWKSURL: p.JWKSURL, ClientID: p.ClientID,
		Scopes: p.Scopes, AuthMethod: p.Method(), Params: p.Params, CacheDir: auth.DefaultCacheDir(),
	})
	if err != nil {
		return "-"
	}
	t, ok := c.Cached()
	if !ok {
		return "none"
	}
	left := time.Until(t.Expiry)
	if left <= 0 {
		return "expired " + auth.Human(-left) + " ago"
	}
	return "valid " + auth.Human(left)
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
		return usageErrorf("%s takes at most %d argument(s), got %d (%q)", cmd.CommandPath(), n, len(args), sanitize(args[n])).
			withHint("run '" + cmd.CommandPath() + " --help' for its usage")
	}
}
