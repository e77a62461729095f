package request

import (
	"context"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/openapi"
	"tokentui/openapi/openapitest"
	"tokentui/ui/common"
)

// BenchmarkExplorerKeystroke: one key typed in the explorer's filter over
// a generated 5 MB document with 2,000 operations, to the frame drawn
// (Update and View of the Request tab at 200×60; target < 5 ms).
func BenchmarkExplorerKeystroke(b *testing.B) {
	spec, err := openapi.Parse(openapitest.Generate(2000), "generated")
	if err != nil {
		b.Fatal(err)
	}
	st := common.NewStyles(true)
	m := New(common.Common{Styles: &st}, Options{ID: "p",
		Spec:    func(context.Context, bool) (*openapi.Spec, error) { return spec, nil },
		Granted: func() []string { return []string{"api-exemplo-leitura"} }})
	m.SetSize(200, 60)
	m.Focus()
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'o'}})
	m, _ = m.Update(SpecMsg{ID: "p", Seq: m.ops.seq, Spec: spec})
	for _, r := range "recurso0" {
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	keys := []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune{'4'}}, {Type: tea.KeyBackspace}}
	_ = m.View()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m, _ = m.Update(keys[i%2])
		_ = m.View()
		i++
	}
	if len(m.ops.list.Visible()) == 0 {
		b.Fatal("the filter kept nothing")
	}
}
