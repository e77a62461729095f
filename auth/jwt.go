package auth

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"math"
	"sort"
	"strings"
	"time"
)

// JWT is a decoded, NOT verified, JSON Web Token (RFC 7519).
// Numbers in Header and Claims are json.Number, so large values stay exact.
type JWT struct {
	Raw        string         // the token as given, trimmed
	Parts      [3]string      // header, payload and signature, base64url
	Header     map[string]any // the JOSE header
	Claims     map[string]any // the payload
	HeaderKeys []string       // header names in the order of the token
	ClaimKeys  []string       // claim names in the order of the token
	Signature  []byte         // the decoded signature (empty for alg "none")
}

// MalformedError says which part of a token is wrong and why.
// errors.Is(err, ErrMalformed) matches it.
type MalformedError struct {
	Part   string // "token", "header", "payload" or "signature"
	Reason string // e.g. "not base64url", "not JSON", "expected 3 parts, got 2" (English; Said as a phrase)
	Said   Phrase // Reason as a phrase, to be written in any language
	Err    error  // the decoding error underneath, if any
}

// malformed is a MalformedError of part for reason.
func malformed(part string, reason Phrase, err error) *MalformedError {
	return &MalformedError{Part: part, Reason: reason.String(), Said: reason, Err: err}
}

// Error names the part and the reason.
func (e *MalformedError) Error() string { return e.Phrase().String() }

// Phrase is Error as a phrase, to be written in any language.
func (e *MalformedError) Phrase() Phrase {
	var reason any = e.Reason
	if !e.Said.IsZero() {
		reason = e.Said
	}
	var part any = e.Part
	switch e.Part {
	case "token":
		return say(SayMalformedJWT, reason)
	case "header":
		part = say(SayPartHeader)
	case "payload":
		part = say(SayPartPayload)
	case "signature":
		part = say(SayPartSignature)
	}
	if e.Err != nil {
		return say(SayMalformedPartErr, part, reason, e.Err)
	}
	return say(SayMalformedPart, part, reason)
}

// Is matches ErrMalformed.
func (e *MalformedError) Is(target error) bool { return target == ErrMalformed }

// Unwrap returns the decoding error underneath.
func (e *MalformedError) Unwrap() error { return e.Err }

// Decode splits and decodes a JWT without verifying it. A leading "Bearer "
// and surrounding space are ignored. A malformed token gives a
// *MalformedError naming the part that is wrong; so does one longer than
// MaxTokenSize or nested deeper than MaxNesting.
func Decode(raw string) (*JWT, error) {
	raw = strings.TrimSpace(raw)
	if len(raw) > 7 && strings.EqualFold(raw[:7], "bearer ") {
		raw = strings.TrimSpace(raw[7:])
	}
	if raw == "" {
		return nil, malformed("token", say(SayTokenEmpty), nil)
	}
	if len(raw) > MaxTokenSize {
		return nil, tokenTooLarge(len(raw))
	}
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		reason := say(SayExpectedParts, len(parts))
		if len(parts) == 5 {
			reason = say(SayExpectedPartsJWE, len(parts))
		} else if len(parts) == 1 {
			reason = say(SayExpectedPartsOpaque, len(parts))
		}
		return nil, malformed("token", reason, nil)
	}
	j := &JWT{Raw: raw}
	copy(j.Parts[:], parts)
	var err error
	if j.Header, j.HeaderKeys, err = decodeSegment("header", parts[0]); err != nil {
		return nil, err
	}
	if j.Claims, j.ClaimKeys, err = decodeSegment("payload", parts[1]); err != nil {
		return nil, err
	}
	if j.Signature, err = b64(parts[2]); err != nil {
		return nil, malformed("signature", say(SayNotB64), err)
	}
	return j, nil
}

// b64 decodes base64url with or without padding.
func b64(s string) ([]byte, error) {
	return base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
}

func decodeSegment(part, s string) (map[string]any, []string, error) {
	if s == "" {
		return nil, nil, malformed(part, say(SayPartEmpty), nil)
	}
	data, err := b64(s)
	if err != nil {
		return nil, nil, malformed(part, say(SayNotB64), err)
	}
	if tooDeep(data) {
		return nil, nil, malformed(part, say(SayTooDeep, MaxNesting), nil)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, nil, malformed(part, say(SayNotJSON), err)
	}
	if m == nil {
		return nil, nil, malformed(part, say(SayNotObject), nil)
	}
	if dec.More() {
		return nil, nil, malformed(part, say(SayNotJSON), sayErr(say(SayDataAfter)))
	}
	return m, objectKeys(data), nil
}

// objectKeys lists the top-level keys of a JSON object in order.
func objectKeys(data []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	var keys []string
	seen := map[string]bool{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return keys
		}
		k, _ := t.(string)
		if !seen[k] {
			keys = append(keys, k)
			seen[k] = true
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return keys
		}
	}
	return keys
}

// str returns a string member of m, "" when absent or not a string.
func str(m map[string]any, name string) string {
	s, _ := m[name].(string)
	return s
}

// Alg is the header's "alg".
func (j *JWT) Alg() string { return str(j.Header, "alg") }

// KeyID is the header's "kid".
func (j *JWT) KeyID() string { return str(j.Header, "kid") }

// Type is the header's "typ" (IdentityServer: "at+jwt").
func (j *JWT) Type() string { return str(j.Header, "typ") }

// Issuer is the "iss" claim.
func (j *JWT) Issuer() string { return str(j.Claims, "iss") }

// Subject is the "sub" claim (client tokens usually have none).
func (j *JWT) Subject() string { return str(j.Claims, "sub") }

// ClientID is the "client_id" claim (or "azp", or "cid").
func (j *JWT) ClientID() string {
	for _, n := range []string{"client_id", "azp", "cid"} {
		if s := str(j.Claims, n); s != "" {
			return s
		}
	}
	return ""
}

// Scopes returns the "scope" claim, a space-separated string or a JSON array
// (IdentityServer uses either); "scp" is read when "scope" is absent.
func (j *JWT) Scopes() []string {
	v, ok := j.Claims["scope"]
	if !ok {
		v = j.Claims["scp"]
	}
	return stringOrList(v, true)
}

// Audience returns the "aud" claim, a string or an array.
func (j *JWT) Audience() []string { return stringOrList(j.Claims["aud"], false) }

func stringOrList(v any, split bool) []string {
	switch v := v.(type) {
	case string:
		if split {
			return strings.Fields(v)
		}
		if v == "" {
			return nil
		}
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// Times holds the token's registered times; a zero time means absent.
type Times struct {
	Expires   time.Time // exp
	IssuedAt  time.Time // iat
	NotBefore time.Time // nbf
}

// Times returns exp, iat and nbf.
func (j *JWT) Times() Times {
	e, _ := j.Time("exp")
	i, _ := j.Time("iat")
	n, _ := j.Time("nbf")
	return Times{Expires: e, IssuedAt: i, NotBefore: n}
}

// Time reads a NumericDate claim (seconds since the epoch, maybe
// fractional). ok is false when the claim is absent or not a number.
func (j *JWT) Time(name string) (t time.Time, ok bool) { return NumericDate(j.Claims[name]) }

// NumericDate reads a NumericDate value as Decode gives it (json.Number) or
// as encoding/json does (float64): seconds since the epoch, maybe
// fractional. ok is false when v is not a number or not a plausible time.
func NumericDate(v any) (t time.Time, ok bool) {
	var f float64
	switch v := v.(type) {
	case json.Number:
		x, err := v.Float64()
		if err != nil {
			return time.Time{}, false
		}
		f = x
	case float64:
		f = v
	default:
		return time.Time{}, false
	}
	if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > 1e11 {
		return time.Time{}, false
	}
	sec, frac := math.Modf(f)
	return time.Unix(int64(sec), int64(frac*1e9)), true
}

// OrderedKeys lists the keys of m: those of order first (each once, as
// HeaderKeys and ClaimKeys list them), then the rest sorted.
func OrderedKeys(m map[string]any, order []string) []string {
	out := make([]string, 0, len(m))
	seen := make(map[string]bool, len(m))
	for _, k := range order {
		if _, ok := m[k]; ok && !seen[k] {
			out, seen[k] = append(out, k), true
		}
	}
	rest := make([]string, 0, len(m)-len(out))
	for k := range m {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// claimOrder is the order claims are listed in; others follow
// alphabetically. The client's id and the scopes come first under each
// provider's name for them (scp: Okta, Entra ID; roles: Entra ID's
// application permissions).
var claimOrder = []string{"iss", "client_id", "cid", "appid", "azp", "aud", "scope", "scp", "roles", "sub", "iat", "nbf", "exp", "jti"}

// ListedClaims are the token's claim names in the order the Token tab and
// `tokentui decode` list them: issuer, the client and its scopes, subject,
// times, then the rest sorted.
func (j *JWT) ListedClaims() []string { return OrderedKeys(j.Claims, claimOrder) }

// CertThumbprint is the SHA-256 thumbprint of the client certificate the
// token is bound to (the cnf claim's x5t#S256, RFC 8705 §3.1); "" when the
// token is not certificate-bound.
func (j *JWT) CertThumbprint() string {
	cnf, _ := j.Claims["cnf"].(map[string]any)
	s, _ := cnf["x5t#S256"].(string)
	return s
}
