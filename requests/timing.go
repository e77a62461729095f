package requests

import (
	"crypto/tls"
	"net/http/httptrace"
	"sync"
	"time"
)

// Timing says where the time of an exchange went. A phase that did not
// happen (no DNS lookup for an IP address, no TLS for http, nothing at all
// on a reused connection) is zero. After a redirect the phases are those of
// the last hop; FirstByte and Total count from the start of the first.
type Timing struct {
	Start     time.Time     // when the request started
	DNS       time.Duration // name lookup
	Connect   time.Duration // TCP connect
	TLS       time.Duration // TLS handshake
	FirstByte time.Duration // from Start to the first byte of the response
	Total     time.Duration // from Start to the last byte of the body
	Reused    bool          // the connection was reused
}

// tracer collects httptrace events. The hooks may run on other goroutines.
type tracer struct {
	mu                      sync.Mutex
	t                       Timing
	dns, connect, handshake time.Time
}

func newTracer() *tracer {
	return &tracer{t: Timing{Start: time.Now()}}
}

func (tr *tracer) clientTrace() *httptrace.ClientTrace {
	lock := func(f func()) { tr.mu.Lock(); f(); tr.mu.Unlock() }
	return &httptrace.ClientTrace{
		DNSStart: func(httptrace.DNSStartInfo) { lock(func() { tr.dns = time.Now() }) },
		DNSDone: func(httptrace.DNSDoneInfo) {
			lock(func() { tr.t.DNS = since(tr.dns) })
		},
		ConnectStart: func(string, string) { lock(func() { tr.connect = time.Now() }) },
		ConnectDone: func(string, string, error) {
			lock(func() { tr.t.Connect = since(tr.connect) })
		},
		TLSHandshakeStart: func() { lock(func() { tr.handshake = time.Now() }) },
		TLSHandshakeDone: func(tls.ConnectionState, error) {
			lock(func() { tr.t.TLS = since(tr.handshake) })
		},
		GotConn: func(info httptrace.GotConnInfo) {
			lock(func() { tr.t.Reused = info.Reused })
		},
		GotFirstResponseByte: func() {
			lock(func() { tr.t.FirstByte = time.Since(tr.t.Start) })
		},
	}
}

// done returns the timing with Total measured now.
func (tr *tracer) done() Timing {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	t := tr.t
	t.Total = time.Since(t.Start)
	return t
}

func since(t time.Time) time.Duration {
	if t.IsZero() {
		return 0
	}
	return time.Since(t)
}
