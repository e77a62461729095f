package auth

// The guard: what the provider has seen of a client (token endpoint +
// client id), shared by every profile and process, and the failures that
// hold back the next token request.

import (
	"context"
	"sync"
	"time"
)

// The guard's limits.
const (
	// MaxForcedPerMinute is how many forced renewals a minute the guard
	// allows for one client, across all its profiles.
	MaxForcedPerMinute = 3
	// DefaultRetryAfter is assumed after a 429 without a usable Retry-After.
	DefaultRetryAfter = 60 * time.Second
	// MaxRetryAfter caps a provider's Retry-After: an absurd value is
	// clamped, not trusted (nor overflowed into the past).
	MaxRetryAfter = time.Hour
	// FirstBackoff is the wait after one transient failure; it doubles
	// with each further one, up to MaxBackoff.
	FirstBackoff = 5 * time.Second
	// MaxBackoff caps the back-off after transient failures.
	MaxBackoff = 5 * time.Minute
)

// Failure is a failed token request as tokentui remembers it.
// Description comes from the provider: treat it as untrusted text.
type Failure struct {
	At          time.Time `json:"at"`
	Profile     string    `json:"profile,omitempty"`     // the profile that sent it
	Status      int       `json:"status,omitempty"`      // HTTP status; 0 when there was no answer
	Code        Code      `json:"code"`                  // what Explain calls it
	OAuthError  string    `json:"error,omitempty"`       // the provider's "error"
	Description string    `json:"description,omitempty"` // the provider's "error_description"
	Message     string    `json:"message"`               // the error's sentence
	Transient   bool      `json:"transient,omitempty"`   // worth retrying later (5xx, 429, network…)
	AuthMethod  string    `json:"auth_method,omitempty"` // how the client authenticated, for the explanation
}

// requestEntry is one token request sent for a client.
type requestEntry struct {
	At      time.Time `json:"at"`
	Profile string    `json:"profile,omitempty"`
	Forced  bool      `json:"forced,omitempty"`
	Failed  bool      `json:"failed,omitempty"`
}

// clientState is what the provider has seen of one client lately.
type clientState struct {
	TokenURL    string         `json:"token_url"`
	ClientID    string         `json:"client_id"`
	Requests    []requestEntry `json:"requests"`                     // the last hour's token requests
	RetryAfter  time.Time      `json:"retry_after,omitempty"`        // the provider's Retry-After, clamped
	NextAttempt time.Time      `json:"next_attempt,omitempty"`       // no request before: Retry-After and back-off
	Transient   int            `json:"transient_failures,omitempty"` // consecutive transient failures
	Last        *Failure       `json:"last_failure,omitempty"`       // the last of them
}

// guard keeps client states and credential failures, on disk when the
// store has a directory and in memory otherwise.
type guard struct {
	st  *store
	now func() time.Time

	mu       sync.Mutex
	clients  map[string]clientState // memory-only mode
	failures map[string]Failure     // memory-only mode
}

func clientName(client string) string { return "client-" + client + ".json" }
func failureName(key string) string   { return "failure-" + key + ".json" }

// state returns the client's state with its request log pruned to the
// last hour.
func (g *guard) state(client string) clientState {
	var s clientState
	if g.st.disk() {
		g.st.read(clientName(client), &s)
	} else {
		g.mu.Lock()
		s = g.clients[client]
		s.Requests = append([]requestEntry(nil), s.Requests...)
		g.mu.Unlock()
	}
	since := g.now().Add(-time.Hour)
	kept := s.Requests[:0:0]
	for _, r := range s.Requests {
		if r.At.After(since) && !r.At.After(g.now().Add(time.Hour)) {
			kept = append(kept, r)
		}
	}
	s.Requests = kept
	return s
}

// update changes the client's state under its lock, so that concurrent
// processes lose nothing.
func (g *guard) update(ctx context.Context, cr creds, clientID string, f func(*clientState)) {
	if !g.st.disk() {
		g.mu.Lock()
		defer g.mu.Unlock()
		if g.clients == nil {
			g.clients = map[string]clientState{}
		}
		s := g.clients[cr.client]
		f(&s)
		g.clients[cr.client] = s
		return
	}
	unlock, err := g.st.lock(context.WithoutCancel(ctx), "client-"+cr.client)
	if err != nil {
		return
	}
	defer unlock()
	s := g.state(cr.client)
	s.TokenURL, s.ClientID = cr.tokenURL, clientID
	f(&s)
	_ = g.st.write(clientName(cr.client), s)
}

// failure returns the remembered failure of these credentials, if any.
func (g *guard) failure(key string) (Failure, bool) {
	if g.st.disk() {
		var f Failure
		ok := g.st.read(failureName(key), &f) && !f.At.IsZero()
		return f, ok
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	f, ok := g.failures[key]
	return f, ok
}

// setFailure remembers (or, with nil, forgets) the failure of these credentials.
func (g *guard) setFailure(key string, f *Failure) {
	if g.st.disk() {
		if f == nil {
			_ = g.st.remove(failureName(key))
			return
		}
		_ = g.st.write(failureName(key), f)
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.failures == nil {
		g.failures = map[string]Failure{}
	}
	if f == nil {
		delete(g.failures, key)
		return
	}
	g.failures[key] = *f
}

// backoff is the wait after n consecutive transient failures.
func backoff(n int) time.Duration {
	d := FirstBackoff
	for i := 1; i < n && d < MaxBackoff; i++ {
		d *= 2
	}
	if d > MaxBackoff {
		d = MaxBackoff
	}
	return d
}

// forcedSince counts the forced requests after since, and the oldest.
func forcedSince(rs []requestEntry, since time.Time) (n int, oldest time.Time) {
	for _, r := range rs {
		if r.Forced && r.At.After(since) {
			if n == 0 || r.At.Before(oldest) {
				oldest = r.At
			}
			n++
		}
	}
	return n, oldest
}
