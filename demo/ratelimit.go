package demo

import (
	"sync"
	"time"
)

// maxTrackedClients bounds the limiter's memory: past it, clients with no request
// in the window are forgotten.
const maxTrackedClients = 1000

// limiter blocks a client id that makes more than limit requests in a sliding window.
type limiter struct {
	limit  int
	window time.Duration

	mu   sync.Mutex
	seen map[string][]time.Time // per client id, the times of accepted attempts, oldest first
}

func newLimiter(limit int, window time.Duration) *limiter {
	return &limiter{limit: limit, window: window, seen: make(map[string][]time.Time)}
}

// verdict is the limiter's answer to one attempt.
type verdict struct {
	allowed    bool
	inWindow   int           // attempts in the window, counting this one when allowed
	retryAfter time.Duration // when refused: until the oldest attempt leaves the window
}

// attempt records an attempt by id at now, unless it would exceed the limit, in
// which case it is refused and not recorded (so waiting Retry-After always helps).
func (l *limiter) attempt(id string, now time.Time) verdict {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.seen) >= maxTrackedClients {
		l.forgetIdle(now)
	}
	times := l.recent(id, now)
	if len(times) >= l.limit {
		l.seen[id] = times
		return verdict{inWindow: len(times), retryAfter: times[0].Add(l.window).Sub(now)}
	}
	times = append(times, now)
	l.seen[id] = times
	return verdict{allowed: true, inWindow: len(times)}
}

// recent returns id's attempts still inside the window ending at now.
func (l *limiter) recent(id string, now time.Time) []time.Time {
	times := l.seen[id]
	cut := 0
	for cut < len(times) && !times[cut].Add(l.window).After(now) {
		cut++
	}
	return times[cut:]
}

// forgetIdle drops the clients with no attempt inside the window.
func (l *limiter) forgetIdle(now time.Time) {
	for id := range l.seen {
		if len(l.recent(id, now)) == 0 {
			delete(l.seen, id)
		}
	}
}
