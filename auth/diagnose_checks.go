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
	var warns []string
	for _, u := range []string{o.Issuer, o.TokenURL} {
		if p, err := url.Parse(u); err == nil && p.Scheme == "http" && !isLoopback(p.Hostname()) {
			warns = append(warns, fmt.Sprintf("%s is plain http: the secret and tokens cross the network unencrypted", u))
		}
	}
	if len(o.Scopes) == 0 {
		warns = append(warns, "no scopes are asked for: the provider grants its defaults, often none")
	}
	if o.Secret == nil && o.AuthMethod != AuthMethodPrivateKeyJWT && !isTLSMethod(o.AuthMethod) { // those prove the client with a key
		ch := d.add("profile", "Profile", CheckFail, "the profile has no client_secret")
		e := ExplainCode(CodeNoSecret)
		ch.Code, ch.Cause, ch.Hint = e.Code, e.Cause, e.Hint
		return
	}
	detail := fmt.Sprintf("client %q, %s, scopes [%s]", o.ClientID, o.AuthMethod, strings.Join(o.Scopes, " "))
	if len(warns) > 0 {
		d.add("profile", "Profile", CheckWarn, detail+"; "+strings.Join(warns, "; "))
		return
	}
	d.add("profile", "Profile", CheckOK, detail)
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
		d.fail("reachability", "Reachability", "bad URL", err)
		return
	}
	req := &http.Request{URL: u}
	if proxy, _ := http.ProxyFromEnvironment(req); proxy != nil {
		d.add("reachability", "Reachability", CheckSkipped, fmt.Sprintf("through the proxy %s: direct DNS/TCP/TLS checks skipped", proxy.Redacted()))
		return
	}
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = map[string]string{"https": "443", "http": "80"}[u.Scheme]
	}
	ctx, cancel := context.WithTimeout(d.ctx, 10*time.Second)
	defer cancel()
	var steps []string
	if net.ParseIP(host) == nil {
		addrs, err := net.DefaultResolver.LookupHost(ctx, host)
		if err != nil {
			d.fail("reachability", "Reachability", "DNS lookup of "+host+" failed", err)
			return
		}
		steps = append(steps, fmt.Sprintf("DNS %s → %s", host, strings.Join(addrs[:min(len(addrs), 3)], ", ")))
	}
	t0 := time.Now()
	conn, err := (&net.Dialer{}).DialContext(ctx, "tcp", net.JoinHostPort(host, port))
	if err != nil {
		d.fail("reachability", "Reachability", "cannot connect to "+net.JoinHostPort(host, port), err)
		return
	}
	defer conn.Close()
	steps = append(steps, fmt.Sprintf("TCP %s in %s", net.JoinHostPort(host, port), ms(time.Since(t0))))
	if u.Scheme == "https" {
		cfg := d.tlsConfig()
		cfg.ServerName = host
		tc := tls.Client(conn, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			d.fail("reachability", "Reachability", "TLS handshake with "+host+" failed", err)
			return
		}
		st := tc.ConnectionState()
		certs := st.PeerCertificates
		s := "TLS " + tls.VersionName(st.Version)
		if len(certs) > 0 {
			s += fmt.Sprintf(", certificate for %s by %s, valid until %s", certs[0].Subject.CommonName, certs[0].Issuer.CommonName, certs[0].NotAfter.Format("2006-01-02"))
		}
		steps = append(steps, s)
	}
	d.add("reachability", "Reachability", CheckOK, strings.Join(steps, "; "))
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
		d.add("discovery", "Discovery", CheckSkipped, "no issuer: the token URL is used directly")
		return nil
	}
	md, err := d.c.discover(d.ctx, true)
	if err != nil {
		d.fail("discovery", "Discovery", "cannot use the discovery document", err)
		for _, id := range []string{"auth_method", "grant_type", "scopes_supported"} {
			d.add(id, titleOf(id), CheckSkipped, "needs the discovery document")
		}
		return nil
	}
	detail := fmt.Sprintf("%s: issuer matches; token_endpoint %s; jwks_uri %s", md.URL, md.TokenEndpoint, md.JWKSURI)
	if md.TokenEndpoint == "" && o.TokenURL == "" {
		ch := d.add("discovery", "Discovery", CheckFail, detail+"; no token_endpoint")
		ch.Code, ch.Hint = CodeDiscovery, "set token_url in the profile"
	} else {
		d.add("discovery", "Discovery", CheckOK, detail)
	}

	methods := md.TokenEndpointAuthMethodsSupported
	switch {
	case contains(methods, o.AuthMethod):
		d.add("auth_method", titleOf("auth_method"), CheckOK, o.AuthMethod+" is supported")
	case len(methods) == 0 && o.AuthMethod == AuthMethodBasic:
		d.add("auth_method", titleOf("auth_method"), CheckOK, "not advertised; client_secret_basic is the default (RFC 8414)")
	case len(methods) == 0:
		d.add("auth_method", titleOf("auth_method"), CheckWarn, "the provider does not advertise its auth methods; "+o.AuthMethod+" may not work")
	default:
		ch := d.add("auth_method", titleOf("auth_method"), CheckFail, fmt.Sprintf("%s is not supported (supported: %s)", o.AuthMethod, strings.Join(methods, ", ")))
		ch.Code, ch.Hint = CodeInvalidClient, "set auth_method in the profile to one the provider supports"
	}

	grants := md.GrantTypesSupported
	switch {
	case contains(grants, "client_credentials"):
		d.add("grant_type", titleOf("grant_type"), CheckOK, "client_credentials is supported")
	case len(grants) == 0:
		d.add("grant_type", titleOf("grant_type"), CheckWarn, "grant_types_supported is not advertised (RFC 8414's default does not include client_credentials)")
	default:
		ch := d.add("grant_type", titleOf("grant_type"), CheckFail, "client_credentials is not supported (supported: "+strings.Join(grants, ", ")+")")
		e := ExplainCode(CodeUnsupportedGrantType)
		ch.Code, ch.Cause, ch.Hint = e.Code, e.Cause, e.Hint
	}

	switch {
	case len(o.Scopes) == 0:
		d.add("scopes_supported", titleOf("scopes_supported"), CheckSkipped, "no scopes asked for")
	case len(md.ScopesSupported) == 0:
		d.add("scopes_supported", titleOf("scopes_supported"), CheckSkipped, "scopes_supported is not advertised")
	default:
		var missing []string
		for _, s := range o.Scopes {
			if !contains(md.ScopesSupported, s) {
				missing = append(missing, s)
			}
		}
		if len(missing) == 0 {
			d.add("scopes_supported", titleOf("scopes_supported"), CheckOK, "every scope asked for is advertised")
		} else {
			d.add("scopes_supported", titleOf("scopes_supported"), CheckWarn, fmt.Sprintf("not advertised: %s (providers may hide some scopes; invalid_scope would confirm it)", strings.Join(missing, " ")))
		}
	}
	return md
}

func titleOf(id string) string {
	return map[string]string{
		"auth_method": "Auth method", "grant_type": "Grant type", "scopes_supported": "Scopes supported",
		"credentials": "Credentials", "scopes_granted": "Scopes granted", "clock": "Clock", "signature": "Signature",
	}[id]
}

// credentials reports the cached token while it is valid (no request),
// otherwise makes ONE token request; either way it says how this secret
// was proven: by which request, to which endpoint, when. A token cached
// for other credentials is never taken as proof (the cache is keyed by
// them), and a request held back after a failure fails the check.
func (d *diagnosis) credentials(fresh, haveEndpoint bool) *Token {
	const id = "credentials"
	if !haveEndpoint {
		d.add(id, titleOf(id), CheckSkipped, "needs the token endpoint")
		return nil
	}
	now := d.c.now()
	if !fresh {
		if t, ok := d.c.Cached(); ok && t.usable(now, d.c.margin) {
			d.add(id, titleOf(id), CheckOK, fmt.Sprintf("a cached token, obtained %s ago, is valid for another %s; %s; no new token was requested (use --fresh to test the credentials now)",
				Human(now.Sub(t.ObtainedAt)), Human(t.Expiry.Sub(now)), d.proof(t)))
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
		d.fail(id, titleOf(id), "the token request failed", err)
		return nil
	}
	if t.FromCache {
		detail := fmt.Sprintf("a cached token is valid for another %s", Human(t.Expiry.Sub(now)))
		if !t.ObtainedAt.Before(d.since) {
			detail = fmt.Sprintf("another process got a token meanwhile; valid for another %s", Human(t.Expiry.Sub(now)))
		}
		d.add(id, titleOf(id), CheckOK, detail+"; "+d.proof(t))
		return t
	}
	detail := fmt.Sprintf("a token was issued in %s, valid for %s; %s", ms(time.Since(t0)), Human(t.Lifetime()), d.proof(t))
	if t.Note != "" {
		d.add(id, titleOf(id), CheckWarn, detail+"; "+t.Note)
	} else {
		d.add(id, titleOf(id), CheckOK, detail)
	}
	return t
}

// proof says which request proved this secret: the cache holds a token
// only under the credentials (secret included) that obtained it.
func (d *diagnosis) proof(t *Token) string {
	by := t.ObtainedBy
	if by == "" {
		by = d.c.opts.Profile
	}
	s := fmt.Sprintf("this secret was accepted by %s at %s (token request of profile %q", t.TokenURL, t.ObtainedAt.Format("15:04:05"), by)
	if t.SharedFrom(d.c.opts.Profile) != "" {
		s += ", same credentials"
	}
	return s + ")"
}

func (d *diagnosis) scopesGranted(t *Token) {
	const id = "scopes_granted"
	asked := d.c.opts.Scopes
	switch {
	case t == nil:
		d.add(id, titleOf(id), CheckSkipped, "no token")
		return
	case len(asked) == 0:
		d.add(id, titleOf(id), CheckSkipped, "no scopes asked for; granted: ["+strings.Join(t.Scopes, " ")+"]")
		return
	case t.ScopesFrom == ScopesAssumed:
		d.add(id, titleOf(id), CheckWarn, "the provider did not say which scopes it granted (no scope in the response or the token); taken as those asked for: ["+strings.Join(t.Scopes, " ")+"]")
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
		ch := d.add(id, titleOf(id), CheckFail, fmt.Sprintf("asked [%s], granted [%s]; missing: %s", strings.Join(asked, " "), strings.Join(t.Scopes, " "), strings.Join(missing, " ")))
		e := ExplainCode(CodeInvalidScope)
		ch.Code, ch.Cause, ch.Hint = e.Code, e.Cause, e.Hint
		return
	}
	d.add(id, titleOf(id), CheckOK, "granted ["+strings.Join(t.Scopes, " ")+"]")
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
	var findings []string
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
			findings = append(findings, "the provider's Date agrees with this machine's clock (to the second)")
		case abs <= ClockOK:
			findings = append(findings, fmt.Sprintf("the provider's Date differs from this machine's clock by %s", Human(abs)))
		case abs <= ClockWarn:
			worst(CheckWarn)
			findings = append(findings, (&ClockSkewError{Skew: skew, Source: "Date header"}).Error())
		default:
			worst(CheckFail)
			findings = append(findings, (&ClockSkewError{Skew: skew, Source: "Date header"}).Error())
		}
	}
	if t != nil {
		if j, err := Decode(t.Raw); err == nil {
			if iat, ok := j.Time("iat"); ok && iat.After(d.c.now().Add(NotBeforeTolerance)) {
				worst(CheckFail)
				findings = append(findings, (&ClockSkewError{Skew: d.c.now().Sub(iat), Source: "iat claim"}).Error()+": the token says it was issued in the future")
			}
		}
	}
	if len(findings) == 0 {
		d.add(id, titleOf(id), CheckSkipped, "no answer from the provider to compare with")
		return
	}
	ch := d.add(id, titleOf(id), status, strings.Join(findings, "; "))
	if status != CheckOK {
		e := ExplainCode(CodeClockSkew)
		ch.Code, ch.Cause, ch.Hint = e.Code, e.Cause, e.Hint
	}
}

func (d *diagnosis) signature(t *Token) {
	const id = "signature"
	if t == nil {
		d.add(id, titleOf(id), CheckSkipped, "no token")
		return
	}
	v := d.c.Verify(d.ctx, t.Raw)
	switch {
	case v.Status == Verified:
		d.add(id, titleOf(id), CheckOK, v.Reason)
	case v.Status == Failed:
		ch := d.add(id, titleOf(id), CheckFail, v.Reason)
		ch.Code, ch.Hint = CodeInvalidToken, "check jwks_url / the issuer: the token must be verifiable with the provider's published keys"
	case v.Err != nil && !errors.Is(v.Err, ErrMalformed):
		ch := d.add(id, titleOf(id), CheckFail, v.Reason)
		e := Explain(v.Err)
		ch.Code, ch.Cause, ch.Hint = e.Code, e.Cause, e.Hint
	default:
		d.add(id, titleOf(id), CheckWarn, v.Reason)
	}
}

// ms formats a short duration as milliseconds: "0.3ms", "120ms".
func ms(d time.Duration) string {
	if d < 10*time.Millisecond {
		return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
	}
	return d.Round(time.Millisecond).String()
}
