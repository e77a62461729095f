package requests

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

// ErrTooManyRedirects: the server redirected more than ten times.
var ErrTooManyRedirects = errors.New("too many redirects")

// client returns the Sender's HTTP client with a redirect policy that drops
// the token when a redirect leaves the origin of the first request. (Go's
// own policy keeps Authorization for a subdomain or another port of the
// same host; ours does not. golang.org/x/oauth2's Transport is not used:
// it would set the header again on every hop.)
func (s *Sender) client() *http.Client {
	c := &http.Client{}
	if s.HTTPClient != nil {
		*c = *s.HTTPClient
	}
	next := c.CheckRedirect
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("%w: stopped after %d", ErrTooManyRedirects, len(via))
		}
		if !keepsToken(via[0].URL, req.URL) {
			req.Header.Del("Authorization")
		}
		if next != nil {
			return next(req, via)
		}
		return nil
	}
	return c
}

// keepsToken reports whether a redirect from one URL to another may carry
// the token: the same host and port, and the same scheme or an upgrade
// from http to https on the default ports.
func keepsToken(from, to *url.URL) bool {
	if !strings.EqualFold(from.Hostname(), to.Hostname()) {
		return false
	}
	fs, ts := strings.ToLower(from.Scheme), strings.ToLower(to.Scheme)
	fp, tp := port(from), port(to)
	switch {
	case fs == ts:
		return fp == tp
	case fs == "http" && ts == "https":
		return fp == "80" && tp == "443"
	}
	return false
}

// port returns u's port, or the default port of its scheme.
func port(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	switch strings.ToLower(u.Scheme) {
	case "https":
		return "443"
	case "http":
		return "80"
	}
	return ""
}

// sentAfterRedirect lists the headers of the last request of a redirect
// chain (what the server that answered got), without Authorization: the
// headers first sent, in their order, that are still there, then those the
// client added (Referer), by name.
func sentAfterRedirect(first []Header, final http.Header) []Header {
	var out []Header
	done := map[string]bool{"Authorization": true}
	for _, h := range first {
		name := http.CanonicalHeaderKey(h.Name)
		if done[name] {
			continue
		}
		done[name] = true
		for _, v := range final.Values(name) {
			out = append(out, Header{Name: h.Name, Value: v})
		}
	}
	names := make([]string, 0, len(final))
	for name := range final {
		if !done[http.CanonicalHeaderKey(name)] {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		for _, v := range final[name] {
			out = append(out, Header{Name: name, Value: v})
		}
	}
	return out
}
