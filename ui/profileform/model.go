// Package profileform is the form that adds and edits a profile: name,
// issuer, token URL, client id, where the secret lives (env var, file,
// command, keyring or, warned, the file itself), scopes, auth method and
// API base URL. It fetches the issuer's metadata to fill the token URL and
// offer the scopes the provider supports, tests the credentials with the
// diagnose checks on a profile that is never written, validates with
// package profiles and saves through profiles.Update — all in commands.
//
// A temporary profile (for support staff helping a customer) is the same
// form with nothing written anywhere: Save hands the profile to the root,
// which keeps it in memory for the session.
package profileform

import (
	"context"
	"net/http"
	"os"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// DiagnoseFunc runs the diagnose checks for a profile that exists only in
// memory (nothing is written: no file, no token cache, no keyring).
type DiagnoseFunc func(ctx context.Context, p profiles.Profile) (auth.Report, error)

// Options configure a form.
type Options struct {
	ID        string           // tags the form's messages; a new one for every form opened
	Profile   profiles.Profile // the values to start from: the profile edited, a template, or empty
	Editing   bool             // Profile exists under its name (the form edits it); false adds a new one
	Temporary bool             // this session only: Save writes nothing and SavedMsg carries the profile
	Path      string           // the profiles file (unused when Temporary)
	// Seed is written along with the new profile when the file does not
	// exist yet (first run): the presets the user kept, templates dropped.
	Seed       *profiles.File
	Taken      []string     // names other profiles already use
	Notes      string       // shown on top, e.g. what to know about a preset
	Diagnose   DiagnoseFunc // nil: "test credentials" is not available
	HTTPClient *http.Client // for the discovery fetch; nil = a 30 s timeout
}

// stop is a place the focus can be: a field, one of the offered scopes, or
// a button.
type stop struct {
	kind stopKind
	n    int // the field, the scope index or the button
}

type stopKind int

const (
	stopField stopKind = iota
	stopScope
	stopButton
)

// The buttons under the fields.
const (
	bFetch = iota
	bTest
	bSave
	bCancel
	buttonCount
)

// Model is the profile form.
type Model struct {
	common.Common
	opts    Options
	keys    KeyMap
	inputs  [fieldCount]textinput.Model
	where   string // where the secret lives: whereEnv…
	auth    int    // index into authMethods
	at      stop   // the focus
	offset  int    // first line shown of the scrolling part
	dirty   bool   // something was changed
	discard bool   // esc was pressed once on a changed form

	errs     map[field]fieldError
	other    *fieldError // a problem not tied to a field (the file does not parse…)
	status   string      // a line about what runs or what happened
	envSet   bool        // the env: variable is set in this process
	metadata *auth.Metadata
	scopes   []string // the provider's scopes_supported, made inert
	report   *auth.Report

	keyAlg, hmacAlg string              // the Algorithm row for private_key_jwt and mTLS, and for client_secret_jwt
	checks          map[field]refResult // what reading the key and certificate rows found
	checkSeq        int
	initCheck       tea.Cmd       // the first check, for Init
	pair            *auth.KeyPair // the key pair generated on the spot
	genSeq          int
	generating      bool

	fetchSeq, testSeq int
	fetching, testing bool
	saving, saved     bool
	cancelFetch       context.CancelFunc
	cancelTest        context.CancelFunc
}

// New returns a form filled from opts.Profile.
func New(c common.Common, opts Options) Model {
	m := Model{Common: c, opts: opts, keys: KeyMapIn(c.Lang), errs: map[field]fieldError{}}
	p := opts.Profile
	for f := range fieldCount {
		in := textinput.New()
		in.Prompt = ""
		in.CharLimit = 2048
		in.Cursor.SetMode(cursor.CursorStatic)
		if c.Styles != nil {
			in.PlaceholderStyle = c.Styles.Muted
			in.TextStyle = c.Styles.Value
		}
		m.inputs[f] = in
	}
	m.inputs[fName].Placeholder = m.T(i18n.ProfileFormNameExample)
	m.inputs[fIssuer].Placeholder = m.T(i18n.ProfileFormIssuerExample)
	m.inputs[fTokenURL].Placeholder = m.T(i18n.ProfileFormTokenURLExample)
	m.inputs[fClientID].Placeholder = m.T(i18n.ProfileFormClientIDExample)
	m.inputs[fScopes].Placeholder = m.T(i18n.ProfileFormScopesExample)
	m.inputs[fAPI].Placeholder = m.T(i18n.ProfileFormAPIExample)
	m.inputs[fSecret].EchoMode = textinput.EchoPassword
	m.inputs[fSecret].EchoCharacter = '•'
	m.inputs[fSecret].Placeholder = m.T(i18n.ProfileFormSecretExample)

	m.inputs[fName].SetValue(p.Name)
	m.inputs[fIssuer].SetValue(p.Issuer)
	m.inputs[fTokenURL].SetValue(p.TokenURL)
	m.inputs[fClientID].SetValue(p.ClientID)
	m.inputs[fScopes].SetValue(strings.Join(p.Scopes, " "))
	m.inputs[fAPI].SetValue(p.APIBaseURL)
	for i, a := range authMethods {
		if a.id == p.Method() {
			m.auth = i
		}
	}
	where, ref := splitRef(p.ClientSecret)
	if where == "" || (opts.Temporary && where == whereKeyring) {
		where = m.wheres()[0]
	}
	m.where = where
	m.inputs[fRef].SetValue(ref)
	if opts.Editing && (where == whereKeyring || where == whereLiteral) && p.ClientSecret != "" {
		m.inputs[fSecret].Placeholder = m.T(i18n.ProfileFormSecretKeep)
	}
	m.setWhere(where)
	m.newClientAuth(p)
	m.at = stop{stopField, int(fName)}
	if opts.Editing && p.Name != "" && p.ClientID == "" { // a template: the client id is what is missing
		m.at = stop{stopField, int(fClientID)}
	}
	m.focusAt()
	return m
}

// Init checks the key and certificate the profile names, if any.
func (m Model) Init() tea.Cmd { return m.initCheck }

// ID is the id the form's messages carry.
func (m Model) ID() string { return m.opts.ID }

// Temporary reports whether the form makes a session-only profile.
func (m Model) Temporary() bool { return m.opts.Temporary }

// KeyMap returns the form's bindings.
func (m Model) KeyMap() KeyMap { return m.keys }

// Editing is always true: the form's fields take every key.
func (m Model) Editing() bool { return true }

// Focus and Blur exist for symmetry with the panes: the form has the
// keyboard while it is open.
func (m *Model) Focus() {}

// Blur is a no-op; see Focus.
func (m *Model) Blur() {}

// SetSize sets the inner size the form draws in.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	for f := range fieldCount {
		m.inputs[f].Width = max(w-m.labelWidth()-4, 8)
	}
	m.offset = m.clampOffset(m.offset)
}

// Cancel stops a metadata fetch or a test in flight; it reports whether
// there was one.
func (m *Model) Cancel() bool {
	stopped := false
	if m.cancelFetch != nil {
		m.cancelFetch()
		m.cancelFetch, m.fetching, stopped = nil, false, true
	}
	if m.cancelTest != nil {
		m.cancelTest()
		m.cancelTest, m.testing, stopped = nil, false, true
	}
	if stopped {
		m.status = m.T(i18n.ProfileFormStopped)
	}
	return stopped
}

// stops lists where the focus can go, top to bottom.
func (m Model) stops() []stop {
	var out []stop
	add := func(f field) { out = append(out, stop{stopField, int(f)}) }
	add(fName)
	add(fIssuer)
	add(fTokenURL)
	add(fClientID)
	if m.usesSecret() {
		add(fWhere)
		if places[m.where].refLabel != "" {
			add(fRef)
		} else {
			add(fSecret)
		}
	}
	add(fScopes)
	for i := range m.scopes {
		out = append(out, stop{stopScope, i})
	}
	add(fAuth)
	for _, f := range m.clientAuthRows() {
		add(f)
	}
	add(fAPI)
	for b := range buttonCount {
		if b == bTest && m.opts.Diagnose == nil {
			continue
		}
		out = append(out, stop{stopButton, b})
	}
	return out
}

func (m *Model) move(delta int) {
	st := m.stops()
	i := 0
	for j, s := range st {
		if s == m.at {
			i = j
		}
	}
	i = (i + delta + len(st)) % len(st)
	m.at = st[i]
	m.focusAt()
}

// focusAt gives the keyboard to the focused text field, if any.
func (m *Model) focusAt() {
	for f := range fieldCount {
		if m.at.kind == stopField && field(m.at.n) == f && isText(f) {
			m.inputs[f].Focus()
			m.inputs[f].CursorEnd()
		} else {
			m.inputs[f].Blur()
		}
	}
}

func isText(f field) bool { return f != fWhere && f != fAuth && f != fKeyAlg }

// setWhere chooses where the secret lives and relabels the reference row.
func (m *Model) setWhere(w string) {
	m.where = w
	pl := places[w]
	if pl.refLabel != "" {
		m.inputs[fRef].Placeholder = m.T(pl.placeholder)
	}
	delete(m.errs, fRef)
	delete(m.errs, fSecret)
	m.refreshEnv()
}

func (m *Model) refreshEnv() {
	name := strings.TrimSpace(m.inputs[fRef].Value())
	m.envSet = m.where == whereEnv && name != "" && os.Getenv(name) != ""
}
