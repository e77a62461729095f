package auth

// Holding back token requests: after a failure, while the provider asked
// to wait, and past the forced-renewal limit.

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// HeldError is a token request that was not sent because of an earlier
// failure: the provider refused these credentials (held until the profile
// or its secret, key or certificate changes, or a forced retry), or the last requests failed
// for a passing reason (held until Until: Retry-After and back-off).
// errors.Is matches ErrHeldBack and whatever the remembered failure
// matched (ErrInvalidClient, ErrRateLimited, ErrServer…).
type HeldError struct {
	Last     Failure   // the failure remembered
	Until    time.Time // when a request is allowed again; zero: not until the credentials change or a forced retry
	Failures int       // consecutive transient failures, for Until
	Shared   bool      // the failure came from a request that was in flight while this one waited
	Now      time.Time // when the request was held back

	AuthMethod string // how the client authenticates (AuthMethodBasic…), for the explanation
}

// Error says why no request was sent and when the next one is allowed.
func (e *HeldError) Error() string {
	what := e.Last.Message
	if e.Until.IsZero() {
		return fmt.Sprintf("no token request sent: %s (at %s, by profile %q); asking again with the same credentials would only count against the client, so tokentui waits until the profile or its secret, key or certificate changes, or a new attempt is forced",
			what, e.Last.At.Format("15:04:05"), e.Last.Profile)
	}
	n := "the last token request"
	if e.Failures > 1 {
		n = fmt.Sprintf("the last %d token requests", e.Failures)
	}
	return fmt.Sprintf("no token request sent: %s failed (%s, at %s); tokentui waits before asking again: the next attempt is allowed at %s (in %s)",
		n, what, e.Last.At.Format("15:04:05"), e.Until.Format("15:04:05"), Human(e.Until.Sub(e.Now)))
}

// Is matches ErrHeldBack and the sentinels of the remembered failure.
func (e *HeldError) Is(target error) bool {
	if target == ErrHeldBack {
		return true
	}
	if s, ok := oauthSentinels[e.Last.OAuthError]; ok && s == target {
		return true
	}
	switch target {
	case ErrRateLimited:
		return e.Last.Status == http.StatusTooManyRequests
	case ErrServer:
		return e.Last.Status >= 500
	}
	return false
}

// failureOf describes err as remembered; transient failures (5xx, 408,
// 425, 429, an unusable answer, the network) are retried after a back-off,
// the others (the provider refusing the credentials, the grant or the
// scopes, a wrong endpoint) wait for a change or a forced retry.
func failureOf(err error, profile string, at time.Time) Failure {
	f := Failure{At: at, Profile: profile, Code: classify(err), Message: err.Error(), Transient: true, AuthMethod: AuthMethodOf(err)}
	var te *TokenError
	if errors.As(err, &te) {
		f.Status, f.OAuthError, f.Description = te.StatusCode, te.Code, te.Description
		f.Message = te.summary()
		switch {
		case te.StatusCode >= 500, te.StatusCode == http.StatusTooManyRequests,
			te.StatusCode == http.StatusRequestTimeout, te.StatusCode == http.StatusTooEarly:
		default:
			f.Transient = false
		}
	}
	return f
}

// held refuses a token request while the guard says so. start is when
// the caller began: a failure recorded after it is the outcome of a
// request that was in flight meanwhile, and is shared, even when forced.
func (c *Client) held(cr creds, force bool, start time.Time, remaining time.Duration) error {
	now := c.now()
	st := c.guard.state(cr.client)
	if f, ok := c.guard.failure(cr.key); ok && (!force || !f.At.Before(start)) {
		return &HeldError{Last: f, Shared: !f.At.Before(start), Now: now, AuthMethod: c.opts.AuthMethod}
	}
	if st.NextAttempt.After(now) {
		last := Failure{At: now, Message: "the provider asked to wait", Code: CodeRateLimited, Status: http.StatusTooManyRequests}
		if st.Last != nil {
			last = *st.Last
		}
		return &HeldError{Last: last, Until: st.NextAttempt, Failures: st.Transient, Shared: !last.At.Before(start), Now: now, AuthMethod: c.opts.AuthMethod}
	}
	if !force {
		return nil
	}
	n, oldest := forcedSince(st.Requests, now.Add(-time.Minute))
	if n < MaxForcedPerMinute {
		return nil
	}
	return &GuardError{Kind: ErrGuardRefused, Until: oldest.Add(time.Minute), Remaining: remaining, Forced: n, Now: now}
}

// recordRequest counts a token request about to be sent.
func (c *Client) recordRequest(ctx context.Context, cr creds, at time.Time, forced bool) {
	c.guard.update(ctx, cr, c.opts.ClientID, func(s *clientState) {
		s.Requests = append(s.Requests, requestEntry{At: at, Profile: c.opts.Profile, Forced: forced})
	})
}

// recordOutcome remembers how a token request ended: success clears the
// failures; a transient failure extends the back-off (with any
// Retry-After on top); another failure holds these credentials back.
func (c *Client) recordOutcome(ctx context.Context, cr creds, sent time.Time, err error) {
	now := c.now()
	if err == nil {
		c.guard.setFailure(cr.key, nil)
		c.guard.update(ctx, cr, c.opts.ClientID, func(s *clientState) {
			s.Transient, s.Last, s.NextAttempt, s.RetryAfter = 0, nil, time.Time{}, time.Time{}
		})
		return
	}
	if errors.Is(err, context.Canceled) && ctx.Err() != nil {
		return // the user cancelled: nothing learned about the provider
	}
	f := failureOf(err, c.opts.Profile, now)
	c.guard.update(ctx, cr, c.opts.ClientID, func(s *clientState) {
		for i := len(s.Requests) - 1; i >= 0; i-- {
			if s.Requests[i].At.Equal(sent) && s.Requests[i].Profile == c.opts.Profile {
				s.Requests[i].Failed = true
				break
			}
		}
		if !f.Transient {
			return
		}
		s.Transient++
		s.Last = &f
		s.NextAttempt = now.Add(backoff(s.Transient))
		var te *TokenError
		if errors.As(err, &te) && te.RetryAfter.After(s.NextAttempt) {
			s.RetryAfter = te.RetryAfter
			s.NextAttempt = te.RetryAfter
		}
	})
	if !f.Transient {
		c.guard.setFailure(cr.key, &f)
	}
}
