package request

import (
	"context"
	"errors"
	"net/url"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"tokentui/openapi"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/explorer"
)

// SpecFunc reads the profile's OpenAPI document; fresh skips its cache.
type SpecFunc func(ctx context.Context, fresh bool) (*openapi.Spec, error)

// SpecMsg carries the profile's OpenAPI document (or why there is none)
// to the pane that asked.
type SpecMsg struct {
	ID      string
	Seq     int
	Spec    *openapi.Spec
	Err     error
	Granted []string // the token's scopes when the document was read (nil: no token)
}

// GrantedMsg carries the scopes of the profile's token, read in a command
// (the token cache may be on disk).
type GrantedMsg struct {
	ID     string
	Scopes []string // nil: no token
}

// grantedCmd reads the token's scopes in a command.
func grantedCmd(id string, f func() []string) tea.Cmd {
	if f == nil {
		return nil
	}
	return func() tea.Msg { return GrantedMsg{ID: id, Scopes: f()} }
}

// FullMsg says the whole document (schemas included) has been read, for
// example bodies; Err when it could not be.
type FullMsg struct {
	ID  string
	Seq int
	Err error
}

// fullCmd reads the whole document in a command.
func fullCmd(id string, seq int, spec *openapi.Spec) tea.Cmd {
	return func() tea.Msg { return FullMsg{ID: id, Seq: seq, Err: spec.Full()} }
}

// ConformedMsg says how a response compares with the document.
type ConformedMsg struct {
	ID    string
	Seq   int // the send it is about
	Lines []string
	OK    bool
}

// ops is the pane's part of the OpenAPI explorer: the document, the list,
// the operation a request is for, and the confirmation before sending a
// request the token lacks a scope for.
type ops struct {
	spec     *openapi.Spec
	loading  bool
	loadErr  error
	cancel   context.CancelFunc
	seq      int
	list     explorer.Model
	listMade bool
	open     bool

	full    bool             // the whole document is read: example bodies can be built
	fullErr error            // why it could not be
	pending *explorer.Choice // chosen before the whole document was read

	granted []string // the token's scopes as last read; nil: no token

	confirm   bool               // asking whether to send without the scope
	missing   []string           // the scopes the token lacks, while asking
	confirmed bool               // the user said yes: the next send goes
	sentOp    *openapi.Operation // the operation of the last request sent
	conform   []string           // the response against the document
	conformOK bool
}

// specCmd reads the document, and the token's scopes, in a command.
func specCmd(ctx context.Context, id string, seq int, f SpecFunc, granted func() []string, fresh bool) tea.Cmd {
	return func() tea.Msg {
		spec, err := f(ctx, fresh)
		var g []string
		if granted != nil {
			g = granted()
		}
		return SpecMsg{ID: id, Seq: seq, Spec: spec, Err: err, Granted: g}
	}
}

// granted is the token's scopes as last read (nil: no token to judge by).
func (m Model) granted() []string { return m.ops.granted }

// setGranted keeps the token's scopes and marks the list by them.
func (m *Model) setGranted(scopes []string) {
	m.ops.granted = scopes
	if m.ops.listMade {
		m.ops.list.SetGranted(scopes)
	}
}

// openOps opens the explorer, reading the document first when needed.
func (m Model) openOps() (Model, tea.Cmd) {
	if m.opts.Spec == nil {
		m.flash = ""
		m.ops.loadErr = errNoSpec
		m.ops.open = true
		return m, nil
	}
	m.ops.open = true
	if m.ops.spec != nil || m.ops.loading {
		return m, grantedCmd(m.opts.ID, m.opts.Granted)
	}
	return m.loadSpec(false)
}

func (m Model) loadSpec(fresh bool) (Model, tea.Cmd) {
	if m.ops.cancel != nil {
		m.ops.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.ops.cancel = cancel
	m.ops.loading, m.ops.loadErr = true, nil
	m.ops.seq++
	return m, specCmd(ctx, m.opts.ID, m.ops.seq, m.opts.Spec, m.opts.Granted, fresh)
}

// errNoSpec: the pane was given no way to read a document.
var errNoSpec = errors.New("no OpenAPI document")

// specLoaded keeps the document and shows its operations.
func (m Model) specLoaded(msg SpecMsg) (Model, tea.Cmd) {
	if msg.Seq != m.ops.seq {
		return m, nil
	}
	m.ops.loading = false
	if m.ops.cancel != nil {
		m.ops.cancel()
		m.ops.cancel = nil
	}
	if msg.Err != nil {
		m.ops.loadErr = msg.Err
		return m, nil
	}
	m.ops.spec = msg.Spec
	m.ops.granted = msg.Granted
	m.ops.list = explorer.New(m.Common, msg.Spec, msg.Granted)
	m.ops.listMade = true
	m.ops.full, m.ops.fullErr, m.ops.pending = false, nil, nil
	m.layout()
	return m, fullCmd(m.opts.ID, m.ops.seq, msg.Spec)
}

// fullLoaded fills in a request chosen while the document was being read.
func (m Model) fullLoaded(msg FullMsg) (Model, tea.Cmd) {
	if msg.Seq != m.ops.seq {
		return m, nil
	}
	m.ops.full, m.ops.fullErr = true, msg.Err
	if c := m.ops.pending; c != nil {
		m.ops.pending = nil
		m.apply(c)
	}
	return m, nil
}

// opsKey gives a key to the open explorer; Esc on a failed load closes it.
func (m Model) opsKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	if !m.ops.listMade {
		if msg.Type == tea.KeyEsc || msg.String() == "q" || msg.String() == "o" {
			m.ops.open = false
			if m.ops.cancel != nil {
				m.ops.cancel()
				m.ops.cancel = nil
				m.ops.loading = false
			}
		}
		return m, nil
	}
	var cmd tea.Cmd
	m.ops.list, cmd = m.ops.list.Update(msg)
	if m.ops.list.Closed() {
		m.ops.open = false
		return m, cmd
	}
	if m.ops.list.Reload() {
		m.ops.listMade, m.ops.spec = false, nil
		return m.loadSpec(true)
	}
	if c := m.ops.list.Chosen(); c != nil {
		m.ops.open = false
		m.apply(c)
	}
	return m, cmd
}

// apply fills the request with the chosen operation: method, path with
// its parameters, and an example body built from its schema.
func (m *Model) apply(c *explorer.Choice) {
	op := c.Op
	if op.Body != nil && !m.ops.full {
		m.ops.pending = c // the example body needs the whole document: fill it in when it is read
		m.note = m.T(i18n.RequestOpPreparing, inert.String(op.ID))
		return
	}
	base := ""
	if m.opts.Sender != nil {
		base = m.opts.Sender.BaseURL
	}
	target, err := m.ops.spec.Target(op, base, c.Values)
	if err != nil {
		m.err = err
		return
	}
	m.method = methodIndex(op.Method)
	m.url.SetValue(strings.TrimPrefix(target, "/"))
	m.url.CursorEnd()
	m.body.SetValue("")
	m.note = m.T(i18n.RequestOpNote, inert.String(op.ID), inert.String(op.Summary))
	if op.Body == nil {
		m.headers.SetValue(withoutContentType(m.headers.Value()))
	}
	example := ""
	if op.Body != nil && m.ops.fullErr == nil {
		example, _, _ = m.ops.spec.BodyExample(op) // read already: returns at once
	}
	if op.Body != nil && example != "" {
		m.body.SetValue(example)
		m.note = m.T(i18n.RequestOpFilled, inert.String(op.ID))
		if req, ok := m.ops.spec.RequiredFields(op); ok && len(req) > 0 {
			m.note += " · " + m.T(i18n.ExplorerRequired, inert.String(strings.Join(req, ", ")))
		}
		if !strings.Contains(strings.ToLower(m.headers.Value()), "content-type:") {
			h := strings.TrimSpace(m.headers.Value())
			if h != "" {
				h += "\n"
			}
			m.headers.SetValue(h + "Content-Type: " + op.Body.MediaType)
		}
	}
	m.err, m.cancelled, m.flash = nil, false, ""
	m.ops.conform = nil
	if m.focused {
		m.setSection(secURL)
	}
}

// withoutContentType drops the Content-Type lines of the headers field: an
// operation without a body takes none.
func withoutContentType(headers string) string {
	var keep []string
	for _, l := range strings.Split(headers, "\n") {
		name, _, _ := strings.Cut(l, ":")
		if !strings.EqualFold(strings.TrimSpace(name), "Content-Type") {
			keep = append(keep, l)
		}
	}
	return strings.TrimSpace(strings.Join(keep, "\n"))
}

// operationOf finds the operation a request is for in the document.
func (m Model) operationOf(spec requests.Spec) *openapi.Operation {
	if m.ops.spec == nil {
		return nil
	}
	p := spec.URL
	if u, err := url.Parse(p); err == nil && u.Host != "" {
		p = u.Path
	}
	return m.ops.spec.Match(spec.Method, p)
}

// checkScopes stops a request whose operation needs a scope the token
// lacks, until the user confirms; ok means send.
func (m Model) checkScopes(spec requests.Spec) (Model, bool) {
	op := m.operationOf(spec)
	m.ops.sentOp = op
	if m.ops.confirmed {
		m.ops.confirmed = false
		return m, true
	}
	if op == nil {
		return m, true
	}
	c := op.Check(m.granted())
	if c.Coverage != openapi.Missing {
		return m, true
	}
	m.ops.confirm, m.ops.missing = true, c.Missing
	return m, false
}

// confirmKey answers "send anyway?": y sends, anything else cancels.
func (m Model) confirmKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	m.ops.confirm = false
	if msg.String() == "y" || msg.String() == "Y" {
		m.ops.confirmed = true
		return m.send(false)
	}
	return m, nil
}

// conformCmd compares a response with the document in a command (a JSON
// body is validated against its schema, which may take a while).
func conformCmd(id string, seq int, lang i18n.Lang, spec *openapi.Spec, op *openapi.Operation, resp *requests.Response) tea.Cmd {
	return func() tea.Msg {
		c := spec.CheckResponse(op, resp.StatusCode, resp.ContentType, resp.Body, resp.Truncated)
		t := func(k i18n.Key, a ...any) string { return i18n.T(lang, k, a...) }
		var lines []string
		switch {
		case !c.Declared:
			lines = append(lines, "✗ "+t(i18n.ConformNotDeclared, c.Status, inert.String(op.ID), inert.String(strings.Join(c.DeclaredAll, " "))))
		case len(c.Differences) > 0:
			lines = append(lines, "✗ "+t(i18n.ConformDiffers, c.DeclaredAs))
			for _, d := range c.Differences {
				lines = append(lines, "  "+inert.String(d))
			}
			if c.More > 0 {
				lines = append(lines, "  "+t(i18n.ConformMore, c.More))
			}
		case c.Note != "":
			lines = append(lines, "✓ "+t(i18n.ConformNote, c.DeclaredAs, c.Note))
		default:
			lines = append(lines, "✓ "+t(i18n.ConformOK, c.DeclaredAs))
		}
		return ConformedMsg{ID: id, Seq: seq, Lines: lines, OK: c.OK()}
	}
}

// opsLines are the lines the explorer adds under the request: the
// question before sending without a scope, the declared scopes after a
// 403 insufficient_scope, the response against the document.
func (m Model) opsLines() []string {
	s := m.Styles
	w := max(m.Width, 10)
	wrap := func(text string, rows int) []string {
		out := strings.Split(ansi.Wordwrap(text, w, " "), "\n")
		if len(out) > rows {
			out = out[:rows]
		}
		for i := range out {
			out[i] = ansi.Truncate(out[i], w, "…")
		}
		return out
	}
	var lines []string
	if m.ops.confirm && m.ops.sentOp != nil {
		for _, l := range wrap(m.T(i18n.RequestScopeWarn, inert.String(strings.Join(m.ops.missing, " ")), inert.String(m.ops.sentOp.ID)), 2) {
			lines = append(lines, s.Bad.Render(l))
		}
		for _, l := range wrap("  "+m.T(i18n.RequestScopeGrant, inert.String(m.opts.ClientID)), 2) {
			lines = append(lines, s.Warn.Render(l))
		}
		return append(lines, s.Key.Render(m.T(i18n.RequestScopeAsk)))
	}
	if m.sending || m.ops.sentOp == nil {
		return nil
	}
	if r := m.resp.Response(); r != nil && r.Challenge != nil && r.Challenge.Error == "insufficient_scope" {
		has := strings.Join(m.granted(), " ")
		if has == "" {
			has = m.T(i18n.ScopeNone)
		}
		text := m.T(i18n.RequestScopeDeclared, inert.String(m.ops.sentOp.ID), inert.String(strings.Join(m.ops.sentOp.Scopes(), " ")), inert.String(has))
		for _, l := range wrap("→ "+text, 2) {
			lines = append(lines, s.Warn.Render(l))
		}
	}
	rows := 4
	if m.Height < 30 {
		rows = 2
	}
	for i, l := range m.ops.conform {
		if i >= rows {
			break
		}
		st := s.Muted
		if !m.ops.conformOK && i == 0 {
			st = s.Warn
		}
		lines = append(lines, st.Render(ansi.Truncate(l, w, "…")))
	}
	return lines
}

// opsView is the explorer, or why it cannot show.
func (m Model) opsView(h int) string {
	s := m.Styles
	switch {
	case m.ops.listMade:
		m.ops.list.SetSize(m.Width, h)
		return m.ops.list.View()
	case m.ops.loading:
		return s.Muted.Render(m.T(i18n.RequestOpsLoading))
	case m.ops.loadErr != nil:
		w := max(m.Width, 10)
		text := m.T(i18n.RequestOpsFailed, inert.String(m.ops.loadErr.Error()))
		if m.ops.loadErr == errNoSpec {
			text = m.T(i18n.RequestOpsNone)
		}
		out := strings.Split(ansi.Wordwrap(text, w, " "), "\n")
		if len(out) > 4 {
			out = out[:4]
		}
		for i := range out {
			out[i] = s.Bad.Render(ansi.Truncate(out[i], w, "…"))
		}
		return strings.Join(append(out, s.Muted.Render(ansi.Truncate("→ "+m.T(i18n.RequestOpsHint), w, "…"))), "\n")
	}
	return ""
}

// opsHelp is the key map while the explorer is open.
func (m Model) opsHelp() []key.Binding {
	if m.ops.listMade {
		return m.ops.list.KeyMap().ShortHelp()
	}
	return []key.Binding{m.keys.PickClose}
}
