package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/ui/common"
	"tokentui/ui/profilemgr"
)

// The root as the profile manager's host: the component (ui/profilemgr)
// decides which profiles changed; the root builds and drops their
// workspaces and shows one.

// host is the root model lent to the profile manager while it handles a
// message.
type host struct{ m *Model }

var _ profilemgr.Host = host{}

// Install puts a fresh workspace for p in place of any old one; fetch gets
// a token at once.
func (h host) Install(p Profile, fetch bool) tea.Cmd {
	m := h.m
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

// Remove drops a profile's workspace, cancelling its work.
func (h host) Remove(name string) {
	if w, ok := h.m.spaces[name]; ok {
		w.cancelAll()
		delete(h.m.spaces, name)
	}
}

// Has reports whether the profile has a workspace.
func (h host) Has(name string) bool { return h.m.spaces[name] != nil }

// Active is the profile shown.
func (h host) Active() string { return h.m.active }

// Show shows the profile, giving the tab the keyboard when toTab; with
// name "" no profile is left.
func (h host) Show(name string, toTab bool) tea.Cmd {
	m := h.m
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

// Saved takes the warning about the file's permissions away (it was just
// written 0600), and the first run's banner with the first save.
func (h host) Saved(firstSave bool) {
	m := h.m
	if firstSave && m.opts.FirstRun {
		m.opts.Banner = ""
	}
	if m.opts.Warning != "" {
		m.opts.Warning = ""
		m.SetSize(m.width, m.height)
	}
}

// Quit ends the program.
func (h host) Quit() tea.Cmd { return h.m.stop() }
