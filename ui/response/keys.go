package response

import (
	"github.com/charmbracelet/bubbles/key"

	"tokentui/text/i18n"
)

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
	JQ       key.Binding // filter the body with jq

	prompting promptKind // the prompt taking the keys, for ShortHelp
	lang      i18n.Lang
}

// KeyMapIn returns the response view's default bindings described in lang.
func KeyMapIn(lang i18n.Lang) KeyMap {
	t := func(k i18n.Key) string { return i18n.T(lang, k) }
	return KeyMap{
		Body:     key.NewBinding(key.WithKeys("b"), key.WithHelp("b", t(i18n.ResponseKeyBody))),
		Headers:  key.NewBinding(key.WithKeys("h"), key.WithHelp("h", t(i18n.ResponseKeyHeaders))),
		Timing:   key.NewBinding(key.WithKeys("t"), key.WithHelp("t", t(i18n.ResponseKeyTiming))),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t(i18n.KeyScrollUp))),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t(i18n.KeyScrollDown))),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", t(i18n.KeyPageUp))),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+f", " "), key.WithHelp("pgdn", t(i18n.KeyPageDown))),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", t(i18n.ResponseKeyTop))),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", t(i18n.ResponseKeyBottom))),
		Search:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", t(i18n.ResponseKeySearch))),
		Next:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", t(i18n.ResponseKeyNext))),
		Prev:     key.NewBinding(key.WithKeys("N"), key.WithHelp("N", t(i18n.ResponseKeyPrev))),
		Clear:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t(i18n.ResponseKeyClear))),
		Wrap:     key.NewBinding(key.WithKeys("w"), key.WithHelp("w", t(i18n.ResponseKeyWrap))),
		Save:     key.NewBinding(key.WithKeys("S"), key.WithHelp("S", t(i18n.ResponseKeySave))),
		JQ:       key.NewBinding(key.WithKeys("J"), key.WithHelp("J", t(i18n.ResponseKeyJQ))),
		lang:     lang,
	}
}

// ShortHelp is the footer's selection of keys; while a prompt (search,
// save as, jq) takes the keys, its own.
func (k KeyMap) ShortHelp() []key.Binding {
	if k.prompting != promptNone {
		what := i18n.ResponsePromptSearch
		switch k.prompting {
		case promptSave:
			what = i18n.ResponsePromptSave
		case promptJQ:
			what = i18n.ResponsePromptJQ
		}
		return []key.Binding{
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", i18n.T(k.lang, what))),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", i18n.T(k.lang, i18n.ResponsePromptCancel))),
		}
	}
	return []key.Binding{k.Body, k.Headers, k.Timing, k.Search, k.Next}
}

// FullHelp lists every key of the response view.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Body, k.Headers, k.Timing, k.Wrap, k.Save, k.JQ},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Search, k.Next, k.Prev, k.Clear},
	}
}
