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
	if !ok || (!m.res.tokFresh && m.res.tokErr == nil) {
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
