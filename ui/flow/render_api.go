package flow

import (
	"fmt"

	"tokentui/auth"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

func (m Model) apiLines(d *doc) {
	s, r, src := d.s, m.res, m.opts.Source
	if src.APIBaseURL == "" || src.Send == nil {
		d.words(s.Warn, 0, m.t(i18n.FlowNoAPI))
		d.blank()
		d.words(s.Muted, 0, m.t(i18n.FlowWouldSend))
		return
	}
	if !m.needToken(d) {
		return
	}
	method := src.API.Method
	if method == "" {
		method = "GET"
	}
	target, err := requests.Resolve(src.APIBaseURL, src.API.URL)
	if err != nil {
		target = src.APIBaseURL + src.API.URL
	}
	if a := r.api; a != nil && a.URL != "" {
		target = a.URL
	}
	line, host := requestLine(method, target)
	d.title(m.t(i18n.FlowRequest))
	d.text(s.Value, 2, line)
	d.text(s.Value, 2, "Host: "+host)
	_, toAPI := requests.TokenGoesTo(src.APIBaseURL, src.TokenHosts, src.API.URL)
	switch a := r.api; {
	case a != nil && a.TokenWithheld, a == nil && !toAPI:
		d.line("  " + s.Value.Render("Authorization: ") + s.Warn.Render(m.t(i18n.ResponseBearerWithheld, inert.String(host))))
	case a != nil && a.TokenDropped:
		d.line("  " + s.Value.Render("Authorization: ") + s.Warn.Render(m.t(i18n.ResponseBearerDropped)))
	default:
		bearer := "Authorization: Bearer " + inert.String(abbreviate(m.Lang, r.tok.Raw)) // protocol text
		d.line("  " + s.Value.Render(bearer))
	}
	if a := r.api; a != nil {
		for _, h := range a.Sent {
			d.text(s.Value, 2, h.Name+": "+h.Value)
		}
	}
	d.blank()
	switch {
	case !r.apiDone:
		m.runningLine(d, m.t(i18n.FlowCallingAPI))
		return
	case r.apiErr != nil:
		d.errorBox(r.apiErr)
		return
	}
	a := r.api
	d.title(m.t(i18n.FlowAnswer))
	status := s.Good
	switch {
	case a.StatusCode >= 400:
		status = s.Bad
	case a.StatusCode >= 300:
		status = s.Warn
	}
	proto := a.Proto
	if proto == "" {
		proto = httpVersion
	}
	d.line("  " + status.Render(inert.String(proto+" "+a.Status)) + s.Muted.Render(fmt.Sprintf("   (%s, %s)",
		took(m.Lang, a.Duration), i18n.Bytes(m.Lang, a.BodySize))))
	m.responseHeaders(d, a.Headers)
	if a.Explanation != nil {
		// Explained again from the challenge, in the pane's language.
		ch := auth.Challenge{}
		if a.Challenge != nil {
			ch = *a.Challenge
		}
		d.blank()
		d.explanation(i18n.ExplainChallenge(m.Lang, ch))
	}
	if len(a.Body) > 0 {
		d.blank()
		for _, l := range a.Body {
			d.text(s.Value, 2, l)
		}
		if a.MoreLines {
			d.line("  " + s.Muted.Render(m.t(i18n.FlowWholeAnswer, m.t(i18n.AppTabRequest))))
		}
	}
	if a.Op != nil {
		m.operationLines(d, a.Op)
	}
}
