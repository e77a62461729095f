// Package profilelist is the left pane: the saved profiles, each with the
// state of its token, and the one in use.
package profilelist

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"tokentui/ui/common"
	"tokentui/ui/inert"
)

// Item is one profile in the list.
type Item struct {
	Name   string // the profile's name
	Detail string // issuer or token URL, shown under the name when there is room
}

// SelectedMsg says the user chose a profile.
type SelectedMsg struct{ Name string }

// StateFunc returns the token state text and urgency of a profile.
type StateFunc func(name string) (string, common.Urgency)

// KeyMap is the list's bindings.
type KeyMap struct {
	Up, Down, Choose key.Binding
}

// DefaultKeyMap returns the list's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "use profile")),
	}
}

// ShortHelp is the footer's selection of keys.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.Choose} }

// FullHelp lists every key of the list.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{{k.Up, k.Down, k.Choose}} }

// Model is the profiles pane.
type Model struct {
	common.Common
	items   []Item
	cursor  int
	active  string
	state   StateFunc
	keys    KeyMap
	focused bool
}

// New returns the list with the active profile selected.
func New(c common.Common, items []Item, active string, state StateFunc) Model {
	m := Model{Common: c, items: items, active: active, state: state, keys: DefaultKeyMap()}
	for i, it := range items {
		if it.Name == active {
			m.cursor = i
		}
	}
	return m
}

// KeyMap returns the pane's bindings.
func (m Model) KeyMap() KeyMap { return m.keys }

// Focus gives the pane the keyboard.
func (m *Model) Focus() { m.focused = true }

// Blur takes the keyboard away.
func (m *Model) Blur() { m.focused = false }

// SetState sets how the list learns each profile's token state.
func (m *Model) SetState(f StateFunc) { m.state = f }

// SetActive marks the profile in use.
func (m *Model) SetActive(name string) { m.active = name }

// Update moves the cursor and chooses a profile.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok || !m.focused {
		return m, nil
	}
	switch {
	case key.Matches(k, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(k, m.keys.Down):
		m.cursor = min(m.cursor+1, len(m.items)-1)
	case key.Matches(k, m.keys.Choose):
		if len(m.items) > 0 {
			name := m.items[m.cursor].Name
			m.active = name
			return m, func() tea.Msg { return SelectedMsg{Name: name} }
		}
	}
	return m, nil
}

// View lists the profiles: a marker for the one in use, the cursor when
// focused, and each token's state.
func (m Model) View() string {
	s := m.Styles
	w := max(m.Width, 4)
	var lines []string
	for i, it := range m.items {
		marker := "  "
		if it.Name == m.active {
			marker = "▸ "
		}
		name := ansi.Truncate(inert.String(it.Name), w-2, "…")
		style := s.Value
		if m.focused && i == m.cursor {
			style = s.Selected.Reverse(true)
		} else if it.Name == m.active {
			style = s.Selected
		}
		lines = append(lines, style.Render(marker+name))
		if m.state != nil {
			text, u := m.state(it.Name)
			lines = append(lines, "  "+s.ForUrgency(u).Render(ansi.Truncate(text, w-2, "…")))
		}
	}
	if len(m.items) == 0 {
		lines = append(lines, s.Muted.Render("no profiles"))
	}
	if len(lines) > m.Height && m.Height > 0 {
		start := min(max(m.cursor*2-m.Height/2, 0), len(lines)-m.Height)
		lines = lines[start : start+m.Height]
	}
	return strings.Join(lines, "\n")
}
