package explorer

import (
	"github.com/charmbracelet/bubbles/key"

	"tokentui/text/i18n"
)

// KeyMap is the explorer's bindings: typing filters the list.
type KeyMap struct {
	Up     key.Binding
	Down   key.Binding
	PgUp   key.Binding
	PgDown key.Binding
	Choose key.Binding
	Close  key.Binding
	Reload key.Binding // read the document again, skipping the cache
	Next   key.Binding // the form's next field
	Prev   key.Binding
	form   bool
}

// KeyMapIn returns the explorer's bindings described in lang.
func KeyMapIn(lang i18n.Lang) KeyMap {
	t := func(k i18n.Key) string { return i18n.T(lang, k) }
	return KeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", t(i18n.ListKeyUp))),
		Down:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", t(i18n.ListKeyDown))),
		PgUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", t(i18n.KeyPageUp))),
		PgDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", t(i18n.KeyPageDown))),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t(i18n.ExplorerKeyChoose))),
		Close:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t(i18n.ExplorerKeyClose))),
		Reload: key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", t(i18n.ExplorerKeyReload))),
		Next:   key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab", t(i18n.RequestKeyNextField))),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", t(i18n.RequestKeyPrevField))),
	}
}

// ShortHelp is the footer's keys for the list or the form.
func (k KeyMap) ShortHelp() []key.Binding {
	if k.form {
		return []key.Binding{k.Next, k.Choose, k.Close}
	}
	return []key.Binding{k.Down, k.Choose, k.Close}
}

// FullHelp lists every key.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PgUp, k.PgDown, k.Choose, k.Close, k.Reload}}
}
