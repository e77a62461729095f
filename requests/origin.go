package requests

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// Origin is the scheme, host and port of an http(s) URL, in the form
// "https://api.example:443": lower case, the port always written. Two URLs
// with the same Origin are the same server to a browser and to tokentui.
type Origin string

// ErrBadOrigin: a token host that is not an http(s) origin.
var ErrBadOrigin = errors.New("not an http or https origin")

// OriginOf returns the origin of an absolute http(s) URL. A user name in
// the URL ("https://api.example@other.example/") is what it is, a user
// name: the origin is the host after the "@".
func OriginOf(raw string) (Origin, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("%w: %q: %v", ErrBadURL, raw, err)
	}
	return originOfURL(u)
}

func originOfURL(u *url.URL) (Origin, error) {
	s := strings.ToLower(u.Scheme)
	if s != "http" && s != "https" || u.Hostname() == "" {
		return "", fmt.Errorf("%w: %q", ErrBadURL, u.Redacted())
	}
	host := strings.ToLower(u.Hostname())
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6
	}
	return Origin(s + "://" + host + ":" + port(u)), nil
}

// Host is the origin without the scheme and the default port, as people
// write it: "api.example", "127.0.0.1:8080".
func (o Origin) Host() string {
	s, hp, _ := strings.Cut(string(o), "://")
	switch {
	case s == "https" && strings.HasSuffix(hp, ":443"):
		return strings.TrimSuffix(hp, ":443")
	case s == "http" && strings.HasSuffix(hp, ":80"):
		return strings.TrimSuffix(hp, ":80")
	}
	return hp
}

// ParseTokenHost reads one entry of a profile's token_hosts: an origin
// such as "https://api2.example" or "http://127.0.0.1:8080", with no
// path, query or user name.
func ParseTokenHost(s string) (Origin, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || !IsAbsolute(strings.TrimSpace(s)) {
		return "", fmt.Errorf("%w: %q; write it as https://HOST or https://HOST:PORT", ErrBadOrigin, s)
	}
	if u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("%w: %q holds more than a scheme, host and port; write it as https://HOST or https://HOST:PORT", ErrBadOrigin, s)
	}
	o, err := originOfURL(u)
	if err != nil {
		return "", fmt.Errorf("%w: %q; write it as https://HOST or https://HOST:PORT", ErrBadOrigin, s)
	}
	return o, nil
}

// TokenOrigins are the origins the Sender sends its token to: the one of
// BaseURL and those of TokenHosts (see TokenOrigins).
func (s *Sender) TokenOrigins() []Origin { return TokenOrigins(s.BaseURL, s.TokenHosts) }

// TokenGoesTo reports whether a request of this Sender to target would
// carry the token, TokenToAnyHost aside (see TokenGoesTo).
func (s *Sender) TokenGoesTo(target string) (Origin, bool) {
	return TokenGoesTo(s.BaseURL, s.TokenHosts, target)
}

// TokenOrigins are the origins a profile's token may go to: that of its
// api_base_url and those of its token_hosts (entries that do not parse
// are left out; profiles.Load refuses them).
func TokenOrigins(base string, hosts []string) []Origin {
	var out []Origin
	if o, err := OriginOf(base); err == nil && strings.TrimSpace(base) != "" {
		out = append(out, o)
	}
	for _, h := range hosts {
		if o, err := ParseTokenHost(h); err == nil {
			out = append(out, o)
		}
	}
	return out
}

// TokenGoesTo reports whether target (a URL, or a path under base, as
// Spec.URL) is on one of TokenOrigins(base, hosts). It returns the origin
// target resolves to, "" when it does not resolve.
func TokenGoesTo(base string, hosts []string, target string) (Origin, bool) {
	full, err := Resolve(base, target)
	if err != nil {
		return "", false
	}
	o, err := OriginOf(full)
	if err != nil {
		return "", false
	}
	for _, allowed := range TokenOrigins(base, hosts) {
		if o == allowed {
			return o, true
		}
	}
	return o, false
}
