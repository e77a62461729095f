package auth

// Fetching a JWK Set once and pinning algorithms to key types.

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/MicahParks/keyfunc/v3"
)

// jwksEntry is a JWK Set read once, kept in memory.
type jwksEntry struct {
	kf        keyfunc.Keyfunc
	kids      []string
	skipped   []string
	fetchedAt time.Time
}

// jwksRefreshEvery rate-limits re-reading a JWK Set on an unknown kid.
const jwksRefreshEvery = time.Minute

// jwksFile is a JWK Set cached on disk, as the provider served it.
type jwksFile struct {
	URL       string          `json:"url"`
	FetchedAt time.Time       `json:"fetched_at"`
	Set       json.RawMessage `json:"jwks"`
}

func jwksName(u string) string { return "jwks-" + shortHash(u) + ".json" }

// fetchJWKSBody reads the JWK Set document at u.
func fetchJWKSBody(ctx context.Context, hc *http.Client, u string) ([]byte, error) {
	req, err := http.NewRequestWithContext(withKind(ctx, KindJWKS), http.MethodGet, u, nil)
	if err != nil {
		return nil, sayErr(say(SayJWKSBadURL, u, err), err)
	}
	req.Header.Set("Accept", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, sayErr(say(SayJWKSFetch, u, bareURLError(err)), bareURLError(err))
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, sayErr(say(SayJWKSRead, u, err), err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, sayErr(say(SayJWKSHTTP, u, resp.StatusCode))
	}
	return body, nil
}

// parseJWKS keeps every key of a JWK Set that can verify signatures;
// symmetric ("oct") and broken keys are skipped and listed.
func parseJWKS(ctx context.Context, u string, body []byte, fetchedAt time.Time) (*jwksEntry, error) {
	var set struct {
		Keys []json.RawMessage `json:"keys"`
	}
	if err := json.Unmarshal(body, &set); err != nil {
		return nil, sayErr(say(SayJWKSNotJSON, u, err))
	}
	st := jwkset.NewMemoryStorage()
	e := &jwksEntry{fetchedAt: fetchedAt}
	for i, raw := range set.Keys {
		k, err := jwkset.NewJWKFromRawJSON(raw, jwkset.JWKMarshalOptions{}, jwkset.JWKValidateOptions{})
		if err != nil {
			e.skipped = append(e.skipped, fmt.Sprintf("key %d: %v", i, err))
			continue
		}
		if k.Marshal().USE == jwkset.UseEnc {
			e.skipped = append(e.skipped, fmt.Sprintf("key %q: for encryption, not signatures", k.Marshal().KID))
			continue
		}
		if err := st.KeyWrite(ctx, k); err != nil {
			e.skipped = append(e.skipped, fmt.Sprintf("key %d: %v", i, err))
			continue
		}
		e.kids = append(e.kids, k.Marshal().KID)
	}
	if len(e.kids) == 0 {
		return nil, sayErr(say(SayJWKSNoKey, u, strings.Join(e.skipped, "; ")))
	}
	var err error
	e.kf, err = keyfunc.New(keyfunc.Options{Ctx: ctx, Storage: st})
	if err != nil {
		return nil, err
	}
	return e, nil
}

// jwksKeys returns the JWK Set at u: from memory or the disk cache while
// younger than the metadata TTL (its cache headers are not obeyed), else
// from the network, then cached. refresh (an unknown kid) reads it again
// unless it was read less than jwksRefreshEvery ago. When the network
// fails, a cached set of any age still answers.
func (c *Client) jwksKeys(ctx context.Context, u string, refresh bool) (*jwksEntry, error) {
	c.jwksMu.Lock()
	defer c.jwksMu.Unlock()
	now := c.now()
	young := func(at time.Time) bool { return now.Sub(at) < c.metadataTTL() && !now.Before(at.Add(-time.Minute)) }
	e := c.jwks[u]
	if e == nil || !young(e.fetchedAt) || refresh {
		var f jwksFile
		if c.store.read(jwksName(u), &f) && f.URL == u {
			if d, err := parseJWKS(ctx, u, f.Set, f.FetchedAt); err == nil && (e == nil || d.fetchedAt.After(e.fetchedAt)) {
				e = d
			}
		}
	}
	if e != nil && young(e.fetchedAt) && (!refresh || now.Sub(e.fetchedAt) < jwksRefreshEvery) {
		c.rememberJWKS(u, e)
		return e, nil
	}
	body, err := fetchJWKSBody(ctx, c.hc, u)
	var ne *jwksEntry
	if err == nil {
		ne, err = parseJWKS(ctx, u, body, now)
	}
	if err != nil {
		if e != nil && ctx.Err() == nil {
			c.rememberJWKS(u, e)
			return e, nil // the provider is down or odd: the keys it gave last still hold
		}
		return nil, err
	}
	_ = c.store.write(jwksName(u), jwksFile{URL: u, FetchedAt: now, Set: body})
	c.rememberJWKS(u, ne)
	return ne, nil
}

func (c *Client) rememberJWKS(u string, e *jwksEntry) {
	if c.jwks == nil {
		c.jwks = map[string]*jwksEntry{}
	}
	c.jwks[u] = e
}

// methodsFor pins the algorithms a key may verify (RFC 8725 §3.1): RSA keys
// RS*/PS*, EC keys the ES* of their curve, Ed25519 EdDSA; never "none" and
// never HS* with a public key. A JWK "alg" narrows it to that one.
func methodsFor(key any, jwkAlg string) []string {
	var m []string
	switch k := key.(type) {
	case *rsa.PublicKey:
		m = []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"}
	case *ecdsa.PublicKey:
		switch k.Curve.Params().Name {
		case "P-256":
			m = []string{"ES256"}
		case "P-384":
			m = []string{"ES384"}
		case "P-521":
			m = []string{"ES512"}
		}
	case ed25519.PublicKey:
		m = []string{"EdDSA"}
	}
	if jwkAlg == "" {
		return m
	}
	for _, a := range m {
		if a == jwkAlg {
			return []string{a}
		}
	}
	return nil
}

func publicOf(key any) any {
	if p, ok := key.(interface{ Public() crypto.PublicKey }); ok {
		return p.Public()
	}
	switch k := key.(type) {
	case *rsa.PrivateKey:
		return &k.PublicKey
	case *ecdsa.PrivateKey:
		return &k.PublicKey
	case ed25519.PrivateKey:
		return k.Public()
	}
	return key
}
