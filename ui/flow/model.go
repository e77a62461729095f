// Package flow is the Flow tab: the OAuth2 client-credentials flow of one
// profile as numbered steps run for real — discovery, the token request and
// response, the JWT decoded, its signature checked, an API call — each with
// a short explanation, stepped with keys, with a presentation mode for
// projectors and a diagnosis of the profile.
package flow

import (
	"context"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// Options configure a Flow tab.
type Options struct {
	ID      string // the profile it shows; messages carry it back
	Source  Source
	Problem string    // why Source.Client is nil: what to fix first
	Now     time.Time // the clock at start; the root moves it with SetNow
	Present bool      // start in presentation mode
}

// job is a piece of work that may be in flight, as a bit.
type job uint8

const (
	jobDiscover job = 1 << iota
	jobToken
	jobVerify
	jobAPI
	jobAdvice
	jobDiagnose
)

// results is what a run of the flow has learnt; a restart forgets it.
type results struct {
	md      *auth.Metadata
	mdErr   error
	mdTrace *auth.Exchange
	mdDone  bool

	tok      *auth.Token
	tokErr   error
	tokTrace *auth.Exchange
	tokFresh bool
	tokDone  bool
	forced   bool
	requests int

	jwt    *auth.JWT
	jwtErr error

	ver       *auth.Verification
	jwksTrace *auth.Exchange

	api     *apiResult
	apiErr  error
	apiDone bool
}

// diagState is the diagnosis shown instead of the steps.
type diagState struct {
	report *auth.Report
	notice string // e.g. "report copied (system clipboard)", in the pane's language
	bad    bool   // the notice is an error
}

// Model is the Flow tab of one profile.
type Model struct {
	common.Common
	opts    Options
	keys    KeyMap
	focused bool
	present bool
	now     time.Time

	step    Step
	gen     int
	res     results
	running job
	stopped bool // the user cancelled: run nothing until they move
	ctx     context.Context
	cancel  context.CancelFunc

	confirm bool              // the new-token question is showing
	advice  *auth.RenewAdvice // what it says; nil while it is read
	diag    *diagState        // the diagnosis, while it shows
	storm   *stormState       // "Why reuse", while it shows
	// overflow: the content is taller than the window, which keeps its
	// last line for "more ↓"
	overflow bool

	vp         viewport.Model
	topView    string // rendered by refresh
	bottomView string
}

// New returns the Flow tab of one profile. Nothing runs until the tab is
// shown: the steps run when they are reached.
func New(c common.Common, opts Options) Model {
	m := Model{Common: c, opts: opts, keys: KeyMapIn(c.Lang), now: opts.Now, present: opts.Present, vp: viewport.New(0, 0)}
	m.keys.Storm.SetEnabled(opts.Source.Storm != "") // the embedded sandbox only
	m.ctx, m.cancel = context.WithCancel(context.Background())
	return m
}

// t is the text of key in the pane's language.
func (m Model) t(key i18n.Key, args ...any) string { return i18n.T(m.Lang, key, args...) }

// Init does nothing: the first step runs when the tab gets the focus.
func (m Model) Init() tea.Cmd { return nil }

// ID is the profile the pane shows.
func (m Model) ID() string { return m.opts.ID }

// Step is the step on screen.
func (m Model) Step() Step { return m.step }

// KeyMap returns the pane's bindings, for the help screen.
func (m Model) KeyMap() KeyMap { return m.keys }

// ShortHelp is the footer's keys for what the pane shows now.
func (m Model) ShortHelp() []key.Binding {
	switch {
	case m.confirm:
		return m.keys.confirmHelp()
	case m.diag != nil:
		return m.keys.diagnoseHelp()
	case m.storm != nil:
		return m.keys.stormHelp()
	}
	return m.keys.ShortHelp()
}

// Editing is always false: the Flow has no text field.
func (m Model) Editing() bool { return false }

// Presenting reports whether the pane draws itself for a projector.
func (m Model) Presenting() bool { return m.present }

// SetPresent switches presentation mode; the root calls it and then gives
// the pane its new size.
func (m *Model) SetPresent(on bool) {
	m.present = on
	m.refresh()
}

// Focus gives the pane the keyboard and runs what the step on screen needs.
func (m *Model) Focus() tea.Cmd {
	m.focused = true
	m.stopped = false
	cmd := m.ensure()
	m.refresh()
	return cmd
}

// TokenChanged tells the Flow that the profile's token is now raw (renewed
// on the Token tab, say). Steps from the token request on showed the old
// one: they are forgotten and run again, reusing the new token, when the
// tab is next shown. Discovery stays.
func (m *Model) TokenChanged(raw string) {
	if m.res.tok == nil || m.res.tok.Raw == raw {
		return
	}
	m.Cancel()
	m.gen++
	m.res = results{md: m.res.md, mdErr: m.res.mdErr, mdTrace: m.res.mdTrace, mdDone: m.res.mdDone}
	m.running &= jobAdvice | jobDiagnose
	m.refresh()
}

// Blur takes the keyboard away and closes the new-token question.
func (m *Model) Blur() {
	m.focused = false
	m.confirm, m.advice = false, nil
}

// SetSize sets the inner size.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	m.refresh()
}

// SetNow moves the clock (token lifetimes in the text).
func (m *Model) SetNow(now time.Time) {
	m.now = now
	if m.focused {
		m.refresh()
	}
}

// Busy reports whether work is in flight.
func (m Model) Busy() bool { return m.running&^jobAdvice != 0 }

// Cancel stops in-flight work; it reports whether there was any.
func (m *Model) Cancel() bool {
	busy := m.Busy()
	m.cancel()
	m.ctx, m.cancel = context.WithCancel(context.Background())
	if busy {
		// The cancelled commands still answer; until the user moves,
		// nothing is started again.
		m.stopped = true
	}
	return busy
}
