package common

import (
	"github.com/charmbracelet/bubbles/key"

	"tokentui/text/i18n"
)

// GlobalKeys are the bindings the root model handles whatever pane has focus
// (unless a text field is being edited).
type GlobalKeys struct {
	Quit      key.Binding
	ForceQuit key.Binding
	Help      key.Binding
	NextFocus key.Binding
	PrevFocus key.Binding
	// Tabs are the digits 1-4: they switch tabs outside text fields
	// (inside one they are typed).
	Tabs [4]key.Binding
	// AnyTabs are alt+1…4 and F1…F4: they switch tabs from everywhere,
	// text fields included, since typing never produces them.
	AnyTabs  [4]key.Binding
	allTabs  key.Binding // 1-4, for the full help
	anyTabs  key.Binding // alt+1-4 F1-F4, for the full help
	editTabs key.Binding // the same, shorter, for the footer while typing
}

// TabNames are the names of the four tabs in lang, in the order of their
// number keys.
func TabNames(lang i18n.Lang) [4]string {
	return [4]string{
		i18n.T(lang, i18n.AppTabToken), i18n.T(lang, i18n.AppTabRequest),
		i18n.T(lang, i18n.AppTabFlow), i18n.T(lang, i18n.AppTabHistory),
	}
}

// NewGlobalKeysIn returns the default global bindings described in lang.
func NewGlobalKeysIn(lang i18n.Lang) GlobalKeys {
	t := func(k i18n.Key, args ...any) string { return i18n.T(lang, k, args...) }
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
		AnyTabs: [4]key.Binding{
			key.NewBinding(key.WithKeys("alt+1", "f1"), key.WithHelp("alt+1 F1", tabs[0])),
			key.NewBinding(key.WithKeys("alt+2", "f2"), key.WithHelp("alt+2 F2", tabs[1])),
			key.NewBinding(key.WithKeys("alt+3", "f3"), key.WithHelp("alt+3 F3", tabs[2])),
			key.NewBinding(key.WithKeys("alt+4", "f4"), key.WithHelp("alt+4 F4", tabs[3])),
		},
		allTabs: key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", t(i18n.KeyTabsOutside))),
		anyTabs: key.NewBinding(key.WithKeys("alt+1", "alt+2", "alt+3", "alt+4", "f1", "f2", "f3", "f4"),
			key.WithHelp("alt+1-4 F1-F4", t(i18n.KeyTabsAnywhere))),
		editTabs: key.NewBinding(key.WithKeys("alt+1", "alt+2", "alt+3", "alt+4", "f1", "f2", "f3", "f4"),
			key.WithHelp("alt+1-4", t(i18n.KeyTabsShort))),
	}
}

// ShortHelp lists the global keys that always have a place in the footer
// (the root adds "tab next pane" where there is room).
func (k GlobalKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Help, k.Quit}
}

// EditingHelp is what the footer offers besides the pane's keys while a
// text field has the keyboard: q and ? are typed there, tabs still switch
// with alt+1-4 or F1-F4.
func (k GlobalKeys) EditingHelp() []key.Binding {
	return []key.Binding{k.editTabs}
}

// FullHelp lists every global key, in columns.
func (k GlobalKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.anyTabs, k.allTabs, k.NextFocus, k.PrevFocus}, {k.Help, k.Quit, k.ForceQuit}}
}
