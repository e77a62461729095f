package flow

import (
	"fmt"

	"tokentui/requests"
	"tokentui/ui/inert"
)

func (m Model) apiLines(d *doc) {
	s, r, src := d.s, m.res, m.opts.Source
	if src.APIBaseURL == "" || src.Send == nil {
		d.words(s.Warn, 0, "This profile has no api_base_url, so there is no API to call. Set api_base_url (and a saved "+
			"request) in the profile to see this step for real.")
		d.blank()
		d.words(s.Muted, 0, "A call would send the token in the header Authorization: Bearer <token>.")
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
	d.title("Request")
	d.text(s.Value, 2, line)
	d.text(s.Value, 2, "Host: "+host)
	d.line("  " + s.Value.Render("Authorization: Bearer "+inert.String(abbreviate(r.tok.Raw))))
	if a := r.api; a != nil {
		for _, h := range a.Sent {
			d.text(s.Value, 2, h.Name+": "+h.Value)
		}
	}
	d.blank()
	switch {
	case !r.apiDone:
		m.runningLine(d, "calling the API…")
		return
	case r.apiErr != nil:
		d.errorBox(r.apiErr)
		return
	}
	a := r.api
	d.title("Answer")
	status := s.Good
	switch {
	case a.StatusCode >= 400:
		status = s.Bad
	case a.StatusCode >= 300:
		status = s.Warn
	}
	proto := a.Proto
	if proto == "" {
		proto = "HTTP/1.1"
	}
	d.line("  " + status.Render(inert.String(proto+" "+a.Status)) + s.Muted.Render(fmt.Sprintf("   (%s, %s)",
		took(a.Duration), size(a.BodySize))))
	m.responseHeaders(d, a.Headers)
	if e := a.Explanation; e != nil {
		d.blank()
		d.words(s.Bad, 0, "✗ "+e.Cause)
		if e.Hint != "" {
			d.words(s.Warn, 2, "hint: "+e.Hint)
		}
		if e.Detail != "" {
			d.words(s.Muted, 2, e.Detail)
		}
	}
	if len(a.Body) > 0 {
		d.blank()
		for _, l := range a.Body {
			d.text(s.Value, 2, l)
		}
		if a.MoreLines {
			d.line("  " + s.Muted.Render("… (the whole answer is on the Request tab)"))
		}
	}
}

func size(n int64) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KiB", float64(n)/1024)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}
