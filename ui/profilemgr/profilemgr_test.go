package profilemgr

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/profileform"
	"tokentui/ui/profilelist"
	"tokentui/ui/uitest"
)

func testCommon() common.Common {
	s := common.NewStyles(true)
	return common.Common{Styles: &s, Lang: i18n.En}
}

// app is what the component reads of the app: active shown, a workspace
// for each of names.
func app(active string, names ...string) Snapshot {
	s := Snapshot{Spaces: map[string]bool{}, Active: active}
	for _, n := range names {
		s.Spaces[n] = true
	}
	return s
}

// run runs cmd and what it leads to through the component as the app
// does, the app being s; it returns the EffectsMsgs that came up.
func run(t *testing.T, m *Model, s Snapshot, cmd tea.Cmd) []EffectsMsg {
	t.Helper()
	var asked []EffectsMsg
	uitest.Settle(t, nil, cmd, func(_ tea.Model, msg tea.Msg) (tea.Model, tea.Cmd) {
		if e, ok := msg.(EffectsMsg); ok {
			asked = append(asked, e)
			return nil, nil
		}
		next, _ := m.Update(msg, s)
		return nil, next
	})
	return asked
}

// send runs msg through the component (see run).
func send(t *testing.T, m *Model, s Snapshot, msg tea.Msg) []EffectsMsg {
	t.Helper()
	return run(t, m, s, func() tea.Msg { return msg })
}

// steps writes the EffectsMsgs one a line, their steps in order:
// "install b (fetch); show b (tab)".
func steps(asked []EffectsMsg) string {
	var lines []string
	for _, msg := range asked {
		var parts []string
		for _, e := range msg {
			switch e := e.(type) {
			case Install:
				parts = append(parts, "install "+e.Profile.Name+map[bool]string{true: " (fetch)"}[e.Fetch])
			case Remove:
				parts = append(parts, "remove "+e.Name)
			case Show:
				parts = append(parts, fmt.Sprintf("show %q", e.Name)+map[bool]string{true: " (tab)"}[e.FocusTab])
			case Saved:
				parts = append(parts, "saved"+map[bool]string{true: " (first)"}[e.FirstSave])
			case Quit:
				parts = append(parts, "quit")
			default:
				parts = append(parts, fmt.Sprintf("%T", e))
			}
		}
		lines = append(lines, strings.Join(parts, "; "))
	}
	return strings.Join(lines, "\n")
}

func checkSteps(t *testing.T, what string, asked []EffectsMsg, want string) {
	t.Helper()
	if got := steps(asked); got != want {
		t.Errorf("%s asked the app for\n%s\nwant\n%s", what, got, want)
	}
}

var (
	cfgA = profiles.Profile{Name: "a", Issuer: "https://a.example", ClientID: "x"}
	cfgB = profiles.Profile{Name: "b", Issuer: "https://b.example", ClientID: "y"}
)

// demoManager is the component over two profiles kept in memory (no file,
// as in the demo), "a" the default and shown.
func demoManager() Model {
	return newManager(Options{})
}

// newManager is the component over the profiles a and b, "a" the default
// and shown, with opts' file.
func newManager(opts Options) Model {
	opts.Profiles = []Profile{
		{Name: "a", Detail: "https://a.example", Config: cfgA},
		{Name: "b", Detail: "https://b.example", Config: cfgB},
	}
	opts.Active, opts.Default = "a", "a"
	opts.ForceQuit = key.NewBinding(key.WithKeys("ctrl+c"))
	m := New(testCommon(), opts)
	m.SetSize(30, 20, 100, 20)
	return m
}

func TestDeleteInMemoryShowsTheNextProfile(t *testing.T) {
	m := demoManager()
	asked := send(t, &m, app("a", "a", "b"), profilelist.DeleteMsg{Name: "a"})
	checkSteps(t, "deleting the profile shown", asked, `remove a; show "b"`)
	if _, ok := m.Entry("a"); ok {
		t.Error("a is still an entry")
	}
	if s := uitest.Screen(m.ListView(nil)); strings.Contains(s, "a.example") || !strings.Contains(s, "b") {
		t.Errorf("the list after the delete:\n%s", s)
	}
	asked = send(t, &m, app("b", "b"), profilelist.DeleteMsg{Name: "b"})
	checkSteps(t, "deleting the last profile", asked, `remove b; show ""`)
}

func TestDeleteInMemoryKeepsTheProfileShown(t *testing.T) {
	m := demoManager()
	asked := send(t, &m, app("a", "a", "b"), profilelist.DeleteMsg{Name: "b"})
	checkSteps(t, "deleting a profile not shown", asked, `remove b; show "a"`)
	checkSteps(t, "deleting a missing profile", send(t, &m, app("a", "a"), profilelist.DeleteMsg{Name: "nobody"}), "")
}

func TestMakeDefaultInMemoryMarksTheList(t *testing.T) {
	m := demoManager()
	before := uitest.Screen(m.ListView(nil))
	checkSteps(t, "making b the default", send(t, &m, app("a", "a", "b"), profilelist.DefaultMsg{Name: "b"}), "")
	after := uitest.Screen(m.ListView(nil))
	if before == after {
		t.Errorf("making b the default changed nothing in the list:\n%s", after)
	}
	if m.def != "b" || m.Covering() {
		t.Errorf("default %q, covering %v", m.def, m.Covering())
	}
}

func TestNoticeOverTheBodyAndItsKeys(t *testing.T) {
	m := demoManager()
	s := app("a", "a", "b")
	if _, ok := m.View(80, 20); ok {
		t.Fatal("a view over the body with nothing open")
	}
	checkSteps(t, "a failed change", send(t, &m, s, ProfilesChangedMsg{What: "save it", Err: errors.New("disk on fire")}), "")
	v, ok := m.View(80, 20)
	screen := uitest.Screen(v)
	if !ok || !strings.Contains(screen, "Could not save it") || !strings.Contains(screen, "disk on fire") || !strings.Contains(screen, "esc to close") {
		t.Fatalf("the notice:\n%s", screen)
	}
	uitest.CheckFits(t, screen, 80, 20)
	if b, ok := m.ShortHelp(); !ok || len(b) == 0 {
		t.Error("no footer keys over the notice")
	}
	if _, handled := m.Update(tea.MouseMsg{}, s); !handled {
		t.Error("the mouse reaches the panes under the notice")
	}
	if _, handled := m.Key(uitest.Key("esc"), false); !handled || m.Covering() {
		t.Fatal("esc did not close the notice")
	}
	if _, handled := m.Key(uitest.Key("x"), false); handled {
		t.Error("with nothing open the component took a key that is the app's")
	}

	send(t, &m, s, profilelist.DefaultMsg{Name: "nobody"})
	if m.Covering() {
		t.Error("a default for a missing profile opened something")
	}
	m.entries = append(m.entries, Profile{Name: "tmp", Temporary: true, Config: profiles.Profile{Name: "tmp"}})
	send(t, &m, s, profilelist.DefaultMsg{Name: "tmp"})
	if v, _ := m.View(80, 20); !strings.Contains(uitest.Screen(v), "Not the default") {
		t.Fatalf("a temporary profile made default:\n%s", uitest.Screen(v))
	}
	cmd, handled := m.Key(uitest.Key("ctrl+c"), false)
	if !handled {
		t.Fatal("the notice did not take ctrl+c")
	}
	checkSteps(t, "ctrl+c over a notice with nothing running", run(t, &m, s, cmd), "quit")
}

// TestAddOpensTheFormOverTheBody: without a file (the demo) a new profile
// is a temporary one; esc closes the form; ctrl+c with nothing running in
// it quits.
func TestAddOpensTheFormOverTheBody(t *testing.T) {
	m := demoManager()
	s := app("a", "a", "b")
	checkSteps(t, "opening the form", send(t, &m, s, profilelist.AddMsg{}), "")
	v, ok := m.View(104, 22)
	screen := uitest.Screen(v)
	if !ok || !m.Covering() || !strings.Contains(screen, "Temporary profile") || !strings.Contains(screen, "Add for session") {
		t.Fatalf("the form:\n%s", screen)
	}
	cmd, handled := m.Key(uitest.Key("esc"), false)
	if !handled {
		t.Fatal("the form did not take esc")
	}
	checkSteps(t, "closing the form", run(t, &m, s, cmd), "") // the form closes through a message
	if m.Covering() {
		v, _ := m.View(104, 22)
		t.Errorf("the form is still open:\n%s", uitest.Screen(v))
	}

	send(t, &m, s, profilelist.AddMsg{})
	cmd, handled = m.Key(uitest.Key("ctrl+c"), false)
	if !handled {
		t.Fatal("the form did not take ctrl+c")
	}
	checkSteps(t, "ctrl+c over the form with nothing running", run(t, &m, s, cmd), "quit")
}

// TestTemporaryProfileFromTheForm: a profile added for the session gets a
// workspace before it is shown; renamed in the form, the old one's goes.
func TestTemporaryProfileFromTheForm(t *testing.T) {
	m := demoManager()
	send(t, &m, app("a", "a", "b"), profilelist.AddMsg{})
	c := profiles.Profile{Name: "c", Issuer: "https://c.example", ClientID: "z"}
	asked := send(t, &m, app("a", "a", "b"), profileform.SavedMsg{ID: m.form.ID(), Profile: c, Temporary: true})
	checkSteps(t, "adding a temporary profile", asked, `install c (fetch); show "c" (tab)`)
	if m.Covering() {
		t.Error("the form is still open after the save")
	}
	if e, ok := m.Entry("c"); !ok || !e.Temporary {
		t.Errorf("the entry of c: %+v, %v", e, ok)
	}

	send(t, &m, app("c", "a", "b", "c"), profilelist.EditMsg{Name: "c"})
	if !m.Covering() {
		t.Fatal("editing c opened no form")
	}
	d := c
	d.Name = "d"
	asked = send(t, &m, app("c", "a", "b", "c"), profileform.SavedMsg{ID: m.form.ID(), Profile: d, OldName: "c", Temporary: true})
	checkSteps(t, "renaming a temporary profile", asked, `remove c; install d (fetch); show "d" (tab)`)
	if s := uitest.Screen(m.ListView(nil)); !strings.Contains(s, "d") || strings.Contains(s, " c") {
		t.Errorf("the list after the rename:\n%s", s)
	}
	if _, ok := m.Entry("c"); ok {
		t.Error("c is still an entry")
	}
}

// TestSavedProfileRebuildsWhatChanged: a profile saved to the file (on
// the first run, before the file existed) says so first, gets its
// workspace (and a token) before it is shown; the other profiles of the
// file as written are rebuilt only when they changed, dropped when gone.
func TestSavedProfileRebuildsWhatChanged(t *testing.T) {
	m := newManager(Options{Path: filepath.Join(t.TempDir(), "profiles.yaml"), FirstRun: true})
	s := app("a", "a", "b")
	send(t, &m, s, profilelist.AddMsg{})
	b2 := cfgB
	b2.ClientID = "y2"
	c := profiles.Profile{Name: "c", Issuer: "https://c.example", ClientID: "z"}
	file := &profiles.File{Default: "c", Profiles: []profiles.Profile{b2, c}}
	asked := send(t, &m, s, profileform.SavedMsg{ID: m.form.ID(), Profile: c, File: file})
	checkSteps(t, "the first save", asked, `saved (first); install b; install c (fetch); remove a; show "c" (tab)`)
	if s := uitest.Screen(m.ListView(nil)); strings.Contains(s, "a.example") || !strings.Contains(s, "c") {
		t.Errorf("the list after the save:\n%s", s)
	}

	send(t, &m, app("c", "b", "c"), profilelist.EditMsg{Name: "b"})
	asked = send(t, &m, app("c", "b", "c"), profileform.SavedMsg{ID: m.form.ID(), Profile: b2, OldName: "b", File: file})
	checkSteps(t, "saving b again", asked, `saved; install b (fetch); show "b" (tab)`)
}

// TestProfilesChangedShowsWhatIsLeft: a change that drops the profile
// shown shows the first one left, without taking the keyboard; one that
// keeps it keeps it shown; a profile the app has no workspace for gets
// one even when unchanged.
func TestProfilesChangedShowsWhatIsLeft(t *testing.T) {
	b2 := cfgB
	b2.ClientID = "y2"
	for _, tc := range []struct {
		name string
		app  Snapshot
		msg  ProfilesChangedMsg
		want string
	}{
		{"shown gone", app("a", "a", "b"), ProfilesChangedMsg{Profiles: []profiles.Profile{cfgB}}, `remove a; show "b"`},
		{"other changed", app("a", "a", "b"), ProfilesChangedMsg{Profiles: []profiles.Profile{cfgA, b2}}, `install b; show "a"`},
		{"unchanged", app("a", "a", "b"), ProfilesChangedMsg{Profiles: []profiles.Profile{cfgA, cfgB}}, `show "a"`},
		{"no workspace yet", app("a", "a"), ProfilesChangedMsg{Profiles: []profiles.Profile{cfgA, cfgB}}, `install b; show "a"`},
		{"asked to show", app("a", "a", "b"), ProfilesChangedMsg{Profiles: []profiles.Profile{cfgA, cfgB}, Active: "b"}, `show "b" (tab)`},
		{"all gone", app("a", "a", "b"), ProfilesChangedMsg{}, `remove a; remove b; show ""`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newManager(Options{Path: filepath.Join(t.TempDir(), "profiles.yaml")})
			checkSteps(t, "the change", send(t, &m, tc.app, tc.msg), tc.want)
		})
	}
}
