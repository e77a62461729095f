package flow

// Step 2 for clients that authenticate without a secret on the wire: the
// client assertion decoded and explained, or the TLS client certificate.

import (
	"fmt"
	"time"

	"tokentui/auth"
	"tokentui/text/i18n"
)

// assertionSource and certSource are what *auth.Client tells about the
// last assertion signed and the certificate read (not part of Client, so
// that fakes need not implement them).
type (
	assertionSource interface {
		LastAssertion() (auth.Assertion, bool)
	}
	certSource interface{ LastCert() (auth.CertInfo, bool) }
)

// explainKey is what the step's intro says; the token request's depends on
// how the client authenticates (a secret, an assertion, a certificate).
func (m Model) explainKey() i18n.Key {
	if m.step == StepTokenRequest && m.opts.Source.Client != nil {
		switch method := m.opts.Source.Client.Options().AuthMethod; {
		case auth.IsAssertionMethod(method):
			return i18n.FlowTokenRequestAssertion
		case auth.IsTLSMethod(method):
			return i18n.FlowTokenRequestTLS
		}
	}
	return stepInfos[m.step].Explain
}

// signedForShown reports whether assertion a was signed for the token
// request on screen: one sent now, or the one this session recorded (an
// assertion is signed just before its request is sent), not for a token
// read from the cache of an earlier run.
func (m Model) signedForShown(a auth.Assertion) bool {
	r := m.res
	if r.tokFresh || r.tokErr != nil {
		return true
	}
	if r.tokTrace == nil {
		return false
	}
	d := r.tokTrace.Start.Sub(a.IssuedAt)
	return d >= -2*time.Second && d <= auth.AssertionLifetime
}

// clientAuthLines explains how the client authenticated, for the methods
// without a shared secret; nothing for the others.
func (m Model) clientAuthLines(d *doc) {
	method := m.opts.Source.Client.Options().AuthMethod
	switch {
	case auth.IsAssertionMethod(method):
		m.assertionLines(d, method)
	case auth.IsTLSMethod(method):
		m.certLines(d, method)
	}
}

func (m Model) assertionLines(d *doc, method string) {
	s := d.s
	d.blank()
	d.title(m.t(i18n.FlowAssertionTitle, method))
	d.words(s.Muted, 2, m.t(i18n.FlowAssertionExplain))
	d.blank()
	src, ok := m.opts.Source.Client.(assertionSource)
	var a auth.Assertion
	if ok {
		a, ok = src.LastAssertion()
	}
	if !ok || !m.signedForShown(a) {
		d.words(s.Warn, 2, m.t(i18n.FlowAssertionNone))
		return
	}
	explain := map[string]string{
		"alg": m.t(i18n.FlowAssertionAlg), "kid": m.t(i18n.FlowAssertionKid), "typ": m.t(i18n.FlowAssertionTyp),
		"iss": m.t(i18n.FlowAssertionIss), "sub": m.t(i18n.FlowAssertionSub), "aud": m.t(i18n.FlowAssertionAud),
		"jti": m.t(i18n.FlowAssertionJti),
		"iat": m.t(i18n.FlowAssertionIat, i18n.Timestamp(m.Lang, a.IssuedAt)),
		"exp": m.t(i18n.FlowAssertionExp, i18n.Timestamp(m.Lang, a.Expiry), i18n.Span(m.Lang, a.Expiry.Sub(a.IssuedAt))),
	}
	for _, part := range []struct {
		title  i18n.Key
		fields map[string]any
		order  []string
	}{
		{i18n.FlowAssertionHeader, a.Header, []string{"alg", "typ", "kid"}},
		{i18n.FlowAssertionClaims, a.Claims, []string{"iss", "sub", "aud", "jti", "iat", "exp"}},
	} {
		d.text(s.Label, 2, m.t(part.title))
		for _, k := range auth.OrderedKeys(part.fields, part.order) {
			d.text(s.Value, 4, fmt.Sprintf("%s: %s", k, jsonValue(part.fields[k])))
			if e := explain[k]; e != "" {
				d.words(s.Muted, 8, e)
			}
		}
	}
	if a.Thumbprint != "" {
		d.text(s.Muted, 2, m.t(i18n.FlowAssertionThumb, a.Thumbprint))
	}
}

func (m Model) certLines(d *doc, method string) {
	s := d.s
	d.blank()
	d.title(m.t(i18n.FlowCertTitle, method))
	d.words(s.Muted, 2, m.t(i18n.FlowCertExplain))
	d.blank()
	src, ok := m.opts.Source.Client.(certSource)
	var c auth.CertInfo
	if ok {
		c, ok = src.LastCert()
	}
	if !ok {
		d.words(s.Warn, 2, m.t(i18n.FlowCertNone))
		return
	}
	d.text(s.Value, 2, m.t(i18n.FlowCertSubject, c.Subject))
	d.text(s.Value, 2, m.t(i18n.FlowCertIssuer, c.Issuer))
	d.text(s.Value, 2, m.t(i18n.FlowCertThumb, c.Thumbprint))
	expiry := s.Value
	if c.NotAfter.Before(m.now.Add(30 * 24 * time.Hour)) {
		expiry = s.Warn
	}
	d.text(expiry, 2, m.t(i18n.FlowCertExpiry, i18n.Timestamp(m.Lang, c.NotAfter)+" ("+i18n.Relative(m.Lang, c.NotAfter, m.now)+")"))
	if c.SelfSigned {
		d.words(s.Muted, 2, m.t(i18n.FlowCertSelfSigned))
	} else {
		d.words(s.Muted, 2, m.t(i18n.FlowCertCAIssued))
	}
	d.blank()
	d.words(s.Muted, 2, m.t(i18n.FlowCertBoundExplain))
}
