package common

import (
	"strconv"

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
	// Tabs are the digits 1…n, one a tab: they switch tabs outside text
	// fields (inside one they are typed).
	Tabs []key.Binding
	// AnyTabs are alt+1…n and F1…Fn: they switch tabs from everywhere,
	// text fields included, since typing never produces them.
	AnyTabs  []key.Binding
	allTabs  key.Binding // 1-n, for the full help
	anyTabs  key.Binding // alt+1-n F1-Fn, for the full help
	editTabs key.Binding // the same, shorter, for the footer while typing
}

// NewGlobalKeysIn returns the default global bindings described in lang,
// with a number key for each of the tabs (their names, in order; nine at
// most).
func NewGlobalKeysIn(lang i18n.Lang, tabs []string) GlobalKeys {
	t := func(k i18n.Key, args ...any) string { return i18n.T(lang, k, args...) }
	k := GlobalKeys{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", t(i18n.KeyQuit))),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", t(i18n.KeyCancelQuit))),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", t(i18n.KeyAllKeys))),
		NextFocus: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t(i18n.KeyNextPane))),
		PrevFocus: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t(i18n.KeyPrevPane))),
	}
	var digits, anywhere []string
	for i, name := range tabs[:min(len(tabs), 9)] {
		d := strconv.Itoa(i + 1)
		k.Tabs = append(k.Tabs, key.NewBinding(key.WithKeys(d), key.WithHelp(d, name)))
		k.AnyTabs = append(k.AnyTabs, key.NewBinding(key.WithKeys("alt+"+d, "f"+d), key.WithHelp("alt+"+d+" F"+d, name)))
		digits = append(digits, d)
		anywhere = append(anywhere, "alt+"+d)
	}
	for i := range digits {
		anywhere = append(anywhere, "f"+digits[i])
	}
	last := strconv.Itoa(len(digits))
	k.allTabs = key.NewBinding(key.WithKeys(digits...), key.WithHelp("1-"+last, t(i18n.KeyTabsOutside)))
	k.anyTabs = key.NewBinding(key.WithKeys(anywhere...), key.WithHelp("alt+1-"+last+" F1-F"+last, t(i18n.KeyTabsAnywhere)))
	k.editTabs = key.NewBinding(key.WithKeys(anywhere...), key.WithHelp("alt+1-"+last, t(i18n.KeyTabsShort)))
	return k
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
