package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/text/i18n"
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
		sections = append(sections, helpSection{i18n.T(m.opts.Lang, i18n.HelpTabSection, tabs[m.tab].title(m.opts.Lang)), keys})
	}
	sections = append(sections, helpSection{i18n.T(m.opts.Lang, i18n.HelpEverywhere), m.keys.FullHelp()},
		helpSection{i18n.T(m.opts.Lang, i18n.AppProfiles), m.pm.ListKeyMap().FullHelp()})
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
	content := s.Title.Render(i18n.T(m.opts.Lang, i18n.HelpTitle)) + s.Muted.Render("   "+i18n.T(m.opts.Lang, i18n.HelpCloses)) + "\n\n" + strings.Join(rows, "\n\n")
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

// helpBlock is one section: its title, then its columns of keys side by
// side, a key and its meaning a line.
func (m Model) helpBlock(sec helpSection) string {
	s := m.styles
	var cols []string
	for _, col := range sec.keys {
		keyW := 0
		for _, b := range col {
			keyW = max(keyW, lipgloss.Width(b.Help().Key))
		}
		var lines []string
		for _, b := range col {
			if !b.Enabled() {
				continue
			}
			k := b.Help().Key
			lines = append(lines, s.Key.Render(k)+strings.Repeat(" ", keyW-lipgloss.Width(k)+2)+s.Muted.Render(b.Help().Desc))
		}
		if len(cols) > 0 {
			lines[0] = "   " + lines[0]
			for i := 1; i < len(lines); i++ {
				lines[i] = "   " + lines[i]
			}
		}
		cols = append(cols, strings.Join(lines, "\n"))
	}
	return s.Title.Render(sec.title) + "\n" + lipgloss.JoinHorizontal(lipgloss.Top, cols...)
}
