package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/ui/common"
	"tokentui/ui/profilemgr"
)

// The root's side of profile management: the component (ui/profilemgr)
// reads a snapshot of the root and decides which profiles changed; the
// root builds and drops their workspaces and shows one when the
// component's EffectsMsg comes back.

// profileSnapshot is what the profile manager reads of the root: which
// profiles have a workspace, which is shown.
func (m Model) profileSnapshot() profilemgr.Snapshot {
	spaces := make(map[string]bool, len(m.spaces))
	for name := range m.spaces {
		spaces[name] = true
	}
	return profilemgr.Snapshot{Spaces: spaces, Active: m.active}
}

// profileEffects carries out the profile manager's steps in their order
// and returns the commands they start.
func (m *Model) profileEffects(steps profilemgr.EffectsMsg) tea.Cmd {
	var cmds []tea.Cmd
	for _, s := range steps {
		switch s := s.(type) {
		case profilemgr.Install:
			cmds = append(cmds, m.installSpace(s.Profile, s.Fetch))
		case profilemgr.Remove:
			m.dropSpace(s.Name)
		case profilemgr.Show:
			cmds = append(cmds, m.showProfile(s.Name, s.FocusTab))
		case profilemgr.Saved:
			m.profilesSaved(s.FirstSave)
		case profilemgr.Quit:
			cmds = append(cmds, m.stop())
		}
	}
	return tea.Batch(cmds...)
}

// installSpace puts a fresh workspace for p in place of any old one; fetch gets
// a token at once.
func (m *Model) installSpace(p Profile, fetch bool) tea.Cmd {
	if old, ok := m.spaces[p.Name]; ok {
		old.cancelAll()
	}
	opts := m.opts
	opts.AutoFetch, opts.Active = fetch, p.Name
	w := newWorkspace(common.Common{Styles: m.styles, Lang: m.opts.Lang}, p, opts)
	m.spaces[p.Name] = w
	rw, rh := m.rightSize()
	w.setSize(rw, rh-tabLines)
	return w.init()
}

// dropSpace drops a profile's workspace, cancelling its work.
func (m *Model) dropSpace(name string) {
	if w, ok := m.spaces[name]; ok {
		w.cancelAll()
		delete(m.spaces, name)
	}
}

// showProfile shows the profile, giving the tab the keyboard when toTab; with
// name "" no profile is left.
func (m *Model) showProfile(name string, toTab bool) tea.Cmd {
	if name == "" {
		m.active = ""
		m.pm.SetActive("")
		return nil
	}
	if toTab {
		m.focus = focusTab
	}
	if name != m.active {
		return m.activate(name) // also moves the panes' clocks and sets the focus
	}
	return m.setFocus(m.focus)
}

// profilesSaved takes the warning about the file's permissions away (it
// was just written 0600), and the first run's banner with the first save.
func (m *Model) profilesSaved(firstSave bool) {
	if firstSave && m.opts.FirstRun {
		m.opts.Banner = ""
	}
	if m.opts.Warning != "" {
		m.opts.Warning = ""
		m.SetSize(m.width, m.height)
	}
}
