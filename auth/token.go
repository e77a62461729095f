package auth

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Token is an access token with what is known about it.
type Token struct {
	Raw        string    // the access token itself: a secret, never log it
	Type       string    // token_type, usually "Bearer"
	Expiry     time.Time // the earlier of expires_in and the JWT's exp
	ObtainedAt time.Time // when the token endpoint answered
	Scopes     []string  // granted scopes: the response's scope, else the JWT's, else those asked for
	FromCache  bool      // true when no request was made to get it
	Note       string    // remarks, e.g. expires_in and exp disagreeing
	TokenURL   string    // the endpoint that issued it
}

// Lifetime is the token's whole lifetime, from ObtainedAt to Expiry.
func (t *Token) Lifetime() time.Duration { return t.Expiry.Sub(t.ObtainedAt) }

// ExpiresIn is the life left at now (negative once expired).
func (t *Token) ExpiresIn(now time.Time) time.Duration { return t.Expiry.Sub(now) }

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

// tokenFile is a cached token on disk. It never holds the client secret.
type tokenFile struct {
	Version    int       `json:"version"`
	TokenURL   string    `json:"token_url"`
	ClientID   string    `json:"client_id"`
	Asked      []string  `json:"scopes_asked,omitempty"`
	Token      string    `json:"access_token"`
	Type       string    `json:"token_type"`
	Expiry     time.Time `json:"expiry"`
	ObtainedAt time.Time `json:"obtained_at"`
	Scopes     []string  `json:"scopes,omitempty"`
	Note       string    `json:"note,omitempty"`
}

func tokenName(key string) string { return "token-" + key + ".json" }

func (c *Client) keyFor(tokenURL string) string {
	return cacheKey(tokenURL, c.opts.ClientID, c.opts.Scopes, c.opts.Params)
}

// Token returns the cached token while it is valid (until expiry − margin),
// else makes ONE token request, shared with every process using the same
// cache directory. A warm call makes no network request at all.
func (c *Client) Token(ctx context.Context) (*Token, error) {
	return c.token(ctx, false)
}

// Renew forces a new token even if the cached one is valid. The guard may
// refuse: ErrRateLimited while the provider's Retry-After has not passed,
// ErrGuardRefused after MaxForcedPerMinute forced renewals in a minute.
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

// Cached returns the cached token from memory or disk, valid or not (check
// its Expiry), without any network request. ok is false when none is cached
// or when the token URL needs a discovery document that is not cached.
func (c *Client) Cached() (*Token, bool) {
	key, ok := c.cachedKey()
	if !ok {
		return nil, false
	}
	t := c.lookup(key)
	if t == nil {
		return nil, false
	}
	return t, true
}

// cachedKey is the cache key, computed without network.
func (c *Client) cachedKey() (string, bool) {
	u, err := c.tokenURL(context.Background(), true)
	if err != nil {
		return "", false
	}
	return c.keyFor(u), true
}

// lookup returns a copy of the token cached for key (memory, then disk).
func (c *Client) lookup(key string) *Token {
	c.memMu.Lock()
	if c.mem != nil && c.key == key {
		t := *c.mem
		c.memMu.Unlock()
		t.FromCache = true
		return &t
	}
	c.memMu.Unlock()
	return c.readDisk(key)
}

// remember keeps t as the memory copy for key.
func (c *Client) remember(t *Token, key string) {
	cp := *t
	c.memMu.Lock()
	c.mem, c.key = &cp, key
	c.memMu.Unlock()
}

// readDisk reads the token cached on disk for key; a corrupt or foreign
// file counts as none.
func (c *Client) readDisk(key string) *Token {
	var f tokenFile
	if !c.store.read(tokenName(key), &f) || f.Token == "" || f.ClientID != c.opts.ClientID {
		return nil
	}
	t := &Token{Raw: f.Token, Type: f.Type, Expiry: f.Expiry, ObtainedAt: f.ObtainedAt,
		Scopes: f.Scopes, Note: f.Note, TokenURL: f.TokenURL, FromCache: true}
	c.remember(t, key)
	return t
}

func (c *Client) token(ctx context.Context, force bool) (*Token, error) {
	start := c.now()
	tokenURL, err := c.tokenURL(ctx, false)
	if err != nil {
		return nil, err
	}
	key := c.keyFor(tokenURL)

	c.mu.Lock()
	defer c.mu.Unlock()
	cur := c.lookup(key)
	if !force && cur.usable(c.now(), c.margin) {
		return cur, nil
	}
	remaining := time.Duration(0)
	if cur != nil && cur.Expiry.After(c.now()) {
		remaining = cur.Expiry.Sub(c.now())
	}
	if err := c.checkRetryAfter(key, remaining); err != nil {
		return nil, err
	}
	if force {
		if err := c.checkForced(remaining); err != nil {
			return nil, err
		}
	}

	unlock, err := c.store.lock(ctx, "token-"+key)
	if err != nil {
		return nil, err
	}
	defer unlock()
	// Another process may have got a token while we waited for the lock.
	if t := c.readDisk(key); t != nil {
		if (!force && t.usable(c.now(), c.margin)) || (force && !t.ObtainedAt.Before(start)) {
			return t, nil
		}
	}
	if err := c.checkRetryAfter(key, remaining); err != nil {
		return nil, err
	}
	t, err := c.fetch(ctx, tokenURL, key, force)
	if err != nil {
		return nil, err
	}
	if werr := c.store.write(tokenName(key), tokenFile{
		Version: 1, TokenURL: tokenURL, ClientID: c.opts.ClientID, Asked: c.opts.Scopes,
		Token: t.Raw, Type: t.Type, Expiry: t.Expiry, ObtainedAt: t.ObtainedAt, Scopes: t.Scopes, Note: t.Note,
	}); werr != nil {
		t.Note = joinNote(t.Note, "not cached on disk: "+werr.Error())
	}
	c.remember(t, key)
	cp := *t
	return &cp, nil
}

// fetch sends ONE token request. Callers hold c.mu and the key's lock.
func (c *Client) fetch(ctx context.Context, tokenURL, key string, forced bool) (*Token, error) {
	if c.opts.Secret == nil {
		return nil, markErr(ErrNoSecret, errors.New("the profile has no client_secret"))
	}
	secret, err := c.opts.Secret(ctx)
	if err != nil {
		return nil, markErr(ErrNoSecret, err)
	}
	style := oauth2.AuthStyleInHeader
	if c.opts.AuthMethod == AuthMethodPost {
		style = oauth2.AuthStyleInParams
	}
	params := url.Values{}
	for k, v := range c.opts.Params {
		params.Set(k, v)
	}
	cfg := &clientcredentials.Config{
		ClientID:       c.opts.ClientID,
		ClientSecret:   secret,
		TokenURL:       tokenURL,
		Scopes:         c.opts.Scopes,
		EndpointParams: params,
		AuthStyle:      style, // explicit: AuthStyleAutoDetect would send a second request after a failure
	}
	hc := *c.hc
	hc.CheckRedirect = sameOriginOnly(c.hc.CheckRedirect)
	hctx := context.WithValue(withKind(ctx, KindToken), oauth2.HTTPClient, &hc)
	c.guard.record(ctx, forced)
	ot, err := cfg.TokenSource(hctx).Token()
	now := c.now()
	if err != nil {
		return nil, c.tokenError(err, tokenURL, key, now)
	}
	return c.buildToken(ot, tokenURL, now), nil
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
			return errors.New("stopped after 10 redirects")
		}
		if next != nil {
			return next(req, via)
		}
		return nil
	}
}

// tokenError types a failed token request and stores any Retry-After.
func (c *Client) tokenError(err error, tokenURL, key string, now time.Time) error {
	var re *oauth2.RetrieveError
	if !errors.As(err, &re) {
		if strings.Contains(err.Error(), "missing access_token") || strings.Contains(err.Error(), "cannot parse") {
			return fmt.Errorf("%w from %s: %v", ErrInvalidResponse, tokenURL, err)
		}
		return fmt.Errorf("the token request to %s failed: %w", tokenURL, bareURLError(err))
	}
	te := &TokenError{Code: re.ErrorCode, Description: re.ErrorDescription, URI: re.ErrorURI, TokenURL: tokenURL, Err: re}
	if re.Response != nil {
		te.StatusCode = re.Response.StatusCode
		if ra, ok := parseRetryAfter(re.Response.Header.Get("Retry-After"), now); ok {
			te.RetryAfter = ra
		}
	}
	if te.StatusCode == http.StatusTooManyRequests && te.RetryAfter.IsZero() {
		te.RetryAfter = now.Add(DefaultRetryAfter)
	}
	if !te.RetryAfter.IsZero() && (te.StatusCode == http.StatusTooManyRequests || te.StatusCode == http.StatusServiceUnavailable) {
		c.guard.setRetryAfter(key, te.RetryAfter, te.StatusCode)
	}
	return te
}

// buildToken fills a Token from the response, cross-checking expires_in
// with the JWT's exp.
func (c *Client) buildToken(ot *oauth2.Token, tokenURL string, now time.Time) *Token {
	t := &Token{Raw: ot.AccessToken, Type: ot.TokenType, ObtainedAt: now, TokenURL: tokenURL}
	if t.Type == "" {
		t.Type = "Bearer"
	}
	var fromExpiresIn time.Time
	if s, ok := expiresIn(ot.Extra("expires_in")); ok {
		fromExpiresIn = now.Add(time.Duration(s) * time.Second)
	}
	var fromExp time.Time
	j, jerr := Decode(ot.AccessToken)
	if jerr == nil {
		fromExp, _ = j.Time("exp")
	}
	switch {
	case !fromExpiresIn.IsZero() && !fromExp.IsZero():
		t.Expiry = fromExpiresIn
		if fromExp.Before(fromExpiresIn) {
			t.Expiry = fromExp
		}
		if d := fromExp.Sub(fromExpiresIn); d > time.Minute || d < -time.Minute {
			t.Note = fmt.Sprintf("expires_in (%s) and the JWT's exp (%s) differ by %s; using the earlier",
				fromExpiresIn.Format(time.RFC3339), fromExp.Format(time.RFC3339), Human(d))
		}
		if !fromExp.After(now) {
			// exp already past by our clock: the clock is off, not the token.
			t.Expiry = fromExpiresIn
			t.Note = fmt.Sprintf("the JWT's exp (%s) is already past by the local clock, which is probably ahead of the provider's by about %s; using expires_in",
				fromExp.Format(time.RFC3339), Human(fromExpiresIn.Sub(fromExp)))
		}
	case !fromExpiresIn.IsZero():
		t.Expiry = fromExpiresIn
	case !fromExp.IsZero() && fromExp.After(now):
		t.Expiry = fromExp
		t.Note = "no expires_in in the response; expiry from the JWT's exp"
	default:
		t.Expiry = now.Add(5 * time.Minute)
		t.Note = "the response has no expires_in and the token no exp; assuming it lives 5 minutes"
	}
	if jerr == nil {
		if iat, ok := j.Time("iat"); ok && iat.After(now.Add(time.Minute)) {
			t.Note = joinNote(t.Note, (&ClockSkewError{Skew: now.Sub(iat), Source: "iat claim"}).Error())
		}
	}
	switch sc := ot.Extra("scope").(type) {
	case string:
		t.Scopes = strings.Fields(sc)
	case []any:
		t.Scopes = stringOrList(sc, false)
	}
	if len(t.Scopes) == 0 && jerr == nil {
		t.Scopes = j.Scopes()
	}
	if len(t.Scopes) == 0 {
		t.Scopes = append([]string(nil), c.opts.Scopes...)
	}
	return t
}

func expiresIn(v any) (int64, bool) {
	switch v := v.(type) {
	case float64:
		return int64(v), v > 0
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		return n, err == nil && n > 0
	case int64:
		return v, v > 0
	}
	return 0, false
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}
