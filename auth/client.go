package auth

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Auth methods (RFC 7591 token_endpoint_auth_method values).
const (
	AuthMethodBasic = "client_secret_basic" // HTTP Basic, id and secret form-urlencoded first (RFC 6749 §2.3.1)
	AuthMethodPost  = "client_secret_post"  // client_id and client_secret in the form body
)

// DefaultMargin is how long before expiry a cached token stops being reused.
const DefaultMargin = 60 * time.Second

// Options configures a Client. Only ClientID and one of Issuer or TokenURL
// are required.
type Options struct {
	Profile    string                                    // profile name, for the per-profile request count
	Issuer     string                                    // discovery base; optional when TokenURL is set
	TokenURL   string                                    // wins over discovery's token_endpoint
	JWKSURL    string                                    // wins over discovery's jwks_uri
	ClientID   string                                    // the client's id
	Secret     func(ctx context.Context) (string, error) // called ONLY when a token request is about to be sent
	Scopes     []string                                  // scopes to ask for
	AuthMethod string                                    // AuthMethodBasic (default) or AuthMethodPost; never auto-detected
	Params     map[string]string                         // extra token request fields (audience, resource…)
	Audience   string                                    // expected "aud" when verifying; "" = Params["audience"] or Params["resource"], else unchecked
	CacheDir   string                                    // "" = memory only; see DefaultCacheDir
	Margin     time.Duration                             // reuse a token until expiry − Margin; 0 = DefaultMargin
	Leeway     time.Duration                             // clock leeway when verifying exp/nbf; 0 = none
	// MetadataTTL is how long discovery and JWKS are reused whatever their
	// cache headers; 0 = DefaultMetadataTTL, at least MinMetadataTTL.
	MetadataTTL time.Duration
	HTTPClient  *http.Client     // nil = a client with a 30 s timeout
	Now         func() time.Time // nil = time.Now

	// Client assertions (private_key_jwt, client_secret_jwt); see assertion.go.
	ClientKey         func(ctx context.Context) (string, error) // private_key_jwt: the private key (PEM or JWK), read like Secret
	KeyID             string                                    // the assertion's kid; "" = the JWK's own kid, else none
	SigningAlg        string                                    // RS256, PS256, ES256…, HS256 for client_secret_jwt; "" = the key's natural one
	AssertionAudience string                                    // the assertion's aud; "" = the token endpoint
	ClientCert        func(ctx context.Context) (string, error) // tls_client_auth, self_signed_tls_client_auth: the certificate (PEM) HTTPClient presents
}

// Client gets, caches and guards the tokens of one profile. It is safe for
// concurrent use; token requests are serialised within the process and,
// through a file lock, with every process sharing CacheDir.
type Client struct {
	opts   Options
	hc     *http.Client
	now    func() time.Time
	margin time.Duration
	store  *store
	guard  *guard
	traces traceLog

	mu sync.Mutex // serialises token acquisition

	fpMu   sync.Mutex // guards the secret read last and its fingerprint
	secret string     // the secret read at fpAt, reused for secretMemo
	fp     string
	fpErr  error
	fpAt   time.Time

	memMu sync.Mutex // guards mem and key
	mem   *Token     // the last token seen
	key   string     // cache key of mem

	mdMu sync.Mutex
	md   *Metadata

	jwksMu sync.Mutex
	jwks   map[string]*jwksEntry

	asr assertions // client assertions signed
}

// New checks opts and returns a Client. It makes no network request.
func New(opts Options) (*Client, error) {
	if strings.TrimSpace(opts.ClientID) == "" {
		return nil, sayErr(say(SayCfgNoClientID, ErrConfig), ErrConfig)
	}
	if opts.Issuer == "" && opts.TokenURL == "" {
		return nil, sayErr(say(SayCfgNoEndpoint, ErrConfig), ErrConfig)
	}
	for name, u := range map[string]string{"issuer": opts.Issuer, "token_url": opts.TokenURL, "jwks_url": opts.JWKSURL} {
		if u == "" {
			continue
		}
		if p, err := url.Parse(u); err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
			return nil, sayErr(say(SayCfgNotHTTP, ErrConfig, name, u), ErrConfig)
		}
	}
	switch opts.AuthMethod {
	case "":
		opts.AuthMethod = AuthMethodBasic
	case AuthMethodBasic, AuthMethodPost, AuthMethodPrivateKeyJWT, AuthMethodSecretJWT, AuthMethodTLS, AuthMethodSelfSignedTLS:
	default:
		return nil, sayErr(say(SayCfgBadMethod, ErrConfig, opts.AuthMethod,
			AuthMethodBasic, AuthMethodPost, AuthMethodPrivateKeyJWT, AuthMethodSecretJWT, AuthMethodTLS, AuthMethodSelfSignedTLS), ErrConfig)
	}
	if err := checkAssertionOptions(opts); err != nil {
		return nil, err
	}
	for k := range opts.Params {
		switch k {
		case "grant_type", "scope", "client_id", "client_secret", "client_assertion", "client_assertion_type":
			return nil, sayErr(say(SayCfgReservedParam, ErrConfig, k), ErrConfig)
		}
	}
	c := &Client{opts: opts, now: opts.Now, margin: opts.Margin}
	if c.now == nil {
		c.now = time.Now
	}
	if c.margin <= 0 {
		c.margin = DefaultMargin
	}
	c.store = &store{dir: opts.CacheDir}
	c.guard = &guard{st: c.store, now: c.now}
	c.hc = tracedClient(opts.HTTPClient, c.traces.add, c.now)
	return c, nil
}

// Options returns the options the client was built with (AuthMethod and
// Margin filled in).
func (c *Client) Options() Options {
	o := c.opts
	o.Margin = c.margin
	return o
}

// HTTPClient returns the traced HTTP client used for discovery, JWKS and
// token requests.
func (c *Client) HTTPClient() *http.Client { return c.hc }

// Traces returns the recorded exchanges, oldest first, secrets masked.
func (c *Client) Traces() []Exchange { return c.traces.list() }

// expectedAudience is the "aud" to check when verifying, "" for none.
func (c *Client) expectedAudience() string {
	if c.opts.Audience != "" {
		return c.opts.Audience
	}
	if a := c.opts.Params["audience"]; a != "" {
		return a
	}
	return c.opts.Params["resource"]
}
