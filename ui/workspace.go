package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/ui/common"
	"tokentui/ui/token"
)

// workspace is the set of tab panes that belong to one profile. Each keeps
// its state while another profile is shown.
type workspace struct {
	token token.Model
}

func newWorkspace(c common.Common, p Profile, opts Options) *workspace {
	return &workspace{
		token: token.New(c, token.Options{ID: p.Name, Client: p.Client, Problem: p.Problem, AutoFetch: opts.AutoFetch && p.Name == opts.Active, Now: opts.Now()}),
	}
}

func (w *workspace) init() tea.Cmd { return w.token.Init() }

func (w *workspace) setSize(width, height int) { w.token.SetSize(width, height) }

// broadcast hands a result message to every pane; each keeps only the
// messages that carry its id.
func (w *workspace) broadcast(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	w.token, cmd = w.token.Update(msg)
	return cmd
}

// update sends a key or mouse message to the pane of the given tab.
func (w *workspace) update(tab Tab, msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch tab {
	case TabToken:
		w.token, cmd = w.token.Update(msg)
	}
	return cmd
}

func (w *workspace) view(tab Tab) string {
	switch tab {
	case TabToken:
		return w.token.View()
	}
	return ""
}

func (w *workspace) focus(tab Tab, on bool) {
	w.token.Blur()
	if !on {
		return
	}
	switch tab {
	case TabToken:
		w.token.Focus()
	}
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
	}
	return false
}

func (w *workspace) cancelAll() {
	w.token.Cancel()
}

func (w *workspace) shortHelp(tab Tab) []keyBinding {
	switch tab {
	case TabToken:
		return w.token.KeyMap().ShortHelp()
	}
	return nil
}

func (w *workspace) fullHelp(tab Tab) [][]keyBinding {
	switch tab {
	case TabToken:
		return w.token.KeyMap().FullHelp()
	}
	return nil
}
