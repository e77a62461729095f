package explorer

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/openapi"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// detailRows is how many rows the selected operation's detail takes
// under the list, when the list keeps at least minListRows.
const (
	detailRows  = 4
	minListRows = 5
)

// listHeight is the rows left for the list.
func (m Model) listHeight() int {
	h := m.Height - 2 // title and filter
	if h-detailRows-1 >= minListRows {
		h -= detailRows + 1
	}
	return max(h, 1)
}

func (m Model) showsDetail() bool { return m.Height-2-detailRows-1 >= minListRows }

// View draws the title, the filter, the visible rows and the detail of
// the selected operation; only what is on screen is rendered.
func (m Model) View() string {
	if m.Styles == nil || m.Width <= 0 || m.Height <= 0 {
		return ""
	}
	if m.form != nil {
		return m.fit(m.formLines())
	}
	s := m.Styles
	lines := []string{m.titleLine(), s.Label.Render(m.T(i18n.ExplorerFilter)) + m.filter.View()}
	h := m.listHeight()
	if len(m.ops) == 0 {
		lines = append(lines, s.Muted.Render(m.T(i18n.ExplorerNoMatch, inert.String(m.query))))
	}
	for i := m.offset; i < len(m.rows) && i < m.offset+h; i++ {
		lines = append(lines, m.rowView(m.rows[i]))
	}
	if m.showsDetail() {
		for len(lines) < 2+h {
			lines = append(lines, "")
		}
		lines = append(lines, s.Muted.Render(strings.Repeat("─", max(m.Width, 1))))
		lines = append(lines, m.detailLines()...)
	}
	return m.fit(lines)
}

// fit cuts the lines to the explorer's size.
func (m Model) fit(lines []string) string {
	if len(lines) > m.Height {
		lines = lines[:m.Height]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > m.Width {
			lines[i] = ansi.Truncate(l, m.Width, "…")
		}
	}
	return strings.Join(lines, "\n")
}

func (m Model) titleLine() string {
	s := m.Styles
	n := len(m.spec.Ops)
	info := m.T(i18n.ExplorerCount, len(m.ops), n) + " · " + inert.String(m.spec.Title) + " · " + inert.String(m.spec.Format)
	legend := m.T(i18n.ExplorerLegend)
	line := s.Title.Render(m.T(i18n.ExplorerTitle)) + s.Muted.Render(" · "+info)
	if ansi.StringWidth(line)+3+ansi.StringWidth(legend) <= m.Width {
		line += s.Muted.Render(" │ " + legend)
	}
	return line
}

// mark is the coverage sign of an operation, styled.
func (m Model) mark(o *openapi.Operation) string {
	s := m.Styles
	switch o.Check(m.granted).Coverage {
	case openapi.Public:
		return s.Muted.Render("○")
	case openapi.Covered:
		return s.Good.Render("✓")
	case openapi.Missing:
		return s.Bad.Render("✗")
	}
	return s.Muted.Render("?")
}

func (m Model) rowView(r row) string {
	s := m.Styles
	if r.op < 0 {
		tag := r.tag
		if tag == "" {
			tag = m.T(i18n.ExplorerUntagged)
		}
		return s.Label.Render(inert.String(tag))
	}
	o := m.ops[r.op]
	sel := r.op == m.cursor
	pathW := min(max(m.Width*2/5, 12), 60)
	path := inert.String(o.Path)
	if ansi.StringWidth(path) > pathW {
		path = ansi.Truncate(path, pathW, "…")
	}
	text := fmt.Sprintf("%-7s %-*s %s", o.Method, pathW, path, inert.String(o.Summary))
	if sc := o.Scopes(); len(sc) > 0 && m.Width >= 100 {
		text += "  [" + inert.String(strings.Join(sc, " ")) + "]"
	}
	text = ansi.Truncate(text, max(m.Width-4, 1), "…")
	if sel {
		return s.Selected.Render("▸") + m.mark(o) + " " + s.Selected.Render(text)
	}
	st := s.Value
	if o.Deprecated {
		st = s.Muted
	}
	return " " + m.mark(o) + " " + st.Render(text)
}

// detailLines says of the selected operation: what it does, the scopes it
// needs against the token's, its parameters and responses.
func (m Model) detailLines() []string {
	s := m.Styles
	o := m.Selected()
	if o == nil {
		return nil
	}
	w := max(m.Width, 10)
	head := o.Method + " " + inert.String(o.Path) + " · " + inert.String(o.ID)
	desc := inert.String(firstLine(o.Description))
	if desc == "" {
		desc = inert.String(o.Summary)
	}
	if desc != "" {
		head += " — " + desc
	}
	lines := []string{s.Value.Render(ansi.Truncate(head, w, "…"))}
	lines = append(lines, m.scopeLine(o))
	var ps []string
	for _, p := range o.Params {
		if p.In != "path" && p.In != "query" {
			continue
		}
		n := inert.String(p.Name)
		if p.Required {
			n += "*"
		}
		ps = append(ps, n+" ("+p.In+")")
	}
	if o.Body != nil {
		ps = append(ps, m.T(i18n.ExplorerBody, inert.String(o.Body.MediaType)))
		if req, ok := m.spec.RequiredFields(o); ok && len(req) > 0 {
			ps = append(ps, m.T(i18n.ExplorerRequired, inert.String(strings.Join(req, ", "))))
		}
	}
	var rs []string
	for _, r := range o.Responses {
		rs = append(rs, inert.String(r.Code))
	}
	info := m.T(i18n.ExplorerParams, orNone(m, ps)) + " · " + m.T(i18n.ExplorerResponses, orNone(m, rs))
	lines = append(lines, s.Muted.Render(ansi.Truncate(info, w, "…")))
	return lines
}

// scopeLine says which scopes the operation needs and whether the token has them.
func (m Model) scopeLine(o *openapi.Operation) string {
	s := m.Styles
	w := max(m.Width, 10)
	c := o.Check(m.granted)
	sc := inert.String(strings.Join(o.Scopes(), " "))
	var st lipgloss.Style
	var text string
	switch c.Coverage {
	case openapi.Public:
		st, text = s.Muted, m.T(i18n.ExplorerPublic)
	case openapi.Covered:
		st, text = s.Good, m.T(i18n.ExplorerCovered, orAny(m, sc))
	case openapi.Missing:
		st, text = s.Bad, m.T(i18n.ExplorerLacks, inert.String(strings.Join(c.Missing, " ")))
	default:
		st, text = s.Muted, m.T(i18n.ExplorerNoToken, orAny(m, sc))
	}
	return st.Render(ansi.Truncate(text, w, "…"))
}

func orNone(m Model, list []string) string {
	if len(list) == 0 {
		return m.T(i18n.ScopeNone)
	}
	return strings.Join(list, ", ")
}

func orAny(m Model, scopes string) string {
	if scopes == "" {
		return m.T(i18n.APIScopesNone)
	}
	return scopes
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// formLines draws the parameters form: the operation, its description,
// one field per parameter, its body and responses.
func (m Model) formLines() []string {
	s := m.Styles
	f := m.form
	o := f.op
	w := max(m.Width, 10)
	wrap := func(text string, rows int) []string {
		out := strings.Split(ansi.Wordwrap(text, w, " "), "\n")
		if len(out) > rows {
			out = out[:rows]
		}
		return out
	}
	lines := []string{s.Title.Render(o.Method+" "+inert.String(o.Path)) + s.Muted.Render(" · "+inert.String(o.ID)+" · "+m.T(i18n.ExplorerFormHelp))}
	desc := inert.String(o.Description)
	if desc == "" {
		desc = inert.String(o.Summary)
	}
	descRows := 2
	if m.Height >= 20 {
		descRows = 3
	}
	for _, l := range wrap(strings.Join(strings.Fields(desc), " "), descRows) {
		if l != "" {
			lines = append(lines, s.Value.Render(l))
		}
	}
	lines = append(lines, m.scopeLine(o), s.Label.Render(m.T(i18n.ExplorerParamsTitle)))
	nameW := 4
	for _, p := range f.params {
		nameW = max(nameW, min(ansi.StringWidth(inert.String(p.Name))+1, 20))
	}
	for i, p := range f.params {
		name := inert.String(p.Name)
		if p.Required {
			name += "*"
		}
		label := fmt.Sprintf("%-*s %-5s ", nameW, name, p.In)
		st := s.Muted
		if i == f.current {
			st = s.Key
		}
		line := st.Render(label) + f.inputs[i].View()
		if d := inert.String(firstLine(p.Description)); d != "" && ansi.StringWidth(line)+3 < w {
			line += s.Muted.Render("  " + d)
		}
		lines = append(lines, line)
	}
	if f.missing != "" {
		lines = append(lines, s.Bad.Render(m.T(i18n.ExplorerMissingParam, inert.String(f.missing))))
	}
	if o.Body != nil {
		note := m.T(i18n.ExplorerBodyNote, inert.String(o.Body.MediaType))
		if req, ok := m.spec.RequiredFields(o); ok && len(req) > 0 {
			note += " · " + m.T(i18n.ExplorerRequired, inert.String(strings.Join(req, ", ")))
		}
		lines = append(lines, s.Muted.Render(ansi.Truncate(note, w, "…")))
	}
	if len(o.Responses) > 0 {
		room := m.Height - len(lines) - 1
		lines = append(lines, s.Label.Render(m.T(i18n.ExplorerResponsesTitle)))
		for i, r := range o.Responses {
			if i == room-1 && len(o.Responses) > room {
				lines = append(lines, s.Muted.Render(m.T(i18n.ExplorerMore, len(o.Responses)-i)))
				break
			}
			line := fmt.Sprintf("  %-7s %s", inert.String(r.Code), inert.String(firstLine(r.Description)))
			lines = append(lines, s.Muted.Render(ansi.Truncate(line, w, "…")))
		}
	}
	return lines
}
