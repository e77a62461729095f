package auth

import (
	"context"
	"time"
)

// CheckStatus is the outcome of one diagnostic check.
type CheckStatus int

// The outcomes of a check.
const (
	CheckOK      CheckStatus = iota // passed
	CheckWarn                       // passed with a caveat worth reading
	CheckFail                       // failed: see Cause and Hint
	CheckSkipped                    // not run (an earlier check failed, or it does not apply)
)

// String is "ok", "warn", "fail" or "skipped".
func (s CheckStatus) String() string {
	return [...]string{"ok", "warn", "fail", "skipped"}[s]
}

// Symbol is ✓, !, ✗ or -.
func (s CheckStatus) Symbol() string {
	return [...]string{"✓", "!", "✗", "-"}[s]
}

// MarshalText makes the status read as its String in JSON.
func (s CheckStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Check is one step of a diagnosis. Detail may quote the provider (error
// descriptions): treat it as untrusted text.
type Check struct {
	ID     string      `json:"id"`    // profile, reachability, discovery, auth_method, grant_type, scopes_supported, credentials, scopes_granted, clock, signature
	Title  string      `json:"title"` // a short name for people
	Status CheckStatus `json:"status"`
	Detail string      `json:"detail"`           // what was found
	Code   Code        `json:"code,omitempty"`   // the explanation's code, for failures and warnings
	Reason Code        `json:"reason,omitempty"` // the explanation's reason (Explanation.Reason), when more specific than Code
	Cause  string      `json:"cause,omitempty"`  // the likely cause
	Hint   string      `json:"hint,omitempty"`   // what to try

	Parts    []Phrase `json:"-"` // Detail as phrases, to be written in any language
	HintSaid Phrase   `json:"-"` // Hint as a phrase when it is the check's own, not its Code's
}

// Report is the result of Diagnose: plain data with no secret and no token,
// safe to paste in a ticket.
type Report struct {
	Profile       string    `json:"profile"`
	ClientID      string    `json:"client_id"`
	Issuer        string    `json:"issuer,omitempty"`
	TokenURL      string    `json:"token_url,omitempty"`
	JWKSURL       string    `json:"jwks_url,omitempty"`
	AuthMethod    string    `json:"auth_method"`
	Scopes        []string  `json:"scopes"`
	Time          time.Time `json:"time"`
	Checks        []Check   `json:"checks"`
	OK            bool      `json:"ok"`             // no check failed
	TokenRequests int       `json:"token_requests"` // token requests made by this diagnosis (0 or 1)
}

// Diagnose checks the profile step by step: the options, reachability (DNS,
// TCP, TLS), discovery (issuer, auth method, grant type, scopes), the
// credentials, the scopes granted, the clock and the token's signature.
// It makes at most ONE token request, and none while a valid token is
// cached unless fresh is set (then it forces one, subject to the guard).
func (c *Client) Diagnose(ctx context.Context, fresh bool) Report {
	d := &diagnosis{c: c, ctx: ctx, since: c.now()}
	r := Report{
		Profile: c.opts.Profile, ClientID: c.opts.ClientID, Issuer: c.opts.Issuer, TokenURL: c.opts.TokenURL,
		JWKSURL: c.opts.JWKSURL, AuthMethod: c.opts.AuthMethod, Scopes: append([]string{}, c.opts.Scopes...), Time: c.now(),
	}
	d.profile()
	d.reachability()
	md := d.discovery()
	if md != nil {
		if r.TokenURL == "" {
			r.TokenURL = md.TokenEndpoint
		}
		if r.JWKSURL == "" {
			r.JWKSURL = md.JWKSURI
		}
	}
	d.clientAuth(r.TokenURL) // key, certificate: checked before any request
	tok := d.credentials(fresh, md != nil || c.opts.TokenURL != "")
	d.explainInvalidClient()
	d.scopesGranted(tok)
	d.clock(tok)
	d.signature(tok)
	r.Checks = d.checks
	r.OK = true
	for _, ch := range d.checks {
		if ch.Status == CheckFail {
			r.OK = false
		}
	}
	for _, e := range d.exchanges() {
		if e.Kind == KindToken {
			r.TokenRequests++
		}
	}
	return r
}

type diagnosis struct {
	c      *Client
	ctx    context.Context
	since  time.Time // when the diagnosis started
	checks []Check
}

// exchanges are the exchanges recorded since the diagnosis started.
func (d *diagnosis) exchanges() []Exchange {
	var out []Exchange
	for _, e := range d.c.Traces() {
		if !e.Start.Before(d.since) {
			out = append(out, e)
		}
	}
	return out
}

func (d *diagnosis) add(id string, s CheckStatus, parts ...Phrase) *Check {
	d.checks = append(d.checks, Check{ID: id, Title: titleOf(id), Status: s, Detail: JoinPhrases(parts), Parts: parts})
	return &d.checks[len(d.checks)-1]
}

// hint sets a check's own hint.
func (ch *Check) hint(p Phrase) { ch.Hint, ch.HintSaid = p.String(), p }

// fail adds a failed check explained from err.
func (d *diagnosis) fail(id string, what Phrase, err error) {
	e := Explain(err)
	ch := d.add(id, CheckFail, say(SayFailed, what, err))
	ch.Code, ch.Reason, ch.Cause, ch.Hint = e.Code, e.Reason, e.Cause, e.Hint
}

// TitleCode is the code of the title of the check with this ID.
func TitleCode(id string) TextCode { return TextCode("title_" + id) }

func titleOf(id string) string { return say(TitleCode(id)).String() }
