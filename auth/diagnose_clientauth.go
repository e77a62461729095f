package auth

// Diagnose for clients without a shared secret: the key (readable, its
// algorithm, kid, thumbprint), the certificate (validity, key match) and
// the assertion's aud, checked locally before any request; and the
// provider's invalid_client explained in those terms.

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"fmt"
	"strings"
	"time"
)

// certSoon is how close to its expiry a client certificate gets a warning.
const certSoon = 30 * 24 * time.Hour

func init() {
	checkTitlesPtBR["client_key"] = "Chave do cliente"
	checkTitlesPtBR["client_cert"] = "Certificado do cliente"
	diagRulesPtBR = append(diagRulesPtBR,
		dr(`(\S+) key \((.*)\), thumbprint (\S+)`, "chave $1 ($2), impressão digital $3"),
		dr(`kid ("(?:[^"\\]|\\.)*")`, "kid $1"),
		dr(`no kid: the provider must try every key registered for the client, and some refuse`, "sem kid: o provedor precisa tentar cada chave registrada para o cliente, e alguns recusam"),
		dr(`assertion aud (.*)`, "aud da asserção $1"),
		dr(`the client_key cannot sign: (.*)`, "a client_key não consegue assinar: $1"),
		dr(`cannot read the client_key: (.*)`, "não foi possível ler a client_key: $1"),
		dr(`cannot read the client secret: (.*)`, "não foi possível ler o segredo do cliente: $1"),
		dr(`HMAC secret of (\d+) bytes \((\S+)\)`, "segredo HMAC de $1 bytes ($2)"),
		dr(`(\S+) needs a secret of (\d+) bytes or more \(RFC 7518 §3\.2\); many providers refuse a shorter one`, "$1 exige um segredo de $2 bytes ou mais (RFC 7518 §3.2); muitos provedores recusam um mais curto"),
		dr(`cannot read the client_cert: (.*)`, "não foi possível ler o client_cert: $1"),
		dr(`subject (.*), issuer (.*), SHA-256 (\S+)`, "titular $1, emissor $2, SHA-256 $3"),
		dr(`self-signed`, "autoassinado"),
		dr(`valid until (\S+)`, "válido até $1"),
		dr(`expired on (\S+)`, "expirou em $1"),
		dr(`not valid before (\S+)`, "não é válido antes de $1"),
		dr(`expires within 30 days`, "expira em menos de 30 dias"),
		dr(`a self-signed certificate with tls_client_auth: the provider needs a chain to a CA it trusts \(or use self_signed_tls_client_auth\)`, "um certificado autoassinado com tls_client_auth: o provedor exige uma cadeia até uma CA em que confie (ou use self_signed_tls_client_auth)"),
		dr(`client_key is not the private key of client_cert`, "a client_key não é a chave privada do client_cert"),
	)
	for en, pt := range map[string]string{
		hintKeyUnreadable:   "confira client_key: file:CAMINHO (modo 0600), env:, cmd: ou keyring; 'tokentui keys show ARQUIVO' diz o que um arquivo contém",
		hintKeyAlg:          "ajuste client_key_alg à chave (RS256/PS256 para RSA, ES256 para EC P-256) ou omita-o",
		hintCertExpired:     "peça ao provedor um certificado novo (ou gere um autoassinado) e registre-o para o cliente",
		hintCertKey:         "client_key deve ser a chave privada do próprio client_cert",
		hintAssertionClient: "o provedor recusou a asserção: confira, nesta ordem, se a chave pública registrada para o cliente é esta (impressão digital acima) e com este kid; o aud que ele espera (enviado: o token endpoint; alguns querem o issuer: defina assertion_audience); o relógio (a asserção vale 60 s a partir do iat)",
		hintCertClient:      "o provedor recusou o certificado: confira se é o registrado para o cliente (titular ou impressão digital SHA-256 acima), se não expirou e se o pedido foi ao endpoint mTLS (mtls_endpoint_aliases)",
		hintShortSecret:     "use um segredo de 32 bytes ou mais, ou client_secret_basic",
	} {
		diagHintsPtBR[en] = pt
	}
}

// Hints of the client-auth checks, translated in init.
const (
	hintKeyUnreadable   = "check client_key: file:PATH (mode 0600), env:, cmd: or keyring; 'tokentui keys show FILE' says what a file holds"
	hintKeyAlg          = "make client_key_alg fit the key (RS256/PS256 for RSA, ES256 for EC P-256), or leave it out"
	hintCertExpired     = "get a new certificate from the provider (or make a self-signed one) and register it for the client"
	hintCertKey         = "client_key must be the private key of client_cert itself"
	hintAssertionClient = "the provider refused the assertion: check, in this order, that the public key registered for the client is this one (thumbprint above) under this kid; the aud it expects (sent: the token endpoint; some want the issuer: set assertion_audience); the clock (the assertion is valid for 60 s from its iat)"
	hintCertClient      = "the provider refused the certificate: check that it is the one registered for the client (subject or SHA-256 thumbprint above), that it has not expired, and that the request went to the mTLS endpoint (mtls_endpoint_aliases)"
	hintShortSecret     = "use a secret of 32 bytes or more, or client_secret_basic"
)

// clientAuth checks, locally, what proves the client when it is not a
// shared secret sent as such.
func (d *diagnosis) clientAuth(tokenURL string) {
	switch m := d.c.opts.AuthMethod; {
	case m == AuthMethodPrivateKeyJWT:
		d.keyCheck(tokenURL)
	case m == AuthMethodSecretJWT:
		d.secretJWTCheck()
	case isTLSMethod(m):
		d.certCheck()
	}
}

func (d *diagnosis) keyCheck(tokenURL string) {
	const id = "client_key"
	material, err := d.c.readKey(d.ctx)
	if err != nil {
		ch := d.add(id, "Client key", CheckFail, "cannot read the client_key: "+err.Error())
		ch.Hint = hintKeyUnreadable
		return
	}
	k, err := ParseClientKey([]byte(material), d.c.opts.SigningAlg)
	if err != nil {
		ch := d.add(id, "Client key", CheckFail, "the client_key cannot sign: "+err.Error())
		ch.Hint = hintKeyAlg
		return
	}
	thumb, _ := Thumbprint(k.Private.Public())
	parts := []string{fmt.Sprintf("%s key (%s), thumbprint %s", k.Alg, DescribeKey(k.Private.Public()), thumb)}
	status := CheckOK
	kid := d.c.opts.KeyID
	if kid == "" {
		kid = k.KeyID
	}
	if kid != "" {
		parts = append(parts, fmt.Sprintf("kid %q", kid))
	} else {
		status = CheckWarn
		parts = append(parts, "no kid: the provider must try every key registered for the client, and some refuse")
	}
	aud := d.c.opts.AssertionAudience
	if aud == "" {
		aud = tokenURL
	}
	if aud != "" {
		parts = append(parts, "assertion aud "+aud)
	}
	d.add(id, "Client key", status, strings.Join(parts, "; "))
}

func (d *diagnosis) secretJWTCheck() {
	const id = "client_key"
	s, err := d.c.readSecret(d.ctx)
	if err != nil {
		return // the profile check reports a missing secret
	}
	alg := d.c.opts.SigningAlg
	if alg == "" {
		alg = "HS256"
	}
	need := map[string]int{"HS256": 32, "HS384": 48, "HS512": 64}[alg]
	detail := fmt.Sprintf("HMAC secret of %d bytes (%s)", len(s), alg)
	if len(s) < need {
		ch := d.add(id, "Client key", CheckWarn, detail+"; "+fmt.Sprintf("%s needs a secret of %d bytes or more (RFC 7518 §3.2); many providers refuse a shorter one", alg, need))
		ch.Hint = hintShortSecret
		return
	}
	d.add(id, "Client key", CheckOK, detail)
}

func (d *diagnosis) certCheck() {
	const id = "client_cert"
	pemText, err := d.c.readCert(d.ctx)
	if err != nil {
		ch := d.add(id, "Client certificate", CheckFail, "cannot read the client_cert: "+err.Error())
		ch.Hint = hintKeyUnreadable
		return
	}
	cert, info, err := ParseCert(pemText)
	if err != nil {
		ch := d.add(id, "Client certificate", CheckFail, "cannot read the client_cert: "+err.Error())
		ch.Hint = hintCertExpired
		return
	}
	now := d.c.now()
	parts := []string{fmt.Sprintf("subject %s, issuer %s, SHA-256 %s", info.Subject, info.Issuer, info.Thumbprint)}
	if info.SelfSigned {
		parts = append(parts, "self-signed")
	}
	status, hint := CheckOK, ""
	switch {
	case now.After(info.NotAfter):
		status, hint = CheckFail, hintCertExpired
		parts = append(parts, "expired on "+info.NotAfter.UTC().Format("2006-01-02"))
	case now.Before(info.NotBefore):
		status, hint = CheckFail, hintCertExpired
		parts = append(parts, "not valid before "+info.NotBefore.UTC().Format("2006-01-02"))
	case info.NotAfter.Sub(now) < certSoon:
		status, hint = CheckWarn, hintCertExpired
		parts = append(parts, "valid until "+info.NotAfter.UTC().Format("2006-01-02"), "expires within 30 days")
	default:
		parts = append(parts, "valid until "+info.NotAfter.UTC().Format("2006-01-02"))
	}
	if info.SelfSigned && d.c.opts.AuthMethod == AuthMethodTLS && status == CheckOK {
		status = CheckWarn
		parts = append(parts, "a self-signed certificate with tls_client_auth: the provider needs a chain to a CA it trusts (or use self_signed_tls_client_auth)")
	}
	if d.c.opts.ClientKey != nil {
		if material, err := d.c.readKey(d.ctx); err == nil {
			if k, err := ParseClientKey([]byte(material), ""); err == nil && !samePublic(k.Private.Public(), cert.PublicKey) {
				status, hint = CheckFail, hintCertKey
				parts = append(parts, "client_key is not the private key of client_cert")
			}
		}
	}
	ch := d.add(id, "Client certificate", status, strings.Join(parts, "; "))
	ch.Hint = hint
}

// explainInvalidClient rewrites the hint of a credentials failure with
// invalid_client in terms of the assertion or the certificate.
func (d *diagnosis) explainInvalidClient() {
	for i := range d.checks {
		ch := &d.checks[i]
		if ch.ID != "credentials" || ch.Status != CheckFail || ch.Code != CodeInvalidClient {
			continue
		}
		switch m := d.c.opts.AuthMethod; {
		case IsAssertionMethod(m):
			ch.Hint = hintAssertionClient
		case isTLSMethod(m):
			ch.Hint = hintCertClient
		}
	}
}

func samePublic(a, b crypto.PublicKey) bool {
	type equaler interface{ Equal(crypto.PublicKey) bool }
	e, ok := a.(equaler)
	return ok && e.Equal(b)
}

// DescribeKey names a key's type and size: "EC P-256", "RSA 2048".
func DescribeKey(pub crypto.PublicKey) string {
	switch k := pub.(type) {
	case *ecdsa.PublicKey:
		return "EC " + k.Curve.Params().Name
	case *rsa.PublicKey:
		return fmt.Sprintf("RSA %d", k.N.BitLen())
	}
	return fmt.Sprintf("%T", pub)
}
