// Package common holds what every pane of the TUI shares: the styles built
// from one palette, the global key bindings and time formatting.
package common

import "github.com/charmbracelet/lipgloss"

// Palette names the few colours the app uses, each chosen for a dark or a
// light background. Nothing outside this file writes a colour.
type Palette struct {
	Accent  lipgloss.Color // titles, the active tab, the focused border
	Muted   lipgloss.Color // labels, help, secondary text
	Text    lipgloss.Color // ordinary text
	Good    lipgloss.Color // valid token, 2xx, verified signature
	Warn    lipgloss.Color // expiring soon, 3xx/4xx warnings
	Bad     lipgloss.Color // expired, errors, failed signature
	Border  lipgloss.Color // unfocused borders
	JWTHead lipgloss.Color // the header part of a raw JWT
	JWTBody lipgloss.Color // the payload part of a raw JWT
	JWTSig  lipgloss.Color // the signature part of a raw JWT
}

func palette(isDark bool) Palette {
	if isDark {
		return Palette{
			Accent: "#7AA2F7", Muted: "#8089A8", Text: "#D6DAE8",
			Good: "#73C991", Warn: "#E5C07B", Bad: "#F7768E", Border: "#3B4261",
			JWTHead: "#F7768E", JWTBody: "#BB9AF7", JWTSig: "#2AC3DE",
		}
	}
	return Palette{
		Accent: "#2E59C7", Muted: "#5C6378", Text: "#1F2330",
		Good: "#1A7F37", Warn: "#9A6700", Bad: "#CF222E", Border: "#B6BCCB",
		JWTHead: "#CF222E", JWTBody: "#8250DF", JWTSig: "#0969DA",
	}
}

// Styles is every lipgloss style the panes use, built once by NewStyles.
type Styles struct {
	Palette Palette

	App       lipgloss.Style // the whole screen
	Header    lipgloss.Style // the top bar
	AppName   lipgloss.Style // "tokentui" in the header
	Footer    lipgloss.Style // the help line at the bottom
	Pane      lipgloss.Style // an unfocused pane's frame
	PaneFocus lipgloss.Style // the focused pane's frame
	Tab       lipgloss.Style // an inactive tab label
	TabActive lipgloss.Style // the active tab label
	Title     lipgloss.Style // a section title inside a pane
	Label     lipgloss.Style // a field label ("exp", "Scopes")
	Value     lipgloss.Style // a field value
	Muted     lipgloss.Style // secondary text
	Good      lipgloss.Style // success text
	Warn      lipgloss.Style // warning text
	Bad       lipgloss.Style // error text
	Key       lipgloss.Style // a key in help text
	Selected  lipgloss.Style // the selected row of a list
	Badge     lipgloss.Style // the token badge frame (coloured per state)
	JWTHead   lipgloss.Style // raw JWT header part
	JWTBody   lipgloss.Style // raw JWT payload part
	JWTSig    lipgloss.Style // raw JWT signature part
	Overlay   lipgloss.Style // a modal box (help, confirmation)
	Match     lipgloss.Style // a search match in a response body
}

// NewStyles builds the styles for a dark or a light terminal. Colours
// disappear by themselves where the terminal has none or NO_COLOR is set.
func NewStyles(isDark bool) Styles {
	p := palette(isDark)
	fg := func(c lipgloss.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	return Styles{
		Palette:   p,
		App:       lipgloss.NewStyle(),
		Header:    lipgloss.NewStyle().Padding(0, 1),
		AppName:   fg(p.Accent).Bold(true),
		Footer:    fg(p.Muted).Padding(0, 1),
		Pane:      lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.Border),
		PaneFocus: lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.Accent),
		Tab:       fg(p.Muted),
		TabActive: fg(p.Accent).Bold(true),
		Title:     fg(p.Accent).Bold(true),
		Label:     fg(p.Muted),
		Value:     fg(p.Text),
		Muted:     fg(p.Muted),
		Good:      fg(p.Good),
		Warn:      fg(p.Warn),
		Bad:       fg(p.Bad).Bold(true),
		Key:       fg(p.Accent).Bold(true),
		Selected:  fg(p.Accent).Bold(true),
		Badge:     lipgloss.NewStyle().Bold(true),
		JWTHead:   fg(p.JWTHead),
		JWTBody:   fg(p.JWTBody),
		JWTSig:    fg(p.JWTSig),
		Overlay:   lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(p.Accent).Padding(1, 2),
		Match:     lipgloss.NewStyle().Reverse(true).Bold(true),
	}
}

// Urgency is how close a token is to its expiry.
type Urgency int

// The urgency levels, from none to expired.
const (
	UrgencyNone     Urgency = iota // no token
	UrgencyOK                      // more than 5 minutes left
	UrgencyExpiring                // under 5 minutes left
	UrgencyCritical                // under 1 minute left
	UrgencyExpired                 // past its expiry
)

// ForUrgency is the text style for a token in that state.
func (s Styles) ForUrgency(u Urgency) lipgloss.Style {
	switch u {
	case UrgencyOK:
		return s.Good
	case UrgencyExpiring:
		return s.Warn
	case UrgencyCritical, UrgencyExpired:
		return s.Bad
	}
	return s.Muted
}

// ColorFor is the colour matching ForUrgency, for progress bars.
func (s Styles) ColorFor(u Urgency) lipgloss.Color {
	switch u {
	case UrgencyOK:
		return s.Palette.Good
	case UrgencyExpiring:
		return s.Palette.Warn
	case UrgencyCritical, UrgencyExpired:
		return s.Palette.Bad
	}
	return s.Palette.Muted
}
