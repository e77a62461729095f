package response

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/text/i18n"
)

// Going to a match in the part of the body on disk: n and N number the
// matches of the body shown, then those on disk, and wrap around. A match
// on disk is found from the nearest offset the search kept (or the match
// on screen), in a command that reads the file a chunk at a time and can
// be cancelled; then the window of the body around it, spillWindow bytes,
// is read and shown in place of the body until the next match in memory,
// g, G or esc. The view holds one window at a time, never more.

// spillWindow is how much of the body on disk is shown around a match.
var spillWindow = 64 << 10

// errMatchGone: the match the search counted is not in the file any more.
var errMatchGone = errors.New("the match is no longer in the file")

// diskWindow is the part of the body on disk shown around one of its
// matches.
type diskWindow struct {
	index int      // the match's number among those on disk
	at    int64    // where it starts in the body
	lines []string // the window, inert, as the body's lines are
	line  int      // the line the match is on
	size  int      // the bytes lines hold
}

// diskJump is a move to a match on disk under way: waiting for the search
// to reach it, or reading its window.
type diskJump struct {
	target int  // the match's number among all (-1: the last, once known)
	wait   bool // the search of the part on disk has not counted it yet
	cancel context.CancelFunc
}

// WindowMsg carries the part of the body on disk around a match.
type WindowMsg struct {
	ID    string
	Gen   int
	Query string
	Index int   // the match's number among those on disk
	At    int64 // where it starts in the body
	Lines []string
	Line  int // the line it is on
	Err   error
}

// locateCmd finds the match skip matches after the one starting at from
// (from itself when skip is 0), counting as the search does, and reads the
// window around it.
func locateCmd(ctx context.Context, id string, gen int, path, query string, fold bool, from int64, skip, index int, total int64) tea.Cmd {
	return func() tea.Msg {
		msg := WindowMsg{ID: id, Gen: gen, Query: query, Index: index}
		f, err := os.Open(path)
		if err != nil {
			msg.Err = err
			return msg
		}
		defer f.Close()
		at, err := findMatch(ctx, f, query, fold, from, skip, total)
		if err != nil {
			msg.Err = err
			return msg
		}
		msg.At = at
		msg.Lines, msg.Line, msg.Err = readWindow(f, at, len(query), total)
		return msg
	}
}

// findMatch is where the skip-th match after the one at from starts.
func findMatch(ctx context.Context, r io.ReaderAt, query string, fold bool, from int64, skip int, total int64) (int64, error) {
	if skip == 0 {
		return from, nil
	}
	buf := make([]byte, spillChunk+len(query)-1)
	pos := from + int64(len(query))
	for pos < total {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		n, err := r.ReadAt(buf, pos)
		eof := errors.Is(err, io.EOF)
		if err != nil && !eof {
			return 0, err
		}
		hit := int64(-1)
		limit := min(spillChunk, n)
		next := spillScan(buf[:n], limit, 0, query, fold, func(at int) bool {
			skip--
			if skip == 0 {
				hit = pos + int64(at)
				return false
			}
			return true
		})
		if hit >= 0 {
			return hit, nil
		}
		if eof && next >= n {
			break
		}
		pos += int64(next)
	}
	return 0, errMatchGone
}

// readWindow reads about spillWindow bytes around the match at at, cut at
// line ends where there are some, and returns them as the body's lines
// and the line the match is on.
func readWindow(r io.ReaderAt, at int64, qlen int, total int64) ([]string, int, error) {
	start := max(at-int64(spillWindow/2), 0)
	end := min(start+int64(spillWindow), total)
	start = max(min(start, end-int64(spillWindow)), 0)
	buf := make([]byte, end-start)
	n, err := r.ReadAt(buf, start)
	if err != nil && !(errors.Is(err, io.EOF) && n == len(buf)) {
		return nil, 0, err
	}
	rel := int(at - start)
	if start > 0 { // begin on a line, else on a character
		cut := bytes.IndexByte(buf[:rel], '\n') + 1
		if cut == 0 {
			for cut < rel && !utf8.RuneStart(buf[cut]) {
				cut++
			}
		}
		buf, rel = buf[cut:], rel-cut
	}
	if end < total { // end with a line, else with a character
		tail := min(rel+qlen, len(buf))
		if i := bytes.LastIndexByte(buf[tail:], '\n'); i >= 0 {
			buf = buf[:tail+i]
		} else {
			cut := len(buf)
			for cut > tail && !utf8.RuneStart(buf[cut-1]) {
				cut--
			}
			if cut > tail && buf[cut-1] >= utf8.RuneSelf {
				cut-- // the start of a character cut short
			}
			buf = buf[:cut]
		}
	}
	// A match far into a long line (a minified body is one line) starts a
	// piece of it, a little before the match, so that it shows unwrapped.
	cut := bytes.LastIndexByte(buf[:rel], '\n') + 1
	if rel-cut > matchLead {
		cut = rel - matchLead
		for cut > 0 && !utf8.RuneStart(buf[cut]) {
			cut--
		}
	}
	var lines []string // the lines before the match's (or its piece)
	switch {
	case cut > 0 && buf[cut-1] == '\n': // whole lines, blank ones kept
		lines = bodyLines(string(buf[:cut]) + "x")
		lines = lines[:len(lines)-1]
	case cut > 0: // the start of a long line
		lines = bodyLines(string(buf[:cut]))
	}
	line := len(lines)
	lines = append(lines, bodyLines(string(buf[cut:]))...)
	line = max(min(line, len(lines)-1), 0)
	lines, line = trimLines(lines, line, spillWindow)
	return lines, line, nil
}

// matchLead is how much of a long line a match on disk is shown after.
const matchLead = 24

// trimLines drops lines from the ends, the one farther from line first,
// until they hold at most limit bytes (tabs made spaces and control
// characters made visible can make the lines longer than the bytes read);
// it returns them and line's new index.
func trimLines(lines []string, line, limit int) ([]string, int) {
	size := linesSize(lines)
	if size <= limit {
		return lines, line
	}
	for size > limit && len(lines) > 1 {
		if line > len(lines)-1-line {
			size -= len(lines[0]) + 1
			lines, line = lines[1:], line-1
		} else {
			size -= len(lines[len(lines)-1]) + 1
			lines = lines[:len(lines)-1]
		}
	}
	// A copy, so that what was dropped is not held through the lines.
	return strings.Split(strings.Join(lines, "\n"), "\n"), line
}

// linesSize is the bytes lines hold, a newline each.
func linesSize(lines []string) int {
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	return n
}

// matchCount is how many matches the search found so far, in the body
// shown and on disk.
func (m Model) matchCount() int {
	n := len(m.matches)
	if m.spill != nil {
		n += m.spill.count
	}
	return n
}

// body is the lines the body view shows: a window of the part on disk,
// else the body.
func (m Model) body() []string {
	if m.win != nil {
		return m.win.lines
	}
	return m.lines
}

// currentLine is the line of the body shown that holds the current match,
// -1 when it is not there.
func (m Model) currentLine() int {
	mem := len(m.matches)
	switch {
	case m.win != nil && m.current-mem == m.win.index:
		return m.win.line
	case m.win == nil && m.current >= 0 && m.current < mem:
		return m.matches[m.current]
	}
	return -1
}

// step moves to the next (+1) or previous (-1) match, wrapping around;
// past the last match counted while the search of the part on disk goes
// on, it waits for the search (the view says so).
func (m *Model) step(d int) tea.Cmd {
	if m.query == "" || m.searching {
		return nil
	}
	total, scanning := m.matchCount(), m.spill.scanning()
	if total == 0 && !scanning {
		return nil
	}
	m.view = ViewBody
	t := m.current + d
	if m.current < 0 && d > 0 {
		t = 0
	}
	switch {
	case t >= total && scanning:
		return m.waitFor(t)
	case t >= total:
		t = 0
	case t < 0 && scanning:
		return m.waitFor(-1)
	case t < 0:
		t = total - 1
	}
	return m.goTo(t)
}

// waitFor notes a match the search has not counted yet (-1: the last) to
// go to when it has.
func (m *Model) waitFor(t int) tea.Cmd {
	m.stopJump()
	m.jump = &diskJump{target: t, wait: true}
	return nil
}

// pendingJump goes to the match waited for once the search counted it
// (or, past the last, to the first once the search ended).
func (m *Model) pendingJump() tea.Cmd {
	j := m.jump
	if j == nil || !j.wait || m.searching {
		return nil
	}
	total, scanning := m.matchCount(), m.spill.scanning()
	switch {
	case j.target >= 0 && j.target < total:
		return m.goTo(j.target)
	case scanning:
		return nil
	case total == 0:
		m.jump = nil
		return nil
	case j.target < 0:
		return m.goTo(total - 1)
	}
	return m.goTo(0)
}

// goTo shows match t: in the body shown, or in a window read from disk.
func (m *Model) goTo(t int) tea.Cmd {
	m.stopJump()
	m.current = t
	mem := len(m.matches)
	if t < mem {
		m.leaveWindow()
		m.reveal()
		return nil
	}
	sp := m.spill
	j := t - mem
	if sp == nil || len(sp.marks) == 0 || m.resp == nil {
		return nil
	}
	if w := m.win; w != nil && w.index == j {
		m.revealLine(w.line)
		return nil
	}
	k := min(j/sp.stride, len(sp.marks)-1)
	from, skip := sp.marks[k], j-k*sp.stride
	if w := m.win; w != nil && w.index < j && j-w.index < skip {
		from, skip = w.at, j-w.index
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.jump = &diskJump{target: t, cancel: cancel}
	return locateCmd(ctx, m.opts.ID, m.gen, m.resp.SpillPath, sp.query, m.fold, from, skip, j, sp.total)
}

// windowRead shows the window around a match on disk, if it is still the
// one to go to.
func (m Model) windowRead(msg WindowMsg) (Model, tea.Cmd) {
	sp, j := m.spill, m.jump
	if sp == nil || j == nil || j.wait || msg.ID != m.opts.ID || msg.Gen != m.gen || msg.Query != sp.query ||
		j.target != len(m.matches)+msg.Index {
		return m, nil
	}
	m.stopJump()
	if msg.Err != nil {
		m.setNote(m.T(i18n.ResponseSpillFailed, msg.Err.Error()), true)
		return m, nil
	}
	if m.win == nil {
		m.bodyOffset = m.offset[ViewBody]
	}
	m.win = &diskWindow{index: msg.Index, at: msg.At, lines: msg.Lines, line: msg.Line, size: linesSize(msg.Lines)}
	m.view = ViewBody
	m.offset[ViewBody] = -1 // so that revealLine scrolls
	m.revealLine(msg.Line)
	return m, nil
}

// stopJump cancels a move to a match on disk.
func (m *Model) stopJump() {
	if m.jump != nil && m.jump.cancel != nil {
		m.jump.cancel()
	}
	m.jump = nil
}

// leaveWindow goes back from a window of the part on disk to the body,
// where it was.
func (m *Model) leaveWindow() {
	m.stopJump()
	if m.win != nil {
		m.win = nil
		m.offset[ViewBody] = m.bodyOffset
		m.clamp()
	}
}
