package flow

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"tokentui/auth"
	"tokentui/ui/common"
	"tokentui/ui/inert"
)

// content renders the body of the step on screen, width w.
func (m Model) content(w int) string {
	d := &doc{s: m.Styles, w: max(w, 20)}
	if m.opts.Source.Client == nil {
		d.words(d.s.Warn, 0, "This profile cannot run the flow yet.")
		if m.opts.Problem != "" {
			d.blank()
			d.words(d.s.Value, 0, m.opts.Problem)
		}
		return d.String()
	}
	switch m.step {
	case StepDiscovery:
		m.discoveryLines(d)
	case StepTokenRequest:
		m.requestLines(d)
	case StepTokenResponse:
		m.responseLines(d)
	case StepJWT:
		m.jwtLines(d)
	case StepSignature:
		m.signatureLines(d)
	case StepAPI:
		m.apiLines(d)
	}
	return d.String()
}

func (m Model) runningLine(d *doc, what string) {
	if m.stopped {
		d.line(d.s.Warn.Render("Cancelled. ") + d.s.Muted.Render("Press r to start again."))
		return
	}
	d.line(d.s.Muted.Render("… running: " + what))
}

func (m Model) discoveryLines(d *doc) {
	s, r := d.s, m.res
	o := m.opts.Source.Client.Options()
	if o.Issuer == "" {
		d.words(s.Warn, 0, "This profile has no issuer, so there is no discovery: it names its endpoints itself.")
		d.blank()
		d.text(s.Value, 2, "token_url: "+o.TokenURL)
		jwks := o.JWKSURL
		if jwks == "" {
			jwks = "(none: signatures cannot be checked)"
		}
		d.text(s.Value, 2, "jwks_url:  "+jwks)
		return
	}
	target := strings.TrimRight(o.Issuer, "/") + "/.well-known/openid-configuration"
	if r.md != nil && r.md.URL != "" {
		target = r.md.URL
	}
	line, host := requestLine("GET", target)
	d.title("Request")
	d.text(s.Value, 2, line)
	d.text(s.Value, 2, "Host: "+host)
	d.blank()
	switch {
	case !r.mdDone:
		m.runningLine(d, "reading the discovery document…")
		return
	case r.mdErr != nil:
		d.errorBox(r.mdErr)
		return
	}
	md := r.md
	if md.FromCache {
		d.title("Answer")
		d.words(s.Muted, 2, "From the cache (read "+common.Relative(md.FetchedAt, m.now)+", kept until "+
			common.LocalTime(md.ExpiresAt, m.now)+"): no request this time.")
	} else {
		status := "200 OK"
		if r.mdTrace != nil {
			status = fmt.Sprintf("%s in %s", r.mdTrace.StatusText, took(r.mdTrace.Duration))
		}
		d.line(s.Title.Render("Answer") + "  " + s.Good.Render(inert.String(status)))
	}
	d.text(s.Muted, 2, "{")
	field := func(name string, v any) { d.text(s.Value, 4, fmt.Sprintf("%q: %s,", name, jsonValue(v))) }
	field("issuer", md.Issuer)
	field("token_endpoint", md.TokenEndpoint)
	field("jwks_uri", md.JWKSURI)
	field("token_endpoint_auth_methods_supported", md.TokenEndpointAuthMethodsSupported)
	field("grant_types_supported", md.GrantTypesSupported)
	field("scopes_supported", md.ScopesSupported)
	d.text(s.Muted, 2, "  …")
	d.text(s.Muted, 2, "}")
	d.blank()
	method := o.AuthMethod
	if method == "" {
		method = auth.AuthMethodBasic
	}
	m.supportLine(d, "auth method "+method, method, md.TokenEndpointAuthMethodsSupported)
	m.supportLine(d, "grant client_credentials", "client_credentials", md.GrantTypesSupported)
	for _, sc := range o.Scopes {
		m.supportLine(d, "scope "+sc, sc, md.ScopesSupported)
	}
}

func (m Model) supportLine(d *doc, label, value string, list []string) {
	s := d.s
	switch {
	case len(list) == 0:
		d.words(s.Muted, 0, "– "+label+": not listed by the provider")
	case slices.Contains(list, value):
		d.words(s.Good, 0, "✓ "+label+": offered")
	default:
		d.words(s.Warn, 0, "! "+label+": not in the provider's list")
	}
}

// tokenOrigin says where the token of steps 2–3 came from.
func (m Model) tokenOrigin(d *doc) {
	s, r := d.s, m.res
	switch {
	case r.tokFresh && r.forced:
		d.words(s.Good, 0, "Sent just now: you asked for a new token.")
	case r.tokFresh:
		d.words(s.Good, 0, "Sent just now: no valid token was cached.")
	case r.tokTrace != nil:
		d.words(s.Warn, 0, fmt.Sprintf("No request this time: the token came from the cache. "+
			"This is the exchange recorded when it was obtained, %s:", common.Relative(r.tokTrace.Start, m.now)))
	default:
		d.words(s.Warn, 0, "No request this time: the token came from the cache, and no exchange was recorded in "+
			"this session. Below is what the request WOULD look like, built from the profile (secret masked).")
	}
	d.blank()
}

func (m Model) requestLines(d *doc) {
	s, r := d.s, m.res
	if !r.tokDone {
		m.runningLine(d, "getting the token (the cached one while it is valid)…")
		return
	}
	if r.tokErr != nil && r.tokTrace == nil {
		d.errorBox(r.tokErr)
		return
	}
	m.tokenOrigin(d)
	x := r.tokTrace
	if x == nil {
		x = m.wouldBeRequest()
	}
	d.title("Request")
	line, host := requestLine(x.Method, x.URL)
	d.text(s.Value, 2, line)
	d.text(s.Value, 2, "Host: "+host)
	for _, h := range headerLines(x.RequestHeaders) {
		if strings.HasPrefix(h, "Authorization: Basic") && x.BasicClientID != "" {
			d.line("  " + s.Value.Render("Authorization: Basic ****") +
				s.Muted.Render("  ← base64("+inert.String(cleanID(x.BasicClientID))+":****)"))
			continue
		}
		d.text(s.Value, 2, h)
	}
	d.blank()
	d.text(s.Value, 2, x.RequestBody)
	d.blank()
	d.title("The form, field by field")
	for _, f := range formFields(x.RequestBody) {
		d.text(s.Muted, 2, f)
	}
	if r.tokErr != nil {
		d.blank()
		d.errorBox(r.tokErr)
	}
}

func cleanID(id string) string { return strings.ReplaceAll(id, "\n", " ") }

// wouldBeRequest builds the token request the profile makes, secret masked,
// for a token that came from a cache filled by another process.
func (m Model) wouldBeRequest() *auth.Exchange {
	o := m.opts.Source.Client.Options()
	tokenURL := o.TokenURL
	if m.res.tok != nil && m.res.tok.TokenURL != "" {
		tokenURL = m.res.tok.TokenURL
	} else if tokenURL == "" && m.res.md != nil {
		tokenURL = m.res.md.TokenEndpoint
	}
	form := url.Values{"grant_type": {"client_credentials"}}
	if len(o.Scopes) > 0 {
		form.Set("scope", strings.Join(o.Scopes, " "))
	}
	for k, v := range o.Params {
		form.Set(k, v)
	}
	x := &auth.Exchange{Kind: auth.KindToken, Method: "POST", URL: tokenURL, RequestHeaders: map[string][]string{
		"Content-Type": {"application/x-www-form-urlencoded"},
	}}
	if o.AuthMethod == auth.AuthMethodPost {
		form.Set("client_id", o.ClientID)
		x.RequestBody = form.Encode() + "&client_secret=****"
	} else {
		x.RequestHeaders["Authorization"] = []string{"Basic ****"}
		x.BasicClientID = o.ClientID
		x.RequestBody = form.Encode()
	}
	return x
}

func (m Model) responseLines(d *doc) {
	s, r := d.s, m.res
	if !r.tokDone {
		m.runningLine(d, "getting the token…")
		return
	}
	if r.tokErr != nil && r.tokTrace == nil {
		d.errorBox(r.tokErr)
		return
	}
	if x := r.tokTrace; x != nil {
		if !r.tokFresh {
			d.words(s.Warn, 0, "No exchange this time: the token came from the cache. Recorded "+common.Relative(x.Start, m.now)+":")
			d.blank()
		}
		status := s.Good
		if x.Status/100 != 2 {
			status = s.Bad
		}
		d.line("  " + status.Render("HTTP/1.1 "+inert.String(x.StatusText)) + s.Muted.Render("   ("+took(x.Duration)+")"))
		m.responseHeaders(d, x.ResponseHeaders)
		d.blank()
		d.text(s.Value, 2, prettyTokenBody(x.ResponseBody))
	} else if t := r.tok; t != nil {
		d.words(s.Warn, 0, "No exchange this time and none recorded in this session: the token came from the cache. "+
			"What the cache remembers of the answer:")
		d.blank()
		d.text(s.Value, 2, "access_token: "+abbreviate(t.Raw))
		d.text(s.Value, 2, "token_type:   "+t.Type)
		d.text(s.Value, 2, "scope:        "+strings.Join(t.Scopes, " "))
		d.text(s.Value, 2, "obtained:     "+common.LocalTime(t.ObtainedAt, m.now)+" ("+common.Relative(t.ObtainedAt, m.now)+")")
	}
	if r.tokErr != nil {
		d.blank()
		d.errorBox(r.tokErr)
		return
	}
	if t := r.tok; t != nil {
		d.blank()
		left := t.Expiry.Sub(m.now)
		u := common.UrgencyOf(t.Expiry, m.now)
		if left > 0 {
			d.words(s.ForUrgency(u), 0, fmt.Sprintf("● Valid for %s more (until %s). Reuse this token until it expires: "+
				"%d token request(s) in the last hour.", common.Span(left), common.LocalTime(t.Expiry, m.now), r.requests))
		} else {
			d.words(s.Bad, 0, "● Expired "+common.Span(-left)+" ago.")
		}
		if t.Note != "" {
			d.words(s.Warn, 0, "! "+t.Note)
		}
	}
}

// responseHeaders shows the headers that matter to the flow and names the
// others, so that the body stays in view.
func (m Model) responseHeaders(d *doc, h http.Header) {
	var others []string
	for _, line := range headerLines(h) {
		name, _, _ := strings.Cut(line, ":")
		switch http.CanonicalHeaderKey(name) {
		case "Content-Type", "Cache-Control", "Pragma", "Retry-After", "Www-Authenticate":
			d.text(d.s.Muted, 2, line)
		default:
			if !slices.Contains(others, name) {
				others = append(others, name)
			}
		}
	}
	if len(others) > 0 {
		d.words(d.s.Muted, 2, "(also "+strings.Join(others, ", ")+")")
	}
}

// took formats how long an exchange took: "0.4ms", "12ms", "1.2s".
func took(d time.Duration) string {
	switch {
	case d < 10*time.Millisecond:
		return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	}
	return d.Round(100 * time.Millisecond).String()
}
