package ui

import "tokentui/ui/pane"

// The layout arithmetic, in one place. The screen is a header line (two
// when a warning about the profiles file goes under it), a body of two
// framed panes side by side, and a footer line.

const (
	minWidth    = 80 // below this the app asks for a larger terminal
	minHeight   = 24
	footerLines = 1
	tabLines    = 1 // the tab bar on top of the right pane
	titleLines  = 1 // the "Profiles" title on top of the left pane

	formMaxWidth = 110 // the profile form's widest content
)

// SetSize lays every pane out for a terminal of w×h cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	lw, lh := m.leftSize()
	fw, fh := m.formSize()
	m.pm.SetSize(lw, lh-titleLines, fw, fh)
	rw, rh := m.rightSize()
	for _, p := range m.shared {
		if p != nil {
			p.SetSize(rw, rh-tabLines)
		}
	}
	for _, ws := range m.spaces {
		ws.setSize(rw, rh-tabLines)
		if m.present { // presentation: the Flow alone, on the whole screen
			ws.own(func(_ int, p pane.Pane) {
				if _, ok := p.(pane.Presenter); ok {
					p.SetSize(w, h)
				}
			})
		}
	}
}

// frameW and frameH are the cells a pane's border takes.
func (m Model) frame() (int, int) {
	return m.styles.Pane.GetHorizontalFrameSize(), m.styles.Pane.GetVerticalFrameSize()
}

// bodyHeight is what the header and footer leave.
func (m Model) bodyHeight() int { return max(m.height-m.headerLines()-footerLines, 3) }

// headerLines is the header's height: one line, and the warning's.
func (m Model) headerLines() int {
	if m.opts.Warning != "" {
		return 2
	}
	return 1
}

// leftSize is the profiles pane's inner size: a fifth of the width, between
// 18 and 32 columns.
func (m Model) leftSize() (int, int) {
	fw, fh := m.frame()
	w := min(max(m.width/5, 18), 32)
	return w - fw, m.bodyHeight() - fh
}

// rightSize is the tabs pane's inner size: what the left pane leaves.
func (m Model) rightSize() (int, int) {
	fw, fh := m.frame()
	lw, _ := m.leftSize()
	return max(m.width-(lw+fw)-fw, 10), m.bodyHeight() - fh
}

// formSize is the profile form's inner size: the whole body, framed, at
// most formMaxWidth wide (a form row wider than that is hard to read).
func (m Model) formSize() (int, int) {
	fw, fh := m.frame()
	return max(min(m.width-fw, formMaxWidth), 10), m.bodyHeight() - fh
}
