package auth

// Client authentication with a signed JWT instead of a secret on the wire:
// private_key_jwt and client_secret_jwt (RFC 7523 §2.2, OIDC Core §9).
// The assertion is signed only when a token request is really sent.

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"sync/atomic"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Auth methods that authenticate with a client assertion.
const (
	AuthMethodPrivateKeyJWT = "private_key_jwt"   // a JWT signed with the client's private key
	AuthMethodSecretJWT     = "client_secret_jwt" // a JWT signed (HMAC) with the client secret
)

// AssertionType is the client_assertion_type of a JWT client assertion.
const AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"

// AssertionLifetime is how long a client assertion is valid: short, since
// it is used at once and only once.
const AssertionLifetime = 60 * time.Second

// IsAssertionMethod reports whether method authenticates with a client assertion.
func IsAssertionMethod(method string) bool {
	return method == AuthMethodPrivateKeyJWT || method == AuthMethodSecretJWT
}

// Assertion is a client assertion as it was sent, without its signature:
// what the Flow shows and diagnose explains.
type Assertion struct {
	Header     map[string]any // alg, typ, kid
	Claims     map[string]any // iss, sub, aud, jti, iat, exp
	Alg        string
	KeyID      string // "" when the header has none
	Audience   string
	ID         string // jti
	IssuedAt   time.Time
	Expiry     time.Time
	Thumbprint string // RFC 7638 thumbprint of the public key (private_key_jwt)
}

// assertions is a Client's record of the assertions it signed.
type assertions struct {
	signed atomic.Int64
	mu     sync.Mutex
	last   *Assertion
	cert   *CertInfo // the client certificate last read (mTLS)
}

// AssertionsSigned is how many client assertions this client has signed:
// one per token request sent with private_key_jwt or client_secret_jwt,
// none for a token served from the cache.
func (c *Client) AssertionsSigned() int64 { return c.asr.signed.Load() }

// LastAssertion is the last client assertion signed, without its signature.
func (c *Client) LastAssertion() (Assertion, bool) {
	c.asr.mu.Lock()
	defer c.asr.mu.Unlock()
	if c.asr.last == nil {
		return Assertion{}, false
	}
	return *c.asr.last, true
}

// checkAssertionOptions validates the assertion settings of opts.
func checkAssertionOptions(opts Options) error {
	switch opts.AuthMethod {
	case AuthMethodPrivateKeyJWT:
		if opts.ClientKey == nil {
			return sayErr(say(SayCfgNeedsKey, ErrConfig), ErrConfig)
		}
		if a := opts.SigningAlg; a != "" {
			if _, ok := keyAlgs[a]; !ok {
				return sayErr(say(SayCfgKeyAlg, ErrConfig, a), ErrConfig)
			}
		}
	case AuthMethodSecretJWT:
		switch opts.SigningAlg {
		case "", "HS256", "HS384", "HS512":
		default:
			return sayErr(say(SayCfgNotHMAC, ErrConfig, opts.SigningAlg), ErrConfig)
		}
	case AuthMethodTLS, AuthMethodSelfSignedTLS:
		if opts.ClientCert == nil {
			return sayErr(say(SayCfgNeedsCert, ErrConfig, opts.AuthMethod), ErrConfig)
		}
	default:
		if opts.ClientCert != nil {
			return sayErr(say(SayCfgCertUnused, ErrConfig, opts.AuthMethod), ErrConfig)
		}
		if opts.ClientKey != nil && opts.AuthMethod != "" {
			return sayErr(say(SayCfgKeyUnused, ErrConfig, opts.AuthMethod), ErrConfig)
		}
	}
	return nil
}

// isTLSMethod reports whether method authenticates with a client certificate.
func isTLSMethod(method string) bool {
	return method == "tls_client_auth" || method == "self_signed_tls_client_auth"
}

// readKey reads the private key material of a private_key_jwt client.
func (c *Client) readKey(ctx context.Context) (string, error) {
	if c.opts.ClientKey == nil {
		return "", sayErr(say(SayNoClientKey), ErrNoSecret)
	}
	s, err := c.opts.ClientKey(ctx)
	if err != nil {
		return "", markErr(ErrNoSecret, err)
	}
	return s, nil
}

// assertionSettings is what, besides the key or secret, decides whether an
// assertion is accepted: part of the credentials' fingerprint, so that a
// failure held back for one kid or aud is not held for another.
func (c *Client) assertionSettings() string {
	if !IsAssertionMethod(c.opts.AuthMethod) {
		return ""
	}
	return "\x00" + c.opts.KeyID + "\x00" + c.opts.SigningAlg + "\x00" + c.opts.AssertionAudience
}

// signAssertion signs a fresh client assertion for tokenURL with material:
// the private key (private_key_jwt) or the client secret (client_secret_jwt).
func (c *Client) signAssertion(material, tokenURL string) (string, error) {
	now := c.now()
	aud := c.opts.AssertionAudience
	if aud == "" {
		aud = tokenURL
	}
	a := &Assertion{Audience: aud, ID: newAssertionID(), IssuedAt: now.Truncate(time.Second), Expiry: now.Add(AssertionLifetime).Truncate(time.Second)}
	var (
		method jwt.SigningMethod
		key    any
	)
	switch c.opts.AuthMethod {
	case AuthMethodPrivateKeyJWT:
		k, err := ParseClientKey([]byte(material), c.opts.SigningAlg)
		if err != nil {
			return "", sayErr(say(SayKeyCannotSignCfg, ErrConfig, err), ErrConfig, err)
		}
		a.Alg, a.KeyID, key = k.Alg, k.KeyID, k.Private
		if tp, err := Thumbprint(k.Private.Public()); err == nil {
			a.Thumbprint = tp
		}
	case AuthMethodSecretJWT:
		if material == "" {
			return "", sayErr(say(SaySecretEmpty), ErrNoSecret)
		}
		a.Alg, key = "HS256", []byte(material)
		if c.opts.SigningAlg != "" {
			a.Alg = c.opts.SigningAlg
		}
	default:
		return "", sayErr(say(SayMethodNoAssertion, ErrConfig, c.opts.AuthMethod), ErrConfig)
	}
	if c.opts.KeyID != "" {
		a.KeyID = c.opts.KeyID
	}
	if method = jwt.GetSigningMethod(a.Alg); method == nil {
		return "", sayErr(say(SayAlgNotSupported, ErrConfig, a.Alg), ErrConfig)
	}
	claims := jwt.MapClaims{
		"iss": c.opts.ClientID, // RFC 7523 §3: iss and sub are the client_id
		"sub": c.opts.ClientID,
		"aud": aud,
		"jti": a.ID, // unique, so the provider can refuse a replay
		"iat": a.IssuedAt.Unix(),
		"exp": a.Expiry.Unix(),
	}
	t := jwt.NewWithClaims(method, claims)
	if a.KeyID != "" {
		t.Header["kid"] = a.KeyID
	}
	raw, err := t.SignedString(key)
	if err != nil {
		return "", sayErr(say(SayAssertionSignFail, ErrConfig, err), ErrConfig, err)
	}
	c.asr.signed.Add(1)
	a.Header = make(map[string]any, len(t.Header))
	for k, v := range t.Header {
		a.Header[k] = v
	}
	a.Claims = map[string]any(claims)
	c.asr.mu.Lock()
	c.asr.last = a
	c.asr.mu.Unlock()
	return raw, nil
}

// newAssertionID is a random jti.
func newAssertionID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
