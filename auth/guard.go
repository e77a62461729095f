package auth

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// The guard's limits.
const (
	// MaxForcedPerMinute is how many forced renewals a minute the guard allows.
	MaxForcedPerMinute = 3
	// DefaultRetryAfter is assumed after a 429 without a usable Retry-After.
	DefaultRetryAfter = 60 * time.Second
)

// guardFile is the per-key guard state on disk.
type guardFile struct {
	RetryAfter time.Time `json:"retry_after"`
	Status     int       `json:"status,omitempty"`
}

// requestLog is the per-profile record of token requests on disk.
type requestLog struct {
	Profile  string      `json:"profile"`
	Requests []time.Time `json:"requests"` // every token request sent, last hour
	Forced   []time.Time `json:"forced"`   // forced ones, last hour
}

// guard keeps Retry-After and the request log, on disk when the store has a
// directory and in memory otherwise.
type guard struct {
	st      *store
	profile string
	now     func() time.Time

	mu  sync.Mutex
	mem map[string]guardFile // by key, memory-only mode
	log requestLog           // memory-only mode
}

func (g *guard) guardName(key string) string { return "guard-" + key + ".json" }

func (g *guard) logName() string { return "requests-" + shortHash(g.profile) + ".json" }

// retryAfter returns when the provider allows the next token request for key.
func (g *guard) retryAfter(key string) time.Time {
	if g.st.disk() {
		var f guardFile
		g.st.read(g.guardName(key), &f)
		return f.RetryAfter
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.mem[key].RetryAfter
}

// setRetryAfter records a Retry-After for key.
func (g *guard) setRetryAfter(key string, until time.Time, status int) {
	f := guardFile{RetryAfter: until, Status: status}
	if g.st.disk() {
		_ = g.st.write(g.guardName(key), f)
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.mem == nil {
		g.mem = map[string]guardFile{}
	}
	g.mem[key] = f
}

// readLog returns the request log pruned to the last hour.
func (g *guard) readLog() requestLog {
	var l requestLog
	if g.st.disk() {
		g.st.read(g.logName(), &l)
	} else {
		g.mu.Lock()
		l = requestLog{Requests: append([]time.Time(nil), g.log.Requests...), Forced: append([]time.Time(nil), g.log.Forced...)}
		g.mu.Unlock()
	}
	since := g.now().Add(-time.Hour)
	l.Requests = prune(l.Requests, since)
	l.Forced = prune(l.Forced, since)
	l.Profile = g.profile
	return l
}

func prune(ts []time.Time, since time.Time) []time.Time {
	out := ts[:0:0]
	for _, t := range ts {
		if t.After(since) {
			out = append(out, t)
		}
	}
	return out
}

// record adds a token request (forced or not) to the log, under the log's
// lock so that concurrent processes do not lose entries.
func (g *guard) record(ctx context.Context, forced bool) {
	now := g.now()
	if !g.st.disk() {
		g.mu.Lock()
		defer g.mu.Unlock()
		since := now.Add(-time.Hour)
		g.log.Requests = append(prune(g.log.Requests, since), now)
		if forced {
			g.log.Forced = append(prune(g.log.Forced, since), now)
		}
		return
	}
	unlock, err := g.st.lock(ctx, "requests-"+shortHash(g.profile))
	if err != nil {
		return
	}
	defer unlock()
	l := g.readLog()
	l.Requests = append(l.Requests, now)
	if forced {
		l.Forced = append(l.Forced, now)
	}
	_ = g.st.write(g.logName(), l)
}

// countSince counts the times after since.
func countSince(ts []time.Time, since time.Time) (n int, oldest time.Time) {
	for _, t := range ts {
		if t.After(since) {
			if n == 0 || t.Before(oldest) {
				oldest = t
			}
			n++
		}
	}
	return n, oldest
}

// RenewAdvice is what to tell a user before a forced renewal.
type RenewAdvice struct {
	Valid            bool          // a cached token is still usable
	Remaining        time.Duration // its life left (until expiry, not expiry − margin)
	RequestsLastHour int           // token requests of this profile in the last hour
	ForcedLastMinute int           // forced renewals in the last minute
	RetryAfter       time.Time     // a pending Retry-After; zero when none
	Allowed          bool          // whether Renew would send a request now
	AllowedAt        time.Time     // when Renew will be allowed, if not now
	Message          string        // a sentence to show in the confirmation
}

// RenewAdvice says, without any network request, how long the current token
// still lives, how many token requests were made in the last hour and
// whether a forced renewal would be allowed now — for a confirmation prompt.
func (c *Client) RenewAdvice() RenewAdvice {
	now := c.now()
	a := RenewAdvice{Allowed: true}
	if t, ok := c.Cached(); ok && now.Before(t.Expiry) {
		a.Valid = true
		a.Remaining = t.Expiry.Sub(now)
	}
	l := c.guard.readLog()
	a.RequestsLastHour = len(l.Requests)
	var oldest time.Time
	a.ForcedLastMinute, oldest = countSince(l.Forced, now.Add(-time.Minute))
	if key, ok := c.cachedKey(); ok {
		if ra := c.guard.retryAfter(key); ra.After(now) {
			a.RetryAfter, a.Allowed, a.AllowedAt = ra, false, ra
		}
	}
	if a.ForcedLastMinute >= MaxForcedPerMinute {
		at := oldest.Add(time.Minute)
		a.Allowed = false
		if at.After(a.AllowedAt) {
			a.AllowedAt = at
		}
	}
	switch {
	case !a.RetryAfter.IsZero():
		a.Message = fmt.Sprintf("The provider asked to wait until %s (another %s) before the next token request.",
			a.RetryAfter.Format("15:04:05"), Human(a.RetryAfter.Sub(now)))
	case !a.Allowed:
		a.Message = fmt.Sprintf("%d forced renewals in the last minute already; the next is allowed at %s.",
			a.ForcedLastMinute, a.AllowedAt.Format("15:04:05"))
	case a.Valid:
		a.Message = fmt.Sprintf("The current token is still valid for %s. Asking for tokens too often gets the client blocked by the provider; %d token requests in the last hour.",
			Human(a.Remaining), a.RequestsLastHour)
	default:
		a.Message = fmt.Sprintf("No valid token is cached; %d token requests in the last hour.", a.RequestsLastHour)
	}
	return a
}

// RequestsLastHour counts this profile's token requests in the last hour,
// across every process sharing the cache directory.
func (c *Client) RequestsLastHour() int {
	return len(c.guard.readLog().Requests)
}

// checkRetryAfter refuses a request before the provider's Retry-After.
func (c *Client) checkRetryAfter(key string, remaining time.Duration) error {
	now := c.now()
	until := c.guard.retryAfter(key)
	if !until.After(now) {
		return nil
	}
	return &GuardError{
		Kind: ErrRateLimited, Until: until, Remaining: remaining,
		msg: fmt.Sprintf("the provider rate-limited this client (HTTP 429) and asked to wait until %s; no token request before then (another %s)",
			until.Format("15:04:05"), Human(until.Sub(now))),
	}
}

// checkForced refuses a forced renewal past MaxForcedPerMinute.
func (c *Client) checkForced(remaining time.Duration) error {
	now := c.now()
	n, oldest := countSince(c.guard.readLog().Forced, now.Add(-time.Minute))
	if n < MaxForcedPerMinute {
		return nil
	}
	until := oldest.Add(time.Minute)
	life := "no valid token is cached"
	if remaining > 0 {
		life = "the current token is still valid for " + Human(remaining) + " and is reused meanwhile"
	}
	return &GuardError{
		Kind: ErrGuardRefused, Until: until, Remaining: remaining,
		msg: fmt.Sprintf("refused to force another token: %d forced renewals in the last minute already. "+
			"Providers block clients that ask for tokens too often (the sandbox after 10 a minute), and unblocking can take long; "+
			"%s; try again after %s (in %s)",
			n, life, until.Format("15:04:05"), Human(until.Sub(now))),
	}
}
