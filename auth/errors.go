package auth

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/oauth2"
)

// Sentinel errors, for errors.Is. The errors this package returns wrap one
// of them and carry a sentence for people.
var (
	// ErrConfig reports options that cannot work (no client id, no endpoint…).
	ErrConfig = errors.New("invalid auth configuration")
	// ErrNoSecret reports that the client secret could not be obtained.
	ErrNoSecret = errors.New("no client secret")
	// ErrDiscovery reports that the discovery document could not be read.
	ErrDiscovery = errors.New("discovery failed")
	// ErrIssuerMismatch reports a discovery document for another issuer.
	ErrIssuerMismatch = errors.New("issuer mismatch")
	// ErrMalformed reports a token that is not a well-formed JWT.
	ErrMalformed = errors.New("malformed JWT")
	// ErrRateLimited reports a 429 from the provider, or a request withheld
	// because the provider's Retry-After has not passed yet.
	ErrRateLimited = errors.New("rate limited by the provider")
	// ErrGuardRefused reports a forced renewal refused by the local guard.
	ErrGuardRefused = errors.New("token renewal refused by the guard")
	// ErrInvalidResponse reports a token response that cannot be used.
	ErrInvalidResponse = errors.New("invalid token response")
	// ErrServer reports a 5xx answer from the token endpoint.
	ErrServer = errors.New("token endpoint server error")
	// ErrClockSkew reports a local clock that disagrees with the provider's.
	ErrClockSkew = errors.New("clock skew")
	// ErrUnsafeCache reports a cache directory that others could write to or
	// that belongs to someone else.
	ErrUnsafeCache = errors.New("unsafe cache directory")
	// ErrHeldBack reports a token request not sent because an earlier one
	// with the same credentials failed (see HeldError).
	ErrHeldBack = errors.New("token request held back after a failure")

	// ErrInvalidRequest is RFC 6749 §5.2 invalid_request.
	ErrInvalidRequest = errors.New("invalid_request")
	// ErrInvalidClient is RFC 6749 §5.2 invalid_client.
	ErrInvalidClient = errors.New("invalid_client")
	// ErrInvalidGrant is RFC 6749 §5.2 invalid_grant.
	ErrInvalidGrant = errors.New("invalid_grant")
	// ErrUnauthorizedClient is RFC 6749 §5.2 unauthorized_client.
	ErrUnauthorizedClient = errors.New("unauthorized_client")
	// ErrUnsupportedGrantType is RFC 6749 §5.2 unsupported_grant_type.
	ErrUnsupportedGrantType = errors.New("unsupported_grant_type")
	// ErrInvalidScope is RFC 6749 §5.2 invalid_scope.
	ErrInvalidScope = errors.New("invalid_scope")
)

// oauthSentinels maps RFC 6749 §5.2 error codes to their sentinels.
var oauthSentinels = map[string]error{
	"invalid_request":        ErrInvalidRequest,
	"invalid_client":         ErrInvalidClient,
	"invalid_grant":          ErrInvalidGrant,
	"unauthorized_client":    ErrUnauthorizedClient,
	"unsupported_grant_type": ErrUnsupportedGrantType,
	"invalid_scope":          ErrInvalidScope,
}

// TokenError is an error answer of the token endpoint (RFC 6749 §5.2, or an
// HTTP error such as 429). errors.Is matches it against the sentinel of its
// code (ErrInvalidClient…), ErrRateLimited for 429 and ErrServer for 5xx.
// Description comes from the server: treat it as untrusted text.
type TokenError struct {
	StatusCode  int       // HTTP status of the answer
	Code        string    // the "error" field, "" when the body had none
	Description string    // the "error_description" field
	URI         string    // the "error_uri" field
	RetryAfter  time.Time // when Retry-After allows the next request; zero if absent
	TokenURL    string    // the endpoint that answered
	AuthMethod  string    // how the client authenticated (AuthMethodBasic…); "" when unknown

	// Err is the x/oauth2 error underneath (with the raw response).
	Err *oauth2.RetrieveError
}

// Error describes the answer in one sentence.
func (e *TokenError) Error() string {
	s := e.summary()
	if !e.RetryAfter.IsZero() {
		s += fmt.Sprintf("; it asks to wait until %s", e.RetryAfter.Format("15:04:05"))
	}
	return s
}

// summary is the answer without the wait it asked for.
func (e *TokenError) summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "the token endpoint answered HTTP %d", e.StatusCode)
	if t := http.StatusText(e.StatusCode); t != "" {
		fmt.Fprintf(&b, " %s", t)
	}
	if e.Code != "" {
		fmt.Fprintf(&b, " with error %q", e.Code)
	}
	if e.Description != "" {
		fmt.Fprintf(&b, " (%s)", e.Description)
	}
	if e.StatusCode >= 300 && e.StatusCode < 400 && e.Err != nil && e.Err.Response != nil {
		if loc := e.Err.Response.Header.Get("Location"); loc != "" {
			fmt.Fprintf(&b, ", a redirect to %s that tokentui does not follow with the client's credentials", loc)
		}
	}
	return b.String()
}

// Unwrap returns the x/oauth2 error underneath.
func (e *TokenError) Unwrap() error {
	if e.Err == nil {
		return nil
	}
	return e.Err
}

// Is matches the sentinel of the error code, ErrRateLimited for HTTP 429 and
// ErrServer for HTTP 5xx.
func (e *TokenError) Is(target error) bool {
	if s, ok := oauthSentinels[e.Code]; ok && s == target {
		return true
	}
	switch target {
	case ErrRateLimited:
		return e.StatusCode == http.StatusTooManyRequests
	case ErrServer:
		return e.StatusCode >= 500
	}
	return false
}

// GuardError is a token request withheld on this side: the provider's
// Retry-After has not passed (Kind ErrRateLimited), or too many forced
// renewals were asked for (Kind ErrGuardRefused). errors.Is matches Kind.
type GuardError struct {
	Kind      error         // ErrRateLimited or ErrGuardRefused
	Until     time.Time     // when a request will be allowed again
	Remaining time.Duration // life left of the current token; 0 when none is valid
	Forced    int           // forced renewals of the client in the last minute
	Now       time.Time     // when the renewal was refused
}

// Error explains the refusal and says when a request is allowed again.
// (text/i18n writes it in Portuguese from the same fields.)
func (e *GuardError) Error() string {
	life := "no valid token is cached"
	if e.Remaining > 0 {
		life = "the current token is still valid for " + Human(e.Remaining) + " and is reused meanwhile"
	}
	return fmt.Sprintf("refused to force another token: %d forced renewals of this client in the last minute already. "+
		"Providers block clients that ask for tokens too often (the sandbox after 10 a minute), and unblocking can take long; "+
		"%s; try again after %s (in %s)",
		e.Forced, life, e.Until.Format("15:04:05"), Human(e.Until.Sub(e.Now)))
}

// Is matches e.Kind.
func (e *GuardError) Is(target error) bool { return target == e.Kind }

// ClockSkewError reports the local clock off from the provider's by Skew
// (positive: the local clock is ahead).
type ClockSkewError struct {
	Skew   time.Duration
	Source string // what showed it: "Date header", "iat claim"
}

// Error says how far off the clock is.
func (e *ClockSkewError) Error() string { return e.Phrase().String() }

// Phrase is Error as a phrase, to be written in any language.
func (e *ClockSkewError) Phrase() Phrase {
	code, d := SaySkewAhead, e.Skew
	if d < 0 {
		code, d = SaySkewBehind, -d
	}
	var src any = e.Source
	switch e.Source {
	case "Date header":
		src = say(SayFromDate)
	case "iat claim":
		src = say(SayFromIAT)
	}
	return say(code, Span(d), src)
}

// Is matches ErrClockSkew.
func (e *ClockSkewError) Is(target error) bool { return target == ErrClockSkew }

// kindError gives err the sentinel kind for errors.Is without changing its
// message.
type kindError struct {
	kind error
	err  error
}

func (e *kindError) Error() string   { return e.err.Error() }
func (e *kindError) Unwrap() []error { return []error{e.kind, e.err} }

// markErr marks err as kind (ErrDiscovery, ErrNoSecret…).
func markErr(kind, err error) error { return &kindError{kind: kind, err: err} }

// bareURLError drops the `Get "URL": ` prefix of a *url.Error, for messages
// that already name the URL; the chain underneath is kept.
func bareURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		return ue.Err
	}
	return err
}

// parseRetryAfter reads a Retry-After value (RFC 9110 §10.2.3):
// delay-seconds or an HTTP-date. Whatever it says, the result lies between
// now (0, negative, a past date) and now + MaxRetryAfter (absurd values
// are clamped, never overflowed).
func parseRetryAfter(v string, now time.Time) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, false
	}
	var d time.Duration
	if n, err := strconv.ParseFloat(v, 64); err == nil && !math.IsNaN(n) {
		switch {
		case n <= 0:
			d = 0
		case n >= MaxRetryAfter.Seconds():
			d = MaxRetryAfter
		default:
			d = time.Duration(math.Ceil(n)) * time.Second
		}
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	} else {
		return time.Time{}, false
	}
	d = max(0, min(d, MaxRetryAfter))
	return now.Add(d), true
}

// Human formats a duration for people: "41m", "1h 5m", "12s".
func Human(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	d = d.Round(time.Second)
	h := int(d / time.Hour)
	m := int(d % time.Hour / time.Minute)
	s := int(d % time.Minute / time.Second)
	switch {
	case h > 0 && m > 0:
		return fmt.Sprintf("%dh %dm", h, m)
	case h > 0:
		return fmt.Sprintf("%dh", h)
	case m > 0 && s > 0 && m < 10:
		return fmt.Sprintf("%dm %ds", m, s)
	case m > 0:
		return fmt.Sprintf("%dm", m)
	default:
		return fmt.Sprintf("%ds", s)
	}
}
