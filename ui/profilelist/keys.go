package profilelist

import (
	"github.com/charmbracelet/bubbles/key"

	"tokentui/text/i18n"
)

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
	lang             i18n.Lang   // the language of the full help's pairs
}

// KeyMapIn returns the list's default bindings described in lang.
func KeyMapIn(lang i18n.Lang) KeyMap {
	t := func(k i18n.Key) string { return i18n.T(lang, k) }
	return KeyMap{
		lang:        lang,
		Up:          key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t(i18n.ListKeyUp))),
		Down:        key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t(i18n.ListKeyDown))),
		Choose:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t(i18n.ListKeyUse))),
		Filter:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", t(i18n.ListKeyFilter))),
		ClearFilter: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t(i18n.ListKeyClear))),
		Add:         key.NewBinding(key.WithKeys("a"), key.WithHelp("a", t(i18n.ListKeyAdd))),
		Temporary:   key.NewBinding(key.WithKeys("T"), key.WithHelp("T", t(i18n.ListKeyTemporary))),
		Edit:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", t(i18n.ListKeyEdit))),
		Delete:      key.NewBinding(key.WithKeys("x"), key.WithHelp("x", t(i18n.ListKeyDelete))),
		Default:     key.NewBinding(key.WithKeys("D"), key.WithHelp("D", t(i18n.ListKeyDefault))),
		Test:        key.NewBinding(key.WithKeys("t"), key.WithHelp("t", t(i18n.ListKeyTest))),
		Yes:         key.NewBinding(key.WithKeys("y"), key.WithHelp("y", t(i18n.ListKeyYes))),
		No:          key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", t(i18n.ListKeyNo))),
	}
}

// ShortHelp is the footer's selection of keys.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Choose, k.Filter, k.Add, k.Edit, k.Delete, k.Test, k.Temporary, k.Default}
}

// FullHelp lists every key of the list, two to a line so that the help
// screen still fits 80×24.
func (k KeyMap) FullHelp() [][]key.Binding {
	pair := func(a, b key.Binding, desc i18n.Key) key.Binding {
		return key.NewBinding(key.WithKeys(append(a.Keys(), b.Keys()...)...),
			key.WithHelp(a.Help().Key+" "+b.Help().Key, i18n.T(k.lang, desc)))
	}
	return [][]key.Binding{
		{key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑↓", i18n.T(k.lang, i18n.ListKeyMove))), k.Choose,
			pair(k.Filter, k.ClearFilter, i18n.ListPairFilter)},
		{pair(k.Add, k.Temporary, i18n.ListPairAdd), pair(k.Edit, k.Delete, i18n.ListPairEdit),
			pair(k.Default, k.Test, i18n.ListPairDefault)},
	}
}
