package token

// The per-second look at the cache: a token obtained anywhere else (the
// Request tab, the Flow, another process) reaches the pane, and with it
// the client's meter and any failure holding requests back.

import (
	tea "github.com/charmbracelet/bubbletea"
)

// Check looks at the cache again, in a command, unless a look or a token
// request is in flight: a token obtained anywhere else (the Request tab,
// the Flow, another process) reaches the pane within a second. The root
// calls it on every tick.
func (m *Model) Check() tea.Cmd {
	if m.opts.Client == nil || m.checking || m.loading {
		return nil
	}
	m.checkSeq = int(checkSeqs.Add(1)) // unique across panes: a pane rebuilt for an edited profile ignores its predecessor's
	m.checking = true
	return checkCmd(m.opts.ID, m.checkSeq, m.opts.Client)
}

// checked takes what the look at the cache found: the meter, a failure
// holding requests back, and a newer token than the one on screen.
func (m Model) checked(msg CheckedMsg) (Model, tea.Cmd) {
	if msg.Seq != m.checkSeq { // not the look in flight: another pane's, before an edit
		return m, nil
	}
	m.checking = false
	if msg.Seq <= m.checkStale { // started before the last token result
		return m, nil
	}
	changed := m.requests != msg.Requests || (m.held == nil) != (msg.Held == nil) ||
		m.held != nil && !m.held.At.Equal(msg.Held.At)
	m.requests, m.held = msg.Requests, msg.Held
	t := msg.Token
	if t == nil || (m.tok != nil && (t.Raw == m.tok.Raw || t.ObtainedAt.Before(m.tok.ObtainedAt))) {
		if changed { // re-rendered only when something shown changed: this runs every second
			m.refresh()
		}
		return m, nil
	}
	m.err = nil // a newer token answers the last failure
	return m.show(t)
}
