package flow

import (
	"context"
	"net/http"
	"strings"

	"tokentui/auth"
	"tokentui/requests"
)

// Client is what the Flow needs from a profile's auth client; *auth.Client
// is one.
type Client interface {
	Discover(ctx context.Context) (*auth.Metadata, error)
	Cached() (*auth.Token, bool)
	Token(ctx context.Context) (*auth.Token, error)
	Renew(ctx context.Context) (*auth.Token, error)
	RenewAdvice() auth.RenewAdvice
	RequestsLastHour() int
	Verify(ctx context.Context, raw string) auth.Verification
	Traces() []auth.Exchange
	Options() auth.Options
	Diagnose(ctx context.Context, fresh bool) auth.Report
}

var _ Client = (*auth.Client)(nil)

// SendFunc sends the API request of step 6 with the given token.
type SendFunc func(ctx context.Context, spec requests.Spec, tok *auth.Token) (*requests.Response, error)

// Source is what the Flow of one profile runs against.
type Source struct {
	Client Client
	// APIBaseURL is the profile's api_base_url; "" leaves step 6 without a call.
	APIBaseURL string
	// API is the request of step 6: the profile's first saved GET request,
	// else a GET of the base URL (see DefaultAPIRequest).
	API requests.Spec
	// Send sends it; nil means no API call is possible.
	Send SendFunc
	// TokenHosts are the profile's token_hosts: with APIBaseURL, where the
	// token may go (the Flow says before the call whether it will).
	TokenHosts []string
	// Spec reads the API's OpenAPI document, so that step 6 names the
	// operation it calls and its scopes; nil leaves that out.
	Spec SpecFunc
	// Storm is the embedded sandbox's token URL, where "Why reuse" sends
	// its burst as the sandbox's throwaway client; "" (any other
	// provider) leaves it out.
	Storm string
}

// NewSendFunc returns a SendFunc that sends through a requests.Sender with
// the profile's base URL, default headers and HTTP client, attaching the
// token the Flow shows to requests for the base URL's origin and those of
// tokenHosts (the profile's token_hosts) only. No history is written: the
// Flow is a walkthrough.
func NewSendFunc(baseURL string, headers []requests.Header, hc *http.Client, tokenHosts ...string) SendFunc {
	return func(ctx context.Context, spec requests.Spec, tok *auth.Token) (*requests.Response, error) {
		s := &requests.Sender{
			HTTPClient: hc, BaseURL: baseURL, Headers: headers, TokenHosts: tokenHosts,
			Tokens: requests.TokenFunc(func(context.Context) (*auth.Token, error) { return tok, nil }),
		}
		return s.Send(ctx, spec)
	}
}

// SavedRequest is the part of a profile's saved request the Flow looks at.
type SavedRequest struct {
	Method string
	Path   string
}

// DefaultAPIRequest picks the request of step 6: the first saved request
// that only reads (GET or HEAD, so that presenting the Flow never creates
// anything), else a GET of the base URL itself.
func DefaultAPIRequest(saved []SavedRequest) requests.Spec {
	for _, r := range saved {
		switch m := strings.ToUpper(strings.TrimSpace(r.Method)); m {
		case "", http.MethodGet, http.MethodHead:
			if m == "" {
				m = http.MethodGet
			}
			return requests.Spec{Method: m, URL: r.Path}
		}
	}
	return requests.Spec{Method: http.MethodGet, URL: ""}
}
