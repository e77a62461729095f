package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// helpSection is one titled group of the full keymap.
type helpSection struct {
	title string
	keys  [][]key.Binding
}

// helpView draws every key of the app in titled sections laid out in as many
// columns as the width allows.
func (m Model) helpView(w, h int) string {
	s := m.styles
	var sections []helpSection
	if keys := m.paneFullHelp(); len(keys) > 0 {
		sections = append(sections, helpSection{tabNames[m.tab] + " tab", keys})
	}
	sections = append(sections, helpSection{"Everywhere", m.keys.FullHelp()}, helpSection{"Profiles", m.list.KeyMap().FullHelp()})
	var blocks []string
	for _, sec := range sections {
		blocks = append(blocks, m.helpBlock(sec))
	}
	inner := max(w-8, 20)
	var rows []string
	var row []string
	rowW := 0
	for _, b := range blocks {
		bw := lipgloss.Width(b) + 4
		if rowW+bw > inner && len(row) > 0 {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowW = nil, 0
		}
		row = append(row, lipgloss.NewStyle().PaddingRight(4).Render(b))
		rowW += bw
	}
	rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	content := s.Title.Render("Keys") + s.Muted.Render("   (esc or ? closes)") + "\n\n" + strings.Join(rows, "\n\n")
	box := s.Overlay.Padding(0, 1).MaxWidth(w).Render(content)
	lines := strings.Split(box, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, w, "")
	}
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, strings.Join(lines, "\n"))
}

// helpBlock is one section: its title, then a key and its meaning a line.
func (m Model) helpBlock(sec helpSection) string {
	s := m.styles
	var bindings []key.Binding
	for _, col := range sec.keys {
		bindings = append(bindings, col...)
	}
	keyW := 0
	for _, b := range bindings {
		keyW = max(keyW, lipgloss.Width(b.Help().Key))
	}
	lines := []string{s.Title.Render(sec.title)}
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		k := b.Help().Key
		lines = append(lines, s.Key.Render(k)+strings.Repeat(" ", keyW-lipgloss.Width(k)+2)+s.Muted.Render(b.Help().Desc))
	}
	return strings.Join(lines, "\n")
}
