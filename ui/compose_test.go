package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// TestComposeIsLipgloss: joinPanes and stackFrame put bordered panes
// together exactly as lipgloss's JoinHorizontal and JoinVertical do, with
// wide runes, colours, short headers and long footers, and panes of
// different heights.
func TestComposeIsLipgloss(t *testing.T) {
	border := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(lipgloss.Color("62"))
	bold := lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("205"))
	contents := []string{
		"Profiles\n▸ sandbox\n  valid 59:57",
		"1 Token · 2 Request\n" + bold.Render("● VALID") + " 59:57 left\n{\"name\": \"item 0000001\"}",
		"日本語のテキスト\n絵文字 🙂👍🏽 and ascii\n\tafter a tab",
		"",
	}
	pane := func(content string, w, h int) string {
		return border.Width(w).Height(h).MaxHeight(h + 2).Render(content)
	}
	for i, left := range contents {
		for j, right := range contents {
			for _, sz := range [][4]int{{18, 5, 60, 5}, {10, 3, 40, 6}, {20, 8, 20, 2}} {
				l, r := pane(left, sz[0], sz[1]), pane(right, sz[2], sz[3])
				name := fmt.Sprintf("%d-%d-%v", i, j, sz)
				got, want := joinPanes(l, r), lipgloss.JoinHorizontal(lipgloss.Top, l, r)
				if got != want {
					t.Errorf("%s: joinPanes differs from lipgloss:\n%q\n%q", name, got, want)
					continue
				}
				for _, hf := range [][2]string{
					{bold.Render(" tokentui · profile sandbox ") + "   [valid 59:57]", "↑/↓ scroll • ? all keys"},
					{"", ""},
					{strings.Repeat("h", 120), "f\n" + strings.Repeat("—", 90)},
				} {
					got, want := stackFrame(hf[0], got, hf[1]), lipgloss.JoinVertical(lipgloss.Left, hf[0], want, hf[1])
					if got != want {
						t.Errorf("%s: stackFrame differs from lipgloss:\n%q\n%q", name, got, want)
					}
				}
			}
		}
	}
}
