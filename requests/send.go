package requests

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"os"
	"strings"
	"time"

	"tokentui/auth"
)

// Defaults of a Sender.
const (
	DefaultMaxBody  = 10 << 20        // body bytes kept in memory
	DefaultMaxSpill = 1 << 30         // body bytes kept in all, in the temporary file
	DefaultTimeout  = 2 * time.Minute // a whole exchange, body included

	// DefaultMaxRequestBody bounds the body a Sender sends (Sender.MaxRequestBody).
	DefaultMaxRequestBody = 100 << 20
	maxRedirects          = 10
)

// TokenSource gives the token a request is sent with. *auth.Client is one.
type TokenSource interface {
	Token(ctx context.Context) (*auth.Token, error)
}

// TokenFunc makes a function a TokenSource.
type TokenFunc func(ctx context.Context) (*auth.Token, error)

// Token calls f.
func (f TokenFunc) Token(ctx context.Context) (*auth.Token, error) { return f(ctx) }

// ErrNoToken: the token source failed, so the request was not sent.
var ErrNoToken = errors.New("no token to send the request with")

// Sender sends Specs with the profile's token. Its zero value sends
// requests without a token; set Tokens to authenticate them. A Sender is
// safe for concurrent use once set up.
type Sender struct {
	// HTTPClient sends the requests; nil means a client with no timeout of
	// its own (Timeout applies). Its CheckRedirect is wrapped so that the
	// token never follows a redirect to another host.
	HTTPClient *http.Client
	// BaseURL is the profile's api_base_url, which relative paths are
	// appended to.
	BaseURL string
	// Headers are the profile's default headers; a header of the Spec with
	// the same name (ignoring case) replaces one of these.
	Headers []Header
	// Tokens gives the token sent as "Authorization: Bearer …"; nil sends
	// no Authorization header. The token goes only to the origin of
	// BaseURL and those of TokenHosts (see TokenGoesTo): a request to any
	// other origin is sent without it, and its Response says so
	// (TokenWithheld), unless TokenToAnyHost is set.
	Tokens TokenSource
	// TokenHosts are more origins the token may be sent to, besides
	// BaseURL's: the profile's token_hosts, such as "https://api2.example".
	TokenHosts []string
	// TokenToAnyHost sends the token to whatever origin the request goes
	// to: the user's explicit choice for one request (call
	// --token-to-any-host, a confirmation in the TUI). Redirects to another
	// origin still never carry it.
	TokenToAnyHost bool
	// Renew forces a new token (auth's Client.Renew, which the guard may
	// refuse). Used only with RetryOnInvalidToken.
	Renew func(ctx context.Context) (*auth.Token, error)
	// RetryOnInvalidToken, when set, answers a 401 invalid_token by
	// renewing the token once and sending the request once more. Never
	// more than once: a second 401 is returned as it is.
	RetryOnInvalidToken bool
	// MaxBody is how many body bytes a Response keeps in memory; 0 means
	// DefaultMaxBody. A longer body is kept whole in a temporary file.
	MaxBody int64
	// SpillDir is where those temporary files go; "" means os.TempDir().
	SpillDir string
	// MaxSpill bounds the whole body kept in that temporary file, so an
	// endless body cannot fill the disk; 0 means DefaultMaxSpill, a
	// negative value means no bound. A longer body fails the request with
	// ErrBodyTooLarge and nothing of it is kept.
	MaxSpill int64
	// MaxRequestBody bounds the body of a Spec (in memory or in its
	// BodyFile): a longer one is not sent, and Send fails with
	// ErrRequestTooLarge. 0 means DefaultMaxRequestBody, a negative value
	// means no bound.
	MaxRequestBody int64
	// Timeout bounds one exchange, body included; 0 means DefaultTimeout,
	// a negative value means only the context's deadline applies.
	Timeout time.Duration
	// History, when set, gets an entry for every request sent, under
	// Profile's name.
	History *History
	// Profile names the profile in history entries.
	Profile string
}

// Send sends spec, with the token attached by the Sender, and returns the
// response with its body read (see MaxBody). An HTTP error status is a
// Response, not an error; the error is for a request that could not be
// made or answered, and wraps the cause (context.Canceled,
// context.DeadlineExceeded, ErrNoToken, ErrBadURL…). Call
// Response.Cleanup when done with a response.
func (s *Sender) Send(ctx context.Context, spec Spec) (*Response, error) {
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	for _, h := range s.Headers {
		if err := h.Validate(); err != nil {
			return nil, fmt.Errorf("the profile's default headers: %w", err)
		}
		if s.Tokens != nil && strings.EqualFold(h.Name, "Authorization") {
			return nil, fmt.Errorf("%w; remove Authorization from the profile's headers", ErrAuthorizationHeader)
		}
	}
	target, err := Resolve(s.BaseURL, spec.URL)
	if err != nil {
		return nil, err
	}
	if err := s.checkBodySize(spec); err != nil {
		return nil, err
	}
	if t := s.timeout(); t > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t)
		defer cancel()
	}
	start := time.Now()
	var used []string // the tokens sent, kept out of the history
	resp, err := s.send(ctx, spec, target, &used)
	if s.History != nil {
		e := newEntry(s.Profile, spec, target, start, resp, err, used)
		if herr := s.History.Append(e); herr != nil && resp != nil {
			resp.HistoryError = herr
		}
	}
	return resp, err
}

func (s *Sender) send(ctx context.Context, spec Spec, target string, used *[]string) (*Response, error) {
	if _, ok := s.TokenGoesTo(target); !ok && !s.TokenToAnyHost && s.Tokens != nil {
		resp, err := s.exchange(ctx, spec, target, nil)
		if resp != nil {
			resp.TokenWithheld = true
		}
		return resp, err
	}
	tok, err := s.token(ctx, false)
	if err != nil {
		return nil, err
	}
	if tok != nil {
		*used = append(*used, tok.Raw)
	}
	resp, err := s.exchange(ctx, spec, target, tok)
	if err != nil || !s.shouldRetry(resp) {
		return resp, err
	}
	tok2, rerr := s.token(ctx, true)
	if rerr != nil {
		resp.RenewError = rerr
		return resp, nil
	}
	*used = append(*used, tok2.Raw)
	resp.Cleanup()
	resp, err = s.exchange(ctx, spec, target, tok2)
	if resp != nil {
		resp.Renewed = true
	}
	return resp, err
}

// token gets the token to send, or a renewed one, unless the Sender has
// no token source.
func (s *Sender) token(ctx context.Context, renew bool) (*auth.Token, error) {
	if s.Tokens == nil {
		return nil, nil
	}
	get := s.Tokens.Token
	if renew {
		get = s.Renew
	}
	tok, err := get(ctx)
	if err == nil && (tok == nil || tok.Raw == "") {
		err = errors.New("the token source returned an empty token")
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoToken, err)
	}
	return tok, nil
}

// shouldRetry: a 401 invalid_token, with retrying asked for and possible.
func (s *Sender) shouldRetry(r *Response) bool {
	return s.RetryOnInvalidToken && s.Renew != nil && s.Tokens != nil &&
		r.StatusCode == http.StatusUnauthorized &&
		r.Challenge != nil && r.Challenge.Error == "invalid_token"
}

func (s *Sender) timeout() time.Duration {
	if s.Timeout == 0 {
		return DefaultTimeout
	}
	return s.Timeout
}

// exchange makes one HTTP request and reads its response.
func (s *Sender) exchange(ctx context.Context, spec Spec, target string, tok *auth.Token) (*Response, error) {
	tr := newTracer()
	ctx = httptrace.WithClientTrace(ctx, tr.clientTrace())
	method := spec.method()
	var req *http.Request
	var err error
	if spec.Body != nil {
		req, err = http.NewRequestWithContext(ctx, method, target, bytes.NewReader(spec.Body))
	} else {
		req, err = http.NewRequestWithContext(ctx, method, target, nil)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s %s: %v", ErrBadURL, method, target, err)
	}
	if spec.Body == nil && spec.BodyFile != "" {
		if err := bodyFromFile(req, spec.BodyFile); err != nil {
			return nil, err
		}
	}
	sent := mergeHeaders(s.Headers, spec.Headers)
	for _, h := range sent {
		if strings.EqualFold(h.Name, "Host") {
			req.Host = h.Value
			continue
		}
		req.Header.Add(h.Name, h.Value)
	}
	if tok != nil {
		req.Header.Set("Authorization", "Bearer "+tok.Raw)
	}

	hr, err := s.client().Do(req)
	if err != nil {
		return nil, sendError(method, target, err)
	}
	defer hr.Body.Close()
	resp := &Response{
		Method:     method,
		URL:        hr.Request.URL.String(),
		Status:     hr.Status,
		StatusCode: hr.StatusCode,
		Proto:      hr.Proto,
		Headers:    hr.Header,
		Sent:       sent,
		TokenSent:  tok != nil && hr.Request.Header.Get("Authorization") != "",
	}
	if hr.Request != req { // redirected: what went to the server that answered
		resp.Sent = sentAfterRedirect(sent, hr.Request.Header)
		resp.TokenDropped = tok != nil && !resp.TokenSent
	}
	if tok != nil {
		resp.TokenExpiry = tok.Expiry
		if j, err := auth.Decode(tok.Raw); err == nil {
			resp.TokenJTI, _ = j.Claims["jti"].(string)
		}
	}
	if err := resp.readBody(hr, s.maxBody(), s.maxSpill(), s.SpillDir); err != nil {
		return nil, sendError(method, target, err)
	}
	resp.Timing = tr.done()
	resp.detect()
	resp.explain()
	return resp, nil
}

// ErrRequestTooLarge: a request body over the Sender's MaxRequestBody.
var ErrRequestTooLarge = errors.New("the request body is too large")

// checkBodySize refuses a body over MaxRequestBody.
func (s *Sender) checkBodySize(spec Spec) error {
	bound := s.MaxRequestBody
	if bound == 0 {
		bound = DefaultMaxRequestBody
	}
	size := int64(len(spec.Body))
	if spec.Body == nil && spec.BodyFile != "" {
		st, err := os.Stat(spec.BodyFile)
		if err != nil {
			return fmt.Errorf("reading the request body: %w", err)
		}
		size = st.Size()
	}
	if bound >= 0 && size > bound {
		return requestTooLarge(size, bound)
	}
	return nil
}

// requestTooLarge is ErrRequestTooLarge for a body of size bytes (-1:
// more than the bound, how much more unknown) over bound.
func requestTooLarge(size, bound int64) error {
	if size < 0 {
		return fmt.Errorf("%w: it is over the %s limit", ErrRequestTooLarge, byteSize(bound))
	}
	return fmt.Errorf("%w: it is %s, over the %s limit", ErrRequestTooLarge, byteSize(size), byteSize(bound))
}

// bodyFromFile makes the file at path req's body, streamed, opened again
// for a redirect that sends the body once more.
func bodyFromFile(req *http.Request, path string) error {
	open := func() (io.ReadCloser, error) { return os.Open(path) }
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("reading the request body: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("reading the request body: %w", err)
	}
	req.Body, req.GetBody, req.ContentLength = f, open, st.Size()
	return nil
}

func (s *Sender) maxSpill() int64 {
	if s.MaxSpill == 0 {
		return DefaultMaxSpill
	}
	return s.MaxSpill
}

func (s *Sender) maxBody() int64 {
	if s.MaxBody <= 0 {
		return DefaultMaxBody
	}
	return s.MaxBody
}

// sendError turns a transport error into a sentence, keeping the cause
// (context.Canceled, a net.Error…) for errors.Is and errors.As.
func sendError(method, target string, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // it repeats the method and URL
	}
	switch {
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("%s %s was cancelled: %w", method, target, context.Canceled)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%s %s timed out; the API may be slow or unreachable: %w", method, target, err)
	}
	return fmt.Errorf("%s %s failed: %w", method, target, err)
}
