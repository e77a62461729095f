package profilemgr

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/profilelist"
	"tokentui/ui/uitest"
)

// fakeHost is the app around the component: it records what it is asked.
type fakeHost struct {
	spaces    map[string]bool
	active    string
	installed []string
	removed   []string
	saved     int
	quit      bool
}

func newFakeHost(names ...string) *fakeHost {
	h := &fakeHost{spaces: map[string]bool{}}
	for _, n := range names {
		h.spaces[n] = true
	}
	if len(names) > 0 {
		h.active = names[0]
	}
	return h
}

func (h *fakeHost) Install(p Profile, fetch bool) tea.Cmd {
	h.spaces[p.Name] = true
	h.installed = append(h.installed, p.Name)
	return nil
}
func (h *fakeHost) Remove(name string)   { delete(h.spaces, name); h.removed = append(h.removed, name) }
func (h *fakeHost) Has(name string) bool { return h.spaces[name] }
func (h *fakeHost) Active() string       { return h.active }
func (h *fakeHost) Show(name string, toTab bool) tea.Cmd {
	h.active = name
	return nil
}
func (h *fakeHost) Saved(bool)    { h.saved++ }
func (h *fakeHost) Quit() tea.Cmd { h.quit = true; return nil }

func testCommon() common.Common {
	s := common.NewStyles(true)
	return common.Common{Styles: &s, Lang: i18n.En}
}

// run runs cmd and what it leads to through the component, as the app does.
func run(t *testing.T, m *Model, h Host, cmd tea.Cmd) {
	t.Helper()
	uitest.Settle(t, nil, cmd, func(_ tea.Model, msg tea.Msg) (tea.Model, tea.Cmd) {
		next, _ := m.Update(msg, h)
		return nil, next
	})
}

// demoManager is the component over two profiles kept in memory (no file,
// as in the demo), "a" the default and shown.
func demoManager(h *fakeHost) Model {
	ps := []Profile{
		{Name: "a", Detail: "https://a.example", Config: profiles.Profile{Name: "a", Issuer: "https://a.example", ClientID: "x"}},
		{Name: "b", Detail: "https://b.example", Config: profiles.Profile{Name: "b", Issuer: "https://b.example", ClientID: "y"}},
	}
	m := New(testCommon(), Options{Profiles: ps, Active: "a", Default: "a",
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"))})
	m.SetSize(30, 20, 100, 20)
	return m
}

func TestDeleteInMemoryShowsTheNextProfile(t *testing.T) {
	h := newFakeHost("a", "b")
	m := demoManager(h)
	run(t, &m, h, func() tea.Msg { return profilelist.DeleteMsg{Name: "a"} })
	if !slices.Equal(h.removed, []string{"a"}) || h.active != "b" {
		t.Errorf("removed %v, showing %q; want a removed and b shown", h.removed, h.active)
	}
	if _, ok := m.Entry("a"); ok {
		t.Error("a is still an entry")
	}
	if s := uitest.Screen(m.ListView(nil)); strings.Contains(s, "a.example") || !strings.Contains(s, "b") {
		t.Errorf("the list after the delete:\n%s", s)
	}
	run(t, &m, h, func() tea.Msg { return profilelist.DeleteMsg{Name: "b"} })
	if h.active != "" {
		t.Errorf("with no profile left the app shows %q", h.active)
	}
}

func TestMakeDefaultInMemoryMarksTheList(t *testing.T) {
	h := newFakeHost("a", "b")
	m := demoManager(h)
	before := uitest.Screen(m.ListView(nil))
	run(t, &m, h, func() tea.Msg { return profilelist.DefaultMsg{Name: "b"} })
	after := uitest.Screen(m.ListView(nil))
	if before == after {
		t.Errorf("making b the default changed nothing in the list:\n%s", after)
	}
	if m.def != "b" || m.Covering() {
		t.Errorf("default %q, covering %v", m.def, m.Covering())
	}
}

func TestNoticeOverTheBodyAndItsKeys(t *testing.T) {
	h := newFakeHost("a", "b")
	m := demoManager(h)
	if _, ok := m.View(80, 20); ok {
		t.Fatal("a view over the body with nothing open")
	}
	run(t, &m, h, func() tea.Msg {
		return ProfilesChangedMsg{What: "save it", Err: errors.New("disk on fire")}
	})
	v, ok := m.View(80, 20)
	s := uitest.Screen(v)
	if !ok || !strings.Contains(s, "Could not save it") || !strings.Contains(s, "disk on fire") || !strings.Contains(s, "esc to close") {
		t.Fatalf("the notice:\n%s", s)
	}
	uitest.CheckFits(t, s, 80, 20)
	if b, ok := m.ShortHelp(); !ok || len(b) == 0 {
		t.Error("no footer keys over the notice")
	}
	if _, handled := m.Update(tea.MouseMsg{}, h); !handled {
		t.Error("the mouse reaches the panes under the notice")
	}
	if _, handled := m.Key(uitest.Key("esc"), false, h); !handled || m.Covering() {
		t.Fatal("esc did not close the notice")
	}
	if _, handled := m.Key(uitest.Key("x"), false, h); handled {
		t.Error("with nothing open the component took a key that is the app's")
	}

	run(t, &m, h, func() tea.Msg { return profilelist.DefaultMsg{Name: "nobody"} })
	if m.Covering() {
		t.Error("a default for a missing profile opened something")
	}
	m.entries = append(m.entries, Profile{Name: "tmp", Temporary: true, Config: profiles.Profile{Name: "tmp"}})
	run(t, &m, h, func() tea.Msg { return profilelist.DefaultMsg{Name: "tmp"} })
	if v, _ := m.View(80, 20); !strings.Contains(uitest.Screen(v), "Not the default") {
		t.Fatalf("a temporary profile made default:\n%s", uitest.Screen(v))
	}
	m.Key(uitest.Key("ctrl+c"), false, h)
	if !h.quit {
		t.Error("ctrl+c over a notice with nothing running did not quit")
	}
}

// TestAddOpensTheFormOverTheBody: without a file (the demo) a new profile
// is a temporary one; esc closes the form.
func TestAddOpensTheFormOverTheBody(t *testing.T) {
	h := newFakeHost("a", "b")
	m := demoManager(h)
	run(t, &m, h, func() tea.Msg { return profilelist.AddMsg{} })
	v, ok := m.View(104, 22)
	s := uitest.Screen(v)
	if !ok || !m.Covering() || !strings.Contains(s, "Temporary profile") || !strings.Contains(s, "Add for session") {
		t.Fatalf("the form:\n%s", s)
	}
	cmd, handled := m.Key(uitest.Key("esc"), false, h)
	if !handled {
		t.Fatal("the form did not take esc")
	}
	run(t, &m, h, cmd) // the form closes through a message
	if m.Covering() {
		v, _ := m.View(104, 22)
		t.Errorf("the form is still open:\n%s", uitest.Screen(v))
	}
}
