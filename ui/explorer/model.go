// Package explorer is the Request tab's list of an API's operations, read
// from its OpenAPI document: grouped by tag, filtered as you type, each
// row marked by whether the token's scopes cover it; choosing one asks for
// its path and query parameters and hands back the request to fill in.
package explorer

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/openapi"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// Choice is an operation chosen, with the values typed for its path and
// query parameters.
type Choice struct {
	Op     *openapi.Operation
	Values map[string]string
}

// row is one line of the list: a tag heading (op < 0) or an operation.
type row struct {
	tag string
	op  int // index into Model.ops, -1 for a heading
}

// Model is the operations list of one document.
type Model struct {
	common.Common
	keys    KeyMap
	spec    *openapi.Spec
	granted []string // the token's scopes; nil: no token

	filter textinput.Model
	query  string
	ops    []*openapi.Operation // those the filter keeps
	rows   []row
	cursor int // index into ops
	offset int // first row shown

	form   *form
	chosen *Choice
	closed bool
	reload bool
}

// New returns the explorer of spec, judging coverage by granted (nil: no
// token).
func New(c common.Common, spec *openapi.Spec, granted []string) Model {
	m := Model{Common: c, keys: KeyMapIn(c.Lang), spec: spec, granted: granted}
	m.filter = textinput.New()
	m.filter.Prompt = ""
	m.filter.Placeholder = c.T(i18n.ExplorerFilterPlaceholder)
	m.filter.Cursor.SetMode(cursor.CursorStatic)
	if s := c.Styles; s != nil {
		m.filter.TextStyle = s.Value
		m.filter.PlaceholderStyle = s.Muted
	}
	m.filter.Focus()
	m.refilter()
	return m
}

// Spec is the document shown.
func (m Model) Spec() *openapi.Spec { return m.spec }

// SetGranted changes the scopes coverage is judged by.
func (m *Model) SetGranted(granted []string) { m.granted = granted }

// KeyMap returns the bindings for what the explorer shows.
func (m Model) KeyMap() KeyMap {
	k := m.keys
	k.form = m.form != nil
	return k
}

// Visible lists the operations the filter keeps, in order.
func (m Model) Visible() []*openapi.Operation { return m.ops }

// Selected is the operation under the cursor, nil when none.
func (m Model) Selected() *openapi.Operation {
	if m.cursor < len(m.ops) {
		return m.ops[m.cursor]
	}
	return nil
}

// Chosen returns the choice made by the last key, if any, and forgets it.
func (m *Model) Chosen() *Choice {
	c := m.chosen
	m.chosen = nil
	return c
}

// Reload reports, once, that the user asked to read the document again.
func (m *Model) Reload() bool {
	r := m.reload
	m.reload = false
	return r
}

// Closed reports, once, that the user closed the explorer.
func (m *Model) Closed() bool {
	c := m.closed
	m.closed = false
	return c
}

// SetSize sets the size the explorer draws in.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	m.filter.Width = max(w-20, 4)
	if m.form != nil {
		m.form.setWidth(w)
	}
	m.scrollToCursor()
}

// Update handles keys: typing filters, arrows move, Enter chooses, Esc
// closes (or leaves the parameters form).
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	if m.form != nil {
		return m.formKey(k)
	}
	switch {
	case key.Matches(k, m.keys.Close):
		m.closed = true
		return m, nil
	case key.Matches(k, m.keys.Reload):
		m.reload = true
		return m, nil
	case key.Matches(k, m.keys.Up):
		m.move(-1)
		return m, nil
	case key.Matches(k, m.keys.Down):
		m.move(1)
		return m, nil
	case key.Matches(k, m.keys.PgUp):
		m.move(-max(m.listHeight()-1, 1))
		return m, nil
	case key.Matches(k, m.keys.PgDown):
		m.move(max(m.listHeight()-1, 1))
		return m, nil
	case key.Matches(k, m.keys.Choose):
		return m.choose()
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(k)
	if v := m.filter.Value(); v != m.query {
		m.query = v
		m.refilter()
	}
	return m, cmd
}

// choose takes the operation under the cursor: at once when it has no
// path or query parameters, else through the parameters form.
func (m Model) choose() (Model, tea.Cmd) {
	op := m.Selected()
	if op == nil {
		return m, nil
	}
	if len(op.PathParams()) == 0 && len(op.QueryParams()) == 0 {
		m.chosen = &Choice{Op: op, Values: map[string]string{}}
		return m, nil
	}
	m.form = newForm(m.Common, op)
	m.form.setWidth(m.Width)
	return m, nil
}

func (m Model) formKey(k tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.Close):
		m.form = nil
		return m, nil
	case key.Matches(k, m.keys.Choose):
		if vals, ok := m.form.values(); ok {
			m.chosen = &Choice{Op: m.form.op, Values: vals}
			m.form = nil
		}
		return m, nil
	case key.Matches(k, m.keys.Next):
		m.form.focus(1)
		return m, nil
	case key.Matches(k, m.keys.Prev):
		m.form.focus(-1)
		return m, nil
	}
	return m, m.form.update(k)
}

// refilter applies the filter and rebuilds the rows.
func (m *Model) refilter() {
	var sel *openapi.Operation
	if m.cursor < len(m.ops) {
		sel = m.ops[m.cursor]
	}
	if m.spec == nil {
		m.ops = nil
	} else {
		m.ops = m.spec.Filter(m.query)
	}
	m.rows = m.rows[:0]
	last := "\x00"
	m.cursor = 0
	for i, o := range m.ops {
		if o.Tag != last {
			m.rows = append(m.rows, row{tag: o.Tag, op: -1})
			last = o.Tag
		}
		m.rows = append(m.rows, row{op: i})
		if o == sel {
			m.cursor = i
		}
	}
	m.offset = 0
	m.scrollToCursor()
}

func (m *Model) move(d int) {
	if len(m.ops) == 0 {
		return
	}
	m.cursor = max(min(m.cursor+d, len(m.ops)-1), 0)
	m.scrollToCursor()
}

// cursorRow is the row of the cursor's operation.
func (m Model) cursorRow() int {
	for i := max(m.cursor, 0); i < len(m.rows); i++ { // rows hold at least one row per op, in order
		if m.rows[i].op == m.cursor {
			return i
		}
	}
	return 0
}

// scrollToCursor keeps the cursor's row (and its tag heading, when it is
// the first of its group) on screen.
func (m *Model) scrollToCursor() {
	h := m.listHeight()
	r := m.cursorRow()
	if r > 0 && m.rows[r-1].op < 0 {
		r--
	}
	if r < m.offset {
		m.offset = r
	}
	if cr := m.cursorRow(); cr >= m.offset+h {
		m.offset = cr - h + 1
	}
	m.offset = max(min(m.offset, len(m.rows)-h), 0)
}

// Query is the filter typed.
func (m Model) Query() string { return strings.TrimSpace(m.query) }
