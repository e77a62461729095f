// Package request is the Request tab of one profile: a method, a URL
// relative to the profile's api_base_url, headers and a body; Enter sends
// them with the profile's cached token, without blocking (Esc cancels), and
// the answer shows in a response view below.
package request

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/response"
)

// Methods are the HTTP methods the selector cycles through.
var Methods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}

// Options configure a Request tab.
type Options struct {
	ID     string                  // the profile; messages carry it back
	Sender *requests.Sender        // sends with the profile's token; nil: the pane says requests are not set up
	Saved  []profiles.SavedRequest // the profile's saved requests
	Colors response.ColorMode      // how the response body is coloured
	IsDark bool
	Now    func() time.Time
	// Curl writes a request as a curl command for "copy as curl"; nil
	// leaves the action out.
	Curl func(requests.Spec) string
	// Spec reads the profile's OpenAPI document for the operations
	// explorer (o); nil leaves the explorer out.
	Spec SpecFunc
	// Granted gives the scopes of the profile's current token, nil when
	// there is none; the explorer marks operations by them.
	Granted func() []string
	// ClientID names the client in "only the provider can grant it".
	ClientID string
}

type section int

const (
	secURL section = iota
	secHeaders
	secBody
	secResponse // no text field: keys go to the response view
)

// Model is the Request tab of one profile.
type Model struct {
	common.Common
	opts    Options
	keys    KeyMap
	focused bool
	section section

	method  int
	url     textinput.Model
	headers textarea.Model
	body    textarea.Model
	resp    response.Model
	spin    spinner.Model

	sending   bool
	cancel    context.CancelFunc
	seq       int
	started   time.Time
	now       time.Time
	inFlight  string // "GET me", for the status line
	err       error
	expl      auth.Explanation
	cancelled bool
	note      string
	retry     bool   // renew and resend once on a 401 invalid_token (R)
	confirm   bool   // asking whether to send the token to a host that is not the profile's API (T)
	flash     string // how the last copy or switch went

	picker bool
	pick   int
	empty  bool // Enter was pressed on an empty path: say what to type

	ops ops // the OpenAPI explorer and what it knows of the request
}

// New returns a Request tab for one profile.
func New(c common.Common, opts Options) Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	m := Model{Common: c, opts: opts, keys: KeyMapIn(c.Lang), section: secResponse}
	m.url = textinput.New()
	m.url.Prompt = ""
	m.url.Placeholder = c.T(i18n.RequestURLPlaceholder)
	m.url.Cursor.SetMode(cursor.CursorStatic)
	m.headers = newEditor(c, c.T(i18n.RequestHeadersPlaceholder))
	m.body = newEditor(c, c.T(i18n.RequestBodyPlaceholder))
	m.resp = response.New(c, response.Options{ID: opts.ID, Colors: opts.Colors, IsDark: opts.IsDark, Now: opts.Now})
	m.spin = spinner.New(spinner.WithSpinner(spinner.MiniDot))
	if s := c.Styles; s != nil {
		m.url.TextStyle = s.Value
		m.url.PlaceholderStyle = s.Muted
		m.spin.Style = s.Key
	}
	return m
}

func newEditor(c common.Common, placeholder string) textarea.Model {
	t := textarea.New()
	t.Placeholder = placeholder
	t.ShowLineNumbers = false
	t.CharLimit = 0
	t.MaxHeight = 0
	t.Prompt = "│ "
	t.Cursor.SetMode(cursor.CursorStatic)
	if s := c.Styles; s != nil {
		st := textarea.Style{Base: s.App, CursorLine: s.Value, Text: s.Value, Placeholder: s.Muted,
			Prompt: s.Key, EndOfBuffer: s.Muted, LineNumber: s.Muted, CursorLineNumber: s.Muted}
		t.FocusedStyle = st
		st.Prompt = s.Muted
		t.BlurredStyle = st
	}
	return t
}

// Init does nothing: the pane waits for the user.
func (m Model) Init() tea.Cmd { return nil }

// ID is the profile the pane belongs to.
func (m Model) ID() string { return m.opts.ID }

// Response is the response view, for tests and the root.
func (m Model) Response() response.Model { return m.resp }

// Sending reports whether a request is in flight.
func (m Model) Sending() bool { return m.sending }

// URL is what the URL field holds.
func (m Model) URL() string { return m.url.Value() }

// Method is the selected method.
func (m Model) Method() string { return Methods[m.method] }

// KeyMap returns the bindings, with the help fitting what the pane is doing.
func (m Model) KeyMap() KeyMap {
	k := m.keys
	k.Response = m.resp.KeyMap()
	switch {
	case m.sending:
		k.mode = helpSending
	case m.ops.confirm:
		k.mode = helpConfirm
	case m.ops.open:
		k.mode, k.ops = helpOps, m.opsHelp()
	case m.picker:
		k.mode = helpPicker
	case m.section == secResponse && m.resp.Editing():
		k.mode = helpPrompt // the search's (or save's) own keys, not "enter send"
	case m.section == secURL:
		k.mode = helpURL
	case m.section == secHeaders, m.section == secBody:
		k.mode = helpEditor
	}
	return k
}

// Focus gives the pane the keyboard, with the cursor in the URL field.
func (m *Model) Focus() {
	m.focused = true
	m.setSection(secURL)
}

// Arrive gives the pane the keyboard as the user switches to its tab:
// outside any text field, so that the key that brought them here and the
// next ones are obeyed, not typed (u or enter goes into the URL field).
func (m *Model) Arrive() {
	m.focused = true
	m.setSection(secResponse)
}

// Blur takes the keyboard away.
func (m *Model) Blur() {
	m.focused = false
	m.picker = false
	m.confirm = false
	m.url.Blur()
	m.headers.Blur()
	m.body.Blur()
	m.resp.Blur()
}

// Editing reports whether a text field, a prompt or the saved-requests
// list has the keyboard: then every key, digits and q included, is the
// pane's, and Esc leaves.
func (m Model) Editing() bool {
	return m.focused && (m.section != secResponse || m.picker || m.confirm || m.ops.open || m.ops.confirm || m.resp.Editing())
}

// Cancel stops the request in flight; it reports whether there was one.
func (m *Model) Cancel() bool {
	if m.cancel == nil {
		return false
	}
	m.cancel()
	m.cancel = nil
	return true
}

// SetSize sets the pane's inner size.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	m.layout()
}

// Open fills the fields with a request (from the history or a saved one)
// and puts the cursor in the URL field, ready to send; note says where it
// came from, in the pane's language ("from the history": the pane shows
// "Opened from the history"). The answer to the request shown before is
// cleared (it belonged to another request); the command removes its file.
func (m *Model) Open(spec requests.Spec, note string) tea.Cmd {
	var cleanup tea.Cmd
	if r := m.resp.Response(); r != nil {
		cleanup = cleanupCmd(r.SpillPath)
	}
	m.resp.SetResponse(nil)
	m.empty = false
	m.method = methodIndex(spec.Method)
	m.url.SetValue(spec.URL)
	m.url.CursorEnd()
	lines := make([]string, len(spec.Headers))
	for i, h := range spec.Headers {
		lines[i] = h.Name + ": " + h.Value
	}
	m.headers.SetValue(strings.Join(lines, "\n"))
	m.body.SetValue(string(spec.Body))
	m.note = note
	m.err, m.cancelled = nil, false
	if m.focused {
		m.setSection(secURL)
	}
	m.layout()
	return cleanup
}

// openSaved fills the fields with one of the profile's saved requests.
func (m *Model) openSaved(r profiles.SavedRequest) tea.Cmd {
	names := make([]string, 0, len(r.Headers))
	for k := range r.Headers {
		names = append(names, k)
	}
	sort.Strings(names)
	spec := requests.Spec{Method: r.Method, URL: r.Path}
	for _, k := range names {
		spec.Headers = append(spec.Headers, requests.Header{Name: k, Value: r.Headers[k]})
	}
	if r.Body != "" {
		spec.Body = []byte(r.Body)
	}
	return m.Open(spec, m.T(i18n.RequestSavedNote, r.Name))
}

func methodIndex(method string) int {
	method = strings.ToUpper(strings.TrimSpace(method))
	for i, v := range Methods {
		if v == method {
			return i
		}
	}
	return 0
}

// setSection moves the keyboard to a field or to the response view.
func (m *Model) setSection(s section) {
	m.section = s
	m.url.Blur()
	m.headers.Blur()
	m.body.Blur()
	m.resp.Blur()
	switch s {
	case secURL:
		m.url.Focus()
	case secHeaders:
		m.headers.Focus()
	case secBody:
		m.body.Focus()
	case secResponse:
		if m.focused {
			m.resp.Focus()
		}
	}
	m.layout()
}
