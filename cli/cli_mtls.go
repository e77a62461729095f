package cli

// The TLS client certificate of a tls_client_auth or
// self_signed_tls_client_auth profile, presented to the provider and to
// the API alike (a certificate-bound token works only with it, RFC 8705 §3).

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"time"

	"tokentui/profiles"
	"tokentui/text/i18n"
)

// certLoadTimeout bounds reading the certificate and key references (a
// cmd: reference runs a command).
const certLoadTimeout = 10 * time.Second

// addClientCert makes tr present p's client certificate whenever a server
// asks for one. Profiles of other auth methods are left as they are.
func addClientCert(lang i18n.Lang, tr *http.Transport, p profiles.Profile) error {
	if p.CACertPEM != "" {
		if tr.TLSClientConfig == nil {
			tr.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12}
		}
		pool := tr.TLSClientConfig.RootCAs
		if pool == nil {
			if pool, _ = x509.SystemCertPool(); pool == nil {
				pool = x509.NewCertPool()
			}
		}
		pool.AppendCertsFromPEM([]byte(p.CACertPEM))
		tr.TLSClientConfig.RootCAs = pool
	}
	if !p.UsesCert() {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), certLoadTimeout)
	defer cancel()
	certPEM, err := profiles.ResolveCert(ctx, p)
	if err != nil {
		return profilesUsage(lang, err)
	}
	keyPEM, err := profiles.ResolveKey(ctx, p)
	if err != nil {
		return profilesUsage(lang, err)
	}
	pair, err := tls.X509KeyPair([]byte(certPEM), []byte(keyPEM))
	if err != nil {
		return usageIn(lang, i18n.CliClientCertBad, sanitize(p.Name), errors.New(sanitize(err.Error()))).hintIn(lang, i18n.CliClientCertBadHint)
	}
	if tr.TLSClientConfig == nil {
		tr.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	// Always this certificate, whatever CAs the server says it accepts:
	// a self-signed one would otherwise never be sent.
	tr.TLSClientConfig.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &pair, nil }
	return nil
}

// clientCertFunc reads the profile's client_cert when it authenticates with one.
func clientCertFunc(p profiles.Profile) func(context.Context) (string, error) {
	if !p.UsesCert() {
		return nil
	}
	return func(ctx context.Context) (string, error) { return profiles.ResolveCert(ctx, p) }
}
