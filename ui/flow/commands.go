package flow

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/requests"
	"tokentui/ui/pane"
)

// Every result message carries the profile (ID) and the run (Gen) that
// asked: a restart bumps Gen, so answers of an older run are dropped.

// DiscoveredMsg carries the discovery document of step 1.
type DiscoveredMsg struct {
	ID    string
	Gen   int
	Meta  *auth.Metadata
	Err   error
	Trace *auth.Exchange // the exchange that fetched it, when one was recorded
}

// TokenMsg carries the token of steps 2–6.
type TokenMsg struct {
	ID       string
	Gen      int
	Token    *auth.Token
	Err      error
	Trace    *auth.Exchange // the token exchange: made now (Fresh) or recorded earlier
	Fresh    bool           // a token request was made for this answer
	Forced   bool           // the user asked for a new token
	Requests int            // token requests in the last hour
}

// VerifiedMsg carries the signature check of step 5.
type VerifiedMsg struct {
	ID     string
	Gen    int
	Raw    string
	Result auth.Verification
	JWKS   *auth.Exchange // the exchange that fetched the key set, when recorded
}

// APIMsg carries the API call of step 6.
type APIMsg struct {
	ID     string
	Gen    int
	Result *apiResult
	Err    error
}

// AdviceMsg carries what to say before asking for a new token.
type AdviceMsg struct {
	ID     string
	Advice auth.RenewAdvice
}

// PresentMsg asks the root to enter or leave presentation mode.
type PresentMsg = pane.PresentMsg

// apiResult is what step 6 shows of a response, taken out of it in the
// command so that no temporary file outlives it.
type apiResult struct {
	Method, URL  string
	Proto        string
	Status       string
	StatusCode   int
	Sent         []requests.Header
	Headers      http.Header
	Body         []string // the first lines of the body, pretty-printed
	MoreLines    bool
	BodySize     int64
	Duration     time.Duration
	Explanation  *auth.Explanation
	Challenge    *auth.Challenge // the WWW-Authenticate challenge explained, if any
	TokenExpired bool
	// TokenWithheld, TokenDropped: the token did not reach the server that
	// answered (not the profile's API; a redirect left it), as in requests.Response.
	TokenWithheld, TokenDropped bool
	Op                          *apiOperation // the operation of the API's OpenAPI document, if found
}

// maxBodyLines is how much of the API's answer step 6 keeps.
const maxBodyLines = 40

func clientNow(c Client) time.Time {
	if now := c.Options().Now; now != nil {
		return now()
	}
	return time.Now()
}

// discoverCmd reads the discovery document (from the cache when fresh).
func discoverCmd(ctx context.Context, id string, gen int, c Client) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		md, err := c.Discover(ctx)
		msg := DiscoveredMsg{ID: id, Gen: gen, Meta: md, Err: err}
		traces := c.Traces()
		for i := len(traces) - 1; i >= 0; i-- {
			if t := traces[i]; t.Kind == auth.KindDiscovery && (md == nil || t.URL == md.URL) {
				msg.Trace = &t
				break
			}
		}
		return msg
	}
}

// tokenCmd gets the token: the cached one while valid (Token), or a new
// one when force is set (Renew, which the guard may refuse).
func tokenCmd(ctx context.Context, id string, gen int, c Client, force bool) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		since := clientNow(c)
		var (
			t   *auth.Token
			err error
		)
		if force {
			t, err = c.Renew(ctx)
		} else {
			t, err = c.Token(ctx)
		}
		msg := TokenMsg{ID: id, Gen: gen, Token: t, Err: err, Forced: force, Requests: c.RequestsLastHour()}
		msg.Trace, msg.Fresh = tokenTrace(c.Traces(), t, err, since)
		return msg
	}
}

// tokenTrace finds the exchange behind a token: one made since the command
// started, else the recorded exchange whose answer holds this very token;
// for a request held back after a failure, the failed exchange remembered.
func tokenTrace(traces []auth.Exchange, t *auth.Token, err error, since time.Time) (*auth.Exchange, bool) {
	for i := len(traces) - 1; i >= 0; i-- {
		if x := traces[i]; x.Kind == auth.KindToken && !x.Start.Before(since) {
			return &x, true
		}
	}
	if errors.Is(err, auth.ErrHeldBack) {
		for i := len(traces) - 1; i >= 0; i-- {
			if x := traces[i]; x.Kind == auth.KindToken && x.Status/100 != 2 {
				return &x, false
			}
		}
	}
	if t == nil || t.Raw == "" {
		return nil, false
	}
	for i := len(traces) - 1; i >= 0; i-- {
		if x := traces[i]; x.Kind == auth.KindToken && x.Status/100 == 2 && strings.Contains(x.ResponseBody, t.Raw) {
			return &x, false
		}
	}
	return nil, false
}

// verifyCmd checks the signature as an API would.
func verifyCmd(ctx context.Context, id string, gen int, c Client, raw string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		v := c.Verify(ctx, raw)
		msg := VerifiedMsg{ID: id, Gen: gen, Raw: raw, Result: v}
		traces := c.Traces()
		for i := len(traces) - 1; i >= 0; i-- {
			if t := traces[i]; t.Kind == auth.KindJWKS && (v.JWKSURL == "" || t.URL == v.JWKSURL) {
				msg.JWKS = &t
				break
			}
		}
		return msg
	}
}

// apiCmd sends the request of step 6 with the Flow's token.
func apiCmd(ctx context.Context, id string, gen int, send SendFunc, spec requests.Spec, tok *auth.Token, specs SpecFunc) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		resp, err := send(ctx, spec, tok)
		if err != nil {
			return APIMsg{ID: id, Gen: gen, Err: err}
		}
		defer resp.Cleanup()
		r := &apiResult{
			Method: resp.Method, URL: resp.URL, Proto: resp.Proto, Status: resp.Status, StatusCode: resp.StatusCode,
			Sent: resp.Sent, Headers: resp.Headers, BodySize: resp.BodySize, Duration: resp.Timing.Total,
			Explanation: resp.Explanation, Challenge: resp.Challenge,
			TokenWithheld: resp.TokenWithheld, TokenDropped: resp.TokenDropped,
		}
		lines := strings.Split(strings.TrimRight(resp.Pretty(), "\n"), "\n")
		if len(lines) > maxBodyLines {
			lines, r.MoreLines = lines[:maxBodyLines], true
		}
		if len(lines) == 1 && lines[0] == "" {
			lines = nil
		}
		r.Body = lines
		r.Op = describeCall(ctx, specs, spec, resp, tok)
		return APIMsg{ID: id, Gen: gen, Result: r}
	}
}

// adviceCmd reads the guard's advice (it reads the request log on disk).
func adviceCmd(id string, c Client) tea.Cmd {
	return func() tea.Msg { return AdviceMsg{ID: id, Advice: c.RenewAdvice()} }
}

// canceled reports an error that only says the user stopped the work.
func canceled(err error) bool { return errors.Is(err, context.Canceled) }
