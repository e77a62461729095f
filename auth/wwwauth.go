package auth

import (
	"errors"
	"strings"
)

// Challenge is one challenge of a WWW-Authenticate header (RFC 9110 §11.6.1),
// with the RFC 6750 §3 parameters of a Bearer challenge pulled out. All the
// values come from the server: treat them as untrusted text.
type Challenge struct {
	Scheme           string            // e.g. "Bearer" (as sent)
	Params           map[string]string // every auth-param, names lower-cased
	Token68          string            // the token68 form, when used instead of params
	Realm            string            // realm
	Error            string            // error: invalid_request, invalid_token, insufficient_scope
	ErrorDescription string            // error_description
	ErrorURI         string            // error_uri
	Scope            []string          // scope, split on spaces
}

// ErrBadChallenge reports a WWW-Authenticate header that cannot be parsed.
var ErrBadChallenge = errors.New("malformed WWW-Authenticate header")

// ParseWWWAuthenticate parses a WWW-Authenticate header value and returns its
// Bearer challenge, or its first challenge when none is Bearer.
func ParseWWWAuthenticate(header string) (Challenge, error) {
	all, err := ParseWWWAuthenticateAll(header)
	if err != nil {
		return Challenge{}, err
	}
	for _, c := range all {
		if strings.EqualFold(c.Scheme, "Bearer") {
			return c, nil
		}
	}
	return all[0], nil
}

// ParseWWWAuthenticateAll parses every challenge of a WWW-Authenticate
// header value, e.g. `Bearer realm="api", error="invalid_token", Basic realm="x"`.
func ParseWWWAuthenticateAll(header string) ([]Challenge, error) {
	p := &challengeParser{s: header}
	var out []Challenge
	for {
		p.skipListSep()
		if p.eof() {
			break
		}
		c, err := p.challenge()
		if err != nil {
			return nil, sayErr(say(SayChallengeBad, ErrBadChallenge, err), ErrBadChallenge)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, sayErr(say(SayChallengeNone, ErrBadChallenge, header), ErrBadChallenge)
	}
	return out, nil
}

type challengeParser struct {
	s string
	i int
}

func (p *challengeParser) eof() bool { return p.i >= len(p.s) }

func (p *challengeParser) peek() byte {
	if p.eof() {
		return 0
	}
	return p.s[p.i]
}

func (p *challengeParser) skipSpace() {
	for !p.eof() && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

func (p *challengeParser) skipListSep() {
	for !p.eof() && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == ',') {
		p.i++
	}
}

func isTChar(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

func isToken68Char(c byte) bool {
	return isTChar(c) || c == '/'
}

func (p *challengeParser) token() string {
	start := p.i
	for !p.eof() && isTChar(p.s[p.i]) {
		p.i++
	}
	return p.s[start:p.i]
}

func (p *challengeParser) quoted() (string, error) {
	start := p.i
	p.i++ // opening quote
	var b strings.Builder
	for !p.eof() {
		c := p.s[p.i]
		switch c {
		case '"':
			p.i++
			return b.String(), nil
		case '\\':
			if p.i+1 < len(p.s) {
				b.WriteByte(p.s[p.i+1])
				p.i += 2
				continue
			}
			p.i++
		default:
			b.WriteByte(c)
			p.i++
		}
	}
	return "", sayErr(say(SayChallengeUnquoted, start))
}

// challenge reads: auth-scheme [ 1*SP ( token68 / #auth-param ) ].
func (p *challengeParser) challenge() (Challenge, error) {
	at := p.i
	scheme := p.token()
	if scheme == "" {
		return Challenge{}, sayErr(say(SayChallengeScheme, at, p.peek()))
	}
	c := Challenge{Scheme: scheme, Params: map[string]string{}}
	first := true
	for {
		save := p.i
		p.skipSpace()
		spaced := p.i > save
		comma := p.peek() == ','
		p.skipListSep()
		if p.eof() {
			break
		}
		// token68 may only follow the scheme after spaces, never after a comma.
		if first && spaced && !comma {
			if t, ok := p.tryToken68(); ok {
				c.Token68 = t
				break
			}
		}
		name := p.token()
		if name == "" {
			return Challenge{}, sayErr(say(SayChallengeUnexpected, p.peek(), p.i))
		}
		p.skipSpace()
		if p.peek() != '=' {
			// Not a parameter: the start of the next challenge.
			p.i = save
			break
		}
		p.i++ // '='
		p.skipSpace()
		var val string
		if p.peek() == '"' {
			v, err := p.quoted()
			if err != nil {
				return Challenge{}, err
			}
			val = v
		} else {
			val = p.token()
		}
		key := strings.ToLower(name)
		if _, dup := c.Params[key]; !dup {
			c.Params[key] = val
		}
		first = false
		p.skipSpace()
		if !p.eof() && p.peek() != ',' {
			return Challenge{}, sayErr(say(SayChallengeComma, name, p.i))
		}
	}
	c.Realm = c.Params["realm"]
	c.Error = c.Params["error"]
	c.ErrorDescription = c.Params["error_description"]
	c.ErrorURI = c.Params["error_uri"]
	c.Scope = strings.Fields(c.Params["scope"])
	return c, nil
}

// tryToken68 consumes a token68 (RFC 9110 §11.2) if one stands at the
// cursor: token68 characters, optional '=' padding, then the end or a comma.
func (p *challengeParser) tryToken68() (string, bool) {
	j := p.i
	for j < len(p.s) && isToken68Char(p.s[j]) {
		j++
	}
	if j == p.i {
		return "", false
	}
	k := j
	for k < len(p.s) && p.s[k] == '=' {
		k++
	}
	e := k
	for e < len(p.s) && (p.s[e] == ' ' || p.s[e] == '\t') {
		e++
	}
	if e < len(p.s) && p.s[e] != ',' {
		return "", false
	}
	t := p.s[p.i:k]
	p.i = k
	return t, true
}
