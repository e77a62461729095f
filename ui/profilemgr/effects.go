package profilemgr

// How the component and the app that embeds it talk. The app owns the
// workspaces (a profile's panes) and which profile is shown; the
// component never calls it. It reads what it needs in a Snapshot the app
// copies out of its own state, and asks for what only the app can do by
// returning a command that produces an EffectsMsg: the steps of one
// change, in the order the app carries them out.

import (
	"maps"

	tea "github.com/charmbracelet/bubbletea"
)

// Snapshot is what the component reads of the app while it handles a
// message: plain values, copied by the app.
type Snapshot struct {
	Spaces map[string]bool // the profiles that have a workspace
	Active string          // the profile shown; "" when none is
}

// Effect is one step of an EffectsMsg: an Install, Remove, Show, Saved or
// Quit.
type Effect interface{ effect() }

// Install asks for a fresh workspace for Profile in place of any old one
// (whose work is cancelled); Fetch gets a token at once.
type Install struct {
	Profile Profile
	Fetch   bool
}

// Remove asks that the profile's workspace be dropped, its work cancelled.
type Remove struct{ Name string }

// Show asks that the profile be shown (Name "": no profile is left),
// its tab given the keyboard when FocusTab. It comes after the Install of
// the profile it shows.
type Show struct {
	Name     string
	FocusTab bool
}

// Saved says the profiles file was just written (0600): a warning about
// who can read it is stale; FirstSave: it did not exist before (the first
// run is over).
type Saved struct{ FirstSave bool }

// Quit asks the app to end the program, cancelling its work (ctrl+c over
// the form or a notice with nothing to cancel).
type Quit struct{}

func (Install) effect() {}
func (Remove) effect()  {}
func (Show) effect()    {}
func (Saved) effect()   {}
func (Quit) effect()    {}

// EffectsMsg asks the app for the steps of one change, to be carried out
// in order within one Update: a Saved first, then the Installs and
// Removes (of different profiles), then the Show that picks among the
// workspaces they leave.
type EffectsMsg []Effect

// effectsCmd returns steps as an EffectsMsg; nil when there are none.
func effectsCmd(steps ...Effect) tea.Cmd {
	if len(steps) == 0 {
		return nil
	}
	return func() tea.Msg { return EffectsMsg(steps) }
}

// plan gathers the steps of one change and follows what the app will hold
// once they are carried out, for the steps that depend on it (which
// profile to show).
type plan struct {
	steps  []Effect
	has    map[string]bool // the profiles with a workspace, after the steps so far
	active string          // the profile shown before the change
}

func newPlan(s Snapshot) *plan {
	has := maps.Clone(s.Spaces)
	if has == nil {
		has = map[string]bool{}
	}
	return &plan{has: has, active: s.Active}
}

func (p *plan) saved(first bool) { p.steps = append(p.steps, Saved{FirstSave: first}) }

func (p *plan) install(up Profile, fetch bool) {
	p.steps = append(p.steps, Install{Profile: up, Fetch: fetch})
	p.has[up.Name] = true
}

func (p *plan) remove(name string) {
	p.steps = append(p.steps, Remove{Name: name})
	delete(p.has, name)
}

func (p *plan) show(name string, focusTab bool) {
	p.steps = append(p.steps, Show{Name: name, FocusTab: focusTab})
}

// cmd asks the app for the steps.
func (p *plan) cmd() tea.Cmd { return effectsCmd(p.steps...) }
