package response

import (
	"context"
	"io"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/requests"
	"tokentui/text/i18n"
)

// jqTimeout bounds a jq filter run on a body.
const jqTimeout = 10 * time.Second

// JQMsg carries the result of a jq filter on the body to the view that
// asked for it.
type JQMsg struct {
	ID    string
	Gen   int
	Expr  string
	Lines []string // the result, inert, as jq prints it
	Err   error
}

// jqCmd runs a jq filter on the whole body (the spill file's, when it was
// cut) in a command.
func jqCmd(id string, gen int, resp *requests.Response, expr string) tea.Cmd {
	return func() tea.Msg {
		rc, err := resp.OpenBody()
		if err != nil {
			return JQMsg{ID: id, Gen: gen, Expr: expr, Err: err}
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return JQMsg{ID: id, Gen: gen, Expr: expr, Err: err}
		}
		ctx, cancel := context.WithTimeout(context.Background(), jqTimeout)
		defer cancel()
		out, err := requests.JQ(ctx, expr, body)
		return JQMsg{ID: id, Gen: gen, Expr: expr, Lines: bodyLines(out), Err: err}
	}
}

// JQ is the jq filter the body is shown through, "" for none.
func (m Model) JQ() string { return m.jq }

// startJQ opens the jq prompt with the filter in use.
func (m Model) startJQ() (Model, tea.Cmd) {
	m.view = ViewBody
	m.prompting = promptJQ
	m.prompt.SetValue(m.jq)
	m.prompt.CursorEnd()
	return m, m.prompt.Focus()
}

// applyJQ runs the filter typed in the prompt; an empty one shows the
// body as it came.
func (m Model) applyJQ(expr string) (Model, tea.Cmd) {
	if expr == "" {
		if m.jq == "" {
			return m, nil
		}
		return m.restoreBody()
	}
	if _, err := requests.CompileJQ(expr); err != nil {
		m.setNote(m.T(i18n.ResponseJQFailed, err), true)
		return m, nil
	}
	m.setNote(m.T(i18n.ResponseJQRunning, expr), false)
	return m, jqCmd(m.opts.ID, m.gen, m.resp, expr)
}

// jqDone shows the filter's result in place of the body.
func (m Model) jqDone(msg JQMsg) (Model, tea.Cmd) {
	if msg.ID != m.opts.ID || msg.Gen != m.gen || m.resp == nil {
		return m, nil
	}
	if msg.Err != nil {
		m.setNote(m.T(i18n.ResponseJQFailed, msg.Err), true)
		return m, nil
	}
	m.gen++ // highlighting of the body as it came is dropped
	m.jq = msg.Expr
	m.note = ""
	m.lines, m.colored, m.highlighted, m.preparing = msg.Lines, nil, false, false
	m.offset[ViewBody] = 0
	m.clearSearch()
	return m, highlightCmd(m.opts.ID, m.gen, m.lines, m.lexer, m.format, m.scheme)
}

// restoreBody shows the body as it came, prepared again.
func (m Model) restoreBody() (Model, tea.Cmd) {
	m.gen++
	m.jq = ""
	m.lines, m.colored, m.highlighted, m.preparing = nil, nil, false, true
	m.offset[ViewBody] = 0
	m.clearSearch()
	return m, prepareCmd(m.opts.ID, m.gen, m.resp)
}
