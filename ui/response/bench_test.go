package response

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// jsonOfSize is a JSON array of items of about n bytes.
func jsonOfSize(n int) string {
	var b strings.Builder
	b.Grow(n + 64)
	b.WriteByte('[')
	for i := 1; b.Len() < n-40; i++ {
		if i > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":%d,"name":"item %07d","ok":true}`, i, i)
	}
	b.WriteByte(']')
	return b.String()
}

// BenchmarkResponseFrame is one scroll step (Update) and the frame it
// draws (View) at 200×60, with the body coloured in 256 colours. Only the
// visible lines are styled, so a 10 MB body should cost what a 10 KB one does.
func BenchmarkResponseFrame(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"10KB", 10_000}, {"10MB", 10_000_000}} {
		b.Run(size.name, func(b *testing.B) {
			m := newModel(b, Color256, 200, 60, jsonResponse(200, jsonOfSize(size.n)))
			if len(m.lines) < 200 || len(m.colored) == 0 {
				b.Fatalf("body not prepared: %d lines, %d coloured", len(m.lines), len(m.colored))
			}
			m = press(b, m, "down", "down") // start inside the body
			down, up := tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyUp}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k := down
				if i%2 == 1 {
					k = up
				}
				m, _ = m.Update(k)
				if len(m.View()) == 0 {
					b.Fatal("empty frame")
				}
			}
		})
	}
}
