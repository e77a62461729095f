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
	"time"
)

// certSoon is how close to its expiry a client certificate gets a warning.
const certSoon = 30 * 24 * time.Hour

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
		d.add(id, CheckFail, say(SayKeyUnreadable, err)).hint(say(SayHintKeyUnreadable))
		return
	}
	k, err := ParseClientKey([]byte(material), d.c.opts.SigningAlg)
	if err != nil {
		d.add(id, CheckFail, say(SayKeyCannotSign, err)).hint(say(SayHintKeyAlg))
		return
	}
	thumb, _ := Thumbprint(k.Private.Public())
	parts := []Phrase{say(SayKeyThumb, k.Alg, DescribeKey(k.Private.Public()), thumb)}
	status := CheckOK
	kid := d.c.opts.KeyID
	if kid == "" {
		kid = k.KeyID
	}
	if kid != "" {
		parts = append(parts, say(SayKid, kid))
	} else {
		status = CheckWarn
		parts = append(parts, say(SayNoKid))
	}
	aud := d.c.opts.AssertionAudience
	if aud == "" {
		aud = tokenURL
	}
	if aud != "" {
		parts = append(parts, say(SayAssertionAud, aud))
	}
	d.add(id, status, parts...)
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
	detail := say(SayHMACSecret, len(s), alg)
	if len(s) < need {
		d.add(id, CheckWarn, detail, say(SayShortSecret, alg, need)).hint(say(SayHintShortSecret))
		return
	}
	d.add(id, CheckOK, detail)
}

func (d *diagnosis) certCheck() {
	const id = "client_cert"
	pemText, err := d.c.readCert(d.ctx)
	if err != nil {
		d.add(id, CheckFail, say(SayCertUnreadable, err)).hint(say(SayHintKeyUnreadable))
		return
	}
	cert, info, err := ParseCert(pemText)
	if err != nil {
		d.add(id, CheckFail, say(SayCertUnreadable, err)).hint(say(SayHintCertExpired))
		return
	}
	now := d.c.now()
	parts := []Phrase{say(SayCertSubject, info.Subject, info.Issuer, info.Thumbprint)}
	if info.SelfSigned {
		parts = append(parts, say(SaySelfSigned))
	}
	status, hint := CheckOK, Phrase{}
	switch {
	case now.After(info.NotAfter):
		status, hint = CheckFail, say(SayHintCertExpired)
		parts = append(parts, say(SayExpiredOn, Day(info.NotAfter.UTC())))
	case now.Before(info.NotBefore):
		status, hint = CheckFail, say(SayHintCertExpired)
		parts = append(parts, say(SayNotValidBefore, Day(info.NotBefore.UTC())))
	case info.NotAfter.Sub(now) < certSoon:
		status, hint = CheckWarn, say(SayHintCertExpired)
		parts = append(parts, say(SayValidUntil, Day(info.NotAfter.UTC())), say(SayExpiresSoon))
	default:
		parts = append(parts, say(SayValidUntil, Day(info.NotAfter.UTC())))
	}
	if info.SelfSigned && d.c.opts.AuthMethod == AuthMethodTLS && status == CheckOK {
		status = CheckWarn
		parts = append(parts, say(SaySelfSignedTLS))
	}
	if d.c.opts.ClientKey != nil {
		if material, err := d.c.readKey(d.ctx); err == nil {
			if k, err := ParseClientKey([]byte(material), ""); err == nil && !samePublic(k.Private.Public(), cert.PublicKey) {
				status, hint = CheckFail, say(SayHintCertKey)
				parts = append(parts, say(SayKeyNotCerts))
			}
		}
	}
	ch := d.add(id, status, parts...)
	if !hint.IsZero() {
		ch.hint(hint)
	}
}

// explainInvalidClient rewrites the hint of a credentials failure with
// invalid_client in terms of the assertion or the certificate checked
// above, when the provider said nothing that picks a more specific reason.
func (d *diagnosis) explainInvalidClient() {
	for i := range d.checks {
		ch := &d.checks[i]
		if ch.ID != "credentials" || ch.Status != CheckFail || ch.Code != CodeInvalidClient {
			continue
		}
		switch ch.Reason {
		case "", CodeAssertionRefused, CodeSecretAssertionRefused, CodeCertRefused, CodeSelfSignedCertRefused:
		default:
			continue // the provider's answer says which: its own hint stands
		}
		switch m := d.c.opts.AuthMethod; {
		case IsAssertionMethod(m):
			ch.hint(say(SayHintAssertionClient))
		case isTLSMethod(m):
			ch.hint(say(SayHintCertClient))
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
