package demo

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// maxTokenRequestBody bounds the size of a token request body.
const maxTokenRequestBody = 64 << 10

// tokenResponse is a successful token response (RFC 6749 §5.1).
type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int64  `json:"expires_in"`
	TokenType   string `json:"token_type"`
	Scope       string `json:"scope"`
}

// handleToken serves /connect/token: the client credentials grant, with the
// checks IdentityServer makes, in its order, and the blocking of clients that
// ask too often.
func (s *Server) handleToken(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		methodNotAllowed(w, http.MethodPost)
		return
	}
	s.tokens.Add(1)
	resp, oerr := s.token(w, r)
	if oerr != nil {
		oerr.write(w)
		return
	}
	noStore(w)
	writeJSON(w, http.StatusOK, resp)
}

// token validates a token request and issues the token. It sets Retry-After on w
// when the client is blocked.
func (s *Server) token(w http.ResponseWriter, r *http.Request) (*tokenResponse, *oauthError) {
	form, oerr := readForm(w, r)
	if oerr != nil {
		return nil, oerr
	}
	var (
		creds   credentials
		credErr *oauthError
	)
	if isAssertion(form) {
		creds, credErr = s.assertionCredentials(r, form) // private_key_jwt, client_secret_jwt
	} else if isMTLSAuth(r, form) {
		creds, credErr = s.mtlsCredentials(r, form) // tls_client_auth, self_signed_tls_client_auth
	} else {
		creds, credErr = presentedCredentials(r, form)
	}
	if creds.id != "" {
		noteClientID(r, creds.id)
		if oerr := s.limit(w, creds.id); oerr != nil {
			return nil, oerr
		}
	}
	if credErr != nil {
		return nil, credErr
	}
	if len(creds.id) > maxClientIDLen || len(creds.secret) > maxSecretLen {
		return nil, errInvalidClient("client_id or client_secret is too long")
	}
	c, ok := client{}, creds.client != nil
	if ok {
		c = *creds.client
	} else {
		c, ok = s.clients.authenticate(creds.id, creds.secret)
	}
	if !ok {
		return nil, errInvalidClient(fmt.Sprintf("client authentication failed (%s): the client id %q is unknown or the secret is wrong", creds.method, creds.id))
	}
	grant, ok := form["grant_type"]
	switch {
	case !ok || grant == "":
		return nil, errInvalidRequest("grant_type is missing; this server supports grant_type=client_credentials")
	case grant != grantClientCredentials:
		return nil, errUnsupportedGrantType(fmt.Sprintf("grant_type %q is not supported; this server supports client_credentials only", grant))
	case !c.allowsGrant(grant):
		return nil, errUnauthorizedClient(fmt.Sprintf("client %q is not allowed to use the client_credentials grant", c.id))
	}
	scopes, oerr := grantedScopes(c, form["scope"])
	if oerr != nil {
		return nil, oerr
	}
	raw, err := s.issue(c, scopes, creds.x5t)
	if err != nil {
		return nil, &oauthError{http.StatusInternalServerError, "server_error", err.Error()}
	}
	return &tokenResponse{AccessToken: raw, ExpiresIn: s.ttl, TokenType: "Bearer", Scope: strings.Join(scopes, " ")}, nil
}

// readForm reads the form-encoded body of a token request, refusing other content
// types and repeated parameters (RFC 6749 §3.2). Query parameters are ignored.
func readForm(w http.ResponseWriter, r *http.Request) (map[string]string, *oauthError) {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/x-www-form-urlencoded" {
		return nil, errInvalidRequest("the body must be application/x-www-form-urlencoded")
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxTokenRequestBody))
	if err != nil {
		return nil, errInvalidRequest(fmt.Sprintf("the request body could not be read or is larger than %d bytes", maxTokenRequestBody))
	}
	values, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, errInvalidRequest("the form body is malformed: " + err.Error())
	}
	form := make(map[string]string, len(values))
	for k, v := range values {
		if len(v) > 1 {
			return nil, errInvalidRequest(fmt.Sprintf("parameter %q appears more than once", k))
		}
		form[k] = v[0]
	}
	return form, nil
}

// limit counts a token request by id and refuses it, with Retry-After, when id
// has asked too often in the last minute.
func (s *Server) limit(w http.ResponseWriter, id string) *oauthError {
	v := s.limiter.attempt(id, s.now())
	if v.allowed {
		return nil
	}
	secs := int64(math.Ceil(v.retryAfter.Seconds()))
	if secs < 1 {
		secs = 1
	}
	w.Header().Set("Retry-After", strconv.FormatInt(secs, 10))
	return errTooManyRequests(fmt.Sprintf(
		"client %q asked for tokens too often: %d requests in the last minute, the limit is %d. "+
			"Reuse the access token until it expires instead of asking for a new one; retry after %d seconds",
		id, v.inWindow, s.limiter.limit, secs))
}

// grantedScopes checks the requested scopes against what c may have. No scope
// parameter means every scope c is allowed, as IdentityServer does.
func grantedScopes(c client, requested string) ([]string, *oauthError) {
	if len(requested) > maxScopeLen {
		return nil, errInvalidScope("the scope parameter is too long")
	}
	asked := strings.Fields(requested)
	if len(asked) == 0 {
		return c.scopes, nil
	}
	for _, sc := range asked {
		if !knownScope(sc) {
			return nil, errInvalidScope(fmt.Sprintf("scope %q is unknown; this server knows %s", sc, strings.Join(scopesSupported, " ")))
		}
		if !c.allowsScope(sc) {
			return nil, errInvalidScope(fmt.Sprintf("client %q is not allowed scope %q; it may ask for %s", c.id, sc, strings.Join(c.scopes, " ")))
		}
	}
	var granted []string // in canonical order, without repeats
	for _, sc := range c.scopes {
		for _, a := range asked {
			if a == sc {
				granted = append(granted, sc)
				break
			}
		}
	}
	return granted, nil
}

// issue signs an access token for c, shaped like IdentityServer's: typ at+jwt,
// kid, and iss nbf iat exp aud scope client_id jti, with no sub.
func (s *Server) issue(c client, scopes []string, x5t string) (string, error) {
	iat := s.now().Unix()
	claims := jwt.MapClaims{
		"iss":         s.IssuerURL,
		"nbf":         iat,
		"iat":         iat,
		"exp":         iat + s.ttl,
		"aud":         Audience,
		"scope":       scopes,
		"client_id":   c.id,
		"client_name": c.name,
		"jti":         newJTI(),
	}
	if x5t != "" { // bound to the client certificate (RFC 8705 §3.1)
		claims["cnf"] = map[string]string{"x5t#S256": x5t}
	}
	t := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	t.Header["typ"] = "at+jwt"
	key, err := s.signingKey()
	if err != nil {
		return "", err
	}
	t.Header["kid"] = key.kid
	raw, err := t.SignedString(key.private)
	if err != nil {
		return "", fmt.Errorf("demo: signing the access token failed: %w", err)
	}
	return raw, nil
}

// newJTI returns a random token id, 32 upper-case hex digits like IdentityServer's.
func newJTI() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return strings.ToUpper(hex.EncodeToString(b))
}
