package response

import (
	"context"
	"errors"
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

// Searching the part of a large body that is not shown: it is on disk (the
// spill file), read chunk by chunk in commands, each answering with its
// progress, so that the search shows how far it got and Esc (or a new
// search) stops it. Only matches are counted there: those lines are not on
// screen to move to.

// spillChunk is how much of the spill file one command reads (a variable
// so that tests can make the chunks small).
var spillChunk = 4 << 20

// SpillSearchedMsg is the progress of a search through the spilled part.
type SpillSearchedMsg struct {
	ID     string
	Gen    int
	Query  string
	Offset int64 // read up to here
	Total  int64 // the whole body's size
	Count  int   // matches found so far in the spilled part
	Done   bool
	Err    error
}

// spillSearch is the state of a search through the spilled part.
type spillSearch struct {
	query  string
	offset int64
	total  int64
	count  int
	done   bool
	err    error
	cancel context.CancelFunc
}

// spillSearchCmd reads the chunk of path at offset and counts the matches
// of query that start in it (reading len(query)-1 bytes more, so that a
// match across two chunks is counted once).
func spillSearchCmd(ctx context.Context, id string, gen int, path, query string, fold bool, offset, total int64, count int) tea.Cmd {
	return func() tea.Msg {
		msg := SpillSearchedMsg{ID: id, Gen: gen, Query: query, Offset: offset, Total: total, Count: count}
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
		s := string(buf[:n])
		limit := min(spillChunk, n) // matches must start in this chunk
		for off := 0; off < limit; {
			i := index(s[off:], query, fold)
			if i < 0 || off+i >= limit {
				break
			}
			msg.Count++
			off += i + len(query)
		}
		msg.Offset = offset + int64(limit)
		msg.Done = msg.Offset >= total || eof
		return msg
	}
}

// startSpillSearch begins counting query in the part of the body not
// shown, when there is one on disk.
func (m *Model) startSpillSearch(query string) tea.Cmd {
	m.stopSpillSearch()
	r := m.resp
	if r == nil || !r.Truncated || r.SpillPath == "" || query == "" {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	start := max(int64(len(r.Body))-int64(len(query))+1, 0)
	m.spill = &spillSearch{query: query, offset: start, total: r.BodySize, cancel: cancel}
	return spillSearchCmd(ctx, m.opts.ID, m.gen, r.SpillPath, query, m.fold, start, r.BodySize, 0)
}

// stopSpillSearch cancels a search of the spilled part and forgets it.
func (m *Model) stopSpillSearch() {
	if m.spill != nil && m.spill.cancel != nil {
		m.spill.cancel()
	}
	m.spill = nil
}

// spillSearched keeps the progress and reads the next chunk.
func (m Model) spillSearched(msg SpillSearchedMsg) (Model, tea.Cmd) {
	sp := m.spill
	if sp == nil || msg.ID != m.opts.ID || msg.Gen != m.gen || msg.Query != sp.query || m.resp == nil {
		return m, nil
	}
	sp.offset, sp.count, sp.err = msg.Offset, msg.Count, msg.Err
	if msg.Done {
		sp.done = true
		sp.cancel()
		return m, nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	sp.cancel()
	sp.cancel = cancel
	return m, spillSearchCmd(ctx, m.opts.ID, m.gen, m.resp.SpillPath, sp.query, m.fold, msg.Offset, sp.total, msg.Count)
}
