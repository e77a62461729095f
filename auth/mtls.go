package auth

// Client authentication by TLS certificate (RFC 8705): tls_client_auth and
// self_signed_tls_client_auth. The certificate is presented by the HTTP
// client (see Options.HTTPClient); here it proves the credentials, picks
// the discovery document's mtls_endpoint_aliases, and certificate-bound
// tokens are recognised.

import (
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"time"
)

// Auth methods that authenticate with a TLS client certificate.
const (
	AuthMethodTLS           = "tls_client_auth"             // a certificate from a CA the provider trusts, registered by subject
	AuthMethodSelfSignedTLS = "self_signed_tls_client_auth" // a self-signed certificate, registered by its key or thumbprint
)

// IsTLSMethod reports whether method authenticates with a client certificate.
func IsTLSMethod(method string) bool { return isTLSMethod(method) }

// readCert reads the client certificate of an mTLS client: what proves its
// credentials (the key must match it, or TLS fails).
func (c *Client) readCert(ctx context.Context) (string, error) {
	if c.opts.ClientCert == nil {
		return "", markErr(ErrNoSecret, sayErr(say(SayNoCert)))
	}
	s, err := c.opts.ClientCert(ctx)
	if err != nil {
		return "", markErr(ErrNoSecret, err)
	}
	if _, info, err := ParseCert(s); err == nil {
		c.asr.mu.Lock()
		c.asr.cert = &info
		c.asr.mu.Unlock()
	}
	return s, nil
}

// LastCert describes the client certificate last read (tls_client_auth,
// self_signed_tls_client_auth); ok is false before it is read.
func (c *Client) LastCert() (CertInfo, bool) {
	c.asr.mu.Lock()
	defer c.asr.mu.Unlock()
	if c.asr.cert == nil {
		return CertInfo{}, false
	}
	return *c.asr.cert, true
}

// mtlsEndpoint is the token endpoint a certificate client uses: the
// discovery document's mtls_endpoint_aliases, else its token_endpoint.
func (c *Client) mtlsEndpoint(md *Metadata) string {
	if isTLSMethod(c.opts.AuthMethod) && md.MTLSEndpointAliases["token_endpoint"] != "" {
		return md.MTLSEndpointAliases["token_endpoint"]
	}
	return md.TokenEndpoint
}

// CertInfo describes a client certificate for the Flow and diagnose.
type CertInfo struct {
	Subject    string
	Issuer     string
	Thumbprint string // SHA-256 of the DER, base64url: cnf's x5t#S256
	NotBefore  time.Time
	NotAfter   time.Time
	SelfSigned bool
}

// ParseCert reads the first certificate of a PEM text.
func ParseCert(certPEM string) (*x509.Certificate, CertInfo, error) {
	rest := []byte(certPEM)
	for {
		block, r := pem.Decode(rest)
		if block == nil {
			return nil, CertInfo{}, sayErr(say(SayCertNoPEM, ErrBadKey), ErrBadKey)
		}
		rest = r
		if block.Type != "CERTIFICATE" {
			continue
		}
		cert, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, CertInfo{}, sayErr(say(SayCertNoParse, ErrBadKey, err), ErrBadKey)
		}
		return cert, CertInfo{
			Subject: cert.Subject.String(), Issuer: cert.Issuer.String(), Thumbprint: CertThumbprint(cert.Raw),
			NotBefore: cert.NotBefore, NotAfter: cert.NotAfter,
			SelfSigned: cert.Subject.String() == cert.Issuer.String() && cert.CheckSignature(cert.SignatureAlgorithm, cert.RawTBSCertificate, cert.Signature) == nil,
		}, nil
	}
}

// CertThumbprint is the x5t#S256 of a DER certificate (RFC 8705 §3.1).
func CertThumbprint(der []byte) string {
	sum := sha256.Sum256(der)
	return base64.RawURLEncoding.EncodeToString(sum[:])
}
