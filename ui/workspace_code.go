package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/ui/flow"
)

// The Code view of a workspace: opened with x from the Flow's last step
// (for the request step 6 makes) and from the Request tab (for the request
// on screen), it takes the place of that tab's pane until it is closed.

// codeOpenable reports whether the tab's pane offers the Code view now.
func (w *workspace) codeOpenable(tab Tab) bool {
	switch tab {
	case TabFlow:
		return w.flow.Step() == flow.StepAPI
	case TabRequest:
		return !w.request.Editing() && !w.request.Sending()
	}
	return false
}

// codeShown reports whether the Code view covers the tab.
func (w *workspace) codeShown(tab Tab) bool { return w.code.IsOpen() && w.codeTab == tab }

// codeKey handles a key for the Code view: routed to it while it shows,
// or opening it; ok is false when the key is the pane's.
func (w *workspace) codeKey(tab Tab, msg tea.Msg) (tea.Cmd, bool) {
	km, isKey := msg.(tea.KeyMsg)
	if w.codeShown(tab) {
		var cmd tea.Cmd
		w.code, cmd = w.code.Update(msg)
		if !w.code.IsOpen() {
			w.code.Blur()
		}
		return cmd, true
	}
	if !isKey || !w.codeOpenable(tab) || !key.Matches(km, w.code.KeyMap().Open) {
		return nil, false
	}
	var spec requests.Spec // the profile's default request: the one step 6 makes
	if tab == TabRequest {
		spec = w.request.CodeSpec()
	}
	w.codeTab = tab
	w.code.Focus()
	return w.code.Open(w.config, spec), true
}

// codeHelp is the Open key, for the footer of a tab that offers it.
func (w *workspace) codeHelp(tab Tab) []keyBinding {
	if w.codeOpenable(tab) {
		return []keyBinding{w.code.KeyMap().Open}
	}
	return nil
}

// withColumn adds col to a full help when it has keys.
func withColumn(help [][]keyBinding, col []keyBinding) [][]keyBinding {
	if len(col) == 0 {
		return help
	}
	return append(help, col)
}

// codeConfigPath is the profiles file the shell program must name: the
// app's, unless it is the default one.
func codeConfigPath(opts Options) string {
	if opts.ProfilesPath == profiles.DefaultPath() {
		return ""
	}
	return opts.ProfilesPath
}
