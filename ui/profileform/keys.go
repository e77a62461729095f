package profileform

import (
	"github.com/charmbracelet/bubbles/key"

	"tokentui/profiles"
	"tokentui/text/i18n"
)

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

	Generate key.Binding // a new key pair for private_key_jwt
	CopyJWK  key.Binding // the public JWK of the private key
	CopyJWKS key.Binding // the same as a JWKS
}

// KeyMapIn returns the form's default bindings described in lang.
func KeyMapIn(lang i18n.Lang) KeyMap {
	t := func(k i18n.Key) string { return i18n.T(lang, k) }
	return KeyMap{
		Next:   key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab/↓", t(i18n.ProfileFormKeyNext))),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab/↑", t(i18n.ProfileFormKeyPrev))),
		Choose: key.NewBinding(key.WithKeys(" ", "left", "right"), key.WithHelp("space/←→", t(i18n.ProfileFormKeyChoose))),
		Fetch:  key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", t(i18n.ProfileFormKeyFetch))),
		Test:   key.NewBinding(key.WithKeys("ctrl+t"), key.WithHelp("ctrl+t", t(i18n.ProfileFormKeyTest))),
		Save:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", t(i18n.ProfileFormKeySave))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t(i18n.ProfileFormKeyCancel))),
		PageUp: key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", t(i18n.KeyScrollUp))),
		PageDn: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", t(i18n.KeyScrollDown))),

		Generate: key.NewBinding(key.WithKeys("ctrl+g"), key.WithHelp("ctrl+g", t(i18n.ProfileFormKeyGenerate))),
		CopyJWK:  key.NewBinding(key.WithKeys("ctrl+y"), key.WithHelp("ctrl+y", t(i18n.ProfileFormKeyCopyJWK))),
		CopyJWKS: key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", t(i18n.ProfileFormKeyCopyJWKS))),
	}
}

// ShortHelp is the footer's selection of keys.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Save, k.Fetch, k.Test, k.Next, k.Choose, k.Cancel}
}

// ShortHelp is the footer for where the form is: on the private key's row
// of a private_key_jwt profile ctrl+g comes first, and once a key pair was
// generated the keys that copy its JWK and JWKS.
func (m Model) ShortHelp() []key.Binding {
	k := m.keys
	var lead []key.Binding
	if m.chosen().Method() == profiles.AuthPrivateKeyJWT && m.at.kind == stopField && field(m.at.n) == fKey {
		lead = append(lead, k.Generate)
	}
	if _, _, ok := m.publicText(); ok {
		lead = append(lead, k.CopyJWK, k.CopyJWKS)
	}
	if len(lead) == 0 {
		return k.ShortHelp()
	}
	return append(lead, k.Save, k.Next, k.Cancel)
}

// FullHelp lists every key of the form.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.Choose, k.PageUp, k.PageDn}, {k.Fetch, k.Test, k.Save, k.Cancel},
		{k.Generate, k.CopyJWK, k.CopyJWKS}}
}
