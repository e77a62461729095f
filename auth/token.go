package auth

import (
	"context"
	"errors"
	"math"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Token is an access token with what is known about it.
type Token struct {
	Raw        string    // the access token itself: a secret, never log it
	Type       string    // token_type, usually "Bearer"
	Expiry     time.Time // the earlier of expires_in and the JWT's exp, clamped
	ObtainedAt time.Time // when the token endpoint answered
	ObtainedBy string    // the profile whose request got it (another profile with the same credentials, maybe)
	TokenURL   string    // the endpoint that issued it
	FromCache  bool      // true when no request was made to get it
	Note       string    // remarks, e.g. expires_in and exp disagreeing (Notes in English)
	Notes      []Phrase  // Note as phrases; nil for a note read back from an older cache file

	Scopes     []string // granted scopes: as stated by ScopesFrom, else those asked for
	ScopesFrom string   // where Scopes come from: ScopesFromResponse, ScopesFromToken or ScopesAssumed
	Asked      []string // the scopes asked for
	Missing    []string // asked for but not granted (only when the provider stated what it granted)
}

// Where a token's granted scopes come from.
const (
	ScopesFromResponse = "response" // the token response's "scope"
	ScopesFromToken    = "token"    // the JWT's "scope" or "scp"
	ScopesAssumed      = "assumed"  // neither says: RFC 6749 §5.1 means those asked for
)

// Lifetime is the token's whole lifetime, from ObtainedAt to Expiry.
func (t *Token) Lifetime() time.Duration { return t.Expiry.Sub(t.ObtainedAt) }

// ExpiresIn is the life left at now (negative once expired).
func (t *Token) ExpiresIn(now time.Time) time.Duration { return t.Expiry.Sub(now) }

// SharedFrom names the other profile whose token request got this token
// with the same credentials; "" when it was this profile's own.
func (t *Token) SharedFrom(profile string) string {
	if t == nil || t.ObtainedBy == "" || t.ObtainedBy == profile {
		return ""
	}
	return t.ObtainedBy
}

// usable says whether the token may be reused at now: until expiry − margin,
// with the margin capped at half the lifetime so a short-lived token is
// still reused.
func (t *Token) usable(now time.Time, margin time.Duration) bool {
	if t == nil || t.Raw == "" {
		return false
	}
	if half := t.Lifetime() / 2; margin > half {
		margin = half
	}
	return now.Before(t.Expiry.Add(-margin)) && !now.Before(t.ObtainedAt.Add(-5*time.Minute))
}

// tokenFile is a cached token on disk. It never holds the client secret:
// its name is a hash of the credentials, the secret's part of it a keyed
// fingerprint.
type tokenFile struct {
	Version    int       `json:"version"`
	TokenURL   string    `json:"token_url"`
	ClientID   string    `json:"client_id"`
	Profile    string    `json:"profile,omitempty"`
	Asked      []string  `json:"scopes_asked,omitempty"`
	Token      string    `json:"access_token"`
	Type       string    `json:"token_type"`
	Expiry     time.Time `json:"expiry"`
	ObtainedAt time.Time `json:"obtained_at"`
	Scopes     []string  `json:"scopes,omitempty"`
	ScopesFrom string    `json:"scopes_from,omitempty"`
	Missing    []string  `json:"scopes_missing,omitempty"`
	Note       string    `json:"note,omitempty"`
	Notes      []Phrase  `json:"notes,omitempty"` // Note as phrases, to be written in any language
}

// tokenFileVersion changes when the naming of credentials does.
const tokenFileVersion = 2

func tokenName(key string) string { return "token-" + key + ".json" }

// Token returns the cached token while it is valid (until expiry − margin),
// else makes ONE token request, shared with every process using the same
// cache directory. A warm call makes no network request at all. After a
// failure it sends nothing (see HeldError) until the credentials change,
// the back-off passes, or Renew is called.
func (c *Client) Token(ctx context.Context) (*Token, error) {
	return c.token(ctx, false)
}

// Renew forces a new token even if the cached one is valid, and retries
// credentials the provider refused. The guard may still refuse: while the
// provider's Retry-After or the back-off after transient failures has not
// passed (HeldError), or after MaxForcedPerMinute forced renewals of the
// client in a minute (ErrGuardRefused).
func (c *Client) Renew(ctx context.Context) (*Token, error) {
	return c.token(ctx, true)
}

// TokenSource adapts the client to oauth2.TokenSource, sharing its cache.
func (c *Client) TokenSource(ctx context.Context) oauth2.TokenSource {
	return tokenSource{ctx: ctx, c: c}
}

type tokenSource struct {
	ctx context.Context
	c   *Client
}

func (s tokenSource) Token() (*oauth2.Token, error) {
	t, err := s.c.Token(s.ctx)
	if err != nil {
		return nil, err
	}
	return &oauth2.Token{AccessToken: t.Raw, TokenType: t.Type, Expiry: t.Expiry}, nil
}

// Cached returns the cached token of these credentials from memory or
// disk, valid or not (check its Expiry), without any network request; the
// secret is read the first time only. ok is false when none is cached,
// when the token URL needs a discovery document that is not cached, or
// when the secret cannot be read.
func (c *Client) Cached() (*Token, bool) {
	cr, err := c.cachedCreds(context.Background())
	if err != nil {
		return nil, false
	}
	t := c.lookup(cr.key)
	return t, t != nil
}

// cachedCreds are the credentials' keys, computed without network and,
// once the secret was read, without reading it again: a screen that looks
// in the cache every second must not run a cmd: secret every time. (A
// token request always reads it afresh.)
func (c *Client) cachedCreds(ctx context.Context) (creds, error) {
	u, err := c.tokenURL(ctx, true)
	if err != nil {
		return creds{}, err
	}
	_, cr, err := c.secretAndCreds(ctx, u, math.MaxInt64)
	return cr, err
}

// lookup returns a copy of the newest token cached for key, in memory or
// on disk (another process may have got a newer one).
func (c *Client) lookup(key string) *Token {
	c.memMu.Lock()
	var mem *Token
	if c.mem != nil && c.key == key {
		cp := *c.mem
		mem = &cp
	}
	c.memMu.Unlock()
	if d := c.readDisk(key); d != nil && (mem == nil || d.ObtainedAt.After(mem.ObtainedAt)) {
		return d
	}
	if mem != nil {
		mem.FromCache = true
	}
	return mem
}

// remember keeps t as the memory copy for key.
func (c *Client) remember(t *Token, key string) {
	cp := *t
	c.memMu.Lock()
	c.mem, c.key = &cp, key
	c.memMu.Unlock()
}

// readDisk reads the token cached on disk for key; a corrupt, foreign or
// older-format file counts as none.
func (c *Client) readDisk(key string) *Token {
	var f tokenFile
	if !c.store.read(tokenName(key), &f) || f.Version != tokenFileVersion || f.Token == "" || f.ClientID != c.opts.ClientID {
		return nil
	}
	t := &Token{Raw: f.Token, Type: f.Type, Expiry: f.Expiry, ObtainedAt: f.ObtainedAt, ObtainedBy: f.Profile,
		Scopes: f.Scopes, ScopesFrom: f.ScopesFrom, Asked: f.Asked, Missing: f.Missing,
		Note: f.Note, Notes: f.Notes, TokenURL: f.TokenURL, FromCache: true}
	if JoinPhrases(t.Notes) != t.Note {
		t.Notes = nil // written by another version: the English note stands
	}
	c.remember(t, key)
	return t
}

func (c *Client) token(ctx context.Context, force bool) (*Token, error) {
	t, err := c.tokenOnce(ctx, force)
	if err == nil || !c.endpointMayHaveMoved(err) {
		return t, err
	}
	// The endpoint from the cached discovery document did not answer as a
	// token endpoint: read the document again, and if the endpoint moved,
	// ask the new one (other credentials' keys, so nothing is held there).
	old, _ := c.tokenURL(ctx, true)
	md, derr := c.discover(ctx, true)
	if derr != nil || md.TokenEndpoint == "" || md.TokenEndpoint == old {
		return t, err
	}
	return c.tokenOnce(ctx, force)
}

// endpointMayHaveMoved says whether err is a sign that the token endpoint
// named by a cached discovery document is no longer there.
func (c *Client) endpointMayHaveMoved(err error) bool {
	if c.opts.TokenURL != "" || c.opts.Issuer == "" {
		return false
	}
	var te *TokenError
	if errors.As(err, &te) {
		switch te.StatusCode {
		case http.StatusNotFound, http.StatusGone, http.StatusMethodNotAllowed,
			http.StatusMovedPermanently, http.StatusFound, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
			return true
		}
		return false
	}
	switch classify(err) {
	case CodeDNS, CodeConnectionRefused:
		return !errors.Is(err, ErrHeldBack)
	}
	return false
}

func (c *Client) tokenOnce(ctx context.Context, force bool) (*Token, error) {
	start := c.now()
	if err := c.store.check(); err != nil {
		return nil, err
	}
	// A warm call asks nobody: the token endpoint from the cached discovery
	// document (of any age), the token from the cache.
	if !force {
		if u, err := c.tokenURL(ctx, true); err == nil {
			if cr, err := c.credsFor(ctx, u); err == nil {
				if t := c.lookup(cr.key); t.usable(c.now(), c.margin) {
					return t, nil
				}
			}
		}
	}
	tokenURL, err := c.tokenURL(ctx, false)
	if err != nil {
		return nil, err
	}
	cr, err := c.credsFor(ctx, tokenURL)
	if err != nil {
		return nil, err
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	cur := c.lookup(cr.key)
	if !force && cur.usable(c.now(), c.margin) {
		return cur, nil
	}
	remaining := time.Duration(0)
	if cur != nil && cur.Expiry.After(c.now()) {
		remaining = cur.Expiry.Sub(c.now())
	}
	// A request is needed: read the secret as it is now (it may have been
	// fixed since it was memoized), and look again under its credentials.
	secret, fresh, err := c.secretAndCreds(ctx, tokenURL, freshSecret)
	if err != nil {
		return nil, err
	}
	if fresh.key != cr.key {
		cr = fresh
		if cur = c.lookup(cr.key); !force && cur.usable(c.now(), c.margin) {
			return cur, nil
		}
	}
	if err := c.held(cr, force, start, remaining); err != nil {
		return nil, err
	}

	// One process per client asks; the others wait here and share its outcome.
	unlock, err := c.store.lock(ctx, "token-"+cr.client)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if t := c.readDisk(cr.key); t != nil {
		if (!force && t.usable(c.now(), c.margin)) || (force && !t.ObtainedAt.Before(start)) {
			return t, nil
		}
	}
	if err := c.held(cr, force, start, remaining); err != nil {
		return nil, err
	}
	t, err := c.fetch(ctx, cr, secret, force)
	if err != nil {
		return nil, err
	}
	if werr := c.store.write(tokenName(cr.key), tokenFile{
		Version: tokenFileVersion, TokenURL: tokenURL, ClientID: c.opts.ClientID, Profile: c.opts.Profile,
		Asked: c.opts.Scopes, Token: t.Raw, Type: t.Type, Expiry: t.Expiry, ObtainedAt: t.ObtainedAt,
		Scopes: t.Scopes, ScopesFrom: t.ScopesFrom, Missing: t.Missing, Note: t.Note, Notes: t.Notes,
	}); werr != nil {
		t.addNote(say(SayNotCachedDisk, werr))
	}
	c.remember(t, cr.key)
	cp := *t
	return &cp, nil
}

// fetch sends ONE token request and records it and its outcome. Callers
// hold c.mu and the client's lock.
func (c *Client) fetch(ctx context.Context, cr creds, secret string, forced bool) (*Token, error) {
	style := oauth2.AuthStyleInHeader
	if c.opts.AuthMethod == AuthMethodPost {
		style = oauth2.AuthStyleInParams
	}
	params := url.Values{}
	for k, v := range c.opts.Params {
		params.Set(k, v)
	}
	if IsAssertionMethod(c.opts.AuthMethod) {
		// Signed here, for this request only: a cached token needs none.
		raw, err := c.signAssertion(secret, cr.tokenURL)
		if err != nil {
			return nil, err
		}
		params.Set("client_assertion_type", AssertionType)
		params.Set("client_assertion", raw)
		secret, style = "", oauth2.AuthStyleInParams // client_id in the body, no client_secret at all
	}
	if isTLSMethod(c.opts.AuthMethod) {
		secret, style = "", oauth2.AuthStyleInParams // the certificate on the connection proves the client
	}
	cfg := &clientcredentials.Config{
		ClientID:       c.opts.ClientID,
		ClientSecret:   secret,
		TokenURL:       cr.tokenURL,
		Scopes:         c.opts.Scopes,
		EndpointParams: params,
		AuthStyle:      style, // explicit: AuthStyleAutoDetect would send a second request after a failure
	}
	hc := *c.hc
	hc.CheckRedirect = sameOriginOnly(c.hc.CheckRedirect)
	hctx := context.WithValue(withKind(ctx, KindToken), oauth2.HTTPClient, &hc)
	sent := c.now()
	c.recordRequest(ctx, cr, sent, forced)
	ot, err := cfg.TokenSource(hctx).Token()
	now := c.now()
	var t *Token
	if err == nil {
		t, err = c.buildToken(ot, cr.tokenURL, now)
	} else {
		err = c.tokenError(err, cr.tokenURL, now)
	}
	c.recordOutcome(ctx, cr, sent, err)
	return t, err
}

// sameOriginOnly is the redirect policy of token requests: a redirect is
// followed only to the same scheme, host and port. Anywhere else the
// credentials would travel with it (Go keeps the Authorization header for
// another port of the same host, and a 307/308 re-sends a
// client_secret_post body), so the redirect itself is returned and reported
// as the token endpoint's answer.
func sameOriginOnly(next func(*http.Request, []*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		from := via[0].URL
		if !strings.EqualFold(from.Scheme, req.URL.Scheme) || !strings.EqualFold(from.Host, req.URL.Host) {
			return http.ErrUseLastResponse
		}
		if len(via) >= 10 {
			return sayErr(say(SayTooManyRedirects))
		}
		if next != nil {
			return next(req, via)
		}
		return nil
	}
}

// tokenError types a failed token request.
func (c *Client) tokenError(err error, tokenURL string, now time.Time) error {
	var re *oauth2.RetrieveError
	if !errors.As(err, &re) {
		if strings.Contains(err.Error(), "missing access_token") || strings.Contains(err.Error(), "cannot parse") {
			return sayErr(say(SayBadTokenResponse, ErrInvalidResponse, tokenURL, err), ErrInvalidResponse)
		}
		return &methodError{method: c.opts.AuthMethod, err: sayErr(say(SayTokenRequestFail, tokenURL, bareURLError(err)), bareURLError(err))}
	}
	te := &TokenError{Code: re.ErrorCode, Description: re.ErrorDescription, URI: re.ErrorURI, TokenURL: tokenURL,
		AuthMethod: c.opts.AuthMethod, Err: re}
	if re.Response != nil {
		te.StatusCode = re.Response.StatusCode
		if ra, ok := parseRetryAfter(re.Response.Header.Get("Retry-After"), now); ok {
			te.RetryAfter = ra
		}
	}
	if te.StatusCode == http.StatusTooManyRequests && !te.RetryAfter.After(now) {
		te.RetryAfter = now.Add(DefaultRetryAfter)
	}
	return te
}

// addNote adds a remark to the token's notes.
func (t *Token) addNote(p Phrase) {
	t.Notes = append(t.Notes, p)
	t.Note = JoinPhrases(t.Notes)
}

// NoteParts is Note as phrases: a note read back from a cache file that
// kept only its English is one phrase of data.
func (t *Token) NoteParts() []Phrase {
	if len(t.Notes) == 0 && t.Note != "" {
		return []Phrase{say(SayError, t.Note)}
	}
	return t.Notes
}
