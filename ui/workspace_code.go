package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/ui/pane"
)

// The Code view of a workspace: opened with x from a pane that offers it
// (pane.CodeOfferer: the Flow's last step, for the request step 6 makes;
// the Request tab, for the request on screen), it takes the place of that
// tab's pane until it is closed.

// codeOffer is the tab's pane when it offers the Code view now.
func (w *workspace) codeOffer(tab int) (pane.CodeOfferer, bool) {
	c, ok := w.panes[tab].(pane.CodeOfferer)
	return c, ok && c.CodeOffered()
}

// codeShown reports whether the Code view covers the tab.
func (w *workspace) codeShown(tab int) bool { return w.code.IsOpen() && w.codeTab == tab }

// codeKey handles a key for the Code view: routed to it while it shows,
// or opening it; ok is false when the key is the pane's.
func (w *workspace) codeKey(tab int, msg tea.Msg) (tea.Cmd, bool) {
	km, isKey := msg.(tea.KeyMsg)
	if w.codeShown(tab) {
		var cmd tea.Cmd
		w.code, cmd = w.code.Update(msg)
		if !w.code.IsOpen() {
			w.code.Blur()
		}
		return cmd, true
	}
	if !isKey || !key.Matches(km, w.code.KeyMap().Open) {
		return nil, false
	}
	offer, ok := w.codeOffer(tab)
	if !ok {
		return nil, false
	}
	w.codeTab = tab
	w.code.Focus()
	return w.code.Open(w.config, offer.CodeSpec()), true
}

// codeConfigPath is the profiles file the shell program must name: the
// app's, unless it is the default one.
func codeConfigPath(opts Options) string {
	if opts.ProfilesPath == profiles.DefaultPath() {
		return ""
	}
	return opts.ProfilesPath
}
