package common

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"tokentui/ui/i18n"
)

// GlobalKeys are the bindings the root model handles whatever pane has focus
// (unless a text field is being edited).
type GlobalKeys struct {
	Quit      key.Binding
	ForceQuit key.Binding
	Help      key.Binding
	NextFocus key.Binding
	PrevFocus key.Binding
	Tabs      [4]key.Binding
	allTabs   key.Binding // 1-4, for the full help
}

// TabNames are the names of the four tabs in lang, in the order of their
// number keys.
func TabNames(lang i18n.Lang) [4]string {
	return [4]string{
		i18n.T(lang, i18n.AppTabToken), i18n.T(lang, i18n.AppTabRequest),
		i18n.T(lang, i18n.AppTabFlow), i18n.T(lang, i18n.AppTabHistory),
	}
}

// NewGlobalKeys returns the default global bindings, described in English.
func NewGlobalKeys() GlobalKeys { return NewGlobalKeysIn(i18n.En) }

// NewGlobalKeysIn returns the default global bindings described in lang.
func NewGlobalKeysIn(lang i18n.Lang) GlobalKeys {
	t := func(k i18n.Key) string { return i18n.T(lang, k) }
	tabs := TabNames(lang)
	return GlobalKeys{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", t(i18n.KeyQuit))),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", t(i18n.KeyCancelQuit))),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", t(i18n.KeyAllKeys))),
		NextFocus: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t(i18n.KeyNextPane))),
		PrevFocus: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t(i18n.KeyPrevPane))),
		Tabs: [4]key.Binding{
			key.NewBinding(key.WithKeys("1"), key.WithHelp("1", tabs[0])),
			key.NewBinding(key.WithKeys("2"), key.WithHelp("2", tabs[1])),
			key.NewBinding(key.WithKeys("3"), key.WithHelp("3", tabs[2])),
			key.NewBinding(key.WithKeys("4"), key.WithHelp("4", tabs[3])),
		},
		allTabs: key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", strings.Join(tabs[:], ", "))),
	}
}

// ShortHelp lists the global keys that always have a place in the footer
// (the root adds "tab next pane" where there is room).
func (k GlobalKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Help, k.Quit}
}

// FullHelp lists every global key, in columns.
func (k GlobalKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.allTabs, k.NextFocus, k.PrevFocus}, {k.Help, k.Quit, k.ForceQuit}}
}
