package profilelist

import "github.com/charmbracelet/bubbles/key"

// KeyMap is the list's bindings.
type KeyMap struct {
	Up, Down, Choose key.Binding
	Filter           key.Binding // start typing a filter
	ClearFilter      key.Binding // esc: clear the filter and stop typing
	Add              key.Binding
	Temporary        key.Binding // add a profile kept only for this session
	Edit             key.Binding
	Delete           key.Binding
	Default          key.Binding
	Test             key.Binding
	Yes, No          key.Binding // the delete confirmation
}

// DefaultKeyMap returns the list's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Choose:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "use")),
		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter")),
		Add:         key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add")),
		Temporary:   key.NewBinding(key.WithKeys("T"), key.WithHelp("T", "temporary profile")),
		Edit:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit")),
		Delete:      key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "delete")),
		Default:     key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "make default")),
		Test:        key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "test credentials")),
		Yes:         key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "delete it")),
		No:          key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "keep it")),
	}
}

// ShortHelp is the footer's selection of keys.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Choose, k.Filter, k.Add, k.Edit, k.Delete, k.Test, k.Temporary, k.Default}
}

// FullHelp lists every key of the list, two to a line so that the help
// screen still fits 80×24.
func (k KeyMap) FullHelp() [][]key.Binding {
	pair := func(a, b key.Binding, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(append(a.Keys(), b.Keys()...)...),
			key.WithHelp(a.Help().Key+" "+b.Help().Key, desc))
	}
	return [][]key.Binding{
		{key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑↓", "move")), k.Choose,
			pair(k.Filter, k.ClearFilter, "filter, clear")},
		{pair(k.Add, k.Temporary, "add, temporary"), pair(k.Edit, k.Delete, "edit, delete"),
			pair(k.Default, k.Test, "default, test")},
	}
}
