package auth

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"
)

// Kind says what an exchange was for.
type Kind string

// The kinds of exchange the client records.
const (
	KindDiscovery Kind = "discovery"
	KindToken     Kind = "token"
	KindJWKS      Kind = "jwks"
	KindOther     Kind = "other"
)

// Exchange is one HTTP request and its response, as sent and received, with
// the client secret and the Authorization header masked. Response bodies keep
// access tokens (the Flow tab shows them); use Redacted for reports.
type Exchange struct {
	Kind            Kind
	Method          string
	URL             string
	RequestHeaders  http.Header
	RequestBody     string
	BasicClientID   string // the client id sent in a masked Basic header, if any
	Status          int    // 0 when no response arrived
	StatusText      string // e.g. "200 OK"
	ResponseHeaders http.Header
	ResponseBody    string // up to maxTraceBody bytes
	Truncated       bool   // the response body was longer than what is kept
	Start           time.Time
	Duration        time.Duration // until the response body was read
	Err             error         // the transport error, if any
}

// maxTraceBody caps the response body kept in an exchange.
const maxTraceBody = 1 << 20

// mask replaces secrets in traces.
const mask = "****"

var secretFields = map[string]bool{
	"client_secret": true, "client_assertion": true, "password": true, "refresh_token": true,
}

var tokenInBody = regexp.MustCompile(`("(?:access_token|refresh_token|id_token)"\s*:\s*")[^"]*(")`)

// Redacted returns a copy with access, refresh and ID tokens masked in the
// response body, safe to paste in a ticket.
func (e Exchange) Redacted() Exchange {
	e.ResponseBody = tokenInBody.ReplaceAllString(e.ResponseBody, "${1}"+mask+"${2}")
	if strings.Contains(e.ResponseBody, "access_token=") {
		e.ResponseBody = maskForm(e.ResponseBody, map[string]bool{"access_token": true, "refresh_token": true, "id_token": true})
	}
	return e
}

// maskForm masks the values of the named fields of a form-urlencoded body,
// keeping the order of the fields.
func maskForm(body string, names map[string]bool) string {
	pairs := strings.Split(body, "&")
	for i, p := range pairs {
		k, _, found := strings.Cut(p, "=")
		name, err := url.QueryUnescape(k)
		if err != nil {
			name = k
		}
		if found && names[name] {
			pairs[i] = k + "=" + mask
		}
	}
	return strings.Join(pairs, "&")
}

// maskHeaders copies h with credentials masked; it returns the client id of
// a Basic header.
func maskHeaders(h http.Header) (http.Header, string) {
	out := h.Clone()
	if out == nil {
		out = http.Header{}
	}
	var id string
	if v := out.Get("Authorization"); v != "" {
		scheme, cred, _ := strings.Cut(v, " ")
		if strings.EqualFold(scheme, "Basic") {
			if raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(cred)); err == nil {
				u, _, _ := strings.Cut(string(raw), ":")
				if un, err := url.QueryUnescape(u); err == nil {
					u = un
				}
				id = u
			}
		}
		out.Set("Authorization", scheme+" "+mask)
	}
	for _, k := range []string{"Cookie", "Proxy-Authorization"} {
		if out.Get(k) != "" {
			out.Set(k, mask)
		}
	}
	return out, id
}

type kindKey struct{}

// withKind labels the requests made with ctx for the trace.
func withKind(ctx context.Context, k Kind) context.Context {
	return context.WithValue(ctx, kindKey{}, k)
}

// tracer is an http.RoundTripper that records every exchange.
type tracer struct {
	base   http.RoundTripper
	record func(Exchange)
	now    func() time.Time
}

// RoundTrip sends req through the base transport and records the exchange.
func (t *tracer) RoundTrip(req *http.Request) (*http.Response, error) {
	kind, _ := req.Context().Value(kindKey{}).(Kind)
	if kind == "" {
		kind = KindOther
	}
	ex := Exchange{Kind: kind, Method: req.Method, URL: req.URL.String(), Start: t.now()}
	ex.RequestHeaders, ex.BasicClientID = maskHeaders(req.Header)
	if req.Body != nil && req.Body != http.NoBody {
		body, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		ex.RequestBody = maskForm(string(body), secretFields)
		req = req.Clone(req.Context())
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.ContentLength = int64(len(body))
	}
	begin := time.Now()
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		ex.Err = err
		ex.Duration = time.Since(begin)
		t.record(ex)
		return nil, err
	}
	ex.Status = resp.StatusCode
	ex.StatusText = resp.Status
	ex.ResponseHeaders, _ = maskHeaders(resp.Header)
	data, rerr := io.ReadAll(io.LimitReader(resp.Body, maxTraceBody+1))
	ex.Duration = time.Since(begin)
	if rerr != nil {
		// A body cut by a timeout, a reset or a close is the exchange's
		// failure, not a shorter body: passing on what arrived would make
		// it a "malformed answer" and hide the cause.
		ex.Err = rerr
		resp.Body.Close()
		t.record(ex)
		return nil, rerr
	}
	if len(data) > maxTraceBody {
		ex.Truncated = true
		ex.ResponseBody = string(data[:maxTraceBody])
		resp.Body = readCloser{io.MultiReader(bytes.NewReader(data), resp.Body), resp.Body}
	} else {
		ex.ResponseBody = string(data)
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(data))
	}
	t.record(ex)
	return resp, nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

// traceLog keeps the last exchanges of a client.
type traceLog struct {
	mu  sync.Mutex
	all []Exchange
}

// maxTraces bounds the exchanges a client keeps.
const maxTraces = 100

func (l *traceLog) add(e Exchange) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.all = append(l.all, e)
	if len(l.all) > maxTraces {
		l.all = append([]Exchange(nil), l.all[len(l.all)-maxTraces:]...)
	}
}

func (l *traceLog) list() []Exchange {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Exchange(nil), l.all...)
}

// tracedClient returns a copy of hc whose transport records into rec.
func tracedClient(hc *http.Client, rec func(Exchange), now func() time.Time) *http.Client {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	base := hc.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	cp := *hc
	cp.Transport = &tracer{base: base, record: rec, now: now}
	return &cp
}
