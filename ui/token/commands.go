package token

import (
	"context"
	"log"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
)

// Client is what the Token tab needs from an auth client.
type Client interface {
	Cached() (*auth.Token, bool)
	Token(ctx context.Context) (*auth.Token, error)
	Renew(ctx context.Context) (*auth.Token, error)
	Verify(ctx context.Context, raw string) auth.Verification
	RequestsLastHour() int
}

// heldReporter is the part of an auth client that knows about a failure
// holding token requests back; clients without it never hold any.
type heldReporter interface {
	HeldFailure() (auth.Failure, bool)
}

// heldOf is the failure holding c's token requests back, if any (a small
// file read: call it in a command).
func heldOf(c Client) *auth.Failure {
	if h, ok := c.(heldReporter); ok {
		if f, ok := h.HeldFailure(); ok {
			return &f
		}
	}
	return nil
}

// LoadedMsg carries a token (or why there is none) to the pane that asked.
type LoadedMsg struct {
	ID        string        // the profile the pane shows
	Token     *auth.Token   // nil when there is none
	Err       error         // why the request failed
	Requests  int           // token requests of the client in the last hour, after this one
	Held      *auth.Failure // a failure holding token requests back; nil when none
	FromCache bool          // answered from the cache without a request
	Asked     bool          // the user asked for it (vs the start-up look-up)
	Forced    bool          // it was a forced renewal
	Why       string        // why the pane asked for it, shown with the result ("" for none)
}

// CheckedMsg is the per-second look at the cache (CheckCmd): the newest
// token cached for the profile's credentials, whoever got it, the client's
// meter and any failure holding requests back.
type CheckedMsg struct {
	ID       string
	Seq      int // numbers the checks of one pane; an outdated one is dropped
	Token    *auth.Token
	Requests int
	Held     *auth.Failure
}

// VerifiedMsg carries the signature check of one token.
type VerifiedMsg struct {
	ID     string
	Raw    string
	Result auth.Verification
}

// cachedCmd looks in the cache only: no network, no token request.
func cachedCmd(id string, c Client) tea.Cmd {
	return func() tea.Msg {
		t, ok := c.Cached()
		if !ok {
			t = nil
		}
		return LoadedMsg{ID: id, Token: t, Requests: c.RequestsLastHour(), Held: heldOf(c), FromCache: true}
	}
}

// checkSeqs numbers the looks at the cache of every pane.
var checkSeqs atomic.Int64

// checkCmd reads the cache like cachedCmd (no network), for the pane's
// per-second look.
func checkCmd(id string, seq int, c Client) tea.Cmd {
	return func() tea.Msg {
		t, ok := c.Cached()
		if !ok {
			t = nil
		}
		return CheckedMsg{ID: id, Seq: seq, Token: t, Requests: c.RequestsLastHour(), Held: heldOf(c)}
	}
}

// fetchCmd gets a token: the cached one while valid, or a new one when
// force is set (the guard in auth may still refuse).
func fetchCmd(ctx context.Context, id string, c Client, force bool, why string) tea.Cmd {
	return func() tea.Msg {
		var (
			t   *auth.Token
			err error
		)
		if force {
			t, err = c.Renew(ctx)
		} else {
			t, err = c.Token(ctx)
		}
		logToken(id, force, t, err)
		return LoadedMsg{ID: id, Token: t, Err: err, Requests: c.RequestsLastHour(), Held: heldOf(c), Asked: true, Forced: force, Why: why}
	}
}

// logToken notes a token request in the --debug log (never the token):
// written here, in the command, so Update does no I/O.
func logToken(profile string, forced bool, t *auth.Token, err error) {
	if err != nil {
		log.Printf("token: profile %q forced=%v: failed: %s", profile, forced, auth.Explain(err).Code) // never the text: it may quote the provider
		return
	}
	log.Printf("token: profile %q forced=%v from_cache=%v expires=%s", profile, forced, t.FromCache,
		t.Expiry.UTC().Format(time.RFC3339))
}

// verifyCmd checks a token's signature with verify (the profile client's
// Verify, or verifyAny for a pasted token).
func verifyCmd(ctx context.Context, id string, verify func(context.Context, string) auth.Verification, raw string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		defer cancel()
		return VerifiedMsg{ID: id, Raw: raw, Result: verify(ctx, raw)}
	}
}

// verifyAny checks any token against the keys its own issuer publishes.
func verifyAny(ctx context.Context, raw string) auth.Verification {
	return auth.VerifyToken(ctx, nil, raw, "")
}
