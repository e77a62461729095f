package common

import "tokentui/text/i18n"

// Common is what every pane embeds: its size, the shared styles and the
// language it speaks.
type Common struct {
	Width  int
	Height int
	Styles *Styles
	Lang   i18n.Lang // "" reads as English
}

// SetSize records the inner size a pane may draw in.
func (c *Common) SetSize(w, h int) {
	c.Width, c.Height = max(w, 0), max(h, 0)
}

// T is the catalogue's text for key in the pane's language.
func (c Common) T(key i18n.Key, args ...any) string { return i18n.T(c.Lang, key, args...) }
