package demo

// Mutual TLS (RFC 8705): a second port where the sandbox asks for a client
// certificate, with its own test CA; clients authenticated by certificate
// (tls_client_auth by subject, self_signed_tls_client_auth by thumbprint);
// certificate-bound access tokens (cnf.x5t#S256) that the API accepts only
// from the same certificate.

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"time"
)

// The demo clients that authenticate with a certificate.
const (
	// MTLSClientID authenticates with tls_client_auth: a certificate issued
	// by the sandbox's test CA with subject MTLSClientSubject.
	MTLSClientID = "demo-mtls"
	// MTLSClientSubject is the subject DN registered for MTLSClientID.
	MTLSClientSubject = "CN=demo-mtls"
	// SelfSignedClientID authenticates with self_signed_tls_client_auth: a
	// self-signed certificate registered by its SHA-256 thumbprint.
	SelfSignedClientID = "demo-mtls-self"
)

// Credential is a client certificate and its private key, in PEM.
type Credential struct {
	CertPEM string
	KeyPEM  string // a test key: public on purpose, like ClientSecret
}

// mtlsState is the sandbox's mTLS side: test CA, certificates, listener.
type mtlsState struct {
	caPEM      string
	ca         *x509.Certificate
	client     Credential // CA-issued, for MTLSClientID
	selfSigned Credential // for SelfSignedClientID
	selfThumb  string     // x5t#S256 of selfSigned
	http       *http.Server
}

// MTLSCACert is the PEM of the test CA that issued the mTLS port's server
// certificate and MTLSClient's certificate; trust it (ca_file) to reach
// MTLSURL.
func (s *Server) MTLSCACert() string { return s.mtls.caPEM }

// MTLSClient is the certificate and key of MTLSClientID (tls_client_auth).
func (s *Server) MTLSClient() Credential { return s.ClientCredential(MTLSClientID) }

// ClientCredential is the certificate and key of a certificate client:
// MTLSClientID (tls_client_auth) or SelfSignedClientID
// (self_signed_tls_client_auth); the zero Credential for any other client.
func (s *Server) ClientCredential(clientID string) Credential {
	switch clientID {
	case MTLSClientID:
		return s.mtls.client
	case SelfSignedClientID:
		return s.mtls.selfSigned
	}
	return Credential{}
}

// newMTLS makes the test CA and the certificates of one sandbox.
func newMTLS() (*mtlsState, tls.Certificate, error) {
	now := time.Now()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, tls.Certificate{}, err
	}
	caTmpl := &x509.Certificate{
		SerialNumber: serial(), Subject: pkix.Name{CommonName: "tokentui sandbox test CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(10 * 365 * 24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, tls.Certificate{}, err
	}
	ca, _ := x509.ParseCertificate(caDER)
	m := &mtlsState{ca: ca, caPEM: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}))}

	issue := func(tmpl *x509.Certificate, parent *x509.Certificate, parentKey *ecdsa.PrivateKey) (Credential, []byte, *ecdsa.PrivateKey, error) {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			return Credential{}, nil, nil, err
		}
		if parent == nil {
			parent, parentKey = tmpl, k
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &k.PublicKey, parentKey)
		if err != nil {
			return Credential{}, nil, nil, err
		}
		kd, _ := x509.MarshalPKCS8PrivateKey(k)
		return Credential{
			CertPEM: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})),
			KeyPEM:  string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kd})),
		}, der, k, nil
	}
	leaf := func(cn string, usage x509.ExtKeyUsage) *x509.Certificate {
		return &x509.Certificate{SerialNumber: serial(), Subject: pkix.Name{CommonName: cn},
			NotBefore: now.Add(-time.Hour), NotAfter: now.Add(365 * 24 * time.Hour),
			KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{usage}}
	}
	srvTmpl := leaf("127.0.0.1", x509.ExtKeyUsageServerAuth)
	srvTmpl.IPAddresses = []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback}
	srvTmpl.DNSNames = []string{"localhost"}
	srvCred, srvDER, srvKey, err := issue(srvTmpl, ca, caKey)
	if err != nil {
		return nil, tls.Certificate{}, err
	}
	_ = srvCred
	if m.client, _, _, err = issue(leaf("demo-mtls", x509.ExtKeyUsageClientAuth), ca, caKey); err != nil {
		return nil, tls.Certificate{}, err
	}
	var selfDER []byte
	if m.selfSigned, selfDER, _, err = issue(leaf("demo-mtls-self", x509.ExtKeyUsageClientAuth), nil, nil); err != nil {
		return nil, tls.Certificate{}, err
	}
	m.selfThumb = x5tS256(selfDER)
	return m, tls.Certificate{Certificate: [][]byte{srvDER}, PrivateKey: srvKey}, nil
}

func serial() *big.Int {
	n, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	return n
}

// x5tS256 is a certificate's SHA-256 thumbprint as cnf carries it (RFC 8705 §3.1).
func x5tS256(der []byte) string {
	sum := sha256.Sum256(der)
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

// startMTLS serves handler on a TLS port that asks for client certificates.
func (s *Server) startMTLS(ctx context.Context, handler http.Handler) error {
	m, srvCert, err := newMTLS()
	if err != nil {
		return fmt.Errorf("demo: making the mTLS test certificates failed: %w", err)
	}
	ln, err := net.Listen("tcp", s.opts.MTLSAddr)
	if err != nil && s.opts.MTLSAddr != "127.0.0.1:0" {
		ln, err = net.Listen("tcp", "127.0.0.1:0") // taken: a free port rather than no mTLS at all
	}
	if err != nil {
		return fmt.Errorf("demo: the sandbox cannot listen for mTLS: %w", err)
	}
	s.mtls = m
	s.MTLSURL = "https://127.0.0.1:" + strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	m.http = &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
		TLSConfig: &tls.Config{
			MinVersion:   tls.VersionTLS12,
			Certificates: []tls.Certificate{srvCert},
			ClientAuth:   tls.RequestClientCert, // checked per client: by the CA and subject, or by thumbprint
		},
	}
	go func() { _ = m.http.ServeTLS(ln, "", "") }()
	return nil
}

// stopMTLS stops the mTLS port.
func (s *Server) stopMTLS(ctx context.Context) {
	if s.mtls != nil && s.mtls.http != nil {
		if s.mtls.http.Shutdown(ctx) != nil {
			s.mtls.http.Close()
		}
	}
}

// mtlsClients are the demo clients that authenticate with a certificate.
func mtlsClients() []client {
	return []client{
		{id: MTLSClientID, name: "Demo client with a CA-issued certificate (tls_client_auth)",
			tlsSubject: MTLSClientSubject, scopes: []string{ScopeRead, ScopeWrite}, grants: []string{grantClientCredentials}},
		{id: SelfSignedClientID, name: "Demo client with a self-signed certificate (self_signed_tls_client_auth)",
			tlsSelfSigned: true, scopes: []string{ScopeRead, ScopeWrite}, grants: []string{grantClientCredentials}},
	}
}

// isMTLSAuth reports whether a token request relies on its TLS client
// certificate: it came over TLS with client_id and no other credentials.
func isMTLSAuth(r *http.Request, form map[string]string) bool {
	_, secret := form["client_secret"]
	_, id := form["client_id"]
	return r.TLS != nil && id && !secret && r.Header.Get("Authorization") == ""
}

// mtlsCredentials authenticates a token request by its client certificate.
func (s *Server) mtlsCredentials(r *http.Request, form map[string]string) (credentials, *oauthError) {
	id := form["client_id"]
	creds := credentials{id: id, method: "tls_client_auth"}
	c, ok := s.clients[id]
	if !ok {
		return creds, errInvalidClient(fmt.Sprintf("client authentication failed (mTLS): the client id %q is unknown", id))
	}
	if len(r.TLS.PeerCertificates) == 0 {
		return creds, errInvalidClient("no client certificate was presented on this mTLS connection; configure client_cert and client_key")
	}
	leaf := r.TLS.PeerCertificates[0]
	now := time.Now()
	switch {
	case c.tlsSubject != "":
		pool := x509.NewCertPool()
		pool.AddCert(s.mtls.ca)
		inter := x509.NewCertPool()
		for _, ic := range r.TLS.PeerCertificates[1:] {
			inter.AddCert(ic)
		}
		if _, err := leaf.Verify(x509.VerifyOptions{Roots: pool, Intermediates: inter, CurrentTime: now,
			KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}); err != nil {
			return creds, errInvalidClient("the client certificate is not trusted for tls_client_auth: " + err.Error())
		}
		if got := leaf.Subject.String(); got != c.tlsSubject {
			return creds, errInvalidClient(fmt.Sprintf("the client certificate's subject %q is not the one registered for client %q (%q)", got, id, c.tlsSubject))
		}
	case c.tlsSelfSigned:
		creds.method = "self_signed_tls_client_auth"
		if now.After(leaf.NotAfter) || now.Before(leaf.NotBefore) {
			return creds, errInvalidClient(fmt.Sprintf("the client certificate is outside its validity (%s to %s)", leaf.NotBefore.UTC().Format(time.RFC3339), leaf.NotAfter.UTC().Format(time.RFC3339)))
		}
		if got := x5tS256(leaf.Raw); got != s.mtls.selfThumb {
			return creds, errInvalidClient(fmt.Sprintf("the client certificate (SHA-256 thumbprint %s) is not the one registered for client %q", got, id))
		}
	default:
		return creds, errInvalidClient(fmt.Sprintf("client %q has no certificate registered: it cannot authenticate with mTLS", id))
	}
	creds.client, creds.x5t = &c, x5tS256(leaf.Raw)
	return creds, nil
}

// checkBinding refuses a certificate-bound token (cnf.x5t#S256) presented
// without the certificate it is bound to (RFC 8705 §3).
func checkBinding(r *http.Request, cnf any) *bearerError {
	m, ok := cnf.(map[string]any)
	if !ok {
		return nil
	}
	want, _ := m["x5t#S256"].(string)
	if want == "" {
		return nil
	}
	if r.TLS == nil || len(r.TLS.PeerCertificates) == 0 {
		return invalidToken("The access token is bound to a client certificate (cnf x5t#S256), and the request presented none: call the API over mTLS with the same certificate")
	}
	if got := x5tS256(r.TLS.PeerCertificates[0].Raw); got != want {
		return invalidToken(fmt.Sprintf("The access token is bound to certificate %s, and the request presented %s", want, got))
	}
	return nil
}
