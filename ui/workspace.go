package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/requests"
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
}

func newWorkspace(c common.Common, p Profile, opts Options) *workspace {
	return &workspace{
		token:   token.New(c, token.Options{ID: p.Name, Client: p.Client, Problem: p.Problem, AutoFetch: opts.AutoFetch && p.Name == opts.Active, Now: opts.Now(), Curl: curlFor(p, opts)}),
		request: request.New(c, request.Options{ID: p.Name, Sender: p.Sender, Saved: p.Saved, IsDark: opts.IsDark, Now: opts.Now}),
		flow:    flow.New(c, flow.Options{ID: p.Name, Source: p.Flow, Problem: p.Problem, Now: opts.Now(), Present: opts.Present}),
	}
}

func (w *workspace) init() tea.Cmd { return w.token.Init() }

func (w *workspace) setSize(width, height int) {
	w.token.SetSize(width, height)
	w.request.SetSize(width, height)
	w.flow.SetSize(width, height)
}

// broadcast hands a result message to every pane; each keeps only the
// messages that carry its id.
func (w *workspace) broadcast(msg tea.Msg) tea.Cmd {
	var cmd, fcmd tea.Cmd
	w.token, cmd = w.token.Update(msg)
	w.flow, fcmd = w.flow.Update(msg)
	fcmd = tea.Batch(fcmd, w.shareFlowToken(msg))
	return tea.Batch(cmd, fcmd, w.broadcastRequest(msg))
}

// update sends a key or mouse message to the pane of the given tab.
func (w *workspace) update(tab Tab, msg tea.Msg) tea.Cmd {
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
	if !on {
		return nil
	}
	switch tab {
	case TabToken:
		w.token.Focus()
	case TabRequest:
		w.request.Focus()
	case TabFlow:
		return w.flow.Focus()
	}
	return nil
}

// editing reports whether the tab's pane has a text field taking keys, so
// that number keys and q are typed rather than obeyed.
func (w *workspace) editing(tab Tab) bool {
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
	switch tab {
	case TabToken:
		return w.token.KeyMap().ShortHelp()
	case TabRequest:
		return w.request.KeyMap().ShortHelp()
	case TabFlow:
		return w.flow.ShortHelp()
	}
	return nil
}

func (w *workspace) fullHelp(tab Tab) [][]keyBinding {
	switch tab {
	case TabToken:
		return w.token.KeyMap().FullHelp()
	case TabRequest:
		return w.request.KeyMap().FullHelp()
	case TabFlow:
		return w.flow.KeyMap().FullHelp()
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

// curlFor writes the "copy as curl" command of a profile: its first saved
// GET request (else its API base URL) with the token fetched by
// $(tokentui token -p NAME), so the command holds no secret. The demo's
// sandbox lives only inside the app, so there the token is written in.
func curlFor(p Profile, opts Options) func(raw string) string {
	base := p.Config.APIBaseURL
	if base == "" {
		return nil
	}
	spec := requests.Spec{Method: "GET", URL: base}
	for _, r := range p.Saved {
		if r.Method == "" || strings.EqualFold(r.Method, "GET") {
			spec.URL = r.Path
			break
		}
	}
	curlOpts := requests.CurlOptions{BaseURL: base, Headers: requests.HeadersFromMap(p.Config.Headers), ConfigPath: opts.ProfilesPath}
	return func(raw string) string {
		o := curlOpts
		if opts.ProfilesPath == "" || p.Temporary {
			o.InlineToken = raw
		}
		return requests.Curl(spec, p.Name, o)
	}
}
