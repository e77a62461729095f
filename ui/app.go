// Package ui is the Bubble Tea app: the root model lays out the header, the
// profiles list, the tabs and the footer, routes keys to the focused pane
// and results to the pane that asked.
package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/pane"
	"tokentui/ui/profilelist"
	"tokentui/ui/profilemgr"
)

// Profile is one profile as the app sees it: a name, where it points and a
// client that gets and caches its tokens (profilemgr.Profile).
type Profile = profilemgr.Profile

// NewProfileFunc builds the app's view of a profile — its auth client and
// whatever the panes need — from the profile as written in the file
// (profilemgr.NewProfileFunc).
type NewProfileFunc = profilemgr.NewProfileFunc

// Options is what main hands over to the app.
type Options struct {
	Profiles  []Profile
	Active    string // the profile to open on
	AutoFetch bool   // get a token at start when none is cached (demo)
	Banner    string // a word shown in the header, e.g. "sandbox"
	// Warning is a line shown under the header on every screen: the
	// profiles file holds a secret that others can read, and the command
	// that fixes it. Saving the file (written 0600) clears it; "" shows none.
	Warning     string
	IsDark      bool // the terminal's background is dark
	Now         func() time.Time
	Present     bool      // open on the Flow tab in presentation mode (--present)
	Lang        i18n.Lang // the language of every label and message; "" is English
	HistoryPath string    // the requests history the History tab lists; "" = none

	// ProfilesPath is the profiles file the app adds, edits and deletes
	// profiles in; "" saves nothing (the demo): new profiles are then
	// temporary ones.
	ProfilesPath string
	FirstRun     bool   // there is no file yet: Profiles are the presets, written on the first save
	Default      string // the file's default profile
	// NewProfile builds a profile's client and panes after it is added or
	// changed; main fills it (the app never builds auth clients itself).
	NewProfile NewProfileFunc
}

type focus int

const (
	focusProfiles focus = iota
	focusTab
)

// TickMsg is the one-second clock; Gen tags the loop that sent it so an old
// loop dies when a new one starts.
type TickMsg struct {
	Gen  int
	Time time.Time
}

// Model is the root of the TUI.
type Model struct {
	opts     Options
	styles   *common.Styles
	keys     common.GlobalKeys
	help     help.Model
	width    int
	height   int
	focus    focus
	tab      int // the tab shown: an index of tabs
	showHelp bool
	now      time.Time
	tickGen  int
	quitting bool
	present  bool // the Flow tab takes the whole screen, for projectors

	pm     profilemgr.Model      // the profiles list; adding, editing, deleting profiles; the form
	shared []pane.Pane           // the panes of the tabs every profile shares (History), by tab; nil for the others
	spaces map[string]*workspace // one per profile, by name
	active string
}

type keyBinding = key.Binding

// New builds the app; nothing slow happens until Init's commands run.
func New(opts Options) Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	styles := common.NewStyles(opts.IsDark)
	c := common.Common{Styles: &styles, Lang: opts.Lang}
	m := Model{
		opts: opts, styles: &styles, keys: common.NewGlobalKeysIn(opts.Lang, tabNames(opts.Lang)), help: help.New(),
		focus: focusTab, now: opts.Now(), spaces: map[string]*workspace{},
	}
	m.help.Styles.ShortKey = styles.Key
	m.help.Styles.FullKey = styles.Key
	m.help.Styles.ShortDesc = styles.Muted
	m.help.Styles.FullDesc = styles.Muted
	for _, p := range opts.Profiles {
		m.spaces[p.Name] = newWorkspace(c, p, opts)
	}
	m.active = opts.Active
	if _, ok := m.spaces[m.active]; !ok && len(opts.Profiles) > 0 {
		m.active = opts.Profiles[0].Name
	}
	m.pm = profilemgr.New(c, profilemgr.Options{Profiles: opts.Profiles, Active: m.active, Default: opts.Default,
		Path: opts.ProfilesPath, FirstRun: opts.FirstRun, NewProfile: opts.NewProfile, ForceQuit: m.keys.ForceQuit})
	m.shared = make([]pane.Pane, len(tabs))
	for i, t := range tabs {
		if t.openShared != nil {
			m.shared[i] = t.openShared(c, opts)
		}
	}
	m.setFocus(focusTab)
	if t := tabWith(func(t tab) bool { return t.presents }); opts.Present && t >= 0 {
		m.tab, m.present = t, true // Init focuses it, which runs its first step
	}
	return m
}

// Init starts the clock and looks in the token cache of every profile.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{tick(m.tickGen), m.pm.Init()}
	for _, w := range m.spaces {
		cmds = append(cmds, w.init())
	}
	if w, ok := m.spaces[m.active]; ok {
		cmds = append(cmds, w.focus(m.tab, m.focus == focusTab)) // the Flow runs its first step when shown
	}
	return tea.Batch(cmds...)
}

// tick is the one-second clock; a variable so that tests driving Update by
// hand can stop it (they move the clock themselves).
var tick = func(gen int) tea.Cmd {
	return tea.Tick(time.Second, func(t time.Time) tea.Msg { return TickMsg{Gen: gen, Time: t} })
}

// Update routes messages: the clock to the shown profile, keys to the
// focused pane, and results to every pane (each keeps those with its id).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, ok := m.pm.Update(msg, m.profileSnapshot()); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		return m, nil
	case TickMsg:
		if msg.Gen != m.tickGen {
			return m, nil
		}
		m.now = m.opts.Now()
		if w, ok := m.spaces[m.active]; ok {
			w.setNow(m.now)
		}
		// Every profile looks at its cache again: a token obtained by
		// another tab or process shows everywhere within a second.
		cmds := []tea.Cmd{tick(m.tickGen), m.pm.Tick(m.now)}
		for _, w := range m.spaces {
			if w.token != nil {
				cmds = append(cmds, w.token.Check())
			}
		}
		return m, tea.Batch(cmds...)
	case profilemgr.EffectsMsg:
		return m, m.profileEffects(msg)
	case profilelist.SelectedMsg:
		m.focus = focusTab
		return m, m.activate(msg.Name)
	case pane.PresentMsg:
		m.present = msg.On
		for _, w := range m.spaces {
			w.own(func(_ int, p pane.Pane) {
				if pr, ok := p.(pane.Presenter); ok {
					pr.SetPresent(msg.On)
				}
			})
		}
		m.SetSize(m.width, m.height)
		return m, nil
	case pane.OpenRequestMsg:
		return m, m.openRequest(msg.Entry)
	case pane.CurlRequestMsg:
		return m, m.entryCurl(msg)
	case tea.MouseMsg:
		if m.focus == focusTab {
			return m, m.paneUpdate(msg)
		}
		return m, nil
	case tea.KeyMsg:
		return m.key(msg)
	}
	var cmds []tea.Cmd
	for _, w := range m.spaces {
		cmds = append(cmds, w.broadcast(msg))
	}
	for _, p := range m.shared {
		if p != nil {
			cmds = append(cmds, p.Handle(msg))
		}
	}
	return m, tea.Batch(cmds...)
}

func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if m.showHelp {
		switch {
		case key.Matches(msg, m.keys.ForceQuit):
			return m.quit()
		case key.Matches(msg, m.keys.Help), key.Matches(msg, m.keys.Quit), msg.String() == "esc":
			m.showHelp = false
		}
		return m, nil
	}
	if m.tooSmall() { // nothing on screen to act on: only quitting works
		if key.Matches(msg, m.keys.ForceQuit) || key.Matches(msg, m.keys.Quit) {
			return m.quit()
		}
		return m, nil
	}
	if !m.pm.Covering() { // over the form or a notice, keys are theirs
		for i, b := range m.keys.AnyTabs { // never typed: they work in text fields (the list's filter too)
			if key.Matches(msg, b) {
				m.tab = i
				return m, m.setFocus(focusTab)
			}
		}
	}
	if cmd, ok := m.pm.Key(msg, m.focus == focusProfiles); ok { // the profile form, a notice, the list's filter
		return m, cmd
	}
	if key.Matches(msg, m.keys.ForceQuit) {
		if m.paneCancel() {
			return m, nil
		}
		return m.quit()
	}
	if m.focus == focusTab && m.paneEditing() {
		return m, m.paneUpdate(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m.quit()
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
		return m, nil
	case key.Matches(msg, m.keys.NextFocus), key.Matches(msg, m.keys.PrevFocus):
		if m.presenting() {
			return m, nil
		}
		return m, m.setFocus(1 - m.focus)
	}
	for i, b := range m.keys.Tabs {
		if key.Matches(msg, b) {
			m.tab = i
			return m, m.setFocus(focusTab)
		}
	}
	if m.focus == focusProfiles {
		return m, m.pm.ListKey(msg)
	}
	return m, m.paneUpdate(msg)
}

func (m Model) quit() (tea.Model, tea.Cmd) {
	return m, m.stop()
}

// stop cancels the work of every profile and ends the program.
func (m *Model) stop() tea.Cmd {
	for _, w := range m.spaces {
		w.cancelAll()
	}
	m.quitting = true
	return tea.Quit
}

// activate switches the app to another profile.
func (m *Model) activate(name string) tea.Cmd {
	w, ok := m.spaces[name]
	if !ok {
		return nil
	}
	if old, ok := m.spaces[m.active]; ok {
		old.focus(m.tab, false)
	}
	m.active = name
	m.pm.SetActive(name)
	w.setNow(m.now)
	return m.setFocus(m.focus)
}

// setFocus gives the keyboard to the list or the tab; a pane that gets it
// may start work (the Flow runs the step on screen).
func (m *Model) setFocus(f focus) tea.Cmd {
	m.focus = f
	m.pm.FocusList(f == focusProfiles)
	hcmd := m.focusShared(f == focusTab)
	if w, ok := m.spaces[m.active]; ok {
		return tea.Batch(w.focus(m.tab, f == focusTab), hcmd)
	}
	return hcmd
}

// tooSmall reports whether the terminal only shows how large it must be.
func (m Model) tooSmall() bool {
	return m.width > 0 && (m.width < minWidth || m.height < minHeight)
}

// presenting reports whether a pane (the Flow) fills the screen.
func (m Model) presenting() bool { return m.present && tabs[m.tab].presents && !m.showHelp }
