package cli

// --debug FILE: a log of what every command asked the network, for every
// command (the TUI too). Each exchange is one line: the profile, the
// method, the URL without its query (which may carry keys) or user, the
// status, the time and the body's size. Never a token, a header value or
// a body. The file is the user's alone (0600), appended to.

import (
	"errors"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"sync/atomic"
	"time"

	"tokentui/auth"
	"tokentui/text/i18n"
)

// openDebugLog points the standard logger at --debug's file, or at
// nothing: no command logs to the terminal. It returns the file to close
// when the run ends (nil without --debug).
func openDebugLog(g *globals) (io.Closer, error) {
	debugHTTP.Store(g.debug != "")
	if g.debug == "" {
		log.SetOutput(io.Discard)
		return nil, nil
	}
	f, err := os.OpenFile(g.debug, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err == nil {
		err = f.Chmod(0o600) // a file made earlier, readable by others, is made private
		if err != nil {
			f.Close()
		}
	}
	if err != nil {
		lang := g.language()
		return nil, usageIn(lang, i18n.TUIDebugLog, sanitize(g.debug), err).hintIn(lang, i18n.TUIDebugLogHint)
	}
	log.SetOutput(f)
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)
	log.SetPrefix("tokentui ")
	return f, nil
}

// debugHTTP: --debug is on, so profiles' HTTP clients log their exchanges.
var debugHTTP atomic.Bool

// withDebug wraps a profile's transport in a debugTransport when --debug is on.
func withDebug(profile string, tr http.RoundTripper) http.RoundTripper {
	if !debugHTTP.Load() {
		return tr
	}
	return debugTransport{profile: profile, next: tr}
}

// debugTransport logs each exchange of a profile's HTTP client when the
// body is closed (so the size is known), or its failure.
type debugTransport struct {
	profile string
	next    http.RoundTripper
}

// Unwrap is the transport underneath, for code that reads its TLS settings.
func (d debugTransport) Unwrap() http.RoundTripper { return d.next }

func (d debugTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	start := time.Now()
	resp, err := d.next.RoundTrip(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // it repeats the URL, query included
		}
		log.Printf("http: profile %q %s %s: failed after %s: %v", d.profile, req.Method, logURL(req.URL),
			time.Since(start).Round(time.Millisecond), err)
		return nil, err
	}
	resp.Body = &loggedBody{ReadCloser: resp.Body, done: func(n int64) {
		log.Printf("http: profile %q %s %s -> %d in %s, %d bytes", d.profile, req.Method, logURL(req.URL),
			resp.StatusCode, time.Since(start).Round(time.Millisecond), n)
	}}
	return resp, nil
}

// loggedBody counts what is read of a body and reports it once, at Close.
type loggedBody struct {
	io.ReadCloser
	n    atomic.Int64
	once atomic.Bool
	done func(n int64)
}

func (b *loggedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n.Add(int64(n))
	return n, err
}

func (b *loggedBody) Close() error {
	if b.once.CompareAndSwap(false, true) {
		b.done(b.n.Load())
	}
	return b.ReadCloser.Close()
}

// logURL is u without user, query or fragment.
func logURL(u *url.URL) string {
	c := *u
	c.User, c.RawQuery, c.ForceQuery, c.Fragment, c.RawFragment = nil, "", false, "", ""
	return c.String()
}

// logToken notes the token a command got (never the token itself): from
// the cache or asked for, and until when; or the kind of failure.
func logToken(profile string, forced bool, t *auth.Token, err error) {
	if err != nil {
		log.Printf("token: profile %q forced=%v: failed: %s", profile, forced, auth.Explain(err).Code)
		return
	}
	log.Printf("token: profile %q forced=%v from_cache=%v expires=%s", profile, forced, t.FromCache,
		t.Expiry.UTC().Format(time.RFC3339))
}
