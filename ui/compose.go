package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Putting a frame together. lipgloss.JoinHorizontal and JoinVertical
// measure every line of every block twice, grapheme by grapheme; at 200×60
// that was about half of a frame's cost, whatever the panes held. The
// profiles list and the tabs are panes drawn by lipgloss with a border and
// a fixed width, so every line of one is as wide as the others: their rows
// can be joined as they are, and the result measured by its first line.

// joinPanes is lipgloss.JoinHorizontal(lipgloss.Top, panes...) for blocks
// whose lines are each as wide as the block (bordered panes). Blocks of
// different heights go to lipgloss, which pads the shorter ones.
func joinPanes(panes ...string) string {
	rows := make([][]string, len(panes))
	size := 0
	for i, p := range panes {
		rows[i] = strings.Split(p, "\n")
		if len(rows[i]) != len(rows[0]) {
			return lipgloss.JoinHorizontal(lipgloss.Top, panes...)
		}
		size += len(p)
	}
	var b strings.Builder
	b.Grow(size)
	for r := range rows[0] {
		if r > 0 {
			b.WriteByte('\n')
		}
		for _, p := range rows {
			b.WriteString(p[r])
		}
	}
	return b.String()
}

// stackFrame is lipgloss.JoinVertical(lipgloss.Left, header, body, footer)
// for a body made by joinPanes (all its lines equally wide): the header's
// and footer's lines and the body's first are all it measures.
func stackFrame(header, body, footer string) string {
	type block struct {
		lines   []string
		widths  []int
		uniform bool
	}
	blocks := []block{{lines: strings.Split(header, "\n")}, {lines: strings.Split(body, "\n"), uniform: true}, {lines: strings.Split(footer, "\n")}}
	maxW, size := 0, 0
	for i := range blocks {
		bl := &blocks[i]
		bl.widths = make([]int, len(bl.lines))
		for j, l := range bl.lines {
			if bl.uniform && j > 0 {
				bl.widths[j] = bl.widths[0]
			} else {
				bl.widths[j] = ansi.StringWidth(l)
			}
			maxW = max(maxW, bl.widths[j])
			size += len(l) + 1
		}
	}
	var b strings.Builder
	b.Grow(size)
	for i, bl := range blocks {
		for j, l := range bl.lines {
			b.WriteString(l)
			if pad := maxW - bl.widths[j]; pad > 0 {
				b.WriteString(strings.Repeat(" ", pad))
			}
			if i < len(blocks)-1 || j < len(bl.lines)-1 {
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}
