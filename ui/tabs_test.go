package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/pane"
)

// TestEveryTabKeepsTheContract: each entry of tabs builds a pane (one per
// profile, or one shared), and the pane names its tab as the tab bar does,
// in both languages.
func TestEveryTabKeepsTheContract(t *testing.T) {
	if len(tabs) != 4 {
		t.Fatalf("%d tabs, want Token, Request, Flow, History", len(tabs))
	}
	styles := common.NewStyles(true)
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		c := common.Common{Styles: &styles, Lang: lang}
		opts := Options{Now: fixedNow, Lang: lang}
		w := newWorkspace(c, Profile{Name: "p"}, opts)
		names := tabNames(lang)
		for i, tb := range tabs {
			var p pane.Pane
			switch {
			case tb.open != nil && tb.openShared != nil:
				t.Fatalf("tab %d is both per-profile and shared", i)
			case tb.open != nil:
				p = w.panes[i]
			case tb.openShared != nil:
				if w.panes[i] != nil {
					t.Errorf("shared tab %d has a pane in the workspace too", i)
				}
				p = tb.openShared(c, opts)
			}
			if p == nil {
				t.Fatalf("tab %d builds no pane", i)
			}
			if got := p.Title(lang); got == "" || got != names[i] {
				t.Errorf("tab %d: pane title %q, tab bar %q", i, got, names[i])
			}
			if len(p.FullHelp()) == 0 {
				t.Errorf("tab %d (%s) has no keys for the help screen", i, names[i])
			}
		}
		if want := []string{i18n.T(lang, i18n.AppTabToken), i18n.T(lang, i18n.AppTabRequest), i18n.T(lang, i18n.AppTabFlow), i18n.T(lang, i18n.AppTabHistory)}; strings.Join(names, ",") != strings.Join(want, ",") {
			t.Errorf("tabs in %s: %v, want %v", lang, names, want)
		}
	}
	if w := newWorkspace(common.Common{Styles: &styles}, Profile{Name: "p"}, Options{Now: fixedNow}); w.token == nil || w.request == nil || w.flow == nil {
		t.Error("the workspace's glue does not find the Token, Request and Flow panes in its slice")
	}
}

// fakePane is a tab made for the test: it shows the keys it received.
type fakePane struct {
	keys    []string
	entered int
	editing bool // after "i": a text field has the keyboard
	w, h    int
	bind    key.Binding
}

var _ pane.Pane = (*fakePane)(nil)

func (f *fakePane) Handle(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok {
		f.keys = append(f.keys, k.String())
		if k.String() == "i" {
			f.editing = true
		}
	}
	return nil
}
func (f *fakePane) View() string {
	return fmt.Sprintf("fake pane %dx%d entered %d keys [%s]", f.w, f.h, f.entered, strings.Join(f.keys, " "))
}
func (f *fakePane) SetSize(w, h int)          { f.w, f.h = w, h }
func (f *fakePane) Enter() tea.Cmd            { f.entered++; return nil }
func (f *fakePane) Blur()                     {}
func (f *fakePane) ShortHelp() []key.Binding  { return []key.Binding{f.bind} }
func (f *fakePane) FullHelp() [][]key.Binding { return [][]key.Binding{{f.bind}} }
func (f *fakePane) Editing() bool             { return f.editing }
func (f *fakePane) Cancel() bool              { return false }
func (*fakePane) Title(i18n.Lang) string      { return "Fakery" }

// TestANewTabIsOneLine: a pane appended to tabs gets a place in the tab
// bar, a number key, alt+N and FN, a section of the help screen and the
// keys while it is shown, with nothing else changed. Not parallel: it
// changes the package's tabs for its duration.
func TestANewTabIsOneLine(t *testing.T) {
	saved := tabs
	t.Cleanup(func() { tabs = saved })
	tabs = append(tabs[:len(tabs):len(tabs)], perProfile(func(common.Common, Profile, Options) *fakePane {
		return &fakePane{bind: key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "zap the fake"))}
	}))

	var m tea.Model = New(Options{
		Profiles: []Profile{{Name: "sandbox", Detail: "https://idp.example/is", Client: &fakeClient{}}},
		Active:   "sandbox", Now: fixedNow,
	})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	m = settle(t, m, m.Init())
	if s := view(m); !strings.Contains(s, " 5 Fakery ") || strings.Contains(s, "fake pane") {
		t.Fatalf("the tab bar lacks the new tab, or it shows too soon:\n%s", s)
	}

	m = press(t, m, "5", "z")
	s := view(m)
	for _, want := range []string{"[5 Fakery]", "fake pane ", "entered 1 keys [z]", "z zap the fake"} {
		if !strings.Contains(s, want) {
			t.Errorf("after 5 z the screen lacks %q:\n%s", want, s)
		}
	}
	if !strings.Contains(s, "fake pane 166x") { // the tabs pane's inner width at 200 columns
		t.Errorf("the new pane was not given the tabs pane's size:\n%s", s)
	}

	help := view(press(t, m, "?"))
	for _, want := range []string{"Fakery tab", "zap the fake", "alt+1-5 F1-F5", "1-5"} {
		if !strings.Contains(help, want) {
			t.Errorf("the help screen lacks %q:\n%s", want, help)
		}
	}

	m = press(t, m, "alt+1") // away, and back with F5: Enter again
	if s := view(m); !strings.Contains(s, "[1 Token]") {
		t.Fatalf("alt+1 did not leave the new tab:\n%s", s)
	}
	m = press(t, m, "f5", "i", "3") // a text field: the digit is the pane's
	if s := view(m); !strings.Contains(s, "[5 Fakery]") || !strings.Contains(s, "entered 2 keys [z i 3]") {
		t.Errorf("while editing the digit did not reach the pane:\n%s", s)
	}
	if s := view(press(t, m, "alt+3")); !strings.Contains(s, "[3 Flow]") {
		t.Errorf("alt+3 did not leave an editing pane:\n%s", s)
	}
}

func fixedNow() time.Time { return time.Date(2026, 11, 26, 14, 0, 0, 0, time.UTC) }
