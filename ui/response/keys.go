package response

import "github.com/charmbracelet/bubbles/key"

// KeyMap is the response view's bindings.
type KeyMap struct {
	Body     key.Binding
	Headers  key.Binding
	Timing   key.Binding
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Search   key.Binding
	Next     key.Binding
	Prev     key.Binding
	Clear    key.Binding
	Wrap     key.Binding
	Save     key.Binding
}

// DefaultKeyMap returns the response view's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Body:     key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "body")),
		Headers:  key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "headers")),
		Timing:   key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "timing")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+f", " "), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		Search:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search body")),
		Next:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", "next/previous match")),
		Prev:     key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		Clear:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear search")),
		Wrap:     key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "wrap long lines")),
		Save:     key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "save body to a file")),
	}
}

// ShortHelp is the footer's selection of keys.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Body, k.Headers, k.Timing, k.Search, k.Next}
}

// FullHelp lists every key of the response view.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Body, k.Headers, k.Timing, k.Wrap, k.Save},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Search, k.Next, k.Prev, k.Clear},
	}
}
