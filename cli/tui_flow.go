package cli

import (
	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/ui/flow"
)

// flowSource is what the Flow tab of a profile runs against: its auth
// client, and for step 6 its API base URL, its first saved read-only
// request and a way to send it with the Flow's token.
func flowSource(p profiles.Profile, c *auth.Client) flow.Source {
	saved := make([]flow.SavedRequest, len(p.Requests))
	for i, r := range p.Requests {
		saved[i] = flow.SavedRequest{Method: r.Method, Path: r.Path}
	}
	src := flow.Source{Client: c, APIBaseURL: p.APIBaseURL, API: flow.DefaultAPIRequest(saved), TokenHosts: p.TokenHosts}
	if hc, err := httpClientFor(p); err == nil {
		src.Send = flow.NewSendFunc(p.APIBaseURL, requests.HeadersFromMap(p.Headers), hc, p.TokenHosts...)
	}
	return src
}
