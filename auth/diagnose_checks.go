package auth

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// The checks of Diagnose, in the order they run.

func (d *diagnosis) profile() {
	o := d.c.opts
	var warns []Phrase
	for _, u := range []string{o.Issuer, o.TokenURL} {
		if p, err := url.Parse(u); err == nil && p.Scheme == "http" && !isLoopback(p.Hostname()) {
			warns = append(warns, say(SayPlainHTTP, u))
		}
	}
	if len(o.Scopes) == 0 {
		warns = append(warns, say(SayNoScopesAsked))
	}
	if o.Secret == nil && o.AuthMethod != AuthMethodPrivateKeyJWT && !isTLSMethod(o.AuthMethod) { // those prove the client with a key
		ch := d.add("profile", CheckFail, say(SayNoSecret))
		e := ExplainCode(CodeNoSecret)
		ch.Code, ch.Cause, ch.Hint = e.Code, e.Cause, e.Hint
		return
	}
	detail := say(SayClient, o.ClientID, o.AuthMethod, strings.Join(o.Scopes, " "))
	if len(warns) > 0 {
		d.add("profile", CheckWarn, append([]Phrase{detail}, warns...)...)
		return
	}
	d.add("profile", CheckOK, detail)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// reachability resolves, connects to and (for https) shakes hands with the
// provider's host, unless a proxy stands in between.
func (d *diagnosis) reachability() {
	target := d.c.opts.Issuer
	if target == "" {
		target = d.c.opts.TokenURL
	}
	u, err := url.Parse(target)
	if err != nil {
		d.fail("reachability", say(SayBadURL), err)
		return
	}
	req := &http.Request{URL: u}
	if proxy, _ := http.ProxyFromEnvironment(req); proxy != nil {
		d.add("reachability", CheckSkipped, say(SayProxy, proxy.Redacted()))
		return
	}
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = map[string]string{"https": "443", "http": "80"}[u.Scheme]
	}
	ctx, cancel := context.WithTimeout(d.ctx, 10*time.Second)
	defer cancel()
	var steps []Phrase
	if net.ParseIP(host) == nil {
		addrs, err := net.DefaultResolver.LookupHost(ctx, host)
		if err != nil {
			d.fail("reachability", say(SayDNSFailed, host), err)
			return
		}
		steps = append(steps, say(SayDNS, host, strings.Join(addrs[:min(len(addrs), 3)], ", ")))
	}
	t0 := time.Now()
	conn, err := (&net.Dialer{}).DialContext(ctx, "tcp", net.JoinHostPort(host, port))
	if err != nil {
		d.fail("reachability", say(SayConnect, net.JoinHostPort(host, port)), err)
		return
	}
	defer conn.Close()
	steps = append(steps, say(SayTCP, net.JoinHostPort(host, port), Millis(time.Since(t0))))
	if u.Scheme == "https" {
		cfg := d.tlsConfig()
		cfg.ServerName = host
		tc := tls.Client(conn, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			d.fail("reachability", say(SayTLSFailed, host), err)
			return
		}
		st := tc.ConnectionState()
		certs := st.PeerCertificates
		s := say(SayTLS, tls.VersionName(st.Version))
		if len(certs) > 0 {
			s = say(SayTLSCert, tls.VersionName(st.Version), certs[0].Subject.CommonName, certs[0].Issuer.CommonName, Day(certs[0].NotAfter))
		}
		steps = append(steps, s)
	}
	d.add("reachability", CheckOK, steps...)
}

// tlsConfig is the TLS configuration of the profile's HTTP transport.
func (d *diagnosis) tlsConfig() *tls.Config {
	if hc := d.c.opts.HTTPClient; hc != nil {
		rt := hc.Transport
		for { // through wrappers (a logging one, say) that give what they wrap
			u, ok := rt.(interface{ Unwrap() http.RoundTripper })
			if !ok {
				break
			}
			rt = u.Unwrap()
		}
		if tr, ok := rt.(*http.Transport); ok && tr.TLSClientConfig != nil {
			return tr.TLSClientConfig.Clone()
		}
	}
	return &tls.Config{MinVersion: tls.VersionTLS12}
}

func (d *diagnosis) discovery() *Metadata {
	o := d.c.opts
	if o.Issuer == "" {
		d.add("discovery", CheckSkipped, say(SayNoIssuer))
		return nil
	}
	md, err := d.c.discover(d.ctx, true)
	if err != nil {
		d.fail("discovery", say(SayDiscoveryFailed), err)
		for _, id := range []string{"auth_method", "grant_type", "scopes_supported"} {
			d.add(id, CheckSkipped, say(SayNeedsDiscovery))
		}
		return nil
	}
	detail := say(SayDiscovered, md.URL, md.TokenEndpoint, md.JWKSURI)
	if md.TokenEndpoint == "" && o.TokenURL == "" {
		ch := d.add("discovery", CheckFail, detail, say(SayNoTokenEndpoint))
		ch.Code = CodeDiscovery
		ch.hint(say(SayHintTokenURL))
	} else {
		d.add("discovery", CheckOK, detail)
	}

	methods := md.TokenEndpointAuthMethodsSupported
	switch {
	case contains(methods, o.AuthMethod):
		d.add("auth_method", CheckOK, say(SaySupported, o.AuthMethod))
	case len(methods) == 0 && o.AuthMethod == AuthMethodBasic:
		d.add("auth_method", CheckOK, say(SayBasicDefault))
	case len(methods) == 0:
		d.add("auth_method", CheckWarn, say(SayMethodsUnknown), say(SayMayNotWork, o.AuthMethod))
	default:
		ch := d.add("auth_method", CheckFail, say(SayNotSupported, o.AuthMethod, strings.Join(methods, ", ")))
		ch.Code = CodeInvalidClient
		ch.hint(say(SayHintAuthMethod))
	}

	grants := md.GrantTypesSupported
	switch {
	case contains(grants, "client_credentials"):
		d.add("grant_type", CheckOK, say(SaySupported, "client_credentials"))
	case len(grants) == 0:
		d.add("grant_type", CheckWarn, say(SayGrantsUnknown))
	default:
		ch := d.add("grant_type", CheckFail, say(SayNotSupported, "client_credentials", strings.Join(grants, ", ")))
		e := ExplainCode(CodeUnsupportedGrantType)
		ch.Code, ch.Cause, ch.Hint = e.Code, e.Cause, e.Hint
	}

	switch {
	case len(o.Scopes) == 0:
		d.add("scopes_supported", CheckSkipped, say(SayNoScopes))
	case len(md.ScopesSupported) == 0:
		d.add("scopes_supported", CheckSkipped, say(SayScopesUnknown))
	default:
		var missing []string
		for _, s := range o.Scopes {
			if !contains(md.ScopesSupported, s) {
				missing = append(missing, s)
			}
		}
		if len(missing) == 0 {
			d.add("scopes_supported", CheckOK, say(SayScopesAdvertised))
		} else {
			d.add("scopes_supported", CheckWarn, say(SayScopesHidden, strings.Join(missing, " ")))
		}
	}
	return md
}

// credentials reports the cached token while it is valid (no request),
// otherwise makes ONE token request; either way it says how this secret
// was proven: by which request, to which endpoint, when. A token cached
// for other credentials is never taken as proof (the cache is keyed by
// them), and a request held back after a failure fails the check.
func (d *diagnosis) credentials(fresh, haveEndpoint bool) *Token {
	const id = "credentials"
	if !haveEndpoint {
		d.add(id, CheckSkipped, say(SayNeedsEndpoint))
		return nil
	}
	now := d.c.now()
	if !fresh {
		if t, ok := d.c.Cached(); ok && t.usable(now, d.c.margin) {
			d.add(id, CheckOK, say(SayCachedToken, Span(now.Sub(t.ObtainedAt)), Span(t.Expiry.Sub(now))), d.proof(t), say(SayNoNewToken))
			return t
		}
	}
	get := d.c.Token
	if fresh {
		get = d.c.Renew
	}
	t0 := time.Now()
	t, err := get(d.ctx)
	if err != nil {
		d.fail(id, say(SayRequestFailed), err)
		return nil
	}
	if t.FromCache {
		detail := []Phrase{say(SayCachedValid, Span(t.Expiry.Sub(now)))}
		if !t.ObtainedAt.Before(d.since) {
			detail = []Phrase{say(SayMeanwhile), say(SayValidFor, Span(t.Expiry.Sub(now)))}
		}
		d.add(id, CheckOK, append(detail, d.proof(t))...)
		return t
	}
	detail := []Phrase{say(SayIssued, Millis(time.Since(t0)), Span(t.Lifetime())), d.proof(t)}
	if t.Note != "" {
		d.add(id, CheckWarn, append(detail, t.NoteParts()...)...)
	} else {
		d.add(id, CheckOK, detail...)
	}
	return t
}

// proof says which request proved this secret: the cache holds a token
// only under the credentials (secret included) that obtained it.
func (d *diagnosis) proof(t *Token) Phrase {
	by := t.ObtainedBy
	if by == "" {
		by = d.c.opts.Profile
	}
	if t.SharedFrom(d.c.opts.Profile) != "" {
		return say(SayProofShared, t.TokenURL, Clock(t.ObtainedAt), by)
	}
	return say(SayProof, t.TokenURL, Clock(t.ObtainedAt), by)
}

func (d *diagnosis) scopesGranted(t *Token) {
	const id = "scopes_granted"
	asked := d.c.opts.Scopes
	switch {
	case t == nil:
		d.add(id, CheckSkipped, say(SayNoToken))
		return
	case len(asked) == 0:
		d.add(id, CheckSkipped, say(SayNoScopes), say(SayGrantedColon, strings.Join(t.Scopes, " ")))
		return
	case t.ScopesFrom == ScopesAssumed:
		d.add(id, CheckWarn, say(SayScopesAssumed), say(SayTakenAsAsked, strings.Join(t.Scopes, " ")))
		return
	}
	missing := t.Missing
	if t.ScopesFrom == "" { // a token cached before granted scopes were tracked
		for _, s := range asked {
			if !contains(t.Scopes, s) {
				missing = append(missing, s)
			}
		}
	}
	if len(missing) > 0 {
		ch := d.add(id, CheckFail, say(SayAskedGranted, strings.Join(asked, " "), strings.Join(t.Scopes, " ")), say(SayMissing, strings.Join(missing, " ")))
		e := ExplainCode(CodeInvalidScope)
		ch.Code, ch.Cause, ch.Hint = e.Code, e.Cause, e.Hint
		return
	}
	d.add(id, CheckOK, say(SayGranted, strings.Join(t.Scopes, " ")))
}

// Clock skew thresholds: up to ClockOK is fine, up to ClockWarn a warning.
const (
	ClockOK   = 30 * time.Second
	ClockWarn = 5 * time.Minute
)

// ClockSkew compares a response's Date header with the local time at which
// it arrived; positive means the local clock is ahead. ok is false without
// a usable Date.
func ClockSkew(h http.Header, localAt time.Time) (skew time.Duration, ok bool) {
	date, err := http.ParseTime(h.Get("Date"))
	if err != nil {
		return 0, false
	}
	return localAt.Sub(date).Truncate(time.Second), true
}

func (d *diagnosis) clock(t *Token) {
	const id = "clock"
	var ex *Exchange
	traces := d.exchanges()
	for i := len(traces) - 1; i >= 0; i-- {
		if traces[i].Status != 0 && traces[i].ResponseHeaders.Get("Date") != "" {
			ex = &traces[i]
			break
		}
	}
	var findings []Phrase
	status := CheckOK
	worst := func(s CheckStatus) {
		if s > status {
			status = s
		}
	}
	if ex != nil {
		skew, _ := ClockSkew(ex.ResponseHeaders, ex.Start.Add(ex.Duration/2))
		abs := skew
		if abs < 0 {
			abs = -abs
		}
		switch {
		case abs < time.Second:
			findings = append(findings, say(SayDateAgrees))
		case abs <= ClockOK:
			findings = append(findings, say(SayDateDiffers, Span(abs)))
		case abs <= ClockWarn:
			worst(CheckWarn)
			findings = append(findings, (&ClockSkewError{Skew: skew, Source: "Date header"}).Phrase())
		default:
			worst(CheckFail)
			findings = append(findings, (&ClockSkewError{Skew: skew, Source: "Date header"}).Phrase())
		}
	}
	if t != nil {
		if j, err := Decode(t.Raw); err == nil {
			if iat, ok := j.Time("iat"); ok && iat.After(d.c.now().Add(NotBeforeTolerance)) {
				worst(CheckFail)
				findings = append(findings, say(SayInTheFuture, (&ClockSkewError{Skew: d.c.now().Sub(iat), Source: "iat claim"}).Phrase()))
			}
		}
	}
	if len(findings) == 0 {
		d.add(id, CheckSkipped, say(SayNoAnswer))
		return
	}
	ch := d.add(id, status, findings...)
	if status != CheckOK {
		e := ExplainCode(CodeClockSkew)
		ch.Code, ch.Cause, ch.Hint = e.Code, e.Cause, e.Hint
	}
}

func (d *diagnosis) signature(t *Token) {
	const id = "signature"
	if t == nil {
		d.add(id, CheckSkipped, say(SayNoToken))
		return
	}
	v := d.c.Verify(d.ctx, t.Raw)
	switch {
	case v.Status == Verified:
		d.add(id, CheckOK, v.Reasons...)
	case v.Status == Failed:
		ch := d.add(id, CheckFail, v.Reasons...)
		ch.Code = CodeInvalidToken
		ch.hint(say(SayHintJWKS))
	case v.Err != nil && !errors.Is(v.Err, ErrMalformed):
		ch := d.add(id, CheckFail, v.Reasons...)
		e := Explain(v.Err)
		ch.Code, ch.Cause, ch.Hint = e.Code, e.Cause, e.Hint
	default:
		d.add(id, CheckWarn, v.Reasons...)
	}
}

// ms formats a short duration as milliseconds: "0.3ms", "120ms".
func ms(d time.Duration) string {
	if d < 10*time.Millisecond {
		return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
	}
	return d.Round(time.Millisecond).String()
}
