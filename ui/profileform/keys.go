package profileform

import "github.com/charmbracelet/bubbles/key"

// KeyMap is the form's bindings. Letters, digits and space are typed into
// the focused field, so the actions are on control keys.
type KeyMap struct {
	Next   key.Binding // the next field
	Prev   key.Binding // the previous field
	Choose key.Binding // a choice's next option; a scope on or off
	Fetch  key.Binding // fetch the issuer's metadata
	Test   key.Binding // test the credentials
	Save   key.Binding
	Cancel key.Binding // stop what runs, else close the form
	PageUp key.Binding
	PageDn key.Binding
}

// DefaultKeyMap returns the form's default bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Next:   key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab/↓", "next field")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab/↑", "previous field")),
		Choose: key.NewBinding(key.WithKeys(" ", "left", "right"), key.WithHelp("space/←→", "choose / toggle scope")),
		Fetch:  key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "fetch issuer metadata")),
		Test:   key.NewBinding(key.WithKeys("ctrl+t"), key.WithHelp("ctrl+t", "test credentials")),
		Save:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop / close")),
		PageUp: key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll up")),
		PageDn: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "scroll down")),
	}
}

// ShortHelp is the footer's selection of keys.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Save, k.Fetch, k.Test, k.Next, k.Choose, k.Cancel}
}

// FullHelp lists every key of the form.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Choose, k.PageUp, k.PageDn}, {k.Fetch, k.Test, k.Save, k.Cancel}}
}
