package response

import (
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/formatters"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"tokentui/requests"
	"tokentui/text/inert"
)

// The work done once per response, in commands, so that View only slices
// and styles the lines on screen.
const (
	// maxLineBytes cuts longer lines into pieces, so that no frame ever
	// measures or truncates a line of megabytes (a minified body is one line).
	maxLineBytes = 2048
	// highlightBudget is how much of the body is coloured. Chroma's JSON
	// lexer reads about 1 MB a second; past this the body is shown plain.
	highlightBudget = 1 << 20
	tabWidth        = 4
)

// ColorMode says which escape sequences colour the body.
type ColorMode int

// The colour modes. ColorAuto follows the terminal: lipgloss's colour
// profile, which is "none" when NO_COLOR is set.
const (
	ColorAuto ColorMode = iota
	ColorNone
	Color16
	Color256
	ColorTrue
)

// detectColors turns ColorAuto into the terminal's mode.
func detectColors(m ColorMode) ColorMode {
	if m != ColorAuto {
		return m
	}
	switch lipgloss.ColorProfile() {
	case termenv.TrueColor:
		return ColorTrue
	case termenv.ANSI256:
		return Color256
	case termenv.ANSI:
		return Color16
	}
	return ColorNone
}

// formatter is chroma's terminal formatter for a mode; nil means no colour.
func formatter(m ColorMode) chroma.Formatter {
	switch m {
	case ColorTrue:
		return formatters.TTY16m
	case Color256:
		return formatters.TTY256
	case Color16:
		return formatters.TTY16
	}
	return nil
}

// PreparedMsg carries the body of a response as inert plain lines.
type PreparedMsg struct {
	ID     string
	Gen    int
	Lines  []string
	Hidden int // control characters and escape-sequence bytes removed from the body
}

// HighlightedMsg carries the first lines of the body coloured by chroma,
// one string per line of PreparedMsg.Lines (as many as the budget allowed).
type HighlightedMsg struct {
	ID    string
	Gen   int
	Lines []string
}

// prepareCmd pretty-prints the body, makes it inert and cuts it into lines.
func prepareCmd(id string, gen int, resp *requests.Response) tea.Cmd {
	return func() tea.Msg {
		text := resp.Pretty()
		clean := inert.String(text)
		hidden := utf8.RuneCountInString(text) - utf8.RuneCountInString(clean)
		return PreparedMsg{ID: id, Gen: gen, Lines: bodyLines(clean), Hidden: max(hidden, 0)}
	}
}

// bodyLines makes text inert, expands tabs and splits it into lines of at
// most maxLineBytes.
func bodyLines(text string) []string {
	text = inert.String(text)
	if strings.Contains(text, "\t") {
		text = strings.ReplaceAll(text, "\t", strings.Repeat(" ", tabWidth))
	}
	text = strings.TrimRight(text, "\n")
	if text == "" {
		return nil
	}
	raw := strings.Split(text, "\n")
	long := false
	for _, l := range raw {
		if len(l) > maxLineBytes {
			long = true
			break
		}
	}
	if !long {
		return raw
	}
	out := make([]string, 0, len(raw)+len(raw)/8)
	for _, l := range raw {
		for len(l) > maxLineBytes {
			cut := maxLineBytes
			for cut > 0 && !utf8.RuneStart(l[cut]) {
				cut--
			}
			out = append(out, l[:cut])
			l = l[cut:]
		}
		out = append(out, l)
	}
	return out
}

// highlightCmd colours the first lines of the body (up to highlightBudget
// bytes) with chroma's lexer for the response's type and the formatter of
// the colour mode. It returns nil when there is nothing to colour.
func highlightCmd(id string, gen int, lines []string, lexer chroma.Lexer, f chroma.Formatter, style *chroma.Style) tea.Cmd {
	if lexer == nil || f == nil || len(lines) == 0 {
		return nil
	}
	return func() tea.Msg {
		return HighlightedMsg{ID: id, Gen: gen, Lines: highlight(lines, lexer, f, style)}
	}
}

// highlight colours lines as a whole text and splits the result back into
// lines; nil if the result does not line up with the input.
func highlight(lines []string, lexer chroma.Lexer, f chroma.Formatter, style *chroma.Style) []string {
	n, size := 0, 0
	for n < len(lines) && size+len(lines[n]) < highlightBudget {
		size += len(lines[n]) + 1
		n++
	}
	if n == 0 {
		return nil
	}
	it, err := lexer.Tokenise(nil, strings.Join(lines[:n], "\n"))
	if err != nil {
		return nil
	}
	var b strings.Builder
	b.Grow(size * 3)
	if err := f.Format(&b, style, it); err != nil {
		return nil
	}
	out := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(out) != n {
		return nil
	}
	return out
}

// lexerFor picks chroma's lexer for a response: JSON when the body is JSON,
// else by media type; nil when there is none.
func lexerFor(resp *requests.Response) chroma.Lexer {
	var l chroma.Lexer
	switch {
	case resp.IsJSON:
		l = lexerNamed("json")
	case resp.ContentType != "":
		l = lexerForMimeType(resp.ContentType)
	}
	if l == nil {
		return nil
	}
	return chroma.Coalesce(l)
}

// chromaStyle is the colour scheme for a dark or a light background.
func chromaStyle(isDark bool) *chroma.Style {
	if isDark {
		return styleNamed("github-dark")
	}
	return styleNamed("github")
}
