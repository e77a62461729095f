// Package response shows the answer to a request: its status coloured by
// class, time and size, and three views — the body (pretty-printed,
// highlighted once when it arrives, scrollable and searchable), the
// headers and the timings. Everything from the server is made inert first.
package response

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/alecthomas/chroma/v2"
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// Options configure a response view.
type Options struct {
	ID     string    // whose response it is (the profile); messages carry it back
	Colors ColorMode // how to colour the body; ColorAuto follows the terminal
	IsDark bool      // the terminal's background is dark (picks chroma's scheme)
	Now    func() time.Time
}

// View is one of the response's three views.
type View int

// The views, in the order of their keys.
const (
	ViewBody View = iota
	ViewHeaders
	ViewTiming
	viewCount
)

var viewNames = [viewCount]i18n.Key{i18n.ResponseViewBody, i18n.ResponseViewHeaders, i18n.ResponseViewTiming}

// Model is the response view of one request pane.
type Model struct {
	common.Common
	opts    Options
	keys    KeyMap
	focused bool

	resp *requests.Response
	expl *auth.Explanation // the 401/403 challenge explained in the pane's language
	gen  int               // bumps with every response; older results are dropped
	view View

	lines       []string // the body: inert plain lines
	colored     []string // chroma's output for lines[:len(colored)]
	preparing   bool
	highlighted bool
	lexer       chroma.Lexer
	format      chroma.Formatter
	scheme      *chroma.Style

	side   [viewCount][]string // Headers and Timing, styled on arrival
	offset [viewCount]int
	wrap   bool

	prompt     textinput.Model // the search or save-as field
	prompting  promptKind
	query      string
	hidden     int          // control characters removed from the body shown (the note says so)
	spill      *spillSearch // the search through the part of the body on disk only
	win        *diskWindow  // the part on disk around its current match, shown instead of the body
	jump       *diskJump    // a move to a match on disk under way
	fold       bool
	matches    []int // body lines holding the query
	current    int   // the current match: an index into matches, then those on disk; -1 for none
	searching  bool
	jq         string // the jq filter the body is shown through, "" for none
	bodyOffset int    // the body's top line while a window of the part on disk is shown
	note       string // one line of feedback: "saved to …", "no match"
	noteBad    bool

	on, off string // the match style's escape sequences
}

type promptKind int

const (
	promptNone promptKind = iota
	promptSearch
	promptSave
	promptJQ
)

// New returns an empty response view.
func New(c common.Common, opts Options) Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	opts.Colors = detectColors(opts.Colors)
	in := textinput.New()
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Prompt = ""
	m := Model{Common: c, opts: opts, keys: KeyMapIn(c.Lang), prompt: in,
		format: formatter(opts.Colors), scheme: chromaStyle(opts.IsDark)}
	if c.Styles != nil {
		m.on, m.off = escapes(c.Styles.Match.Render("x"))
		m.prompt.TextStyle = c.Styles.Value
	}
	return m
}

// escapes splits a style's rendering of "x" into what comes before and after.
func escapes(rendered string) (string, string) {
	for i := 0; i < len(rendered); i++ {
		if rendered[i] == 'x' {
			return rendered[:i], rendered[i+1:]
		}
	}
	return "", ""
}

// SetResponse shows a new response (nil clears the view) and returns the
// command that prepares its body.
func (m *Model) SetResponse(resp *requests.Response) tea.Cmd {
	m.gen++
	m.resp = resp
	m.lines, m.colored = nil, nil
	m.hidden = 0
	m.offset = [viewCount]int{}
	m.clearSearch()
	m.prompting = promptNone
	m.note = ""
	m.jq = ""
	m.highlighted = false
	m.preparing = resp != nil
	m.expl = explanation(m.Lang, resp)
	if resp == nil {
		m.side = [viewCount][]string{}
		return nil
	}
	m.lexer = lexerFor(resp)
	m.side[ViewHeaders] = m.headerLines()
	m.side[ViewTiming] = m.timingLines()
	return prepareCmd(m.opts.ID, m.gen, resp)
}

// explanation is the response's 401/403 explained in lang, nil when the
// requests package found nothing to explain.
func explanation(lang i18n.Lang, resp *requests.Response) *auth.Explanation {
	if resp == nil || resp.Explanation == nil {
		return nil
	}
	var ch auth.Challenge
	if resp.Challenge != nil {
		ch = *resp.Challenge
	}
	e := i18n.ExplainChallenge(lang, ch)
	return &e
}

// Response is the response on screen, if any.
func (m Model) Response() *requests.Response { return m.resp }

// Lines is the body as shown, plain (for tests and search).
func (m Model) Lines() []string { return m.lines }

// Ready reports whether the body is prepared (and highlighted, when it
// gets colours).
func (m Model) Ready() bool { return m.resp != nil && !m.preparing }

// KeyMap returns the bindings, for the help screen.
func (m Model) KeyMap() KeyMap {
	k := m.keys
	k.prompting = m.prompting
	return k
}

// Focus gives the view the keyboard.
func (m *Model) Focus() { m.focused = true }

// Blur takes the keyboard away (and closes a prompt).
func (m *Model) Blur() {
	m.focused = false
	m.prompting = promptNone
	m.prompt.Blur()
}

// Focused reports whether the view has the keyboard.
func (m Model) Focused() bool { return m.focused }

// Editing reports whether a prompt (search, save as) takes every key.
func (m Model) Editing() bool { return m.prompting != promptNone }

// SetSize sets the size the view draws in.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	m.prompt.Width = max(w-4, 1)
	m.clamp()
}

// Update handles this view's results and, when focused, keys and the mouse.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case PreparedMsg:
		if msg.ID != m.opts.ID || msg.Gen != m.gen {
			return m, nil
		}
		m.lines = msg.Lines
		m.hidden = msg.Hidden
		m.preparing = false
		m.clamp()
		return m, highlightCmd(m.opts.ID, m.gen, m.lines, m.lexer, m.format, m.scheme)
	case HighlightedMsg:
		if msg.ID != m.opts.ID || msg.Gen != m.gen {
			return m, nil
		}
		m.colored = msg.Lines
		m.highlighted = true
		return m, nil
	case SearchedMsg:
		if msg.ID != m.opts.ID || msg.Gen != m.gen || msg.Query != m.query {
			return m, nil
		}
		m.searching = false
		m.matches = msg.Matches
		if len(m.matches) == 0 {
			m.current = -1
			if m.spill == nil { // else the part on disk may hold it: the first one there is shown
				m.setNote(m.T(i18n.ResponseNoMatch, msg.Query), true)
				return m, nil
			}
			m.jump = &diskJump{target: 0, wait: true}
			jump := m.pendingJump() // before m is returned: it changes m
			return m, jump
		}
		m.current = 0
		for i, l := range m.matches { // the first match at or below the top line
			if l >= m.offset[ViewBody] {
				m.current = i
				break
			}
		}
		m.reveal()
		jump := m.pendingJump()
		return m, jump
	case SpillSearchedMsg:
		return m.spillSearched(msg)
	case WindowMsg:
		return m.windowRead(msg)
	case JQMsg:
		return m.jqDone(msg)
	case SavedMsg:
		if msg.ID != m.opts.ID {
			return m, nil
		}
		if msg.Err != nil {
			m.setNote(m.T(i18n.ResponseSaveFailed, msg.Err), true)
		} else {
			m.setNote(m.T(i18n.ResponseSavedTo, msg.Path), false)
		}
		return m, nil
	case tea.MouseMsg:
		if m.resp == nil {
			return m, nil
		}
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			m.scroll(-3)
		case tea.MouseButtonWheelDown:
			m.scroll(3)
		}
		return m, nil
	case tea.KeyMsg:
		if !m.focused {
			return m, nil
		}
		if m.prompting != promptNone {
			return m.promptKey(msg)
		}
		m.note = ""
		return m.key(msg)
	}
	return m, nil
}

func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	if m.resp == nil {
		return m, nil
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Body):
		m.view = ViewBody
	case key.Matches(msg, k.Headers):
		m.view = ViewHeaders
	case key.Matches(msg, k.Timing):
		m.view = ViewTiming
	case key.Matches(msg, k.Up):
		m.scroll(-1)
	case key.Matches(msg, k.Down):
		m.scroll(1)
	case key.Matches(msg, k.PageUp):
		m.scroll(-max(m.bodyHeight()-1, 1))
	case key.Matches(msg, k.PageDown):
		m.scroll(max(m.bodyHeight()-1, 1))
	case key.Matches(msg, k.Top):
		if m.view == ViewBody {
			m.leaveWindow()
		}
		m.offset[m.view] = 0
	case key.Matches(msg, k.Bottom):
		if m.view == ViewBody {
			m.leaveWindow()
		}
		m.offset[m.view] = m.maxOffset()
	case key.Matches(msg, k.Wrap):
		m.wrap = !m.wrap
		m.clamp()
	case key.Matches(msg, k.Search):
		m.view = ViewBody
		m.prompting = promptSearch
		m.prompt.SetValue("") // a fresh query, not one appended to the last
		m.prompt.CursorEnd()
		return m, m.prompt.Focus()
	case key.Matches(msg, k.Next):
		return m, m.step(1)
	case key.Matches(msg, k.Prev):
		return m, m.step(-1)
	case key.Matches(msg, k.Clear):
		m.clearSearch()
	case key.Matches(msg, k.JQ):
		return m.startJQ()
	case key.Matches(msg, k.Save):
		m.prompting = promptSave
		m.prompt.SetValue(m.defaultSavePath())
		m.prompt.CursorEnd()
		return m, m.prompt.Focus()
	}
	return m, nil
}

// promptKey edits the search or save-as field; Enter acts, Esc closes.
func (m Model) promptKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch msg.Type {
	case tea.KeyEsc:
		m.prompting = promptNone
		m.prompt.Blur()
		return m, nil
	case tea.KeyEnter:
		kind := m.prompting
		m.prompting = promptNone
		m.prompt.Blur()
		v := m.prompt.Value()
		if kind == promptJQ {
			return m.applyJQ(v)
		}
		if kind == promptSave {
			if v == "" {
				return m, nil
			}
			m.setNote(m.T(i18n.ResponseSaving), false)
			return m, saveCmd(m.opts.ID, m.resp, v)
		}
		m.clearSearch()
		if v == "" {
			return m, nil
		}
		m.query, m.fold, m.searching = v, !hasUpper(v), true
		return m, tea.Batch(searchCmd(m.opts.ID, m.gen, m.lines, v), m.startSpillSearch(v))
	}
	var cmd tea.Cmd
	m.prompt, cmd = m.prompt.Update(msg)
	return m, cmd
}

func (m *Model) clearSearch() {
	m.query, m.matches, m.current, m.searching, m.note = "", nil, -1, false, ""
	m.stopSpillSearch()
}

// reveal scrolls so that the current match in the body shows.
func (m *Model) reveal() {
	if m.current >= 0 && m.current < len(m.matches) {
		m.revealLine(m.matches[m.current])
	}
}

// revealLine scrolls so that line shows, a few lines from the top.
func (m *Model) revealLine(line int) {
	if h := m.bodyHeight(); line < m.offset[ViewBody] || line >= m.offset[ViewBody]+h {
		m.offset[ViewBody] = line - min(3, h/3)
	}
	m.clamp()
}

func (m *Model) scroll(d int) {
	m.offset[m.view] += d
	m.clamp()
}

func (m *Model) clamp() {
	for v := range viewCount {
		hi := m.maxOffsetOf(v)
		m.offset[v] = max(min(m.offset[v], hi), 0)
	}
}

func (m Model) maxOffset() int { return m.maxOffsetOf(m.view) }

// maxOffsetOf is the last top line that still fills the view. With
// wrapping on, a line may take several rows; the last line may then reach
// the top, which is good enough for reading.
func (m Model) maxOffsetOf(v View) int {
	n := len(m.side[v])
	if v == ViewBody {
		n = len(m.body())
	}
	if m.wrap && v == ViewBody {
		return max(n-1, 0)
	}
	return max(n-m.bodyHeight(), 0)
}

func (m *Model) setNote(s string, bad bool) { m.note, m.noteBad = s, bad }

// SavedMsg says where the body was saved, or why it could not be (Err is
// the file system's error; the view says what it means).
type SavedMsg struct {
	ID   string
	Path string
	Err  error
}

// saveCmd writes the whole body (the spill file's, when it was cut) to path.
func saveCmd(id string, resp *requests.Response, path string) tea.Cmd {
	return func() tea.Msg {
		if path == "~" || strings.HasPrefix(path, "~/") {
			if home, err := os.UserHomeDir(); err == nil {
				path = filepath.Join(home, strings.TrimPrefix(path[1:], "/"))
			}
		}
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		return SavedMsg{ID: id, Path: path, Err: resp.SaveBody(path)}
	}
}

// defaultSavePath proposes a file name in the user's download folder
// ($XDG_DOWNLOAD_DIR), else their home (~/), never the folder the TUI
// happened to start in. Only the environment is read: no I/O in Update.
func (m Model) defaultSavePath() string {
	ext := ".txt"
	if m.resp != nil && m.resp.IsJSON {
		ext = ".json"
	}
	name := "tokentui-body-" + m.opts.Now().Format("20060102-150405") + ext
	return filepath.Join(saveDir(os.Getenv), name)
}

// saveDir is where S proposes to save: $XDG_DOWNLOAD_DIR when set, with
// the home written as ~, else ~.
func saveDir(getenv func(string) string) string {
	home := getenv("HOME")
	dir := getenv("XDG_DOWNLOAD_DIR")
	if dir == "" {
		return "~"
	}
	if home != "" && (dir == home || strings.HasPrefix(dir, home+"/")) {
		return "~" + strings.TrimPrefix(dir, home)
	}
	return dir
}

// PromptValue is what the open prompt (search, save as, jq) holds.
func (m Model) PromptValue() string { return m.prompt.Value() }
