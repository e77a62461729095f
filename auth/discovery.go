package auth

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// DefaultMetadataTTL is how long a discovery document or JWK Set is reused
// before it is read again: they are configuration, not content, so their
// HTTP cache headers (no-store, max-age=0…) are not obeyed.
const DefaultMetadataTTL = 24 * time.Hour

// MinMetadataTTL is the least a discovery document or JWK Set is reused.
const MinMetadataTTL = time.Hour

// MaxDiscoveryAge is the largest max-age FetchMetadata reports.
const MaxDiscoveryAge = DefaultMetadataTTL

// Metadata is the part of a provider's discovery document (OpenID Connect
// Discovery 1.0, or RFC 8414) that this package uses.
type Metadata struct {
	Issuer                            string   `json:"issuer"`
	TokenEndpoint                     string   `json:"token_endpoint"`
	JWKSURI                           string   `json:"jwks_uri"`
	ScopesSupported                   []string `json:"scopes_supported,omitempty"`
	TokenEndpointAuthMethodsSupported []string `json:"token_endpoint_auth_methods_supported,omitempty"`
	GrantTypesSupported               []string `json:"grant_types_supported,omitempty"`

	MTLSEndpointAliases map[string]string `json:"mtls_endpoint_aliases,omitempty"` // RFC 8705 §5: where certificate clients go

	URL       string    `json:"-"` // where the document was read
	FetchedAt time.Time `json:"-"` // when it was read from the network
	ExpiresAt time.Time `json:"-"` // until when it is cached
	FromCache bool      `json:"-"` // read from the cache, not the network
}

// discoveryFile is the on-disk form of a cached discovery document.
type discoveryFile struct {
	Issuer    string    `json:"configured_issuer"`
	URL       string    `json:"url"`
	FetchedAt time.Time `json:"fetched_at"`
	ExpiresAt time.Time `json:"expires_at"`
	Metadata  Metadata  `json:"metadata"`
}

func discoveryName(issuer string) string {
	return "discovery-" + shortHash(strings.TrimRight(issuer, "/")) + ".json"
}

// discoveryURLs lists where to look for the document of issuer: OpenID
// Connect's path appended to the issuer, then RFC 8414's (inserted between
// host and path, and appended, for issuers with a path).
func discoveryURLs(issuer string) ([]string, error) {
	u, err := url.Parse(strings.TrimRight(issuer, "/"))
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, sayErr(say(SayIssuerNotURL, ErrConfig, issuer), ErrConfig)
	}
	base := u.Scheme + "://" + u.Host
	path := strings.TrimRight(u.Path, "/")
	urls := []string{base + path + "/.well-known/openid-configuration"}
	urls = append(urls, base+"/.well-known/oauth-authorization-server"+path)
	if path != "" {
		urls = append(urls, base+path+"/.well-known/oauth-authorization-server")
	}
	return urls, nil
}

// sameIssuer compares issuers, tolerating only a trailing slash.
func sameIssuer(a, b string) bool {
	return strings.TrimRight(a, "/") == strings.TrimRight(b, "/")
}

// FetchMetadata reads the discovery document of issuer from the network
// (OpenID Connect, falling back to RFC 8414) and checks that it names the
// same issuer. maxAge is how long it may be cached: 24 h, or less if the
// response's Cache-Control says so.
func FetchMetadata(ctx context.Context, hc *http.Client, issuer string) (md *Metadata, maxAge time.Duration, err error) {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	urls, err := discoveryURLs(issuer)
	if err != nil {
		return nil, 0, err
	}
	var tried Errs
	for _, u := range urls {
		md, maxAge, status, err := fetchMetadataAt(withKind(ctx, KindDiscovery), hc, u)
		if err == nil {
			if !sameIssuer(md.Issuer, issuer) {
				return nil, 0, sayErr(say(SayIssuerMismatch, ErrIssuerMismatch, u, md.Issuer, issuer), ErrIssuerMismatch)
			}
			return md, maxAge, nil
		}
		if status == 0 || status == http.StatusTooManyRequests || status >= 500 {
			// A network failure or a server in trouble: asking the next URL would not help.
			return nil, 0, markErr(ErrDiscovery, err)
		}
		tried = append(tried, err)
	}
	return nil, 0, sayErr(say(SayDiscoveryFor, ErrDiscovery, issuer, tried), ErrDiscovery)
}

func fetchMetadataAt(ctx context.Context, hc *http.Client, u string) (*Metadata, time.Duration, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, 0, 0, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, 0, 0, sayErr(say(SayDiscoveryUnread, u, bareURLError(err)), bareURLError(err))
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, 0, 0, sayErr(say(SayDiscoveryUnread, u, err), err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, 0, resp.StatusCode, sayErr(say(SayDiscoveryHTTP, u, resp.StatusCode))
	}
	var md Metadata
	if err := json.Unmarshal(body, &md); err != nil {
		return nil, 0, resp.StatusCode, sayErr(say(SayDiscoveryNotJSON, u, err))
	}
	if md.Issuer == "" {
		return nil, 0, resp.StatusCode, sayErr(say(SayDiscoveryNoIss, u))
	}
	md.URL = u
	return &md, cacheMaxAge(resp.Header), resp.StatusCode, nil
}

// cacheMaxAge reads Cache-Control: no-store/no-cache → 0, max-age=N → N;
// the result never exceeds MaxDiscoveryAge.
func cacheMaxAge(h http.Header) time.Duration {
	age := MaxDiscoveryAge
	for _, d := range strings.Split(h.Get("Cache-Control"), ",") {
		d = strings.ToLower(strings.TrimSpace(d))
		switch {
		case d == "no-store" || d == "no-cache":
			return 0
		case strings.HasPrefix(d, "max-age="):
			if n, err := strconv.Atoi(strings.Trim(d[len("max-age="):], `"`)); err == nil {
				if a := time.Duration(n) * time.Second; a < age {
					age = a
				}
			}
		}
	}
	if age < 0 {
		age = 0
	}
	return age
}

// metadataTTL is how long discovery and JWKS are reused: Options.MetadataTTL,
// at least MinMetadataTTL, DefaultMetadataTTL when unset.
func (c *Client) metadataTTL() time.Duration {
	switch ttl := c.opts.MetadataTTL; {
	case ttl <= 0:
		return DefaultMetadataTTL
	case ttl < MinMetadataTTL:
		return MinMetadataTTL
	default:
		return ttl
	}
}

// Discover returns the provider's discovery document from memory or the
// disk cache while it is younger than the metadata TTL (whatever its
// Cache-Control said), else from the network; when the network fails, an
// older cached copy is used rather than nothing.
func (c *Client) Discover(ctx context.Context) (*Metadata, error) {
	return c.discover(ctx, false)
}

// discover returns the metadata; fresh skips the caches (a stale copy
// still answers when the network fails).
func (c *Client) discover(ctx context.Context, fresh bool) (*Metadata, error) {
	if c.opts.Issuer == "" {
		return nil, sayErr(say(SayNoIssuerDoc, ErrConfig), ErrConfig)
	}
	if !fresh {
		if md := c.cachedMetadata(false); md != nil {
			return md, nil
		}
	}
	// One process fetches; the others wait and read its cache.
	start := c.now()
	unlock, err := c.store.lock(ctx, strings.TrimSuffix(discoveryName(c.opts.Issuer), ".json"))
	if err != nil {
		return nil, err
	}
	defer unlock()
	if md := c.cachedMetadata(false); md != nil && (!fresh || !md.FetchedAt.Before(start)) {
		return md, nil
	}
	md, _, err := FetchMetadata(ctx, c.hc, c.opts.Issuer)
	if err != nil {
		if old := c.cachedMetadata(true); old != nil && !errors.Is(err, ErrIssuerMismatch) && ctx.Err() == nil {
			return old, nil // the provider is down or odd: the configuration it gave last still holds
		}
		return nil, err
	}
	now := c.now()
	md.FetchedAt, md.ExpiresAt = now, now.Add(c.metadataTTL())
	c.mdMu.Lock()
	c.md = md
	c.mdMu.Unlock()
	_ = c.store.write(discoveryName(c.opts.Issuer), discoveryFile{
		Issuer: c.opts.Issuer, URL: md.URL, FetchedAt: now, ExpiresAt: md.ExpiresAt, Metadata: *md,
	})
	cp := *md
	return &cp, nil
}

// cachedMetadata returns the discovery document from memory or disk, never
// the network: one younger than the TTL, or with stale any age.
func (c *Client) cachedMetadata(stale bool) *Metadata {
	now := c.now()
	ok := func(fetched time.Time) bool {
		return stale || (now.Before(fetched.Add(c.metadataTTL())) && !now.Before(fetched.Add(-time.Minute)))
	}
	c.mdMu.Lock()
	md := c.md
	c.mdMu.Unlock()
	if md != nil && ok(md.FetchedAt) {
		cp := *md
		cp.FromCache = true
		return &cp
	}
	var f discoveryFile
	if !c.store.read(discoveryName(c.opts.Issuer), &f) || !sameIssuer(f.Issuer, c.opts.Issuer) || !ok(f.FetchedAt) {
		return nil
	}
	m := f.Metadata
	m.URL, m.FetchedAt, m.ExpiresAt = f.URL, f.FetchedAt, f.FetchedAt.Add(c.metadataTTL())
	c.mdMu.Lock()
	if c.md == nil || m.FetchedAt.After(c.md.FetchedAt) {
		c.md = &m
	}
	c.mdMu.Unlock()
	cp := m
	cp.FromCache = true
	return &cp
}

// errNoDiscoveryCache means the token URL needs discovery and none is cached.
var errNoDiscoveryCache = errors.New("no cached discovery document")

// tokenURL is the explicit token URL, else the discovery document's. With
// cacheOnly it never touches the network and takes a cached document of
// any age.
func (c *Client) tokenURL(ctx context.Context, cacheOnly bool) (string, error) {
	if c.opts.TokenURL != "" {
		return c.opts.TokenURL, nil
	}
	var md *Metadata
	if cacheOnly {
		if md = c.cachedMetadata(true); md == nil {
			return "", errNoDiscoveryCache
		}
	} else {
		var err error
		if md, err = c.Discover(ctx); err != nil {
			return "", err
		}
	}
	if md.TokenEndpoint == "" {
		return "", sayErr(say(SayNoTokenEndpointIn, ErrDiscovery, c.opts.Issuer), ErrDiscovery)
	}
	return c.mtlsEndpoint(md), nil
}

// jwksURL is the explicit JWKS URL, else the discovery document's.
func (c *Client) jwksURL(ctx context.Context) (string, error) {
	if c.opts.JWKSURL != "" {
		return c.opts.JWKSURL, nil
	}
	if c.opts.Issuer == "" {
		return "", sayErr(say(SayNoJWKSSource, ErrConfig), ErrConfig)
	}
	md, err := c.Discover(ctx)
	if err != nil {
		return "", err
	}
	if md.JWKSURI == "" {
		return "", sayErr(say(SayNoJWKSURIIn, ErrDiscovery, c.opts.Issuer), ErrDiscovery)
	}
	return md.JWKSURI, nil
}
