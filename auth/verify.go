package auth

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/golang-jwt/jwt/v5"
)

// VerifyStatus is the outcome of a verification.
type VerifyStatus int

// The outcomes of a verification.
const (
	NotChecked VerifyStatus = iota // could not be checked (opaque token, JWKS unreachable…)
	Verified                       // signature and times are good
	Failed                         // the signature, the algorithm, the times, iss or aud are wrong
)

// String is "not checked", "verified" or "failed".
func (s VerifyStatus) String() string {
	switch s {
	case Verified:
		return "verified"
	case Failed:
		return "failed"
	}
	return "not checked"
}

// MarshalText makes the status read as its String in JSON.
func (s VerifyStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Verification is the result of checking a token against a JWK Set.
type Verification struct {
	Status   VerifyStatus
	KeyID    string        // the kid of the key that verified (or was asked for)
	Alg      string        // the token's alg
	Reason   string        // a sentence: why it failed, or what was verified (Reasons in English)
	Reasons  []Phrase      `json:"-"` // Reason as phrases, to be written in any language
	Err      error         `json:"-"` // the error underneath, if any
	JWKSURL  string        // where the keys came from
	Issuer   string        // the iss checked against; "" when not checked
	Audience string        // the aud checked against; "" when not checked
	Leeway   time.Duration // the clock leeway used for exp, nbf and iat
}

// verifyParams says what to check a token against.
type verifyParams struct {
	jwksURL  string
	issuer   string // "" = not checked
	audience string // "" = not checked
	leeway   time.Duration
	now      func() time.Time
	keys     func(ctx context.Context, refresh bool) (*jwksEntry, error)
}

// VerifyToken checks any JWT without a profile: its signature against the
// JWK Set at jwksURL or, when jwksURL is "", at the jwks_uri of the
// discovery document of the token's own "iss" (whose issuer must match);
// then exp and nbf with no leeway. The issuer is checked only when the keys
// came from its discovery. hc nil means a client with a 30 s timeout.
// Nothing is cached; see VerifyTokenCached.
func VerifyToken(ctx context.Context, hc *http.Client, raw, jwksURL string) Verification {
	return VerifyTokenCached(ctx, hc, raw, jwksURL, "")
}

// VerifyTokenCached is VerifyToken reusing the discovery documents and JWK
// Sets cached in cacheDir (as a profile's client does), and caching what
// it reads there; "" caches nothing.
func VerifyTokenCached(ctx context.Context, hc *http.Client, raw, jwksURL, cacheDir string) Verification {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	o := Options{ClientID: "tokentui decode", HTTPClient: hc, CacheDir: cacheDir, JWKSURL: jwksURL}
	if jwksURL == "" {
		j, err := Decode(raw)
		if err != nil {
			return malformedVerification(raw, err)
		}
		if v, unsigned := unsignedVerification(j); unsigned {
			return v
		}
		iss := j.Issuer()
		if !strings.HasPrefix(iss, "https://") && !strings.HasPrefix(iss, "http://") {
			return Verification{Status: NotChecked, Alg: j.Alg(), KeyID: j.KeyID()}.because(say(SayNoIss))
		}
		o.Issuer = iss
	} else {
		o.TokenURL = jwksURL // never asked for a token: New wants an endpoint
	}
	c, err := New(o)
	if err != nil {
		return Verification{Status: NotChecked, Err: err}.because(say(SayError, err))
	}
	c.hc = hc // as given: no trace to keep
	return c.Verify(ctx, raw)
}

// Verify checks raw against the profile's JWKS (jwks_url, else discovery's
// jwks_uri): signature by kid with algorithms pinned to the key type, the
// issuer when the profile has one, the audience when known (Options.Audience
// or the audience/resource param), exp/nbf/iat with Options.Leeway.
func (c *Client) Verify(ctx context.Context, raw string) Verification {
	u, err := c.jwksURL(ctx)
	if err != nil {
		return Verification{Status: NotChecked, Err: err}.because(say(SayNoKeys, err))
	}
	iss := c.opts.Issuer
	if md := c.cachedMetadata(true); md != nil {
		iss = md.Issuer
	}
	p := verifyParams{jwksURL: u, issuer: iss, audience: c.expectedAudience(), leeway: c.opts.Leeway, now: c.now}
	p.keys = func(ctx context.Context, refresh bool) (*jwksEntry, error) { return c.jwksKeys(ctx, u, refresh) }
	return verifyWith(ctx, raw, p)
}

func malformedVerification(raw string, err error) Verification {
	if !strings.Contains(strings.TrimSpace(raw), ".") {
		return Verification{Status: NotChecked, Err: err}.because(say(SayOpaque))
	}
	return Verification{Status: Failed, Err: err}.because(say(SayError, err))
}

// unsignedVerification fails a token with alg "none" (or none at all)
// before any key is looked for.
func unsignedVerification(j *JWT) (Verification, bool) {
	if a := j.Alg(); a != "" && !strings.EqualFold(a, "none") {
		return Verification{}, false
	}
	return Verification{Status: Failed, Alg: j.Alg(), KeyID: j.KeyID()}.because(say(SayUnsigned)), true
}

// verifyWith does the checks of Verify and VerifyToken.
func verifyWith(ctx context.Context, raw string, p verifyParams) Verification {
	v := Verification{JWKSURL: p.jwksURL, Issuer: p.issuer, Audience: p.audience, Leeway: p.leeway}
	j, err := Decode(raw)
	if err != nil {
		m := malformedVerification(raw, err)
		m.JWKSURL, m.Leeway = p.jwksURL, p.leeway
		return m
	}
	v.Alg, v.KeyID = j.Alg(), j.KeyID()
	if u, unsigned := unsignedVerification(j); unsigned {
		u.JWKSURL, u.Issuer, u.Audience, u.Leeway = v.JWKSURL, v.Issuer, v.Audience, v.Leeway
		return u
	}
	set, err := p.keys(ctx, false)
	if err != nil {
		v.Status, v.Err = NotChecked, err
		return v.because(say(SayError, err))
	}
	st := set.kf.Storage()
	var allowed []string
	if v.KeyID != "" {
		k, err := st.KeyRead(ctx, v.KeyID)
		if errors.Is(err, jwkset.ErrKeyNotFound) {
			if set2, rerr := p.keys(ctx, true); rerr == nil {
				set, st = set2, set2.kf.Storage()
				k, err = st.KeyRead(ctx, v.KeyID)
			}
		}
		if err != nil {
			v.Status, v.Err = Failed, err
			return v.because(say(SayNoKeyWithKid, v.KeyID, p.jwksURL, quoteList(set.kids)))
		}
		allowed = methodsFor(publicOf(k.Key()), k.Marshal().ALG.String())
	} else {
		all, _ := st.KeyReadAll(ctx)
		for _, k := range all {
			allowed = append(allowed, methodsFor(publicOf(k.Key()), k.Marshal().ALG.String())...)
		}
		allowed = uniq(allowed)
	}
	if !contains(allowed, v.Alg) {
		v.Status = Failed
		return v.because(say(SayAlgNotAllowed, v.Alg, strings.Join(allowed, ", ")))
	}
	_, err = jwt.Parse(j.Raw, set.kf.KeyfuncCtx(ctx), jwt.WithValidMethods(allowed), jwt.WithoutClaimsValidation())
	if err != nil {
		v.Status, v.Err = Failed, err
		if errors.Is(err, jwt.ErrTokenSignatureInvalid) {
			return v.because(say(SaySigMismatch, v.KeyID))
		}
		return v.because(say(SaySigUnchecked, err))
	}
	reason, notes := checkClaims(j, p)
	if !reason.IsZero() {
		v.Status = Failed
		return v.because(say(SaySigGoodBut, v.KeyID, v.Alg, reason))
	}
	v.Status = Verified
	verified := say(SayVerified, v.KeyID, v.Alg)
	if exp, ok := j.Time("exp"); ok {
		return v.because(append([]Phrase{verified, say(SayValidLeeway, Span(exp.Sub(p.now())), p.leeway)}, notes...)...)
	}
	// "signature verified with key … (RS256) (leeway 0s)": one phrase in English
	return v.because(append([]Phrase{say(SayTwo, verified, say(SayLeeway, p.leeway))}, notes...)...)
}

// NotBeforeTolerance is how far in the future nbf and iat may be before a
// token counts as not yet valid: providers' clocks run a little ahead, and
// a fresh token must not fail for a second's difference. exp gets no such
// tolerance, only the stated leeway.
const NotBeforeTolerance = time.Minute

// checkClaims checks exp (with the leeway), nbf and iat (with the leeway or
// NotBeforeTolerance, whichever is larger), iss and aud when expected. It
// returns why the token fails, or a note about a small clock difference.
func checkClaims(j *JWT, p verifyParams) (reason Phrase, notes []Phrase) {
	now := p.now()
	t := j.Times()
	lw := say(SayLeewayOf, p.leeway)
	if _, present := j.Claims["exp"]; present && t.Expires.IsZero() {
		return say(SayExpNotNumber), nil
	}
	if !t.Expires.IsZero() && !now.Before(t.Expires.Add(p.leeway)) {
		return say(SayExpiredAt, t.Expires.Format(time.RFC3339), Span(now.Sub(t.Expires)), lw), nil
	}
	tol := p.leeway
	if tol < NotBeforeTolerance {
		tol = NotBeforeTolerance
	}
	if !t.NotBefore.IsZero() && now.Add(tol).Before(t.NotBefore) {
		return say(SayNotYetValid, t.NotBefore.Format(time.RFC3339), Span(t.NotBefore.Sub(now))), nil
	}
	if !t.IssuedAt.IsZero() && now.Add(tol).Before(t.IssuedAt) {
		return say(SayIssuedFuture, t.IssuedAt.Format(time.RFC3339), Span(t.IssuedAt.Sub(now))), nil
	}
	if p.issuer != "" && !sameIssuer(j.Issuer(), p.issuer) {
		return say(SayWrongIssuer, j.Issuer(), p.issuer), nil
	}
	if p.audience != "" && !contains(j.Audience(), p.audience) {
		return say(SayWrongAudience, quoteList(j.Audience()), p.audience), nil
	}
	if !t.NotBefore.IsZero() && now.Before(t.NotBefore) {
		notes = append(notes, say(SayNbfAhead, Span(t.NotBefore.Sub(now)), Span(tol)))
	}
	if t.Expires.IsZero() {
		notes = append(notes, say(SayNoExp))
	}
	return Phrase{}, notes
}

// because sets the reasons of v (and Reason, their English).
func (v Verification) because(reasons ...Phrase) Verification {
	v.Reasons, v.Reason = reasons, JoinPhrases(reasons)
	return v
}

func quoteList(s []string) any {
	if len(s) == 0 {
		return say(SayNone)
	}
	q := make([]string, len(s))
	for i, x := range s {
		q[i] = fmt.Sprintf("%q", x)
	}
	return strings.Join(q, ", ")
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func uniq(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
