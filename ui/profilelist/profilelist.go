// Package profilelist is the left pane: the profiles, each with the state
// of its token, the one in use and the default; a filter typed after `/`;
// and the keys that add, edit, delete, test and choose them. It only asks:
// every change is a message for the root to carry out.
package profilelist

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// Item is one profile in the list.
type Item struct {
	Name      string // the profile's name
	Detail    string // issuer or token URL; the filter matches it too
	Default   bool   // the file's default profile
	Template  bool   // a first-run template still to fill in: "set up first"
	Temporary bool   // typed in for this session only, never saved
}

// Messages the list sends up; the root carries them out.
type (
	// SelectedMsg says the user chose a profile to use.
	SelectedMsg struct{ Name string }
	// AddMsg asks for the form to add a profile; Temporary asks for one
	// kept only for this session.
	AddMsg struct{ Temporary bool }
	// EditMsg asks for the form to edit a profile.
	EditMsg struct{ Name string }
	// DeleteMsg asks to delete a profile; the user has confirmed.
	DeleteMsg struct{ Name string }
	// DefaultMsg asks to make a profile the default.
	DefaultMsg struct{ Name string }
	// TestMsg asks to test a profile's credentials (the diagnose checks).
	TestMsg struct{ Name string }
)

// StateFunc returns the token state text and urgency of a profile.
type StateFunc func(name string) (string, common.Urgency)

// Model is the profiles pane.
type Model struct {
	common.Common
	items     []Item
	shown     []int // indexes into items that pass the filter
	cursor    int   // index into shown
	active    string
	state     StateFunc
	keys      KeyMap
	focused   bool
	filter    textinput.Model
	filtering bool   // the filter has the keyboard
	confirm   string // the profile whose deletion awaits y/n
}

// New returns the list with the active profile selected.
func New(c common.Common, items []Item, active string, state StateFunc) Model {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = c.T(i18n.ListFilterHint)
	in.CharLimit = 100
	in.Cursor.SetMode(cursor.CursorStatic)
	if c.Styles != nil {
		in.PromptStyle = c.Styles.Key
		in.PlaceholderStyle = c.Styles.Muted
	}
	m := Model{Common: c, active: active, state: state, keys: KeyMapIn(c.Lang), filter: in}
	m.SetItems(items)
	return m
}

// KeyMap returns the pane's bindings.
func (m Model) KeyMap() KeyMap { return m.keys }

// Focus gives the pane the keyboard.
func (m *Model) Focus() { m.focused = true }

// Blur takes the keyboard away; a pending question is dropped.
func (m *Model) Blur() {
	m.focused, m.filtering, m.confirm = false, false, ""
	m.filter.Blur()
}

// SetSize sets the inner size the pane draws in.
func (m *Model) SetSize(w, h int) {
	m.Common.SetSize(w, h)
	m.filter.Width = max(w-3, 1)
}

// Editing reports whether the pane wants every key: while the filter is
// typed, or while a deletion waits for y/n.
func (m Model) Editing() bool { return m.filtering || m.confirm != "" }

// Cancel leaves the filter or the question; it reports whether there was one.
func (m *Model) Cancel() bool {
	if !m.Editing() {
		return false
	}
	m.filtering, m.confirm = false, ""
	m.filter.Blur()
	return true
}

// SetState sets how the list learns each profile's token state.
func (m *Model) SetState(f StateFunc) { m.state = f }

// SetActive marks the profile in use and moves the cursor to it.
func (m *Model) SetActive(name string) {
	m.active = name
	m.moveTo(name)
}

// SetItems replaces the profiles, keeping the cursor on the same profile
// when it is still there, else on the active one.
func (m *Model) SetItems(items []Item) {
	cur := m.Selected()
	m.items = items
	m.refilter()
	if !m.moveTo(cur) {
		m.moveTo(m.active)
	}
	if m.confirm != "" && !m.has(m.confirm) {
		m.confirm = ""
	}
}

// Items returns the profiles, in order.
func (m Model) Items() []Item { return m.items }

// Filter returns the filter text.
func (m Model) Filter() string { return m.filter.Value() }

// Selected is the name under the cursor, "" when the list shows none.
func (m Model) Selected() string {
	if m.cursor < 0 || m.cursor >= len(m.shown) {
		return ""
	}
	return m.items[m.shown[m.cursor]].Name
}

func (m Model) has(name string) bool {
	for _, it := range m.items {
		if it.Name == name {
			return true
		}
	}
	return false
}

func (m *Model) moveTo(name string) bool {
	for i, idx := range m.shown {
		if m.items[idx].Name == name {
			m.cursor = i
			return true
		}
	}
	m.cursor = min(m.cursor, max(len(m.shown)-1, 0))
	return false
}

// refilter recomputes the profiles shown: those whose name or detail holds
// the filter, ignoring case.
func (m *Model) refilter() {
	q := strings.ToLower(strings.TrimSpace(m.filter.Value()))
	m.shown = m.shown[:0]
	for i, it := range m.items {
		if q == "" || strings.Contains(strings.ToLower(it.Name), q) || strings.Contains(strings.ToLower(it.Detail), q) {
			m.shown = append(m.shown, i)
		}
	}
	m.cursor = min(m.cursor, max(len(m.shown)-1, 0))
}

// Update moves the cursor, types the filter and turns keys into requests.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok || !m.focused {
		return m, nil
	}
	switch {
	case m.confirm != "":
		return m.confirmKey(k)
	case m.filtering:
		return m.filterKey(k)
	}
	if k.Type == tea.KeyRunes && len(k.Runes) > 1 && k.Runes[0] == '/' && !k.Paste {
		// "/" and what follows, read together from a fast typist or a script
		m.filtering = true
		cmd := m.filter.Focus()
		m.filter.SetValue(m.filter.Value() + string(k.Runes[1:]))
		m.filter.CursorEnd()
		m.refilter()
		m.cursor = 0
		return m, cmd
	}
	name := m.Selected()
	send := func(msg tea.Msg) (Model, tea.Cmd) { return m, func() tea.Msg { return msg } }
	switch {
	case key.Matches(k, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(k, m.keys.Down):
		m.cursor = max(min(m.cursor+1, len(m.shown)-1), 0)
	case key.Matches(k, m.keys.Filter):
		m.filtering = true
		m.filter.CursorEnd()
		cmd := m.filter.Focus()
		return m, cmd
	case key.Matches(k, m.keys.ClearFilter):
		m.filter.SetValue("")
		m.refilter()
		m.moveTo(m.active)
	case key.Matches(k, m.keys.Add):
		return send(AddMsg{})
	case key.Matches(k, m.keys.Temporary):
		return send(AddMsg{Temporary: true})
	case name == "":
		// the keys below need a profile under the cursor
	case key.Matches(k, m.keys.Choose):
		m.active = name
		return send(SelectedMsg{Name: name})
	case key.Matches(k, m.keys.Edit):
		return send(EditMsg{Name: name})
	case key.Matches(k, m.keys.Delete):
		m.confirm = name
	case key.Matches(k, m.keys.Default):
		return send(DefaultMsg{Name: name})
	case key.Matches(k, m.keys.Test):
		return send(TestMsg{Name: name})
	}
	return m, nil
}

func (m Model) confirmKey(k tea.KeyMsg) (Model, tea.Cmd) {
	name := m.confirm
	switch {
	case key.Matches(k, m.keys.Yes):
		m.confirm = ""
		return m, func() tea.Msg { return DeleteMsg{Name: name} }
	case key.Matches(k, m.keys.No):
		m.confirm = ""
	}
	return m, nil
}

// filterKey types into the filter: Enter keeps it and gives the keys back
// to the list, Esc clears it; arrows still move through what is shown.
func (m Model) filterKey(k tea.KeyMsg) (Model, tea.Cmd) {
	switch k.Type {
	case tea.KeyEsc:
		m.filtering = false
		m.filter.Blur()
		m.filter.SetValue("")
		m.refilter()
		m.moveTo(m.active)
		return m, nil
	case tea.KeyEnter, tea.KeyTab:
		m.filtering = false
		m.filter.Blur()
		return m, nil
	case tea.KeyUp:
		m.cursor = max(m.cursor-1, 0)
		return m, nil
	case tea.KeyDown:
		m.cursor = max(min(m.cursor+1, len(m.shown)-1), 0)
		return m, nil
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(k)
	m.refilter()
	m.cursor = 0
	return m, cmd
}
