package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/ui/code"
	"tokentui/ui/common"
	"tokentui/ui/flow"
	"tokentui/ui/request"
	"tokentui/ui/token"
)

// workspace is the set of tab panes that belong to one profile. Each keeps
// its state while another profile is shown.
type workspace struct {
	token   token.Model
	request request.Model
	flow    flow.Model

	code    code.Model       // the Code view (workspace_code.go)
	codeTab Tab              // the tab it covers while open
	config  profiles.Profile // the profile, for the Code view's programs

	flowShown bool // the Flow has the keyboard (focus): it runs its step again when the token changes
}

func newWorkspace(c common.Common, p Profile, opts Options) *workspace {
	return &workspace{
		token: token.New(c, token.Options{ID: p.Name, Client: p.Client, Problem: p.Problem, AutoFetch: opts.AutoFetch && p.Name == opts.Active, Now: opts.Now(), Curl: curlFor(p, opts)}),
		request: request.New(c, request.Options{ID: p.Name, Curl: requestCurl(p, opts), Sender: p.Sender, Saved: p.Saved, IsDark: opts.IsDark, Now: opts.Now,
			Spec: p.Spec, Granted: grantedScopes(p.Client), ClientID: p.Config.ClientID}),
		flow:   flow.New(c, flow.Options{ID: p.Name, Source: p.Flow, Problem: p.Problem, Now: opts.Now(), Present: opts.Present}),
		code:   code.New(c, code.Options{ID: p.Name, IsDark: opts.IsDark, ConfigPath: codeConfigPath(opts)}),
		config: p.Config,
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

func (w *workspace) init() tea.Cmd { return w.token.Init() }

func (w *workspace) setSize(width, height int) {
	w.token.SetSize(width, height)
	w.request.SetSize(width, height)
	w.flow.SetSize(width, height)
	w.code.SetSize(width, height)
}

// broadcast hands a result message to every pane; each keeps only the
// messages that carry its id.
func (w *workspace) broadcast(msg tea.Msg) tea.Cmd {
	var cmd, fcmd tea.Cmd
	before := ""
	if t := w.token.Token(); t != nil {
		before = t.Raw
	}
	w.token, cmd = w.token.Update(msg)
	w.shareTokenWithFlow(msg)
	ccmd0 := w.shareCheckedToken(msg, before)
	w.flow, fcmd = w.flow.Update(msg)
	fcmd = tea.Batch(fcmd, w.shareFlowToken(msg), ccmd0)
	var ccmd tea.Cmd
	w.code, ccmd = w.code.Update(msg)
	return tea.Batch(cmd, fcmd, w.broadcastRequest(msg), ccmd)
}

// update sends a key or mouse message to the pane of the given tab.
func (w *workspace) update(tab Tab, msg tea.Msg) tea.Cmd {
	if cmd, ok := w.codeKey(tab, msg); ok {
		return cmd
	}
	var cmd tea.Cmd
	switch tab {
	case TabToken:
		w.token, cmd = w.token.Update(msg)
	case TabRequest:
		w.request, cmd = w.request.Update(msg)
	case TabFlow:
		w.flow, cmd = w.flow.Update(msg)
	}
	return cmd
}

func (w *workspace) view(tab Tab) string {
	if w.codeShown(tab) {
		return w.code.View()
	}
	switch tab {
	case TabToken:
		return w.token.View()
	case TabRequest:
		return w.request.View()
	case TabFlow:
		return w.flow.View()
	}
	return ""
}

// focus gives the keyboard to the tab's pane; the Flow answers with the
// work of the step it shows.
func (w *workspace) focus(tab Tab, on bool) tea.Cmd {
	w.token.Blur()
	w.request.Blur()
	w.flow.Blur()
	w.code.Blur()
	w.flowShown = on && tab == TabFlow && !w.codeShown(tab)
	if !on {
		return nil
	}
	if w.codeShown(tab) {
		w.code.Focus()
		return nil
	}
	switch tab {
	case TabToken:
		w.token.Focus()
	case TabRequest:
		w.request.Arrive() // not in a text field: the next key is a key, not a letter of the URL
	case TabFlow:
		return w.flow.Focus()
	}
	return nil
}

// editing reports whether the tab's pane has a text field taking keys, so
// that number keys and q are typed rather than obeyed.
func (w *workspace) editing(tab Tab) bool {
	if w.codeShown(tab) {
		return true // its keys (numbers pick a language, q closes) are its own
	}
	switch tab {
	case TabToken:
		return w.token.Editing()
	case TabRequest:
		return w.request.Editing()
	}
	return false
}

// cancel stops in-flight work in the tab's pane; it reports whether there was any.
func (w *workspace) cancel(tab Tab) bool {
	switch tab {
	case TabToken:
		return w.token.Cancel()
	case TabRequest:
		return w.request.Cancel()
	case TabFlow:
		return w.flow.Cancel()
	}
	return false
}

func (w *workspace) cancelAll() {
	w.token.Cancel()
	w.request.Cancel()
	w.flow.Cancel()
}

func (w *workspace) shortHelp(tab Tab) []keyBinding {
	if w.codeShown(tab) {
		return w.code.KeyMap().ShortHelp()
	}
	switch tab {
	case TabToken:
		return w.token.KeyMap().ShortHelp()
	case TabRequest:
		return append(w.request.KeyMap().ShortHelp(), w.codeHelp(tab)...)
	case TabFlow:
		return append(w.codeHelp(tab), w.flow.ShortHelp()...) // first: on step 6 there is no next
	}
	return nil
}

func (w *workspace) fullHelp(tab Tab) [][]keyBinding {
	if w.codeShown(tab) {
		return w.code.KeyMap().FullHelp()
	}
	switch tab {
	case TabToken:
		return w.token.KeyMap().FullHelp()
	case TabRequest:
		return withColumn(w.request.KeyMap().FullHelp(), w.codeHelp(tab))
	case TabFlow:
		return withColumn(w.flow.KeyMap().FullHelp(), w.codeHelp(tab))
	}
	return nil
}

// broadcastRequest hands a result to the Request tab. When one of its
// requests got an answer and the Token tab has no token yet, the Token tab
// looks in the cache again: the request may have fetched the first one.
func (w *workspace) broadcastRequest(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	w.request, cmd = w.request.Update(msg)
	if sent, ok := msg.(request.SentMsg); ok && sent.ID == w.request.ID() && sent.Resp != nil && w.token.Token() == nil {
		return tea.Batch(cmd, w.token.Init())
	}
	return cmd
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
	o := requests.CurlOptions{BaseURL: p.Config.APIBaseURL, Headers: requests.HeadersFromMap(p.Config.Headers),
		ConfigPath: opts.ProfilesPath}
	if inlineToken(p, opts) {
		o.InlineToken = raw
	}
	// As the Sender does: the token goes to the profile's API only.
	if _, ok := requests.TokenGoesTo(p.Config.APIBaseURL, p.Config.TokenHosts, spec.URL); !ok {
		o.NoToken = true
	}
	return requests.Curl(spec, p.Name, o)
}

func inlineToken(p Profile, opts Options) bool { return opts.ProfilesPath == "" || p.Temporary }
