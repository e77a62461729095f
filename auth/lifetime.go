package auth

// Reading a token response: the lifetime (expires_in cross-checked with
// the JWT's exp, clamped) and the scopes granted.

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"golang.org/x/oauth2"
)

// MaxLifetime caps a token's lifetime: an absurd expires_in or exp is
// clamped to it (with a note), never overflowed.
const MaxLifetime = 30 * 24 * time.Hour

// assumedLifetime is used when neither expires_in nor exp says.
const assumedLifetime = 5 * time.Minute

// maxTokenSize bounds an access token: larger ones do not fit in a header.
const maxTokenSize = 64 << 10

// buildToken fills a Token from a successful response, or says why the
// response holds no usable token.
func (c *Client) buildToken(ot *oauth2.Token, tokenURL string, now time.Time) (*Token, error) {
	if len(ot.AccessToken) > maxTokenSize {
		return nil, sayErr(say(SayTokenTooBigHeader, ErrInvalidResponse, tokenURL, len(ot.AccessToken), maxTokenSize), ErrInvalidResponse)
	}
	for _, r := range ot.AccessToken {
		if r <= ' ' || r == 0x7f || r > '~' {
			return nil, sayErr(say(SayTokenBadChar, ErrInvalidResponse, tokenURL), ErrInvalidResponse)
		}
	}
	t := &Token{Raw: ot.AccessToken, Type: ot.TokenType, ObtainedAt: now, ObtainedBy: c.opts.Profile,
		TokenURL: tokenURL, Asked: append([]string(nil), c.opts.Scopes...)}
	if t.Type == "" {
		t.Type = "Bearer"
	}
	j, jerr := Decode(ot.AccessToken)
	if jerr != nil {
		j = nil
	}
	var notes []Phrase
	t.Expiry, notes = expiry(ot.Extra("expires_in"), j, now)
	for _, n := range notes {
		t.addNote(n)
	}
	if j != nil {
		if iat, ok := j.Time("iat"); ok && iat.After(now.Add(time.Minute)) {
			t.addNote((&ClockSkewError{Skew: now.Sub(iat), Source: "iat claim"}).Phrase())
		}
	}
	t.Scopes, t.ScopesFrom, t.Missing = grantedScopes(ot.Extra("scope"), j, c.opts.Scopes)
	return t, nil
}

// expiry is when a token obtained at now stops being valid, from
// expires_in (seconds) and the JWT's exp: the earlier of the two, unless
// exp is already past by the local clock (then the clock is off, not the
// token), clamped to MaxLifetime; note says what was odd.
func expiry(expiresIn any, j *JWT, now time.Time) (time.Time, []Phrase) {
	life, note, ok := lifetimeOf(expiresIn)
	var notes []Phrase
	if !note.IsZero() {
		notes = append(notes, note)
	}
	var fromExpiresIn, fromExp time.Time
	if ok {
		fromExpiresIn = now.Add(life)
	}
	if j != nil {
		if e, ok := j.Time("exp"); ok {
			fromExp = e
			if e.After(now.Add(MaxLifetime)) {
				fromExp = now.Add(MaxLifetime)
				notes = append(notes, say(SayExpFar, e.UTC().Format(time.RFC3339), Span(MaxLifetime), Span(MaxLifetime)))
			}
		}
	}
	switch {
	case !fromExpiresIn.IsZero() && !fromExp.IsZero():
		if !fromExp.After(now) {
			return fromExpiresIn, append(notes, say(SayExpPast, fromExp.Format(time.RFC3339), Span(fromExpiresIn.Sub(fromExp))))
		}
		if d := fromExp.Sub(fromExpiresIn); d > time.Minute || d < -time.Minute {
			notes = append(notes, say(SayExpDiffer, fromExpiresIn.Format(time.RFC3339), fromExp.Format(time.RFC3339), Span(d)))
		}
		if fromExp.Before(fromExpiresIn) {
			return fromExp, notes
		}
		return fromExpiresIn, notes
	case !fromExpiresIn.IsZero():
		return fromExpiresIn, notes
	case !fromExp.IsZero() && fromExp.After(now):
		return fromExp, append(notes, say(SayExpFromJWT))
	}
	return now.Add(assumedLifetime), append(notes, say(SayNoExpiry, Span(assumedLifetime)))
}

// lifetimeOf reads expires_in: a JSON number or a numeric string of
// seconds. Absent: ok false and no note. Not a number, zero or negative:
// ok false with a note. Beyond MaxLifetime: clamped, with a note.
func lifetimeOf(v any) (d time.Duration, note Phrase, ok bool) {
	var f float64
	switch v := v.(type) {
	case nil:
		return 0, Phrase{}, false
	case float64:
		f = v
	case json.Number:
		x, err := v.Float64()
		if err != nil {
			return 0, say(SayExpiresInNaN, v.String()), false
		}
		f = x
	case string:
		x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil {
			return 0, say(SayExpiresInNaN, v), false
		}
		f = x
	case int64:
		f = float64(v)
	case int:
		f = float64(v)
	default:
		return 0, say(SayExpiresInType, fmt.Sprintf("%T", v)), false
	}
	switch {
	case math.IsNaN(f) || f <= 0:
		return 0, say(SayExpiresInNonPos, f), false
	case f > MaxLifetime.Seconds():
		return MaxLifetime, say(SayExpiresInFar, f, Span(MaxLifetime), Span(MaxLifetime)), true
	}
	return time.Duration(f * float64(time.Second)), Phrase{}, true
}

// grantedScopes says which scopes were granted and where that comes from:
// the response's "scope" (RFC 6749 §5.1), else the JWT's "scope" or "scp".
// When both say, a scope counts as granted only if both have it (the API
// reads the token). When neither says, RFC 6749 §5.1 means all asked for.
// missing are the asked-for scopes that were not granted.
func grantedScopes(respScope any, j *JWT, asked []string) (granted []string, from string, missing []string) {
	var resp []string
	stated := false
	switch sc := respScope.(type) {
	case string:
		resp, stated = strings.Fields(sc), true
	case []any:
		resp, stated = stringOrList(sc, false), true
	}
	var inToken []string
	tokenStates := false
	if j != nil {
		if _, ok := j.Claims["scope"]; ok {
			tokenStates = true
		} else if _, ok := j.Claims["scp"]; ok {
			tokenStates = true
		}
		inToken = j.Scopes()
	}
	switch {
	case stated && tokenStates:
		for _, s := range resp {
			if contains(inToken, s) {
				granted = append(granted, s)
			}
		}
		from = ScopesFromResponse
	case stated:
		granted, from = resp, ScopesFromResponse
	case tokenStates:
		granted, from = inToken, ScopesFromToken
	default:
		return append([]string(nil), asked...), ScopesAssumed, nil
	}
	for _, s := range asked {
		if !contains(granted, s) {
			missing = append(missing, s)
		}
	}
	return granted, from, missing
}
