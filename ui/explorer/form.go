package explorer

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/openapi"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/common"
)

// form asks for an operation's path parameters (required) and offers its
// query parameters (optional), with the operation's description and
// responses above and below.
type form struct {
	common.Common
	op      *openapi.Operation
	params  []openapi.Param
	inputs  []textinput.Model
	current int
	missing string // the required parameter left empty at the last Enter
}

func newForm(c common.Common, op *openapi.Operation) *form {
	f := &form{Common: c, op: op}
	f.params = append(op.PathParams(), op.QueryParams()...)
	for _, p := range f.params {
		in := textinput.New()
		in.Prompt = ""
		in.Cursor.SetMode(cursor.CursorStatic)
		in.Placeholder = inert.String(p.Type)
		if p.Example != "" {
			in.Placeholder = c.T(i18n.ExplorerExample, inert.String(p.Example))
			if p.In == "path" {
				in.SetValue(p.Example)
			}
		}
		if s := c.Styles; s != nil {
			in.TextStyle = s.Value
			in.PlaceholderStyle = s.Muted
		}
		f.inputs = append(f.inputs, in)
	}
	if len(f.inputs) > 0 {
		f.inputs[0].Focus()
		f.inputs[0].CursorEnd()
	}
	return f
}

func (f *form) setWidth(w int) {
	for i := range f.inputs {
		f.inputs[i].Width = max(w/2, 8)
	}
}

func (f *form) focus(d int) {
	if len(f.inputs) == 0 {
		return
	}
	f.inputs[f.current].Blur()
	f.current = (f.current + d + len(f.inputs)) % len(f.inputs)
	f.inputs[f.current].Focus()
	f.inputs[f.current].CursorEnd()
}

func (f *form) update(k tea.KeyMsg) tea.Cmd {
	if len(f.inputs) == 0 {
		return nil
	}
	f.missing = ""
	var cmd tea.Cmd
	f.inputs[f.current], cmd = f.inputs[f.current].Update(k)
	return cmd
}

// values are the typed values; ok is false (and the first empty required
// parameter focused) when a path parameter has none.
func (f *form) values() (map[string]string, bool) {
	out := map[string]string{}
	for i, p := range f.params {
		v := strings.TrimSpace(f.inputs[i].Value())
		if v == "" && p.Required {
			f.missing = p.Name
			f.inputs[f.current].Blur()
			f.current = i
			f.inputs[i].Focus()
			return nil, false
		}
		if v != "" {
			out[p.Name] = v
		}
	}
	return out, true
}
