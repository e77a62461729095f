// Package pane is the contract between the root model and the tabs: what
// a tab's pane must do for the workspace to show it, route to it and
// describe its keys. Every tab's *Model satisfies Pane; the root holds the
// tabs in one slice (ui/tabs.go) and knows nothing else about them.
package pane

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/requests"
	"tokentui/text/i18n"
)

// Pane is one tab's pane. Its methods have pointer receivers: Handle
// changes the pane in place (the root keeps pointers to its panes).
type Pane interface {
	// Handle is the pane's Update, in place: a result message (each pane
	// keeps those with its profile's id), or a key or mouse message while
	// the pane has the keyboard.
	Handle(msg tea.Msg) tea.Cmd
	View() string
	// SetSize gives the pane its inner size.
	SetSize(w, h int)
	// Enter gives the pane the keyboard as its tab is shown; it may start
	// work (the Flow runs the step on screen, the History reads its file).
	Enter() tea.Cmd
	// Blur takes the keyboard away.
	Blur()
	// ShortHelp is the footer's keys for what the pane shows now; FullHelp
	// every key of the pane, in columns, for the help screen.
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// Editing reports whether a text field has the keyboard: digits and q
	// are typed then, not obeyed.
	Editing() bool
	// Cancel stops work in flight (ctrl+c); it reports whether there was any.
	Cancel() bool
	// Title is the tab's name in lang. It reads nothing of the pane, so the
	// tab bar can name a tab on a nil *Model, before any profile exists.
	Title(lang i18n.Lang) string
}

// The optional parts of a pane: the root checks for them, never for a tab.

// Starter is a pane with work to do when its profile's workspace is built
// (the Token tab looks in the cache). A tab shared by every profile is
// never started: it starts when entered.
type Starter interface {
	Init() tea.Cmd
}

// Clocked is a pane that shows times: the root moves its clock every second.
type Clocked interface {
	SetNow(now time.Time)
}

// Presenter is a pane that can fill the screen for a projector
// (--present, or its own key): the root gives it the whole terminal then.
type Presenter interface {
	SetPresent(on bool)
}

// RequestOpener is the pane a past request reopens in (from the History).
type RequestOpener interface {
	// Open fills the pane with spec; note says where it came from.
	Open(spec requests.Spec, note string) tea.Cmd
}

// CodeOfferer is a pane that offers the Code view (a program making its
// request) with the Code view's key.
type CodeOfferer interface {
	// CodeOffered reports whether the key opens the Code view now.
	CodeOffered() bool
	// CodeSpec is the request the program makes.
	CodeSpec() requests.Spec
	// WithCodeKey places the Code view's key among the pane's short help.
	WithCodeKey(short []key.Binding, open key.Binding) []key.Binding
}

// OpenRequestMsg asks the root to reopen a past request in the pane that
// opens requests (RequestOpener), in the profile it was sent with.
type OpenRequestMsg struct{ Entry requests.Entry }

// PresentMsg switches presentation mode: the pane that implements
// Presenter fills the screen (On) or goes back into its tab.
type PresentMsg struct{ On bool }

// CurlRequestMsg asks the root to write a past request as a curl command
// for the profile it was sent with (its default headers, where its token
// comes from); the root answers with a CurlMsg carrying the same ID.
type CurlRequestMsg struct {
	ID    string // the pane that asks
	Entry requests.Entry
}

// CurlMsg is the root's answer to a CurlRequestMsg: the command, which
// never holds the token itself.
type CurlMsg struct {
	ID      string
	Command string
	// TokenVar is the shell variable the command reads the token from
	// when tokentui token cannot get it (a profile that lives only inside
	// the app, or one since removed); "" when the command gets the token
	// itself or sends none.
	TokenVar string
}
