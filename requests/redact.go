package requests

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"
)

// redacted replaces a secret in what history keeps.
const redacted = "REDACTED"

// secretWords mark a header or query parameter whose value history must
// not keep. The match is on lower-cased substrings, so "X-Api-Key",
// "X-Auth-Token" and "Proxy-Authorization" are all caught.
var secretWords = []string{
	"auth", "cookie", "token", "secret", "passw", "key", "session",
	"credential", "signature", "jwt", "csrf", "xsrf",
}

// secretName reports whether a header or parameter name looks secret.
func secretName(name string) bool {
	n := strings.ToLower(name)
	for _, w := range secretWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// jwtLike matches what looks like a JWT (or a JWS/JWE): base64url
// segments starting with a JSON header.
var jwtLike = regexp.MustCompile(`eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*`)

// bodySecrets mark a request body history must not keep.
var bodySecrets = []string{
	"client_secret", "client_assertion", "password", "passwd",
	"access_token", "refresh_token", "id_token", "api_key", "apikey",
}

// secretBody says why a body must not be kept, or "".
func secretBody(b []byte) string {
	if !utf8.Valid(b) {
		return bodyLeftBinary
	}
	low := strings.ToLower(string(b))
	for _, w := range bodySecrets {
		if strings.Contains(low, w) {
			return "it looks like it holds a secret (" + w + ")"
		}
	}
	if jwtLike.MatchString(string(b)) {
		return "it looks like it holds a token"
	}
	return ""
}

// redactURL removes the password of a URL's userinfo and the values of
// secret-looking query parameters (keeping their order) and of anything
// that looks like a token.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return jwtLike.ReplaceAllString(raw, redacted)
	}
	if u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), redacted)
		}
	}
	if u.RawQuery != "" {
		parts := strings.Split(u.RawQuery, "&")
		for i, p := range parts {
			k, _, hasValue := strings.Cut(p, "=")
			name, err := url.QueryUnescape(k)
			if err != nil {
				name = k
			}
			if hasValue && secretName(name) {
				parts[i] = k + "=" + redacted
			}
		}
		u.RawQuery = strings.Join(parts, "&")
	}
	return jwtLike.ReplaceAllString(u.String(), redacted)
}

// scrub replaces every occurrence of the secrets in s.
func scrub(s string, secrets []string) string {
	for _, sec := range secrets {
		if sec != "" {
			s = strings.ReplaceAll(s, sec, redacted)
		}
	}
	return s
}
