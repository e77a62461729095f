package demo

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// realm names the demo API in WWW-Authenticate challenges.
const realm = "demo-api"

// principal is what a valid access token says about its bearer.
type principal struct {
	clientID string
	scopes   []string
	issuer   string
	jti      string
	issued   time.Time
	expires  time.Time
}

func (p principal) has(scope string) bool { return slices.Contains(p.scopes, scope) }

// bearerError is an RFC 6750 §3 challenge. An empty code means the request had
// no token at all, which gets a challenge with no error (§3.1).
type bearerError struct {
	status      int
	code        string
	description string
	scope       string
}

// write sends the challenge in WWW-Authenticate, and the same in a JSON body for
// people reading the response.
func (e *bearerError) write(w http.ResponseWriter) {
	params := []string{`realm="` + realm + `"`}
	if e.code != "" {
		params = append(params, `error="`+e.code+`"`)
	}
	if e.code != "" && e.description != "" { // with no token, no error information (§3.1)
		params = append(params, `error_description="`+headerSafe(e.description)+`"`)
	}
	if e.scope != "" {
		params = append(params, `scope="`+headerSafe(e.scope)+`"`)
	}
	w.Header().Set("WWW-Authenticate", "Bearer "+strings.Join(params, ", "))
	body := map[string]string{"error": e.code, "error_description": e.description}
	if e.code == "" {
		body = map[string]string{"error_description": e.description}
	}
	if e.scope != "" {
		body["scope"] = e.scope
	}
	writeJSON(w, e.status, body)
}

// headerSafe keeps only the characters RFC 6750 §3 allows inside a quoted
// error_description or scope (printable ASCII but '"' and '\').
func headerSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e || r == '"' || r == '\\' {
			return -1
		}
		return r
	}, s)
}

// authenticate checks the request's bearer token: signed by this server's key
// with RS256, typ at+jwt, issued by this server for Audience, within its lifetime
// give or take APIClockSkew (five minutes by default, like .NET's JwtBearer).
func (s *Server) authenticate(r *http.Request) (principal, *bearerError) {
	headers := r.Header.Values("Authorization")
	if len(headers) > 1 {
		return principal{}, &bearerError{status: http.StatusBadRequest, code: "invalid_request",
			description: "The request has more than one Authorization header"}
	}
	scheme, raw, _ := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
	if !strings.EqualFold(scheme, "Bearer") {
		return principal{}, &bearerError{status: http.StatusUnauthorized,
			description: "An access token is required: send Authorization: Bearer <token>"}
	}
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return principal{}, invalidToken("The access token is empty")
	}
	claims := jwt.MapClaims{}
	parser := jwt.NewParser(
		jwt.WithValidMethods([]string{jwt.SigningMethodRS256.Alg()}),
		jwt.WithIssuer(s.IssuerURL),
		jwt.WithAudience(Audience),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(s.opts.APIClockSkew),
		jwt.WithTimeFunc(s.now),
	)
	tok, err := parser.ParseWithClaims(raw, claims, s.keyFunc)
	if err != nil {
		return principal{}, invalidToken(describeTokenError(err, tok, claims, s.opts.APIClockSkew))
	}
	if typ, _ := tok.Header["typ"].(string); !strings.EqualFold(typ, "at+jwt") {
		return principal{}, invalidToken(fmt.Sprintf("The token's typ is %q, not at+jwt: it is not an access token", typ))
	}
	if e := checkBinding(r, claims["cnf"]); e != nil {
		return principal{}, e
	}
	p := principal{issuer: s.IssuerURL, scopes: scopeClaim(claims["scope"])}
	p.clientID, _ = claims["client_id"].(string)
	p.jti, _ = claims["jti"].(string)
	if d, err := claims.GetIssuedAt(); err == nil && d != nil {
		p.issued = d.Time
	}
	if d, err := claims.GetExpirationTime(); err == nil && d != nil {
		p.expires = d.Time
	}
	return p, nil
}

// keyFunc returns the server's public key for a token whose kid names it.
func (s *Server) keyFunc(t *jwt.Token) (any, error) {
	key, err := s.signingKey()
	if err != nil {
		return nil, err
	}
	kid, _ := t.Header["kid"].(string)
	if kid != key.kid {
		return nil, fmt.Errorf("%w: kid %q", errUnknownKey, kid)
	}
	return &key.private.PublicKey, nil
}

var errUnknownKey = errors.New("the access token was signed by a key this server does not have")

// invalidToken is a 401 invalid_token challenge.
func invalidToken(desc string) *bearerError {
	return &bearerError{status: http.StatusUnauthorized, code: "invalid_token", description: desc}
}

// describeTokenError turns a validation error into a sentence naming the cause.
func describeTokenError(err error, tok *jwt.Token, claims jwt.MapClaims, skew time.Duration) string {
	at := func(get func() (*jwt.NumericDate, error)) string {
		if d, e := get(); e == nil && d != nil {
			return " at " + d.UTC().Format(time.RFC3339)
		}
		return ""
	}
	switch {
	case errors.Is(err, jwt.ErrTokenMalformed):
		return "The access token is malformed: it is not a JWT (header.payload.signature)"
	case errors.Is(err, errUnknownKey):
		return fmt.Sprintf("The access token signature cannot be checked: it was signed by an unknown key (kid %v), not one in this server's JWKS", tok.Header["kid"])
	case tok != nil && fmt.Sprint(tok.Header["alg"]) != "RS256":
		return fmt.Sprintf("The access token is signed with alg %q; only RS256 is accepted", fmt.Sprint(tok.Header["alg"]))
	case errors.Is(err, jwt.ErrTokenSignatureInvalid), errors.Is(err, jwt.ErrTokenUnverifiable):
		return "The access token signature is invalid"
	case errors.Is(err, jwt.ErrTokenExpired):
		return fmt.Sprintf("The access token expired%s (clock skew allowed: %v)", at(claims.GetExpirationTime), skew)
	case errors.Is(err, jwt.ErrTokenNotValidYet):
		return "The access token is not valid yet: nbf is" + at(claims.GetNotBefore)
	case errors.Is(err, jwt.ErrTokenUsedBeforeIssued):
		return "The access token was issued in the future" + at(claims.GetIssuedAt)
	case errors.Is(err, jwt.ErrTokenInvalidIssuer):
		iss, _ := claims.GetIssuer()
		return fmt.Sprintf("The access token was issued by %q, not by this server", iss)
	case errors.Is(err, jwt.ErrTokenInvalidAudience):
		return "The access token is not meant for this API: its audience is not " + Audience
	case errors.Is(err, jwt.ErrTokenRequiredClaimMissing):
		return "The access token has no exp claim"
	}
	return "The access token is invalid: " + err.Error()
}

// scopeClaim reads the scope claim, a JSON array or a space-separated string.
func scopeClaim(v any) []string {
	switch v := v.(type) {
	case string:
		return strings.Fields(v)
	case []any:
		out := make([]string, 0, len(v))
		for _, e := range v {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
