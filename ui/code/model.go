// Package code is the TUI's Code view: the profile's client program (see
// package codegen) in a language the user picks, highlighted by chroma,
// scrollable, and copied to the clipboard with one key. The Flow's last
// step and the Request tab open it for the request they show.
package code

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/codegen"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/response"
)

// Options configures the view.
type Options struct {
	ID     string             // the profile; messages carry it back
	Colors response.ColorMode // how the program is coloured (ColorAuto: the terminal's)
	IsDark bool               // the terminal's background is dark
	// ConfigPath is the profiles file the shell program passes to
	// tokentui token with --config; "" for the default file.
	ConfigPath string
}

// GeneratedMsg carries a program, written and highlighted in a command.
type GeneratedMsg struct {
	ID      string
	Gen     int
	Src     string   // the program, as copied
	Lines   []string // the program as shown: tabs expanded
	Colored []string // Lines coloured; nil when not coloured
	Err     error
}

// Model is the Code view of one profile.
type Model struct {
	common.Common
	opts    Options
	keys    KeyMap
	focused bool
	open    bool

	profile profiles.Profile
	spec    requests.Spec // the request; its URL "" means the profile's default
	lang    int           // index in codegen.Languages()
	gen     int

	src     string
	lines   []string
	colored []string
	err     error
	top     int    // first line shown
	flash   string // what the last copy did
}

// New builds a closed Code view.
func New(c common.Common, opts Options) Model {
	return Model{Common: c, opts: opts, keys: KeyMapIn(c.Lang)}
}

// KeyMap is the view's bindings.
func (m Model) KeyMap() KeyMap { return m.keys }

// IsOpen reports whether the view is shown.
func (m Model) IsOpen() bool { return m.open }

// Language is the language shown.
func (m Model) Language() codegen.Language { return codegen.Languages()[m.lang] }

// Source is the program shown ("" while it is being written).
func (m Model) Source() string { return m.src }

// Focus gives the view the keyboard.
func (m *Model) Focus() { m.focused = true }

// Blur takes the keyboard away.
func (m *Model) Blur() { m.focused = false }

// SetSize sets the inner size.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	m.clamp()
}

// Open shows the program of profile p for spec (a URL relative to the
// profile's api_base_url, an absolute one, or "" for the profile's
// default request) and starts writing it.
func (m *Model) Open(p profiles.Profile, spec requests.Spec) tea.Cmd {
	m.open, m.profile, m.spec, m.flash = true, p, spec, ""
	return m.generate()
}

// Close hides the view.
func (m *Model) Close() { m.open = false }

func (m *Model) generate() tea.Cmd {
	m.gen++
	m.src, m.lines, m.colored, m.err, m.top = "", nil, nil, nil, 0
	return generateCmd(m.opts, m.gen, m.Language(), m.profile, m.spec, m.Lang)
}

// generateCmd writes and colours the program: the work View must not do.
func generateCmd(opts Options, gen int, lang codegen.Language, p profiles.Profile, spec requests.Spec, ui i18n.Lang) tea.Cmd {
	return func() tea.Msg {
		msg := GeneratedMsg{ID: opts.ID, Gen: gen}
		spec, err := resolve(p, spec)
		if err == nil {
			in := codegen.FromProfile(p, spec, i18n.CodeComments(ui))
			in.ConfigPath = opts.ConfigPath
			msg.Src, err = codegen.Generate(lang, in)
		}
		if err != nil {
			msg.Err = err
			return msg
		}
		msg.Lines = strings.Split(strings.ReplaceAll(strings.TrimRight(msg.Src, "\n"), "\t", "    "), "\n")
		msg.Colored = response.HighlightLines(msg.Lines, lexerNamed(lang.Lexer()), opts.Colors, opts.IsDark)
		return msg
	}
}

// resolve is the request the program makes: spec as typed (method,
// headers, body) with its URL resolved against the profile's API, or the
// profile's default request when spec has no URL.
func resolve(p profiles.Profile, spec requests.Spec) (requests.Spec, error) {
	target := strings.TrimSpace(spec.URL)
	if target == "" {
		return codegen.RequestFor(p, "")
	}
	u, err := requests.Resolve(p.APIBaseURL, target)
	if errors.Is(err, requests.ErrNoBaseURL) {
		return requests.Spec{}, errors.Join(codegen.ErrNoRequestURL, err)
	}
	spec.URL = u
	return spec, err
}

// Update handles the program's arrival, the clipboard's answer and, when
// focused, keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case GeneratedMsg:
		if msg.ID != m.opts.ID || msg.Gen != m.gen {
			return m, nil
		}
		m.src, m.lines, m.colored, m.err = msg.Src, msg.Lines, msg.Colored, msg.Err
		m.clamp()
	case common.ClipboardMsg:
		if msg.ID == m.copyID() {
			m.flash = msg.CopiedText(m.Lang)
		}
	case tea.KeyMsg:
		if m.focused && m.open {
			return m.key(msg)
		}
	}
	return m, nil
}

func (m Model) copyID() string { return "code:" + m.opts.ID }

func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	n := len(codegen.Languages())
	switch {
	case key.Matches(msg, k.Close):
		m.open = false
	case key.Matches(msg, k.NextLang):
		m.lang, m.flash = (m.lang+1)%n, ""
		return m, m.generate()
	case key.Matches(msg, k.PrevLang):
		m.lang, m.flash = (m.lang+n-1)%n, ""
		return m, m.generate()
	case key.Matches(msg, k.Copy):
		if m.src == "" {
			return m, nil
		}
		return m, common.CopyCmd(m.copyID(), m.T(i18n.CodeWhat, m.Language().Title()), m.src)
	case key.Matches(msg, k.Up):
		m.top--
	case key.Matches(msg, k.Down):
		m.top++
	case key.Matches(msg, k.PageUp):
		m.top -= m.codeHeight()
	case key.Matches(msg, k.PageDown):
		m.top += m.codeHeight()
	case key.Matches(msg, k.Top):
		m.top = 0
	case key.Matches(msg, k.Bottom):
		m.top = len(m.lines)
	default:
		if r := msg.Runes; len(r) == 1 && r[0] >= '1' && int(r[0]-'1') < n {
			m.lang, m.flash = int(r[0]-'1'), ""
			return m, m.generate()
		}
	}
	m.clamp()
	return m, nil
}

// clamp keeps the first line shown within the program.
func (m *Model) clamp() {
	m.top = min(m.top, len(m.lines)-m.codeHeight())
	m.top = max(m.top, 0)
}

// headerLines is how many lines the title, the picker and the note take.
const headerLines = 3

// codeHeight is how many lines of the program fit.
func (m Model) codeHeight() int { return max(m.Height-headerLines, 1) }

// errText is the sentence for a program that could not be written.
func (m Model) errText() string {
	switch {
	case errors.Is(m.err, codegen.ErrNoRequestURL):
		return m.T(i18n.CodeErrNoRequestText)
	case errors.Is(m.err, codegen.ErrNoTokenEndpoint):
		return m.T(i18n.CodeErrNoEndpoint)
	}
	return m.err.Error()
}
