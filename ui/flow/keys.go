package flow

import (
	"github.com/charmbracelet/bubbles/key"

	"tokentui/text/i18n"
)

// KeyMap is the Flow tab's bindings.
type KeyMap struct {
	Next     key.Binding
	Prev     key.Binding
	Restart  key.Binding
	NewToken key.Binding
	Present  key.Binding
	Diagnose key.Binding
	Copy     key.Binding
	Confirm  key.Binding
	Refuse   key.Binding
	Back     key.Binding
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDn   key.Binding
	Storm    key.Binding // "Why reuse", on the embedded sandbox only

	lang i18n.Lang // the language of the short descriptions
}

// KeyMapIn returns the Flow tab's default bindings described in lang.
func KeyMapIn(lang i18n.Lang) KeyMap {
	t := func(k i18n.Key) string { return i18n.T(lang, k) }
	return KeyMap{
		Next:     key.NewBinding(key.WithKeys("n", "right", "l"), key.WithHelp("n/→", t(i18n.FlowKeyNext))),
		Prev:     key.NewBinding(key.WithKeys("p", "left", "h"), key.WithHelp("p/←", t(i18n.FlowKeyPrev))),
		Restart:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", t(i18n.FlowKeyRestart))),
		NewToken: key.NewBinding(key.WithKeys("F"), key.WithHelp("F", t(i18n.FlowKeyNewToken))),
		Present:  key.NewBinding(key.WithKeys("P"), key.WithHelp("P", t(i18n.FlowKeyPresent))),
		Diagnose: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", t(i18n.FlowKeyDiagnose))),
		Copy:     key.NewBinding(key.WithKeys("c"), key.WithHelp("c", t(i18n.FlowKeyCopy))),
		Confirm:  key.NewBinding(key.WithKeys("y"), key.WithHelp("y", t(i18n.FlowKeyConfirm))),
		Refuse:   key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", t(i18n.TokenKeyKeep))),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t(i18n.FlowKeyBack))),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t(i18n.KeyScrollUp))),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t(i18n.KeyScrollDown))),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", t(i18n.KeyPageUp))),
		PageDn:   key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn", t(i18n.KeyPageDown))),
		Storm:    key.NewBinding(key.WithKeys("w"), key.WithHelp("w", t(i18n.FlowKeyStorm))),
		lang:     lang,
	}
}

// ShortHelp is the footer's selection of keys, described in a word so
// that they fit 80 columns.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.short(k.Next, i18n.FlowShortNext), k.short(k.Prev, i18n.FlowShortBack),
		k.short(k.Restart, i18n.FlowKeyRestart), k.short(k.Diagnose, i18n.FlowShortDiag),
		k.short(k.Present, i18n.FlowShortPresent), k.short(k.NewToken, i18n.FlowShortNew), k.Storm}
}

// short is b with a shorter description.
func (k KeyMap) short(b key.Binding, desc i18n.Key) key.Binding {
	b.SetHelp(b.Help().Key, i18n.T(k.lang, desc))
	return b
}

// FullHelp lists every Flow key.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.Restart, k.NewToken, k.Present},
		{k.Diagnose, k.Storm, k.Copy, k.Back, k.Up, k.Down, k.PageUp, k.PageDn},
	}
}

// diagnoseHelp is the footer while the diagnosis shows.
func (k KeyMap) diagnoseHelp() []key.Binding {
	return []key.Binding{k.Copy, k.short(k.Diagnose, i18n.FlowShortAgain), k.short(k.Back, i18n.FlowShortBack), k.Down}
}

// stormHelp is the footer while "Why reuse" shows.
func (k KeyMap) stormHelp() []key.Binding {
	return []key.Binding{k.short(k.Storm, i18n.FlowShortAgain), k.short(k.Back, i18n.FlowShortBack), k.Down}
}

// confirmHelp is the footer while the new-token question shows.
func (k KeyMap) confirmHelp() []key.Binding { return []key.Binding{k.Confirm, k.Refuse} }
