package demo

// Client authentication with a signed JWT (RFC 7523 §2.2, OIDC Core §9):
// private_key_jwt with a registered public key, client_secret_jwt with a
// shared secret. The checks are IdentityServer's: assertion type, iss = sub
// = client_id, aud naming this server, exp not past (with its 5-minute
// clock skew), jti never seen before, kid registered, signature valid.

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// The client assertion type of RFC 7523.
const assertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"

// The demo clients that authenticate with a signed JWT. Their keys are
// public on purpose, like ClientSecret: the sandbox holds no real secrets.
const (
	// JWTClientID authenticates with private_key_jwt, signing with JWTClientKey.
	JWTClientID = "demo-jwt"
	// JWTKeyID is the kid under which JWTClientKey's public half is registered.
	JWTKeyID = "demo-jwt-1"
	// SecretJWTClientID authenticates with client_secret_jwt, signing with SecretJWTSecret.
	SecretJWTClientID = "demo-jwt-secret"
	// SecretJWTSecret is the shared secret of SecretJWTClientID: 32 bytes or
	// more, as HS256 needs (RFC 7518 §3.2).
	SecretJWTSecret = "demo-jwt-shared-secret-0123456789"
)

// JWTClientKey is the private key (ES256, PKCS#8 PEM) of JWTClientID. It is
// a test key, published in the source: never register it with a real provider.
const JWTClientKey = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgJAnMPaDG/qIebmHi
kFgIWxA5G1jjoGCsKuIzwSceKkqhRANCAARvwr7WKvZSGFFVvz4JQIKxeVr6Qvog
gLmjBncnDw2pLjLnmeB9lxCmBYVyHU6vebMEvRn/fx6qabrOoRR2Bm1M
-----END PRIVATE KEY-----
`

// assertionClockSkew is how far exp may be past, as IdentityServer's
// default JWT clock skew.
const assertionClockSkew = 5 * time.Minute

// maxAssertionLen bounds the client_assertion, like IdentityServer's
// InputLengthRestrictions.Jwt.
const maxAssertionLen = 51200

// jwtClientPublicKey is the public half of JWTClientKey.
func jwtClientPublicKey() crypto.PublicKey {
	block, _ := pem.Decode([]byte(JWTClientKey))
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		panic("demo: the embedded client key does not parse: " + err.Error())
	}
	return &k.(*ecdsa.PrivateKey).PublicKey
}

// jwtClients are the demo clients that authenticate with a signed JWT.
func jwtClients() []client {
	return []client{
		{id: JWTClientID, name: "Demo client with a private key (private_key_jwt)",
			keys:   map[string]crypto.PublicKey{JWTKeyID: jwtClientPublicKey()},
			scopes: []string{ScopeRead, ScopeWrite}, grants: []string{grantClientCredentials}},
		{id: SecretJWTClientID, name: "Demo client signing with its secret (client_secret_jwt)",
			jwtSecret: SecretJWTSecret,
			scopes:    []string{ScopeRead, ScopeWrite}, grants: []string{grantClientCredentials}},
	}
}

// replayCache remembers the jti of every assertion accepted until it expires.
type replayCache struct {
	mu   sync.Mutex
	seen map[string]time.Time // client id + jti → when it may be forgotten
}

// use records jti for id and reports false if it was seen already.
func (c *replayCache) use(id, jti string, until, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seen == nil {
		c.seen = map[string]time.Time{}
	}
	for k, t := range c.seen {
		if now.After(t) {
			delete(c.seen, k)
		}
	}
	key := id + "\x00" + jti
	if _, dup := c.seen[key]; dup {
		return false
	}
	c.seen[key] = until
	return true
}

// isAssertion reports whether the token request authenticates with a client assertion.
func isAssertion(form map[string]string) bool {
	_, a := form["client_assertion"]
	_, t := form["client_assertion_type"]
	return a || t
}

// assertionCredentials authenticates a token request by its client assertion.
// The returned credentials carry the client when the assertion is valid.
func (s *Server) assertionCredentials(r *http.Request, form map[string]string) (credentials, *oauthError) {
	raw := form["client_assertion"]
	switch {
	case r.Header.Get("Authorization") != "":
		return credentials{}, errInvalidRequest("the client authenticated twice, with an Authorization header and with a client assertion; use one method only")
	case form["client_secret"] != "":
		return credentials{}, errInvalidRequest("the client authenticated twice, with client_secret and with a client assertion; use one method only")
	case form["client_assertion_type"] != assertionType:
		return credentials{}, errInvalidClient(fmt.Sprintf("client_assertion_type must be %s", assertionType))
	case raw == "":
		return credentials{}, errInvalidClient("client_assertion is missing")
	case len(raw) > maxAssertionLen:
		return credentials{}, errInvalidClient("client_assertion is too long")
	}
	// Who says it is: the unverified sub, checked against client_id and iss below.
	var unverified jwt.MapClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &unverified); err != nil {
		return credentials{}, errInvalidClient("client_assertion is not a JWT: " + err.Error())
	}
	sub, _ := unverified["sub"].(string)
	id := form["client_id"]
	switch {
	case sub == "":
		return credentials{}, errInvalidClient("the client assertion has no sub; iss and sub must both be the client_id")
	case id != "" && id != sub:
		return credentials{id: id}, errInvalidClient(fmt.Sprintf("client_id %q differs from the client assertion's sub %q", id, sub))
	}
	creds := credentials{id: sub, method: "private_key_jwt"}
	c, ok := s.clients[sub]
	if !ok {
		return creds, errInvalidClient(fmt.Sprintf("client authentication failed (client assertion): the client id %q is unknown", sub))
	}
	if c.jwtSecret != "" {
		creds.method = "client_secret_jwt"
	}
	claims, oerr := s.verifyAssertion(c, raw)
	if oerr != nil {
		return creds, oerr
	}
	jti, _ := claims["jti"].(string)
	exp, _ := claims.GetExpirationTime()
	if !s.replays.use(c.id, jti, exp.Add(assertionClockSkew), s.now()) {
		return creds, errInvalidClient(fmt.Sprintf("the client assertion was replayed: jti %q was used already; sign a new assertion (with a new jti) for every token request", jti))
	}
	creds.client = &c
	return creds, nil
}

// verifyAssertion checks the assertion's signature by c's registered keys or
// secret, and its claims.
func (s *Server) verifyAssertion(c client, raw string) (jwt.MapClaims, *oauthError) {
	var (
		methods []string
		keyFn   jwt.Keyfunc
	)
	switch {
	case len(c.keys) > 0:
		methods = []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"}
		keyFn = func(t *jwt.Token) (any, error) {
			kid, _ := t.Header["kid"].(string)
			if kid != "" {
				k, ok := c.keys[kid]
				if !ok {
					return nil, unknownKidError{kid: kid, client: c.id}
				}
				return k, nil
			}
			var set jwt.VerificationKeySet // no kid: try every registered key, as IdentityServer does
			for _, k := range c.keys {
				set.Keys = append(set.Keys, k)
			}
			return set, nil
		}
	case c.jwtSecret != "":
		methods = []string{"HS256", "HS384", "HS512"}
		keyFn = func(*jwt.Token) (any, error) { return []byte(c.jwtSecret), nil }
	default:
		return nil, errInvalidClient(fmt.Sprintf("client %q has no key or JWT secret registered: it cannot authenticate with a client assertion", c.id))
	}
	var claims jwt.MapClaims
	_, err := jwt.ParseWithClaims(raw, &claims, keyFn,
		jwt.WithValidMethods(methods), jwt.WithTimeFunc(s.now), jwt.WithLeeway(assertionClockSkew),
		jwt.WithExpirationRequired(), jwt.WithIssuer(c.id), jwt.WithSubject(c.id))
	if err != nil {
		return nil, errInvalidClient("the client assertion is not valid: " + describeAssertionError(err))
	}
	aud, _ := claims.GetAudience()
	if !audienceIsUs(aud, s) {
		return nil, errInvalidClient(fmt.Sprintf("the client assertion's aud %q does not name this server: use the token endpoint %s", []string(aud), s.TokenURL))
	}
	if jti, _ := claims["jti"].(string); jti == "" {
		return nil, errInvalidClient("the client assertion has no jti; every assertion needs a unique one")
	}
	return claims, nil
}

// audienceIsUs: the aud must name the token endpoint or the issuer, the
// two audiences IdentityServer accepts.
func audienceIsUs(aud []string, s *Server) bool {
	for _, a := range aud {
		if a == s.TokenURL || a == s.IssuerURL || a == s.IssuerURL+"/" {
			return true
		}
	}
	return false
}

// describeAssertionError says why golang-jwt refused an assertion, in words.
func describeAssertionError(err error) string {
	var uk unknownKidError
	switch {
	case errors.As(err, &uk):
		return uk.Error()
	case errors.Is(err, jwt.ErrTokenExpired):
		return "it has expired (exp is past, beyond the 5-minute clock skew); check the client's clock"
	case errors.Is(err, jwt.ErrTokenNotValidYet), errors.Is(err, jwt.ErrTokenUsedBeforeIssued):
		return "it is not valid yet (nbf or iat in the future); check the client's clock"
	case errors.Is(err, jwt.ErrTokenRequiredClaimMissing):
		return "exp is missing"
	case errors.Is(err, jwt.ErrTokenInvalidIssuer), errors.Is(err, jwt.ErrTokenInvalidSubject):
		return "iss and sub must both be the client_id"
	case errors.Is(err, jwt.ErrTokenSignatureInvalid):
		return "the signature does not match the key registered for the client"
	}
	return err.Error()
}

// unknownKidError is an assertion signed with a kid the client did not register.
type unknownKidError struct{ kid, client string }

func (e unknownKidError) Error() string {
	return fmt.Sprintf("kid %q is not a key registered for client %q; register the public key (its JWK) with that kid, or fix client_key_id", e.kid, e.client)
}
