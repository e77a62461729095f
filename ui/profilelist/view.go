package profilelist

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/common"
)

// DefaultMark follows the default profile's name.
const DefaultMark = "★"

// View lists the profiles: a marker for the one in use, the cursor when
// focused, the default starred, and under each name its token state (or
// "set up first" for a template, "temporary" for a session-only profile).
// A filter line, a deletion question and a legend come on top or below as
// needed; the list scrolls to keep the cursor in sight.
func (m Model) View() string {
	s := m.Styles
	w := max(m.Width, 4)
	var top, bottom []string
	if m.filtering || m.filter.Value() != "" {
		if m.filtering {
			top = append(top, m.filter.View())
		} else {
			top = append(top, s.Key.Render("/")+s.Value.Render(ansi.Truncate(inert.String(m.filter.Value()), w-1, "…")))
		}
	}
	if m.confirm != "" {
		bottom = append(bottom, s.Bad.Render(m.T(i18n.ListDeleteTitle)),
			s.Bad.Render(ansi.Truncate("\""+inert.String(m.confirm)+"\"?", w, "…")))
		bottom = append(bottom, ansi.Truncate(s.Key.Render("y")+s.Muted.Render(" "+m.T(i18n.ListYes)+" · ")+s.Key.Render("n")+s.Muted.Render(" "+m.T(i18n.ListNo)), w, "…"))
	}

	var lines []string
	from, to := 0, 0 // the cursor item's lines
	for i, idx := range m.shown {
		if i == m.cursor {
			from = len(lines)
		}
		lines = append(lines, m.itemLines(i, m.items[idx], w)...)
		if i == m.cursor {
			to = len(lines)
		}
	}
	switch {
	case len(m.items) == 0:
		lines = append(lines, s.Muted.Render(m.T(i18n.ListEmpty)), s.Muted.Render(ansi.Truncate(m.T(i18n.ListEmptyHint), w, "…")))
	case len(m.shown) == 0:
		lines = append(lines, s.Muted.Render(ansi.Truncate(m.T(i18n.ListNoMatch), w, "…")))
	}
	h := m.Height - len(top) - len(bottom)
	if m.Height > 0 && h < 1 {
		return strings.Join(clip(append(top, bottom...), m.Height), "\n")
	}
	if m.Height > 0 && len(lines) > h {
		start := 0
		if to > h {
			start = to - h
		}
		if from < start {
			start = from
		}
		lines = lines[start:min(start+h, len(lines))]
	}
	out := append(top, lines...)
	if m.Height > 0 && len(bottom) > 0 {
		for len(out) < m.Height-len(bottom) {
			out = append(out, "")
		}
	}
	return strings.Join(clip(append(out, bottom...), m.Height), "\n")
}

// itemLines draws one profile: its name line and its state line, and a
// third line for a temporary profile.
func (m Model) itemLines(i int, it Item, w int) []string {
	s := m.Styles
	marker := "  "
	if it.Name == m.active {
		marker = "▸ "
	}
	mark := ""
	if it.Default {
		mark = " " + DefaultMark
	}
	name := ansi.Truncate(inert.String(it.Name), max(w-2-ansi.StringWidth(mark), 1), "…")
	style := s.Value
	switch {
	case m.focused && i == m.cursor:
		style = s.Selected.Reverse(true)
	case it.Name == m.active:
		style = s.Selected
	}
	lines := []string{style.Render(marker+name) + s.Warn.Render(mark)}
	text, st := "", s.Muted
	switch {
	case it.Template:
		text, st = m.T(i18n.AppStateSetUp), s.Warn
	case m.state != nil:
		var u common.Urgency
		text, u = m.state(it.Name)
		st = s.ForUrgency(u)
	}
	if text != "" {
		lines = append(lines, "  "+st.Render(ansi.Truncate(text, max(w-2, 1), "…")))
	}
	if it.Temporary {
		tag := m.T(i18n.ListTemporary)
		if w-2 < ansi.StringWidth(tag) {
			tag = m.T(i18n.ListTemporaryShort)
		}
		lines = append(lines, "  "+s.Warn.Render(ansi.Truncate(tag, max(w-2, 1), "…")))
	}
	return lines
}

func clip(lines []string, h int) []string {
	if h > 0 && len(lines) > h {
		return lines[:h]
	}
	return lines
}
