// Package ui is the Bubble Tea app: the root model lays out the header, the
// profiles list, the tabs and the footer, routes keys to the focused pane
// and results to the pane that asked.
package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/ui/common"
	"tokentui/ui/flow"
	"tokentui/ui/history"
	"tokentui/ui/i18n"
	"tokentui/ui/profilelist"
	"tokentui/ui/token"
)

// Profile is one profile as the app sees it: a name, where it points and a
// client that gets and caches its tokens.
type Profile struct {
	Name    string
	Detail  string                  // issuer or token URL
	Client  token.Client            // nil when the profile cannot be used yet
	Problem string                  // why Client is nil: what to fix
	Flow    flow.Source             // what the Flow tab runs against (its Client nil when unusable)
	Sender  *requests.Sender        // sends the Request tab's requests with Client's token; nil: not set up
	Saved   []profiles.SavedRequest // the profile's saved requests
	// Config is the profile as written in the file (or typed in, when
	// Temporary): what the form edits and the list shows.
	Config    profiles.Profile
	Temporary bool // typed in for this session only, never saved
}

// Options is what main hands over to the app.
type Options struct {
	Profiles    []Profile
	Active      string // the profile to open on
	AutoFetch   bool   // get a token at start when none is cached (demo)
	Banner      string // a word shown in the header, e.g. "sandbox"
	IsDark      bool   // the terminal's background is dark
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

// Tab indexes the tabs on the right.
type Tab int

// The tabs, in the order of their number keys.
const (
	TabToken Tab = iota
	TabRequest
	TabFlow
	TabHistory
	tabCount
)

// tabName is the name of a tab in the app's language.
func (m Model) tabName(t Tab) string { return common.TabNames(m.opts.Lang)[t] }

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
	tab      Tab
	showHelp bool
	now      time.Time
	tickGen  int
	quitting bool
	present  bool // the Flow tab takes the whole screen, for projectors

	list    profilelist.Model
	pm      profileState          // adding, editing, deleting profiles; the form
	history history.Model         // the History tab, shared by all profiles
	spaces  map[string]*workspace // one per profile, by name
	active  string
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
		opts: opts, styles: &styles, keys: common.NewGlobalKeysIn(opts.Lang), help: help.New(),
		focus: focusTab, now: opts.Now(), spaces: map[string]*workspace{},
	}
	m.help.Styles.ShortKey = styles.Key
	m.help.Styles.FullKey = styles.Key
	m.help.Styles.ShortDesc = styles.Muted
	m.help.Styles.FullDesc = styles.Muted
	m.pm = newProfileState(opts)
	for _, p := range opts.Profiles {
		m.spaces[p.Name] = newWorkspace(c, p, opts)
	}
	m.active = opts.Active
	if _, ok := m.spaces[m.active]; !ok && len(opts.Profiles) > 0 {
		m.active = opts.Profiles[0].Name
	}
	m.list = profilelist.New(c, m.listItems(), m.active, nil)
	m.history = history.New(c, history.Options{Path: opts.HistoryPath, Now: opts.Now})
	m.setFocus(focusTab)
	if opts.Present {
		m.tab, m.present = TabFlow, true // Init focuses it, which runs its first step
	}
	return m
}

// Init starts the clock and looks in the token cache of every profile.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{tick(m.tickGen)}
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
	if mm, cmd, ok := m.updateProfiles(msg); ok {
		return mm, cmd
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
			w.token.SetNow(m.now)
			w.flow.SetNow(m.now)
		}
		return m, tick(m.tickGen)
	case profilelist.SelectedMsg:
		m.focus = focusTab
		return m, m.activate(msg.Name)
	case flow.PresentMsg:
		m.present = msg.On
		for _, w := range m.spaces {
			w.flow.SetPresent(msg.On)
		}
		m.SetSize(m.width, m.height)
		return m, nil
	case history.OpenMsg:
		return m, m.openFromHistory(msg.Entry)
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
	var hcmd tea.Cmd
	m.history, hcmd = m.history.Update(msg)
	cmds = append(cmds, hcmd)
	return m, tea.Batch(cmds...)
}

func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	w := m.spaces[m.active]
	if m.showHelp {
		switch {
		case key.Matches(msg, m.keys.ForceQuit):
			return m.quit()
		case key.Matches(msg, m.keys.Help), key.Matches(msg, m.keys.Quit), msg.String() == "esc":
			m.showHelp = false
		}
		return m, nil
	}
	if mm, cmd, ok := m.profilesKey(msg); ok { // the profile form, a notice, the list's filter
		return mm, cmd
	}
	if key.Matches(msg, m.keys.ForceQuit) {
		if w != nil && w.cancel(m.tab) {
			return m, nil
		}
		return m.quit()
	}
	if w != nil && m.focus == focusTab && w.editing(m.tab) {
		return m, w.update(m.tab, msg)
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
		if key.Matches(msg, b) && i < int(tabCount) {
			m.tab = Tab(i)
			return m, m.setFocus(focusTab)
		}
	}
	if m.focus == focusProfiles {
		var cmd tea.Cmd
		m.list, cmd = m.list.Update(msg)
		return m, cmd
	}
	return m, m.paneUpdate(msg)
}

func (m Model) quit() (tea.Model, tea.Cmd) {
	for _, w := range m.spaces {
		w.cancelAll()
	}
	m.quitting = true
	return m, tea.Quit
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
	m.list.SetActive(name)
	w.token.SetNow(m.now)
	w.flow.SetNow(m.now)
	return m.setFocus(m.focus)
}

// setFocus gives the keyboard to the list or the tab; a pane that gets it
// may start work (the Flow runs the step on screen).
func (m *Model) setFocus(f focus) tea.Cmd {
	m.focus = f
	if f == focusProfiles {
		m.list.Focus()
	} else {
		m.list.Blur()
	}
	hcmd := m.focusHistory(f == focusTab)
	if w, ok := m.spaces[m.active]; ok {
		return tea.Batch(w.focus(m.tab, f == focusTab), hcmd)
	}
	return hcmd
}

// presenting reports whether the Flow fills the screen.
func (m Model) presenting() bool { return m.present && m.tab == TabFlow && !m.showHelp }

// tokenState is the profile list's view of each profile's token.
func (m Model) tokenState(name string) (string, common.Urgency) {
	w, ok := m.spaces[name]
	lang := m.opts.Lang
	if ok && w.token.Unusable() {
		return i18n.T(lang, i18n.AppStateSetUp), common.UrgencyNone
	}
	if !ok || w.token.Token() == nil {
		if ok && w.token.Loading() {
			return i18n.T(lang, i18n.AppStateRequesting), common.UrgencyNone
		}
		return i18n.T(lang, i18n.AppStateNoToken), common.UrgencyNone
	}
	return badgeText(lang, w.token.Token().Expiry, m.now)
}

func badgeText(lang i18n.Lang, expiry, now time.Time) (string, common.Urgency) {
	u := common.UrgencyOf(expiry, now)
	switch u {
	case common.UrgencyExpired:
		return i18n.T(lang, i18n.AppBadgeExpired), u
	case common.UrgencyExpiring, common.UrgencyCritical:
		return i18n.T(lang, i18n.AppBadgeExpiring, i18n.Countdown(expiry.Sub(now))), u
	}
	return i18n.T(lang, i18n.AppBadgeValid, i18n.Countdown(expiry.Sub(now))), u
}

// View draws the whole screen.
func (m Model) View() string {
	if m.quitting || m.width == 0 {
		return ""
	}
	if ws, ok := m.spaces[m.active]; ok && m.presenting() {
		return ws.view(TabFlow)
	}
	if m.width < minWidth || m.height < minHeight {
		msg := lipgloss.NewStyle().Width(max(m.width-2, 10)).Render(i18n.T(m.opts.Lang, i18n.AppTooSmall, m.width, m.height))
		return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, msg, lipgloss.WithWhitespaceChars(" "))
	}
	header := m.headerView()
	footer := m.footerView()
	bodyH := m.height - lipgloss.Height(header) - lipgloss.Height(footer)
	var body string
	if m.showHelp {
		body = m.helpView(m.width, bodyH)
	} else if v, ok := m.profilesView(m.width, bodyH); ok { // the profile form or a notice
		body = v
	} else {
		// The panes' lines are as wide as their pane: joined without
		// measuring them again (compose.go).
		return stackFrame(header, joinPanes(m.leftView(), m.rightView()), footer)
	}
	return lipgloss.JoinVertical(lipgloss.Left, header, body, footer)
}

func (m Model) headerView() string {
	s := m.styles
	left := s.AppName.Render("tokentui")
	if m.opts.Banner != "" {
		left += s.Muted.Render(" · " + m.opts.Banner)
	}
	left += s.Muted.Render(" · "+i18n.T(m.opts.Lang, i18n.AppProfile)+" ") + s.Value.Bold(true).Render(m.active)
	if e, ok := m.entry(m.active); ok && e.Config.Insecure {
		// On every screen of the profile: its TLS certificates are not checked.
		left += " " + s.Bad.Reverse(true).Render(i18n.T(m.opts.Lang, i18n.AppInsecure))
	}
	text, u := m.tokenState(m.active)
	badge := s.ForUrgency(u).Bold(true).Render("[" + text + "]")
	left = ansi.Truncate(left, max(m.width-3-lipgloss.Width(badge), 1), "…")
	gap := max(m.width-2-lipgloss.Width(left)-lipgloss.Width(badge), 1)
	return s.Header.Render(left + strings.Repeat(" ", gap) + badge)
}

func (m Model) footerView() string {
	var bindings []key.Binding
	if m.showHelp {
		bindings = []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc/?", i18n.T(m.opts.Lang, i18n.AppCloseHelp)))}
	} else if b, ok := m.profilesShortHelp(); ok {
		bindings = b
	} else if m.focus == focusProfiles {
		bindings = m.list.KeyMap().ShortHelp()
	} else {
		bindings = m.paneShortHelp()
	}
	var global []key.Binding
	if !m.pm.formOpen && m.pm.notice == nil { // the form takes q, tab and ? as text
		global = m.keys.ShortHelp()
	}
	// The pane's keys give way before the global ones: "? all keys" always shows.
	m.help.Width = 0
	for len(bindings) > 0 && lipgloss.Width(m.help.ShortHelpView(append(bindings[:len(bindings):len(bindings)], global...))) > m.width-2 {
		bindings = bindings[:len(bindings)-1]
	}
	line := m.help.ShortHelpView(append(bindings, global...))
	if len(global) > 0 {
		if more := m.help.ShortHelpView(append(append(bindings[:len(bindings):len(bindings)], m.keys.NextFocus), global...)); lipgloss.Width(more) <= m.width-2 {
			line = more
		}
	}
	return m.styles.Footer.MaxWidth(m.width).Render(ansi.Truncate(line, m.width-2, "…"))
}

func (m Model) leftView() string {
	frame := m.styles.Pane
	if m.focus == focusProfiles {
		frame = m.styles.PaneFocus
	}
	w, h := m.leftSize()
	title := m.styles.Title.Render(i18n.T(m.opts.Lang, i18n.AppProfiles))
	list := m.list
	list.SetState(m.tokenState) // bound to this frame's model, so it reads this frame's clock
	return frame.Width(w).Height(h).MaxHeight(h + 2).Render(title + "\n" + list.View())
}

func (m Model) rightView() string {
	frame := m.styles.Pane
	if m.focus == focusTab {
		frame = m.styles.PaneFocus
	}
	w, h := m.rightSize()
	content := m.paneView()
	return frame.Width(w).Height(h).MaxHeight(h + 2).Render(m.tabsView() + "\n" + content)
}

func (m Model) tabsView() string {
	var parts []string
	for i := range int(tabCount) {
		label := fmt.Sprintf(" %d %s ", i+1, m.tabName(Tab(i)))
		style := m.styles.Tab
		if Tab(i) == m.tab {
			// Brackets too, so the tab in use shows without colour (NO_COLOR).
			label = fmt.Sprintf("[%d %s]", i+1, m.tabName(Tab(i)))
			style = m.styles.TabActive
		}
		parts = append(parts, style.Render(label))
	}
	return strings.Join(parts, m.styles.Muted.Render("│"))
}
