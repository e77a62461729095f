// Package history is the History tab: the requests sent from any profile,
// newest first, read from the history file in a command; Enter reopens one
// in the Request tab of its profile.
package history

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/common"
	"tokentui/ui/pane"
)

// Limit is how many entries the tab reads.
const Limit = 500

// Options configure the History tab.
type Options struct {
	Path string // the history file; "" shows that there is none
	Now  func() time.Time
}

// LoadedMsg carries the entries read from the file, newest first.
type LoadedMsg struct {
	Gen     int
	Entries []requests.Entry
	Err     error
}

// OpenMsg asks the root to reopen an entry in the Request tab of its
// profile.
type OpenMsg = pane.OpenRequestMsg

// KeyMap is the History tab's bindings.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Open, Reload key.Binding
	Curl                                                  key.Binding // copy the selected request as a curl command
}

// KeyMapIn returns the History tab's default bindings described in lang.
func KeyMapIn(lang i18n.Lang) KeyMap {
	t := func(k i18n.Key) string { return i18n.T(lang, k) }
	return KeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t(i18n.ListKeyUp))),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t(i18n.ListKeyDown))),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", t(i18n.KeyPageUp))),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", t(i18n.KeyPageDown))),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", t(i18n.HistoryKeyNewest))),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", t(i18n.HistoryKeyOldest))),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t(i18n.HistoryKeyReopen))),
		Reload:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", t(i18n.HistoryKeyReload))),
		Curl:     key.NewBinding(key.WithKeys("C"), key.WithHelp("C", t(i18n.HistoryKeyCurl))),
	}
}

// ShortHelp is the footer's selection of keys.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Down, k.Open, k.Curl, k.Reload} }

// FullHelp lists every key of the History tab.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Open, k.Curl, k.Reload}}
}

// Model is the History tab.
type Model struct {
	common.Common
	opts    Options
	keys    KeyMap
	focused bool

	gen     int
	loading bool
	loaded  bool
	entries []requests.Entry
	rows    []string // one line per entry, made once when loaded
	err     error
	sel     int
	top     int

	// note says how the last "copy as curl" went, or why it was refused
	// (curl.go); it shows until the next key.
	note     string
	noteBad  bool
	tokenVar string // the variable the command being copied reads the token from
}

// New returns the History tab; nothing is read until Reload's command runs.
func New(c common.Common, opts Options) Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return Model{Common: c, opts: opts, keys: KeyMapIn(c.Lang)}
}

// Init reads the history file (in a command).
func (m Model) Init() tea.Cmd { return loadCmd(m.opts.Path, m.gen) }

// Reload reads the file again, e.g. when the tab is opened.
func (m *Model) Reload() tea.Cmd {
	m.gen++
	m.loading = true
	return loadCmd(m.opts.Path, m.gen)
}

func loadCmd(path string, gen int) tea.Cmd {
	if path == "" {
		return nil
	}
	return func() tea.Msg {
		e, err := requests.LoadHistory(path, Limit)
		return LoadedMsg{Gen: gen, Entries: e, Err: err}
	}
}

// Entries is what the tab lists.
func (m Model) Entries() []requests.Entry { return m.entries }

// KeyMap returns the bindings, for the help screen.
func (m Model) KeyMap() KeyMap { return m.keys }

// Focus gives the tab the keyboard.
func (m *Model) Focus() { m.focused = true }

// Blur takes the keyboard away.
func (m *Model) Blur() { m.focused = false }

// Editing is always false: the tab has no text field.
func (m Model) Editing() bool { return false }

// Cancel has nothing to stop: reading the file is quick.
func (m *Model) Cancel() bool { return false }

// SetSize sets the inner size and re-lays the rows.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	m.rows = m.render()
	m.keepVisible()
}

// Update handles the loaded entries and, when focused, keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case LoadedMsg:
		if msg.Gen != m.gen {
			return m, nil
		}
		m.loading, m.loaded = false, true
		m.err = msg.Err
		if msg.Err == nil {
			m.entries = msg.Entries
		}
		m.sel = min(m.sel, max(len(m.entries)-1, 0))
		m.rows = m.render()
		m.keepVisible()
		return m, nil
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			m.move(-3)
		case tea.MouseButtonWheelDown:
			m.move(3)
		}
		return m, nil
	case pane.CurlMsg:
		if msg.ID != ID {
			return m, nil
		}
		return m, m.copied(msg)
	case common.ClipboardMsg:
		if msg.ID == ID {
			m.copied(msg)
		}
		return m, nil
	case tea.KeyMsg:
		if !m.focused {
			return m, nil
		}
		k := m.keys
		if m.note != "" {
			m.setNote("", false)
		}
		switch {
		case key.Matches(msg, k.Up):
			m.move(-1)
		case key.Matches(msg, k.Down):
			m.move(1)
		case key.Matches(msg, k.PageUp):
			m.move(-m.listHeight())
		case key.Matches(msg, k.PageDown):
			m.move(m.listHeight())
		case key.Matches(msg, k.Top):
			m.move(-len(m.entries))
		case key.Matches(msg, k.Bottom):
			m.move(len(m.entries))
		case key.Matches(msg, k.Reload):
			return m, m.Reload()
		case key.Matches(msg, k.Curl):
			return m, m.curl()
		case key.Matches(msg, k.Open):
			if m.sel < len(m.entries) {
				e := m.entries[m.sel]
				return m, func() tea.Msg { return OpenMsg{Entry: e} }
			}
		}
	}
	return m, nil
}

func (m *Model) move(d int) {
	m.sel = max(min(m.sel+d, len(m.entries)-1), 0)
	m.keepVisible()
}

// listHeight is the rows for entries: the pane less the title, the column
// heads and the detail line of the selected entry (or the note in its place).
func (m Model) listHeight() int { return max(m.Height-2-max(len(m.noteLines()), 1), 1) }

func (m *Model) keepVisible() {
	h := m.listHeight()
	if m.sel < m.top {
		m.top = m.sel
	}
	if m.sel >= m.top+h {
		m.top = m.sel - h + 1
	}
	m.top = max(min(m.top, len(m.entries)-h), 0)
}

// Column widths (at least: a language's heads and words may widen them);
// the URL takes what is left, and the took and size columns give way to
// it on narrow screens.
const (
	wMark    = 2 // "▸ "
	wTime    = 8
	wMethod  = 6
	wStatus  = 6
	wTook    = 8
	wSize    = 9
	minURL   = 16
	maxProfW = 16
)

// columns is the layout of the rows at the pane's width.
type columns struct {
	time, prof, method, url, status, took, size int
	showTook, showSz                            bool
}

// dayLayout is how a row writes the time of an entry of another day.
func (m Model) dayLayout() string { return m.T(i18n.HistoryDayLayout) }

func (m Model) columns() columns {
	wd := ansi.StringWidth
	c := columns{prof: m.profileWidth(), showTook: true, showSz: true,
		time:   max(wTime, wd(m.T(i18n.HistoryColTime)), wd(time.Date(2026, 12, 31, 23, 0, 0, 0, time.UTC).Format(m.dayLayout()))),
		method: max(wMethod, wd(m.T(i18n.HistoryColMethod))),
		status: max(wStatus, wd(m.T(i18n.HistoryColStatus)), wd(m.T(i18n.HistoryCancelled))),
		took:   max(wTook, wd(m.T(i18n.HistoryColTook))),
		size:   max(wSize, wd(m.T(i18n.HistoryColSize))),
	}
	if m.Width < 100 {
		c.prof = min(c.prof, 10)
	}
	fixed := func() int {
		n := wMark + c.time + 1 + c.prof + 1 + c.method + 1 + 1 + c.status
		if c.showTook {
			n += 1 + c.took
		}
		if c.showSz {
			n += 1 + c.size
		}
		return n
	}
	if m.Width-fixed() < minURL {
		c.showSz = false
	}
	if m.Width-fixed() < minURL {
		c.showTook = false
	}
	c.url = max(m.Width-fixed(), 8)
	return c
}

// cells joins one row's cells as the columns say.
func (c columns) cells(when, prof, method, url, status, took, size string) string {
	out := []string{common.Pad(when, c.time), common.Pad(prof, c.prof), common.Pad(method, c.method), common.Pad(url, c.url), common.Pad(status, c.status)}
	if c.showTook {
		out = append(out, padLeft(took, c.took))
	}
	if c.showSz {
		out = append(out, padLeft(size, c.size))
	}
	return strings.Join(out, " ")
}

// render formats every entry once (on load or resize), so View only picks
// the visible rows.
func (m Model) render() []string {
	if m.Styles == nil {
		return nil
	}
	now := m.opts.Now()
	cols := m.columns()
	rows := make([]string, len(m.entries))
	for i, e := range m.entries {
		when := e.Time.Local().Format("15:04:05")
		if !i18n.SameDay(e.Time, now) {
			when = e.Time.Local().Format(m.dayLayout())
		}
		status := "—"
		if e.Status != 0 {
			status = fmt.Sprint(e.Status)
		} else if strings.Contains(e.Error, "cancel") {
			status = m.T(i18n.HistoryCancelled)
		}
		rows[i] = cols.cells(when, inert.String(e.Profile), inert.String(e.Method), shortURL(e), status,
			i18n.Elapsed(m.Lang, time.Duration(e.DurationMS)*time.Millisecond), i18n.Bytes(m.Lang, e.Size))
	}
	return rows
}

func (m Model) profileWidth() int {
	w := ansi.StringWidth(m.T(i18n.AppProfile))
	for _, e := range m.entries {
		w = max(w, ansi.StringWidth(inert.String(e.Profile)))
	}
	return min(w, maxProfW)
}

// shortURL is the entry's URL without scheme and host (they are the
// profile's), or what the user typed when the URL is missing.
func shortURL(e requests.Entry) string {
	if u, err := url.Parse(e.URL); err == nil && u.Host != "" {
		s := u.EscapedPath()
		if u.RawQuery != "" {
			s += "?" + u.RawQuery
		}
		return inert.String(s)
	}
	if e.URL != "" {
		return inert.String(e.URL)
	}
	return inert.String(e.Path)
}

func padLeft(s string, w int) string {
	s = ansi.Truncate(s, w, "…")
	return strings.Repeat(" ", max(w-ansi.StringWidth(s), 0)) + s
}

// View draws the title, the column heads, the visible rows and a detail
// line about the selected entry.
func (m Model) View() string {
	s := m.Styles
	if s == nil || m.Width <= 0 || m.Height <= 0 {
		return ""
	}
	w := m.Width
	name := s.Title.Render(m.T(i18n.AppTabHistory))
	title := name + s.Muted.Render(i18n.N(m.Lang, len(m.entries), i18n.HistoryCountOne, i18n.HistoryCountMany))
	if m.loading && !m.loaded {
		title = name + s.Muted.Render(m.T(i18n.HistoryReading))
	}
	lines := []string{ansi.Truncate(title, w, "…")}
	switch {
	case m.opts.Path == "":
		lines = append(lines, s.Muted.Render(ansi.Truncate(m.T(i18n.HistoryNoFile), w, "…")))
	case m.err != nil:
		lines = append(lines, s.Bad.Render(ansi.Truncate(inert.String(m.T(i18n.HistoryReadFailed, m.err)), w, "…")))
	case m.loaded && len(m.entries) == 0:
		lines = append(lines, s.Muted.Render(ansi.Truncate(m.T(i18n.HistoryEmpty), w, "…")))
	}
	if len(m.entries) > 0 {
		head := "  " + m.columns().cells(m.T(i18n.HistoryColTime), m.T(i18n.AppProfile), m.T(i18n.HistoryColMethod), "URL",
			m.T(i18n.HistoryColStatus), m.T(i18n.HistoryColTook), m.T(i18n.HistoryColSize))
		lines = append(lines, s.Label.Render(ansi.Truncate(head, w, "…")))
		end := min(m.top+m.listHeight(), len(m.rows))
		for i := m.top; i < end; i++ {
			lines = append(lines, m.row(i, w))
		}
		note := m.noteLines()
		for len(lines) < m.Height-max(len(note), 1) {
			lines = append(lines, "")
		}
		if len(note) == 0 {
			lines = append(lines, m.detail(w))
		}
		for _, l := range note {
			if m.noteBad {
				lines = append(lines, s.Warn.Render(l))
			} else {
				lines = append(lines, s.Good.Render(l))
			}
		}
	}
	if len(lines) > m.Height {
		lines = lines[:m.Height]
	}
	return strings.Join(lines, "\n")
}

func (m Model) row(i, w int) string {
	s := m.Styles
	r := ansi.Truncate(m.rows[i], w-2, "…")
	if i == m.sel && m.focused {
		return s.Selected.Render("▸ " + r)
	}
	if i == m.sel {
		return s.Value.Render("▸ " + r)
	}
	return "  " + m.statusStyle(m.entries[i]).Render(r)
}

func (m Model) statusStyle(e requests.Entry) lipgloss.Style {
	s := m.Styles
	switch c := e.Status; {
	case c == 0:
		return s.Muted
	case c >= 500:
		return s.Bad.UnsetBold()
	case c >= 300:
		return s.Warn
	}
	return s.Value
}

// detail is the selected entry's full URL, error or token.
func (m Model) detail(w int) string {
	s := m.Styles
	if m.sel >= len(m.entries) {
		return ""
	}
	e := m.entries[m.sel]
	text := inert.String(e.URL)
	if e.Error != "" {
		text = inert.String(e.Error)
	}
	when := i18n.LocalTime(m.Lang, e.Time, m.opts.Now())
	return s.Muted.Render(ansi.Truncate(when+" · "+text, w, "…"))
}
