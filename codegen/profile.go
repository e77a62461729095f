package codegen

import (
	"errors"
	"net/http"
	"strings"

	"tokentui/profiles"
	"tokentui/requests"
)

// RequestFor picks the API request of a profile's program. nameOrPath is
// the name of a saved request, else a path (relative to the profile's
// api_base_url) or an absolute URL. Empty, it is the profile's first saved
// GET request, else its api_base_url itself. The error wraps
// ErrNoRequestURL when there is nothing to call, or one of requests'
// errors for a URL that cannot be used.
func RequestFor(p profiles.Profile, nameOrPath string) (requests.Spec, error) {
	var spec requests.Spec
	switch {
	case nameOrPath != "":
		spec = requests.Spec{Method: http.MethodGet, URL: nameOrPath}
		for _, r := range p.Requests {
			if r.Name == nameOrPath {
				spec = savedSpec(r)
				break
			}
		}
	default:
		for _, r := range p.Requests {
			if m := strings.ToUpper(strings.TrimSpace(r.Method)); m == "" || m == http.MethodGet {
				spec = savedSpec(r)
				break
			}
		}
		if spec.URL == "" {
			if p.APIBaseURL == "" {
				return requests.Spec{}, ErrNoRequestURL
			}
			spec = requests.Spec{Method: http.MethodGet, URL: p.APIBaseURL}
		}
	}
	u, err := requests.Resolve(p.APIBaseURL, spec.URL)
	if errors.Is(err, requests.ErrNoBaseURL) {
		return requests.Spec{}, errors.Join(ErrNoRequestURL, err)
	}
	if err != nil {
		return requests.Spec{}, err
	}
	spec.URL = u
	return spec, nil
}

func savedSpec(r profiles.SavedRequest) requests.Spec {
	spec := requests.Spec{Method: r.Method, URL: r.Path, Headers: requests.HeadersFromMap(r.Headers)}
	if r.Body != "" {
		spec.Body = []byte(r.Body)
	}
	if spec.Method == "" {
		spec.Method = http.MethodGet
	}
	return spec
}

// FromProfile is the Input for a profile and the request to make (its URL
// already resolved, see RequestFor): the profile's endpoints, client id,
// scopes, auth method and extra parameters, its default headers followed
// by the request's, and the environment variable of its secret; comments
// are the comments in the user's language (i18n.CodeComments; nil: English).
func FromProfile(p profiles.Profile, spec requests.Spec, comments map[string]string) Input {
	headers := make([]Header, 0, len(p.Headers)+len(spec.Headers))
	for _, h := range requests.HeadersFromMap(p.Headers) {
		headers = append(headers, Header{h.Name, h.Value})
	}
	for _, h := range spec.Headers {
		headers = append(headers, Header{h.Name, h.Value})
	}
	return Input{
		Profile: p.Name, Issuer: p.Issuer, TokenURL: p.TokenURL, ClientID: p.ClientID,
		Scopes: p.Scopes, AuthMethod: p.Method(), Params: p.Params,
		SecretEnv: SecretEnvName(p.Name, p.ClientSecret),
		Request:   Request{Method: spec.Method, URL: spec.URL, Headers: headers, Body: string(spec.Body)},
		Comments:  comments,
	}
}
