package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/ui/common"
	"tokentui/ui/flow"
	"tokentui/ui/token"
)

// workspace is the set of tab panes that belong to one profile. Each keeps
// its state while another profile is shown.
type workspace struct {
	token token.Model
	flow  flow.Model
}

func newWorkspace(c common.Common, p Profile, opts Options) *workspace {
	return &workspace{
		token: token.New(c, token.Options{ID: p.Name, Client: p.Client, Problem: p.Problem, AutoFetch: opts.AutoFetch && p.Name == opts.Active, Now: opts.Now()}),
		flow:  flow.New(c, flow.Options{ID: p.Name, Source: p.Flow, Problem: p.Problem, Now: opts.Now(), Present: opts.Present}),
	}
}

func (w *workspace) init() tea.Cmd { return w.token.Init() }

func (w *workspace) setSize(width, height int) {
	w.token.SetSize(width, height)
	w.flow.SetSize(width, height)
}

// broadcast hands a result message to every pane; each keeps only the
// messages that carry its id.
func (w *workspace) broadcast(msg tea.Msg) tea.Cmd {
	var cmd, fcmd tea.Cmd
	w.token, cmd = w.token.Update(msg)
	w.flow, fcmd = w.flow.Update(msg)
	fcmd = tea.Batch(fcmd, w.shareFlowToken(msg))
	return tea.Batch(cmd, fcmd)
}

// update sends a key or mouse message to the pane of the given tab.
func (w *workspace) update(tab Tab, msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch tab {
	case TabToken:
		w.token, cmd = w.token.Update(msg)
	case TabFlow:
		w.flow, cmd = w.flow.Update(msg)
	}
	return cmd
}

func (w *workspace) view(tab Tab) string {
	switch tab {
	case TabToken:
		return w.token.View()
	case TabFlow:
		return w.flow.View()
	}
	return ""
}

// focus gives the keyboard to the tab's pane; the Flow answers with the
// work of the step it shows.
func (w *workspace) focus(tab Tab, on bool) tea.Cmd {
	w.token.Blur()
	w.flow.Blur()
	if !on {
		return nil
	}
	switch tab {
	case TabToken:
		w.token.Focus()
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
	}
	return false
}

// cancel stops in-flight work in the tab's pane; it reports whether there was any.
func (w *workspace) cancel(tab Tab) bool {
	switch tab {
	case TabToken:
		return w.token.Cancel()
	case TabFlow:
		return w.flow.Cancel()
	}
	return false
}

func (w *workspace) cancelAll() {
	w.token.Cancel()
	w.flow.Cancel()
}

func (w *workspace) shortHelp(tab Tab) []keyBinding {
	switch tab {
	case TabToken:
		return w.token.KeyMap().ShortHelp()
	case TabFlow:
		return w.flow.ShortHelp()
	}
	return nil
}

func (w *workspace) fullHelp(tab Tab) [][]keyBinding {
	switch tab {
	case TabToken:
		return w.token.KeyMap().FullHelp()
	case TabFlow:
		return w.flow.KeyMap().FullHelp()
	}
	return nil
}
