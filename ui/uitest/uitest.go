// Package uitest holds what the TUI's tests share: key messages by name,
// running commands the way a program would, and checks on a drawn screen.
//
// It is a normal package so that every pane's tests can import it, but only
// _test.go files may: nothing in the program depends on it. It imports no
// other tokentui/ui package, so that any of them can use it without a cycle.
package uitest

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// keys are the key names Key knows, as Bubble Tea spells them.
var keys = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
	"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"home": tea.KeyHome, "end": tea.KeyEnd, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
	"backspace": tea.KeyBackspace, "delete": tea.KeyDelete,
	"ctrl+c": tea.KeyCtrlC, "ctrl+f": tea.KeyCtrlF, "ctrl+s": tea.KeyCtrlS, "ctrl+t": tea.KeyCtrlT,
	"ctrl+u": tea.KeyCtrlU,
	"f1":     tea.KeyF1, "f2": tea.KeyF2, "f3": tea.KeyF3, "f4": tea.KeyF4,
}

// Key is the message Bubble Tea sends for the key called name ("enter",
// "shift+tab", "ctrl+s", "pgdown", "space", …); any other name is text,
// typed as one message holding all its runes.
func Key(name string) tea.KeyMsg {
	if name == "space" {
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	if t, ok := keys[name]; ok {
		return tea.KeyMsg{Type: t}
	}
	if r, ok := strings.CutPrefix(name, "alt+"); ok && r != "" {
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(r), Alt: true}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// Screen is a view as a person reads it: the text without its styling.
func Screen(view string) string { return ansi.Strip(view) }

// CheckFits fails the test unless screen fills a w×h terminal exactly:
// h lines, none wider than w cells.
func CheckFits(t testing.TB, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) != h {
		t.Errorf("screen is %d lines, want %d:\n%s", len(lines), h, screen)
	}
	checkWidth(t, lines, w)
}

// CheckWithin fails the test unless screen fits in a w×h box: at most h
// lines, none wider than w cells. Panes use it; the root fills the terminal
// and uses CheckFits.
func CheckWithin(t testing.TB, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > h {
		t.Errorf("screen is %d lines, want ≤ %d:\n%s", len(lines), h, screen)
	}
	checkWidth(t, lines, w)
}

func checkWidth(t testing.TB, lines []string, w int) {
	t.Helper()
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d cells wide, want ≤ %d: %q", i, lw, w, ansi.Strip(l))
		}
	}
}
