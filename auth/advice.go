package auth

import (
	"context"
	"fmt"
	"time"
)

// RenewAdvice is what to tell a user before a forced renewal.
type RenewAdvice struct {
	Valid            bool          // a cached token is still usable
	Remaining        time.Duration // its life left (until expiry, not expiry − margin)
	RequestsLastHour int           // token requests of this client (all profiles, failures included) in the last hour
	FailedLastHour   int           // how many of them failed
	ForcedLastMinute int           // forced renewals of this client in the last minute
	RetryAfter       time.Time     // a pending Retry-After or back-off; zero when none
	Held             *Failure      // the provider refused these credentials: no request until they change or a forced retry
	Allowed          bool          // whether Renew would send a request now
	AllowedAt        time.Time     // when Renew will be allowed, if not now
	Message          string        // a sentence to show in the confirmation
}

// RenewAdvice says, without any network request, how long the current token
// still lives, how many token requests the client made in the last hour and
// whether a forced renewal would be allowed now — for a confirmation prompt.
func (c *Client) RenewAdvice() RenewAdvice {
	now := c.now()
	a := RenewAdvice{Allowed: true}
	u, err := c.tokenURL(context.Background(), true)
	if err != nil {
		a.Message = "No valid token is cached; 0 token requests in the last hour."
		return a
	}
	st := c.guard.state(clientKey(u, c.opts.ClientID))
	a.RequestsLastHour = len(st.Requests)
	for _, r := range st.Requests {
		if r.Failed {
			a.FailedLastHour++
		}
	}
	if cr, err := c.credsFor(context.Background(), u); err == nil {
		if t := c.lookup(cr.key); t != nil && now.Before(t.Expiry) {
			a.Valid, a.Remaining = true, t.Expiry.Sub(now)
		}
		if f, ok := c.guard.failure(cr.key); ok {
			a.Held = &f
		}
	}
	var oldest time.Time
	a.ForcedLastMinute, oldest = forcedSince(st.Requests, now.Add(-time.Minute))
	if st.NextAttempt.After(now) {
		a.RetryAfter, a.Allowed, a.AllowedAt = st.NextAttempt, false, st.NextAttempt
	}
	if a.ForcedLastMinute >= MaxForcedPerMinute {
		a.Allowed = false
		if at := oldest.Add(time.Minute); at.After(a.AllowedAt) {
			a.AllowedAt = at
		}
	}
	switch {
	case !a.RetryAfter.IsZero():
		a.Message = fmt.Sprintf("The provider asked to wait, or the last token requests failed: the next one is allowed at %s (another %s).",
			a.RetryAfter.Format("15:04:05"), Human(a.RetryAfter.Sub(now)))
	case !a.Allowed:
		a.Message = fmt.Sprintf("%d forced renewals of this client in the last minute already; the next is allowed at %s.",
			a.ForcedLastMinute, a.AllowedAt.Format("15:04:05"))
	case a.Held != nil:
		a.Message = fmt.Sprintf("The provider refused these credentials at %s (%s). Try again only if they were fixed on the provider's side; %d token requests of this client in the last hour.",
			a.Held.At.Format("15:04:05"), a.Held.Message, a.RequestsLastHour)
	case a.Valid:
		a.Message = fmt.Sprintf("The current token is still valid for %s. Asking for tokens too often gets the client blocked by the provider; %d token requests of this client in the last hour.",
			Human(a.Remaining), a.RequestsLastHour)
	default:
		a.Message = fmt.Sprintf("No valid token is cached; %d token requests of this client in the last hour.", a.RequestsLastHour)
	}
	return a
}

// RequestsLastHour counts the token requests of this client (token
// endpoint + client id, whatever the profile) in the last hour, failed
// ones included, across every process sharing the cache directory.
func (c *Client) RequestsLastHour() int {
	u, err := c.tokenURL(context.Background(), true)
	if err != nil {
		return 0
	}
	return len(c.guard.state(clientKey(u, c.opts.ClientID)).Requests)
}

// HeldFailure is the remembered failure that holds back token requests
// with these credentials, if any (no network request).
func (c *Client) HeldFailure() (Failure, bool) {
	cr, err := c.cachedCreds(context.Background())
	if err != nil {
		return Failure{}, false
	}
	return c.guard.failure(cr.key)
}
