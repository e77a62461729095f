package response

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

// Searching the part of a large body that is not shown: it is on disk (the
// spill file), read chunk by chunk in commands, each answering with its
// progress, so that the search shows how far it got and Esc (or a new
// search) stops it. Every match there is a place n and N go to (see
// search_jump.go): the scan keeps where some of them start — every one
// while there are few, every second, fourth… as they grow — so that the
// view never holds more than spillMarks offsets whatever the body's size.

// spillChunk is how much of the spill file one command reads, and
// spillMarks how many match offsets the search keeps (variables so that
// tests can make them small).
var (
	spillChunk = 4 << 20
	spillMarks = 8192
)

// SpillSearchedMsg is the progress of a search through the spilled part.
type SpillSearchedMsg struct {
	ID     string
	Gen    int
	Query  string
	Offset int64 // the scan goes on from here (past the last match found)
	Total  int64 // the whole body's size
	Count  int   // matches found so far in the spilled part
	Marks  []int64
	Stride int // Marks are where the matches Stride·k (k = 0, 1…) found in this chunk start
	Done   bool
	Err    error
}

// spillSearch is the state of a search through the spilled part.
type spillSearch struct {
	query  string
	offset int64
	total  int64
	count  int
	marks  []int64 // where matches 0, stride, 2·stride… start
	stride int
	done   bool
	err    error
	cancel context.CancelFunc
}

// scanning reports whether the count may still grow.
func (sp *spillSearch) scanning() bool { return sp != nil && !sp.done }

// spillScan is one chunk's search: the matches of query (smart case)
// starting in buf[:limit], non-overlapping, from from on. It calls found
// with each one's position in buf and returns where the scan goes on.
func spillScan(buf []byte, limit, from int, query string, fold bool, found func(at int) bool) int {
	q := []byte(query)
	for off := from; off < limit; {
		i := indexBytes(buf[off:], q, fold)
		if i < 0 || off+i >= limit {
			return max(off, limit)
		}
		if !found(off + i) {
			return off + i
		}
		off += i + len(query)
		if off > limit {
			return off
		}
	}
	return limit
}

// spillSearchCmd reads the chunk of path at offset and counts the matches
// of query that start in it (reading len(query)-1 bytes more, so that a
// match across two chunks is counted once), noting where every
// stride-th match (by its number in the whole spilled part) starts.
func spillSearchCmd(ctx context.Context, id string, gen int, path, query string, fold bool, offset, total int64, count, stride int) tea.Cmd {
	return func() tea.Msg {
		msg := SpillSearchedMsg{ID: id, Gen: gen, Query: query, Offset: offset, Total: total, Count: count, Stride: stride}
		if err := ctx.Err(); err != nil {
			msg.Err, msg.Done = err, true
			return msg
		}
		f, err := os.Open(path)
		if err != nil {
			msg.Err, msg.Done = err, true
			return msg
		}
		defer f.Close()
		buf := make([]byte, spillChunk+len(query)-1)
		n, err := f.ReadAt(buf, offset)
		eof := errors.Is(err, io.EOF)
		if err != nil && !eof {
			msg.Err, msg.Done = err, true
			return msg
		}
		limit := min(spillChunk, n) // matches must start in this chunk
		next := spillScan(buf[:n], limit, 0, query, fold, func(at int) bool {
			if msg.Count%msg.Stride == 0 {
				msg.Marks = append(msg.Marks, offset+int64(at))
				if len(msg.Marks) > spillMarks { // keep every other one
					msg.Marks = thinMarks(msg.Marks, msg.Count/msg.Stride-len(msg.Marks)+1, 2)
					msg.Stride *= 2
				}
			}
			msg.Count++
			return true
		})
		msg.Offset = offset + int64(next)
		msg.Done = msg.Offset >= total || (eof && next >= n)
		return msg
	}
}

// indexBytes is index on bytes: where q first occurs in b, ignoring
// ASCII case when fold is set, or -1. Ignoring case, it goes from one
// place the first byte of q occurs (in either case) to the next, each
// found with bytes.IndexByte, so a chunk is not read a byte at a time.
func indexBytes(b, q []byte, fold bool) int {
	if !fold || len(q) == 0 {
		return bytes.Index(b, q)
	}
	lo, up := lower(q[0]), upperASCII(q[0])
	next := func(c byte, from int) int { // where c occurs from from on, len(b) if nowhere
		if i := bytes.IndexByte(b[from:], c); i >= 0 {
			return from + i
		}
		return len(b)
	}
	nlo, nup := next(lo, 0), len(b)
	if up != lo {
		nup = next(up, 0)
	}
	for {
		i := min(nlo, nup)
		if i+len(q) > len(b) {
			return -1
		}
		if equalFold(b[i:i+len(q)], q) {
			return i
		}
		if nlo == i {
			nlo = next(lo, i+1)
		}
		if nup == i {
			nup = next(up, i+1)
		}
	}
}

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// equalFold reports whether a and b are equal ignoring ASCII case.
func equalFold(a, b []byte) bool {
	for i := range a {
		if lower(a[i]) != lower(b[i]) {
			return false
		}
	}
	return true
}

// thinMarks keeps the marks whose number (first, first+1… for the
// marks given) is a multiple of by.
func thinMarks(marks []int64, first, by int) []int64 {
	out := marks[:0]
	for i, off := range marks {
		if (first+i)%by == 0 {
			out = append(out, off)
		}
	}
	return out
}

// startSpillSearch begins counting query in the part of the body not
// shown, when there is one on disk (and the body, not a jq filter's
// output, is shown).
func (m *Model) startSpillSearch(query string) tea.Cmd {
	m.stopSpillSearch()
	r := m.resp
	if r == nil || !r.Truncated || r.SpillPath == "" || query == "" || m.jq != "" {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	start := max(int64(len(r.Body))-int64(len(query))+1, 0)
	m.spill = &spillSearch{query: query, offset: start, total: r.BodySize, stride: 1, cancel: cancel}
	return spillSearchCmd(ctx, m.opts.ID, m.gen, r.SpillPath, query, m.fold, start, r.BodySize, 0, 1)
}

// stopSpillSearch cancels a search of the spilled part and forgets it,
// with any match of it on screen.
func (m *Model) stopSpillSearch() {
	if m.spill != nil && m.spill.cancel != nil {
		m.spill.cancel()
	}
	m.spill = nil
	m.leaveWindow()
}

// spillSearched keeps the progress and reads the next chunk.
func (m Model) spillSearched(msg SpillSearchedMsg) (Model, tea.Cmd) {
	sp := m.spill
	if sp == nil || msg.ID != m.opts.ID || msg.Gen != m.gen || msg.Query != sp.query || m.resp == nil {
		return m, nil
	}
	sp.addMarks(msg.Marks, msg.Stride, sp.count)
	sp.offset, sp.count, sp.err = msg.Offset, msg.Count, msg.Err
	if msg.Done {
		sp.done = true
		sp.cancel()
		jump := m.pendingJump()
		return m, jump
	}
	ctx, cancel := context.WithCancel(context.Background())
	sp.cancel()
	sp.cancel = cancel
	next := spillSearchCmd(ctx, m.opts.ID, m.gen, m.resp.SpillPath, sp.query, m.fold, msg.Offset, sp.total, msg.Count, sp.stride)
	jump := m.pendingJump() // before m is returned: it changes m
	return m, tea.Batch(next, jump)
}

// addMarks adds the marks of a chunk whose first match is number from,
// kept every stride; the coarser of the two strides wins, and the marks
// are thinned again when they pass spillMarks.
func (sp *spillSearch) addMarks(marks []int64, stride, from int) {
	if len(marks) == 0 {
		return
	}
	if stride > sp.stride {
		sp.marks = thinMarks(sp.marks, 0, stride/sp.stride)
		sp.stride = stride
	}
	first := (from + stride - 1) / stride // the number, in stride steps, of marks[0]
	if stride < sp.stride {
		marks = thinMarks(marks, first, sp.stride/stride)
	}
	sp.marks = append(sp.marks, marks...)
	for len(sp.marks) > spillMarks {
		sp.marks = thinMarks(sp.marks, 0, 2)
		sp.stride *= 2
	}
}
