package code

import (
	"github.com/charmbracelet/bubbles/key"

	"tokentui/text/i18n"
)

// KeyMap is the Code view's bindings, and Open, the key that opens it
// from the Flow's last step and from the Request tab.
type KeyMap struct {
	Open     key.Binding
	NextLang key.Binding
	PrevLang key.Binding
	Copy     key.Binding
	Close    key.Binding
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
}

// KeyMapIn returns the Code view's bindings described in lang.
func KeyMapIn(lang i18n.Lang) KeyMap {
	t := func(k i18n.Key) string { return i18n.T(lang, k) }
	return KeyMap{
		Open:     key.NewBinding(key.WithKeys("x"), key.WithHelp("x", t(i18n.CodeKeyOpen))),
		NextLang: key.NewBinding(key.WithKeys("right", "l", "tab"), key.WithHelp("→/tab", t(i18n.CodeKeyNextLang))),
		PrevLang: key.NewBinding(key.WithKeys("left", "h", "shift+tab"), key.WithHelp("←", t(i18n.CodeKeyPrevLang))),
		Copy:     key.NewBinding(key.WithKeys("c", "y"), key.WithHelp("c", t(i18n.CodeKeyCopy))),
		Close:    key.NewBinding(key.WithKeys("esc", "q", "x"), key.WithHelp("esc", t(i18n.CodeKeyClose))),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t(i18n.KeyScrollUp))),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t(i18n.KeyScrollDown))),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", t(i18n.KeyPageUp))),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn", t(i18n.KeyPageDown))),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", t(i18n.ResponseKeyTop))),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", t(i18n.ResponseKeyBottom))),
	}
}

// ShortHelp is the footer's selection while the Code view shows.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Close, k.NextLang, k.Copy, k.Down}
}

// FullHelp lists every key of the Code view.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextLang, k.PrevLang, k.Copy, k.Close},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
	}
}
