// Package token is the Token tab: the current token of one profile with a
// live countdown, its decoded header and claims, and the guarded renew.
package token

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/common"
)

// Options configure a Token tab.
type Options struct {
	ID        string // the profile it shows; messages carry it back
	Client    Client
	AutoFetch bool      // get a token at start when none is cached (the sandbox demo): once, never again on its own
	Now       time.Time // the clock at start; the root moves it with SetNow
	Problem   string    // why there is no Client: shown instead of a token
	// Curl writes the curl command "copy as curl" copies, given the token
	// on screen; nil leaves the action out.
	Curl func(rawToken string) string
}

// Model is the Token tab of one profile.
type Model struct {
	common.Common
	opts    Options
	keys    KeyMap
	focused bool

	now       time.Time
	tok       *auth.Token // the profile's own token
	own       shown       // the profile's token, decoded
	pasted    *shown      // a token pasted for inspection, shown instead of own
	input     textinput.Model
	inputErr  string // why the pasted text is not a JWT
	pasting   bool   // the paste box has the keyboard
	notice    string // how the last copy went
	noticeBad bool   // the copy failed
	err       error
	requests  int           // token requests of the client in the last hour
	held      *auth.Failure // a failure holding token requests back
	why       string        // why the pane asked for a new token on its own account (an untrusted one)
	autoDone  bool          // AutoFetch has had its one go
	loading   bool
	confirm   bool // the renew confirmation is showing
	cancel    context.CancelFunc
	vp        viewport.Model

	// The per-second look at the cache (Check): one at a time; a check
	// started before the last token result is outdated and dropped.
	checkSeq   int
	checkStale int
	checking   bool
}

// New returns a Token tab for one profile.
func New(c common.Common, opts Options) Model {
	in := textinput.New()
	in.Placeholder = c.T(i18n.TokenPlaceholder)
	in.CharLimit = 64 << 10
	in.Prompt = "› "
	return Model{Common: c, opts: opts, keys: KeyMapIn(c.Lang), now: opts.Now, vp: viewport.New(0, 0), input: in}
}

// Init looks in the cache (a command: no disk I/O happens here).
func (m Model) Init() tea.Cmd {
	if m.opts.Client == nil {
		return nil
	}
	return cachedCmd(m.opts.ID, m.opts.Client)
}

// ID is the profile the pane shows.
func (m Model) ID() string { return m.opts.ID }

// Token is the token on screen, if any.
func (m Model) Token() *auth.Token { return m.tok }

// Unusable reports whether the profile cannot get tokens until it is fixed.
func (m Model) Unusable() bool { return m.opts.Client == nil }

// Loading reports whether a token request is in flight.
func (m Model) Loading() bool { return m.loading }

// KeyMap returns the pane's bindings, for the help screen.
func (m Model) KeyMap() KeyMap { return m.keys }

// clipID tells this pane's clipboard reports from other panes' of the profile.
func (m Model) clipID() string { return "token:" + m.opts.ID }

// Editing reports whether the paste box has the keyboard.
func (m Model) Editing() bool { return m.pasting }

// Focus gives the pane the keyboard.
func (m *Model) Focus() { m.focused = true }

// Blur takes the keyboard away.
func (m *Model) Blur() {
	m.focused, m.confirm, m.pasting = false, false, false
	m.input.Blur()
	m.relayout()
}

// SetSize sets the inner size and re-lays the scrolling part.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	m.relayout()
}

// SetNow moves the clock; the root calls it on every tick.
func (m *Model) SetNow(now time.Time) {
	m.now = now
	m.refresh()
}

// Cancel stops an in-flight token request; it reports whether there was one.
func (m *Model) Cancel() bool {
	if m.cancel == nil {
		return false
	}
	m.cancel()
	m.cancel = nil
	return true
}

// Update handles results addressed to this pane and, when focused, keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case LoadedMsg:
		if msg.ID != m.opts.ID {
			return m, nil
		}
		return m.loaded(msg)
	case CheckedMsg:
		if msg.ID != m.opts.ID {
			return m, nil
		}
		return m.checked(msg)
	case VerifiedMsg:
		if msg.ID != m.opts.ID {
			return m, nil
		}
		for _, sh := range []*shown{&m.own, m.pasted} {
			if sh != nil && sh.raw == msg.Raw {
				sh.verify = msg.Result
			}
		}
		m.refresh()
		return m, nil
	case common.ClipboardMsg:
		if msg.ID != m.clipID() {
			return m, nil
		}
		m.notice, m.noticeBad = msg.CopiedText(m.Lang), msg.Err != nil
		m.relayout()
		return m, nil
	case tea.KeyMsg:
		if !m.focused {
			return m, nil
		}
		return m.key(msg)
	case tea.MouseMsg:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m Model) loaded(msg LoadedMsg) (Model, tea.Cmd) {
	if msg.Asked {
		m.loading = false
		m.cancel = nil
	}
	m.checkStale = m.checkSeq // a look started before this result may be older than it
	m.requests, m.held = msg.Requests, msg.Held
	if msg.Err != nil {
		if errors.Is(msg.Err, context.Canceled) {
			m.err = nil
		} else {
			m.err = msg.Err
		}
		m.refresh()
		return m, nil
	}
	m.err = nil
	if msg.Token == nil {
		m.refresh()
		if m.opts.AutoFetch && !msg.Asked && !m.autoDone && m.held == nil {
			m.autoDone = true // once: the pane never asks again on its own
			return m.fetch(false, "")
		}
		return m, nil
	}
	return m.show(msg.Token)
}

// show puts a token on screen and checks its signature.
func (m Model) show(t *auth.Token) (Model, tea.Cmd) {
	m.tok = t
	m.own = newShown(t.Raw, t.Expiry, t.ObtainedAt)
	if m.pasted == nil {
		m.vp.GotoTop()
	}
	m.refresh()
	if m.own.jwtErr != nil {
		return m, nil
	}
	c := m.opts.Client
	return m, verifyCmd(context.Background(), m.opts.ID, c.Verify, t.Raw)
}

func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	if m.pasting {
		return m.pasteKey(msg)
	}
	if m.loading && msg.Type == tea.KeyEsc { // esc stops a token request in flight
		m.Cancel()
		m.loading = false
		m.refresh()
		return m, nil
	}
	if m.pasted != nil && key.Matches(msg, m.keys.Back) {
		m.pasted = nil
		m.vp.GotoTop()
		m.relayout()
		return m, nil
	}
	if m.confirm {
		switch {
		case key.Matches(msg, m.keys.Confirm):
			m.confirm = false
			return m.fetch(true, "")
		case key.Matches(msg, m.keys.Cancel):
			m.confirm = false
			m.refresh()
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Copy) && m.cur() != nil:
		return m, common.CopyCmd(m.clipID(), i18n.T(m.Lang, i18n.TokenWhatToken), m.cur().raw)
	case key.Matches(msg, m.keys.Curl) && m.cur() != nil && m.opts.Curl != nil:
		return m, common.CopyCmd(m.clipID(), i18n.T(m.Lang, i18n.TokenWhatCurl), m.opts.Curl(m.cur().raw))
	case key.Matches(msg, m.keys.Inspect):
		m.pasting = true
		m.inputErr = ""
		m.input.SetValue("")
		m.relayout()
		return m, m.input.Focus()
	case m.opts.Client == nil:
		return m, nil
	case key.Matches(msg, m.keys.Get), key.Matches(msg, m.keys.Renew):
		if m.loading {
			return m, nil
		}
		if reason, ok := m.Untrusted(); ok {
			// One guarded renewal: the cached token would be rejected anyway.
			return m.fetch(true, m.T(i18n.TokenUntrustedRenewing, inert.Line(reason)))
		}
		if m.held != nil && !m.valid() || key.Matches(msg, m.keys.Renew) && m.valid() {
			// Forcing past a refusal, or renewing a valid token: ask first.
			m.confirm = true
			m.refresh()
			return m, nil
		}
		return m.fetch(false, "")
	case key.Matches(msg, m.keys.Up):
		m.vp.ScrollUp(1)
	case key.Matches(msg, m.keys.Down):
		m.vp.ScrollDown(1)
	case key.Matches(msg, m.keys.PageUp):
		m.vp.PageUp()
	case key.Matches(msg, m.keys.PageDn):
		m.vp.PageDown()
	}
	return m, nil
}

// fetch starts a token request in a command, cancellable with Cancel;
// why, when set, says why the pane asked and stays shown with the result.
func (m Model) fetch(force bool, why string) (Model, tea.Cmd) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	m.cancel = cancel
	m.loading = true
	m.err = nil
	m.why = why
	m.refresh()
	return m, fetchCmd(ctx, m.opts.ID, m.opts.Client, force, why)
}

// pasteKey edits the paste box: Enter inspects, Esc closes it.
func (m Model) pasteKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch msg.Type {
	case tea.KeyEsc:
		m.pasting = false
		m.input.Blur()
		m.relayout()
		return m, nil
	case tea.KeyEnter:
		raw := strings.TrimSpace(m.input.Value())
		raw = strings.TrimPrefix(strings.TrimPrefix(raw, "Bearer "), "bearer ")
		sh := newShown(raw, time.Time{}, time.Time{})
		if sh.jwtErr != nil {
			m.inputErr = sh.jwtErr.Error()
			m.relayout()
			return m, nil
		}
		m.pasting = false
		m.input.Blur()
		m.pasted = &sh
		m.vp.GotoTop()
		m.relayout()
		return m, verifyCmd(context.Background(), m.opts.ID, verifyAny, raw)
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	m.inputErr = ""
	return m, cmd
}

// valid reports whether the token on screen has not expired yet.
func (m Model) valid() bool {
	return m.tok != nil && m.tok.Expiry.After(m.now)
}

// Untrusted reports whether the profile's token failed its signature
// check, and why; a token not checked (opaque, keys unreachable) is not
// untrusted.
func (m Model) Untrusted() (string, bool) {
	if m.tok == nil || m.own.raw != m.tok.Raw || m.own.verify.Status != auth.Failed {
		return "", false
	}
	return i18n.VerifyReason(m.Lang, m.own.verify), true
}

// Held is the failure holding the profile's token requests back, if any.
func (m Model) Held() *auth.Failure { return m.held }

// Urgency is the state of the token on screen, for the header badge.
func (m Model) Urgency() common.Urgency {
	if m.tok == nil {
		return common.UrgencyNone
	}
	return common.UrgencyOf(m.tok.Expiry, m.now)

}

// shown is a token as the pane displays it: the profile's own or a pasted one.
type shown struct {
	raw    string
	jwt    *auth.JWT
	jwtErr error // not a JWT: an opaque token
	verify auth.Verification
	expiry time.Time // when it stops being valid; zero when unknown
	start  time.Time // when its life began, for the progress bar
}

// newShown decodes raw; expiry and start default to the exp and iat claims.
func newShown(raw string, expiry, start time.Time) shown {
	sh := shown{raw: raw, expiry: expiry, start: start}
	sh.jwt, sh.jwtErr = auth.Decode(raw)
	if sh.jwt != nil {
		times := sh.jwt.Times()
		if sh.expiry.IsZero() {
			sh.expiry = times.Expires
		}
		if !times.IssuedAt.IsZero() {
			sh.start = times.IssuedAt
		}
	}
	return sh
}

// cur is the token on screen: the pasted one while inspecting, else the own.
func (m Model) cur() *shown {
	if m.pasted != nil {
		return m.pasted
	}
	if m.tok == nil {
		return nil
	}
	return &m.own
}
