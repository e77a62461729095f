package flow

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/common"
)

// Protocol text the steps show as it is sent, in every language.
const (
	httpVersion            = "HTTP/1.1"
	grantClientCredentials = "client_credentials"
	basicMasked            = "Authorization: Basic ****"
)

// content renders the body of the step on screen, width w.
func (m Model) content(w int) string {
	d := &doc{s: m.Styles, w: max(w, 20), lang: m.Lang}
	if m.opts.Source.Client == nil {
		d.words(d.s.Warn, 0, m.t(i18n.FlowCannotRun))
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
		d.line(d.s.Warn.Render(m.t(i18n.FlowCancelled)+" ") + d.s.Muted.Render(m.t(i18n.FlowPressRestart)))
		return
	}
	d.line(d.s.Muted.Render(m.t(i18n.FlowRunning, what)))
}

func (m Model) discoveryLines(d *doc) {
	s, r := d.s, m.res
	o := m.opts.Source.Client.Options()
	if o.Issuer == "" {
		d.words(s.Warn, 0, m.t(i18n.FlowNoIssuer))
		d.blank()
		d.text(s.Value, 2, "token_url: "+o.TokenURL)
		jwks := o.JWKSURL
		if jwks == "" {
			jwks = m.t(i18n.FlowNoJWKS)
		}
		d.text(s.Value, 2, "jwks_url:  "+jwks)
		return
	}
	target := strings.TrimRight(o.Issuer, "/") + "/.well-known/openid-configuration"
	if r.md != nil && r.md.URL != "" {
		target = r.md.URL
	}
	line, host := requestLine("GET", target)
	d.title(m.t(i18n.FlowRequest))
	d.text(s.Value, 2, line)
	d.text(s.Value, 2, "Host: "+host)
	d.blank()
	switch {
	case !r.mdDone:
		m.runningLine(d, m.t(i18n.FlowReadingDiscover))
		return
	case r.mdErr != nil:
		d.errorBox(r.mdErr)
		return
	}
	md := r.md
	if md.FromCache {
		d.title(m.t(i18n.FlowAnswer))
		d.words(s.Muted, 2, m.t(i18n.FlowDiscoveryCached, i18n.Relative(m.Lang, md.FetchedAt, m.now),
			i18n.LocalTime(m.Lang, md.ExpiresAt, m.now)))
	} else {
		status := "200 OK"
		if r.mdTrace != nil {
			status = m.t(i18n.FlowStatusIn, r.mdTrace.StatusText, took(m.Lang, r.mdTrace.Duration))
		}
		d.line(s.Title.Render(m.t(i18n.FlowAnswer)) + "  " + s.Good.Render(inert.String(status)))
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
	m.supportLine(d, m.t(i18n.FlowAuthMethod, method), method, md.TokenEndpointAuthMethodsSupported)
	m.supportLine(d, m.t(i18n.FlowGrant, grantClientCredentials), grantClientCredentials, md.GrantTypesSupported)
	for _, sc := range o.Scopes {
		m.supportLine(d, m.t(i18n.FlowScope, sc), sc, md.ScopesSupported)
	}
}

func (m Model) supportLine(d *doc, label, value string, list []string) {
	s := d.s
	switch {
	case len(list) == 0:
		d.words(s.Muted, 0, m.t(i18n.FlowNotListed, label))
	case slices.Contains(list, value):
		d.words(s.Good, 0, m.t(i18n.FlowOffered, label))
	default:
		d.words(s.Warn, 0, m.t(i18n.FlowNotOffered, label))
	}
}

// tokenOrigin says where the token of steps 2–3 came from.
func (m Model) tokenOrigin(d *doc) {
	s, r := d.s, m.res
	switch {
	case r.tokFresh && r.forced:
		d.words(s.Good, 0, m.t(i18n.FlowSentForced))
	case r.tokFresh:
		d.words(s.Good, 0, m.t(i18n.FlowSentNoCache))
	case r.tokTrace != nil:
		d.words(s.Warn, 0, m.t(i18n.FlowCachedRecorded, i18n.Relative(m.Lang, r.tokTrace.Start, m.now)))
	default:
		d.words(s.Warn, 0, m.t(i18n.FlowCachedWouldBe))
	}
	d.blank()
}

func (m Model) requestLines(d *doc) {
	s, r := d.s, m.res
	if !r.tokDone {
		m.runningLine(d, m.t(i18n.FlowGettingCached))
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
	d.title(m.t(i18n.FlowRequest))
	line, host := requestLine(x.Method, x.URL)
	d.text(s.Value, 2, line)
	d.text(s.Value, 2, "Host: "+host)
	for _, h := range headerLines(x.RequestHeaders) {
		if strings.HasPrefix(h, basicMasked) && x.BasicClientID != "" {
			// Protocol text, the same in every language.
			encoded := fmt.Sprintf("  ← base64(%s:****)", inert.String(cleanID(x.BasicClientID)))
			d.line("  " + s.Value.Render(basicMasked) + s.Muted.Render(encoded))
			continue
		}
		d.text(s.Value, 2, h)
	}
	d.blank()
	d.text(s.Value, 2, x.RequestBody)
	d.blank()
	d.title(m.t(i18n.FlowFormFields))
	for _, f := range formFields(x.RequestBody) {
		d.text(s.Muted, 2, f)
	}
	m.clientAuthLines(d) // assertion or certificate, for the methods without a secret
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
	form := url.Values{"grant_type": {grantClientCredentials}}
	if len(o.Scopes) > 0 {
		form.Set("scope", strings.Join(o.Scopes, " "))
	}
	for k, v := range o.Params {
		form.Set(k, v)
	}
	x := &auth.Exchange{Kind: auth.KindToken, Method: "POST", URL: tokenURL, RequestHeaders: map[string][]string{
		"Content-Type": {"application/x-www-form-urlencoded"},
	}}
	if auth.IsAssertionMethod(o.AuthMethod) || auth.IsTLSMethod(o.AuthMethod) {
		form.Set("client_id", o.ClientID)
		x.RequestBody = form.Encode()
		if auth.IsAssertionMethod(o.AuthMethod) {
			x.RequestBody += "&client_assertion_type=" + url.QueryEscape(auth.AssertionType) + "&client_assertion=****"
		}
	} else if o.AuthMethod == auth.AuthMethodPost {
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
		m.runningLine(d, m.t(i18n.FlowGettingToken))
		return
	}
	if r.tokErr != nil && r.tokTrace == nil {
		d.errorBox(r.tokErr)
		return
	}
	if x := r.tokTrace; x != nil {
		switch {
		case r.tokFresh:
		case errors.Is(r.tokErr, auth.ErrHeldBack):
			// No request was sent: say why first, then the answer that holds it back.
			d.errorBox(r.tokErr)
			d.blank()
			d.words(s.Warn, 0, m.t(i18n.FlowHeldExchange, i18n.Relative(m.Lang, x.Start, m.now)))
			d.blank()
		default:
			d.words(s.Warn, 0, m.t(i18n.FlowCachedExchange, i18n.Relative(m.Lang, x.Start, m.now)))
			d.blank()
		}
		status := s.Good
		if x.Status/100 != 2 {
			status = s.Bad
		}
		statusLine := httpVersion + " " + inert.String(x.StatusText)
		d.line("  " + status.Render(statusLine) + s.Muted.Render("   ("+took(m.Lang, x.Duration)+")"))
		m.responseHeaders(d, x.ResponseHeaders)
		d.blank()
		d.text(s.Value, 2, prettyTokenBody(m.Lang, x.ResponseBody))
	} else if t := r.tok; t != nil {
		d.words(s.Warn, 0, m.t(i18n.FlowCacheRemembers))
		d.blank()
		// What the cache remembers, under the names of the token response's
		// JSON fields (and one word of the user's language).
		field := func(name, value string) { d.text(s.Value, 2, fmt.Sprintf("%-14s%s", name+":", value)) }
		field("access_token", abbreviate(m.Lang, t.Raw))
		field("token_type", t.Type)
		field("scope", strings.Join(t.Scopes, " "))
		field(m.t(i18n.FlowObtained), i18n.LocalTime(m.Lang, t.ObtainedAt, m.now)+" ("+i18n.Relative(m.Lang, t.ObtainedAt, m.now)+")")
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
			requests := i18n.N(m.Lang, r.requests, i18n.FlowRequestsOne, i18n.FlowRequestsMany)
			d.words(s.ForUrgency(u), 0, m.t(i18n.FlowValidFor, i18n.Span(m.Lang, left),
				i18n.LocalTime(m.Lang, t.Expiry, m.now), requests))
		} else {
			d.words(s.Bad, 0, m.t(i18n.FlowExpired, i18n.Ago(m.Lang, -left)))
		}
		if t.Note != "" {
			d.words(s.Warn, 0, "! "+i18n.TokenNote(m.Lang, t))
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
		d.words(d.s.Muted, 2, m.t(i18n.FlowAlsoHeaders, strings.Join(others, ", ")))
	}
}

// took formats how long an exchange took, in lang: "0.4 ms", "12 ms",
// "1.24 s" ("0,4 ms", "1,24 s").
func took(lang i18n.Lang, d time.Duration) string {
	if d < 10*time.Millisecond {
		return i18n.Decimal(lang, float64(d)/float64(time.Millisecond), 1) + " ms"
	}
	return i18n.Elapsed(lang, d)
}
