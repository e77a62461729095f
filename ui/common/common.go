package common

// Common is what every pane embeds: its size and the shared styles.
type Common struct {
	Width  int
	Height int
	Styles *Styles
}

// SetSize records the inner size a pane may draw in.
func (c *Common) SetSize(w, h int) {
	c.Width, c.Height = max(w, 0), max(h, 0)
}
