// Package requests sends authenticated requests to an API and captures
// their responses for people to read: a [Spec] says what to send, a [Sender]
// attaches the profile's bearer token, times the exchange and caps the
// body kept in memory, and a [Response] holds what came back, with the
// 401/403 challenge explained. [History] keeps what was sent (never the
// token) and [Curl] turns a Spec into a shell command.
//
// The package returns plain data and errors; it knows nothing about
// terminals. Everything in a Response comes from a server: make it inert
// (tokentui/text/inert) before it reaches a terminal.
package requests

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// Header is one request header. A Spec keeps headers as a list, in the
// order the user gave them; a name may repeat.
type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Spec is a request to send: what the user typed, before the token and the
// profile's default headers are added.
type Spec struct {
	Method  string   // "" means GET
	URL     string   // an absolute http(s) URL, or a path appended to the base URL
	Headers []Header // in the user's order
	Body    []byte   // nil for no body
	// BodyFile, when set (and Body nil), is a file whose content is the
	// body, read as it is sent, each time it is sent: a body too large to
	// hold in memory.
	BodyFile string
}

// Errors of Spec, Resolve and ParseHeader, for errors.Is.
var (
	// ErrNoBaseURL: a relative path was given but the profile has no api_base_url.
	ErrNoBaseURL = errors.New("no API base URL to resolve a relative path against")
	// ErrBadURL: the URL is not an absolute http or https URL.
	ErrBadURL = errors.New("not a usable http or https URL")
	// ErrBadHeader: a header name or value that HTTP does not allow.
	ErrBadHeader = errors.New("invalid header")
	// ErrAuthorizationHeader: the user tried to set Authorization, which the
	// Sender sets from the profile's token.
	ErrAuthorizationHeader = errors.New("the Authorization header is set from the profile's token")
)

// Resolve turns what the user typed into the URL to request. An absolute
// http or https URL is used as it is; anything else is a path appended to
// base with exactly one slash between them, query string kept. A path
// starting with "//" stays on the base's host.
func Resolve(base, pathOrURL string) (string, error) {
	p := strings.TrimSpace(pathOrURL)
	if IsAbsolute(p) {
		u, err := url.Parse(p)
		if err != nil {
			return "", fmt.Errorf("%w: %q: %v", ErrBadURL, p, err)
		}
		if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
			return "", fmt.Errorf("%w: %q uses the scheme %q; only http and https are supported", ErrBadURL, p, u.Scheme)
		}
		if u.Host == "" {
			return "", fmt.Errorf("%w: %q has no host", ErrBadURL, p)
		}
		return p, nil
	}
	base = strings.TrimSpace(base)
	if base == "" {
		return "", fmt.Errorf("%w: %q is a path, and the profile sets no api_base_url", ErrNoBaseURL, p)
	}
	bu, err := url.Parse(base)
	if err != nil || !IsAbsolute(base) || bu.Host == "" {
		return "", fmt.Errorf("%w: the API base URL %q is not an absolute http(s) URL", ErrBadURL, base)
	}
	if s := strings.ToLower(bu.Scheme); s != "http" && s != "https" {
		return "", fmt.Errorf("%w: the API base URL %q uses the scheme %q", ErrBadURL, base, bu.Scheme)
	}
	if p == "" {
		return base, nil
	}
	full := strings.TrimRight(base, "/") + "/" + strings.TrimLeft(p, "/")
	if _, err := url.Parse(full); err != nil {
		return "", fmt.Errorf("%w: %q: %v", ErrBadURL, full, err)
	}
	return full, nil
}

// IsAbsolute reports whether s starts with a URL scheme followed by "://":
// Resolve uses it as it is, not under the base URL.
func IsAbsolute(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	for j, c := range s[:i] {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case j > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return true
}

// ParseHeader parses a header in curl's "Name: value" form. Spaces around
// the value are trimmed; the value may be empty.
func ParseHeader(s string) (Header, error) {
	name, value, ok := strings.Cut(s, ":")
	if !ok {
		return Header{}, fmt.Errorf("%w %q: expected the form 'Name: value'", ErrBadHeader, s)
	}
	h := Header{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value)}
	if err := h.Validate(); err != nil {
		return Header{}, err
	}
	return h, nil
}

// Validate reports whether HTTP allows the header: a name of token
// characters and a value without CR, LF or NUL.
func (h Header) Validate() error {
	if h.Name == "" {
		return fmt.Errorf("%w: a header needs a name", ErrBadHeader)
	}
	for i := 0; i < len(h.Name); i++ {
		if !isTChar(h.Name[i]) {
			return fmt.Errorf("%w name %q: it may hold only letters, digits and !#$%%&'*+-.^_`|~", ErrBadHeader, h.Name)
		}
	}
	if strings.ContainsAny(h.Value, "\r\n\x00") {
		return fmt.Errorf("%w value for %s: it may not contain a line break or NUL", ErrBadHeader, h.Name)
	}
	return nil
}

func isTChar(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

// method returns the spec's method in upper case, GET when empty.
func (s Spec) method() string {
	if s.Method == "" {
		return "GET"
	}
	return strings.ToUpper(s.Method)
}

// Validate checks the method and headers, not the URL (see Resolve).
func (s Spec) Validate() error {
	m := s.method()
	for i := 0; i < len(m); i++ {
		if !isTChar(m[i]) {
			return fmt.Errorf("requests: %q is not an HTTP method", s.Method)
		}
	}
	for _, h := range s.Headers {
		if err := h.Validate(); err != nil {
			return err
		}
		if strings.EqualFold(h.Name, "Authorization") {
			return fmt.Errorf("%w; remove the Authorization header from the request", ErrAuthorizationHeader)
		}
	}
	return nil
}

// HeadersFromMap turns a profile's default headers into a list sorted by
// name, so the order is the same on every run.
func HeadersFromMap(m map[string]string) []Header {
	out := make([]Header, 0, len(m))
	for k, v := range m {
		out = append(out, Header{Name: k, Value: v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// mergeHeaders returns the defaults the user did not set (by name, ignoring
// case) followed by the user's headers in their order.
func mergeHeaders(defaults, user []Header) []Header {
	set := make(map[string]bool, len(user))
	for _, h := range user {
		set[strings.ToLower(h.Name)] = true
	}
	out := make([]Header, 0, len(defaults)+len(user))
	for _, h := range defaults {
		if !set[strings.ToLower(h.Name)] {
			out = append(out, h)
		}
	}
	return append(out, user...)
}
