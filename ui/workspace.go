package ui

import (
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/ui/code"
	"tokentui/ui/common"
	"tokentui/ui/flow"
	"tokentui/ui/pane"
	"tokentui/ui/request"
	"tokentui/ui/token"
)

// workspace is the set of tab panes that belong to one profile, one for
// each per-profile entry of tabs (nil where the tab is shared). Each keeps
// its state while another profile is shown.
type workspace struct {
	panes []pane.Pane

	// The panes the workspace's glue between tabs speaks to by name
	// (flow_share.go): the Token tab's token is the profile's token (the
	// header's badge), shared with the Flow; the Request tab's first answer
	// makes the Token tab look in the cache. Nil when the tab is gone.
	token   *token.Model
	request *request.Model
	flow    *flow.Model

	code    code.Model       // the Code view (workspace_code.go)
	codeTab int              // the tab it covers while open
	config  profiles.Profile // the profile, for the Code view's programs and the History's curl commands
	// temporary: the profile lives only inside the app (typed in for this
	// session): tokentui token cannot get its token.
	temporary bool

	flowShown bool // the Flow has the keyboard (focus): it runs its step again when the token changes
}

func newWorkspace(c common.Common, p Profile, opts Options) *workspace {
	w := &workspace{
		panes:     make([]pane.Pane, len(tabs)),
		code:      code.New(c, code.Options{ID: p.Name, IsDark: opts.IsDark, ConfigPath: codeConfigPath(opts)}),
		config:    p.Config,
		temporary: p.Temporary,
	}
	for i, t := range tabs {
		if t.open == nil {
			continue
		}
		w.panes[i] = t.open(c, p, opts)
		switch pp := w.panes[i].(type) {
		case *token.Model:
			w.token = pp
		case *request.Model:
			w.request = pp
		case *flow.Model:
			w.flow = pp
		}
	}
	return w
}

// own calls fn with each of the workspace's panes (the shared ones are
// the root's).
func (w *workspace) own(fn func(int, pane.Pane)) {
	for i, p := range w.panes {
		if p != nil {
			fn(i, p)
		}
	}
}

// grantedScopes reads the scopes of the profile's cached token, for the
// explorer's marks (never asking for a token).
func grantedScopes(c token.Client) func() []string {
	if c == nil {
		return nil
	}
	return func() []string {
		t, ok := c.Cached()
		if !ok || t == nil {
			return nil
		}
		if t.Scopes == nil {
			return []string{}
		}
		return t.Scopes
	}
}

// init starts the panes that have work to do at once (the Token tab
// looks in the cache).
func (w *workspace) init() tea.Cmd {
	var cmds []tea.Cmd
	w.own(func(_ int, p pane.Pane) {
		if s, ok := p.(pane.Starter); ok {
			cmds = append(cmds, s.Init())
		}
	})
	return tea.Batch(cmds...)
}

func (w *workspace) setSize(width, height int) {
	w.own(func(_ int, p pane.Pane) { p.SetSize(width, height) })
	w.code.SetSize(width, height)
}

// setNow moves the clock of the panes that show times.
func (w *workspace) setNow(now time.Time) {
	w.own(func(_ int, p pane.Pane) {
		if c, ok := p.(pane.Clocked); ok {
			c.SetNow(now)
		}
	})
}

// broadcast hands a result message to every pane; each keeps only the
// messages that carry its id. The glue between the Token, Flow and
// Request tabs (flow_share.go) sees the message too.
func (w *workspace) broadcast(msg tea.Msg) tea.Cmd {
	before := w.shownToken()
	var cmds []tea.Cmd
	w.own(func(_ int, p pane.Pane) { cmds = append(cmds, p.Handle(msg)) })
	var ccmd tea.Cmd
	w.code, ccmd = w.code.Update(msg)
	cmds = append(cmds, ccmd, w.share(msg, before))
	return tea.Batch(cmds...)
}

// update sends a key or mouse message to the pane of the given tab.
func (w *workspace) update(tab int, msg tea.Msg) tea.Cmd {
	if cmd, ok := w.codeKey(tab, msg); ok {
		return cmd
	}
	if p := w.panes[tab]; p != nil {
		return p.Handle(msg)
	}
	return nil
}

// view draws the tab's pane, or the Code view over it.
func (w *workspace) view(tab int) string {
	if w.codeShown(tab) {
		return w.code.View()
	}
	if p := w.panes[tab]; p != nil {
		return p.View()
	}
	return ""
}

// focus gives the keyboard to the tab's pane (on), taking it from the
// others; a pane may answer with work (the Flow runs the step it shows).
func (w *workspace) focus(tab int, on bool) tea.Cmd {
	w.own(func(_ int, p pane.Pane) { p.Blur() })
	w.code.Blur()
	w.flowShown = on && w.flow != nil && w.panes[tab] == pane.Pane(w.flow) && !w.codeShown(tab)
	if !on {
		return nil
	}
	if w.codeShown(tab) {
		w.code.Focus()
		return nil
	}
	if p := w.panes[tab]; p != nil {
		return p.Enter()
	}
	return nil
}

// editing reports whether the tab's pane has a text field taking keys, so
// that number keys and q are typed rather than obeyed.
func (w *workspace) editing(tab int) bool {
	if w.codeShown(tab) {
		return true // its keys (numbers pick a language, q closes) are its own
	}
	p := w.panes[tab]
	return p != nil && p.Editing()
}

// cancel stops in-flight work in the tab's pane; it reports whether there was any.
func (w *workspace) cancel(tab int) bool {
	p := w.panes[tab]
	return p != nil && p.Cancel()
}

func (w *workspace) cancelAll() {
	w.own(func(_ int, p pane.Pane) { p.Cancel() })
}

func (w *workspace) shortHelp(tab int) []keyBinding {
	if w.codeShown(tab) {
		return w.code.KeyMap().ShortHelp()
	}
	p := w.panes[tab]
	if p == nil {
		return nil
	}
	if c, ok := p.(pane.CodeOfferer); ok && c.CodeOffered() {
		return c.WithCodeKey(p.ShortHelp(), w.code.KeyMap().Open)
	}
	return p.ShortHelp()
}

func (w *workspace) fullHelp(tab int) [][]keyBinding {
	if w.codeShown(tab) {
		return w.code.KeyMap().FullHelp()
	}
	p := w.panes[tab]
	if p == nil {
		return nil
	}
	if c, ok := p.(pane.CodeOfferer); ok && c.CodeOffered() {
		return append(p.FullHelp(), []keyBinding{w.code.KeyMap().Open})
	}
	return p.FullHelp()
}

// curlFor writes the Token tab's "copy as curl" command: the profile's
// first saved GET request, else its API base URL.
func curlFor(p Profile, opts Options) func(raw string) string {
	if p.Config.APIBaseURL == "" {
		return nil
	}
	spec := requests.Spec{Method: "GET", URL: p.Config.APIBaseURL}
	for _, r := range p.Saved {
		if r.Method == "" || strings.EqualFold(r.Method, "GET") {
			spec.URL = r.Path
			break
		}
	}
	return func(raw string) string { return curlCommand(p, opts, spec, raw) }
}

// requestCurl writes the Request tab's "copy as curl" command; the token is
// inlined only where the command could not get it itself (see curlCommand).
func requestCurl(p Profile, opts Options) func(requests.Spec) string {
	return func(spec requests.Spec) string {
		raw := ""
		if inlineToken(p, opts) && p.Client != nil {
			if t, ok := p.Client.Cached(); ok { // a memory cache here: no I/O
				raw = t.Raw
			}
		}
		return curlCommand(p, opts, spec, raw)
	}
}

// curlCommand is spec as a curl command with the token fetched by
// $(tokentui token -p NAME), so the command holds no secret. The demo's
// sandbox and temporary profiles live only inside the app: there the token
// raw is written in.
func curlCommand(p Profile, opts Options, spec requests.Spec, raw string) string {
	o := curlOptions(p.Config, opts, spec)
	if inlineToken(p, opts) {
		o.InlineToken = raw
	}
	return requests.Curl(spec, p.Name, o)
}

// curlOptions are a profile's part of its curl commands: its base URL and
// default headers, its profiles file for tokentui token, and no token for
// a URL outside its API (as the Sender does: the token goes to the
// profile's API only).
func curlOptions(cfg profiles.Profile, opts Options, spec requests.Spec) requests.CurlOptions {
	o := requests.CurlOptions{BaseURL: cfg.APIBaseURL, Headers: requests.HeadersFromMap(cfg.Headers),
		ConfigPath: opts.ProfilesPath}
	if _, ok := requests.TokenGoesTo(cfg.APIBaseURL, cfg.TokenHosts, spec.URL); !ok {
		o.NoToken = true
	}
	return o
}

// historyTokenVar is the variable a past request's curl command reads the
// token from when tokentui token cannot get it.
const historyTokenVar = "TOKEN"

// entryCurl answers a pane asking for a past request as a curl command
// (the History's C): the request as sent, with its profile's default
// headers. The token is never written in, not even for a profile that
// lives only in the app (the demo's, a temporary one) or one removed since:
// there the command reads it from $TOKEN, and the answer says so.
func (m Model) entryCurl(msg pane.CurlRequestMsg) tea.Cmd {
	spec := msg.Entry.SentSpec()
	var o requests.CurlOptions
	w, known := m.spaces[msg.Entry.Profile]
	if known {
		o = curlOptions(w.config, m.opts, spec)
	}
	if !o.NoToken && (!known || w.temporary || m.opts.ProfilesPath == "") {
		o.TokenVar = historyTokenVar
	}
	answer := pane.CurlMsg{ID: msg.ID, Command: requests.Curl(spec, msg.Entry.Profile, o), TokenVar: o.TokenVar}
	return func() tea.Msg { return answer }
}

func inlineToken(p Profile, opts Options) bool { return opts.ProfilesPath == "" || p.Temporary }
