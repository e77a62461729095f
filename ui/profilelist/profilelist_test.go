package profilelist

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

func newList(t *testing.T, w, h int) Model {
	t.Helper()
	st := common.NewStyles(true)
	items := []Item{
		{Name: "sandbox", Detail: "http://127.0.0.1:8765", Default: true},
		{Name: "acesso-cidadao", Detail: "https://acessocidadao.es.gov.br/is", Template: true},
		{Name: "ac-homolog", Detail: "https://acessocidadao.es.gov.br/is"},
		{Name: "support-x", Detail: "https://idp.customer.example", Temporary: true},
	}
	m := New(common.Common{Styles: &st}, items, "sandbox", func(name string) (string, common.Urgency) {
		if name == "ac-homolog" {
			return "valid 41:07", common.UrgencyOK
		}
		return "no token", common.UrgencyNone
	})
	m.SetSize(w, h)
	m.Focus()
	return m
}

// press sends keys one by one and returns the messages the list asked for.
func press(m Model, keys ...string) (Model, []tea.Msg) {
	var out []tea.Msg
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(uitest.Key(k))
		if cmd != nil {
			if got := cmd(); got != nil {
				out = append(out, got)
			}
		}
	}
	return m, out
}

func screen(m Model) string { return uitest.Screen(m.View()) }

func TestListShowsStatesAndMarks(t *testing.T) {
	m := newList(t, 30, 14)
	s := screen(m)
	//	▸ sandbox ★
	//	  no token
	//	  acesso-cidadao
	//	  set up first
	//	  ac-homolog
	//	  valid 41:07
	//	  support-x
	//	  no token
	//	  temporary, not saved
	for _, want := range []string{"▸ sandbox " + DefaultMark, "set up first", "valid 41:07", "support-x", "temporary, not saved"} {
		if !strings.Contains(s, want) {
			t.Errorf("list lacks %q:\n%s", want, s)
		}
	}
	uitest.CheckWithin(t, s, 30, 14)
}

func TestFilterByNameAndIssuer(t *testing.T) {
	m := newList(t, 24, 12)
	m, _ = press(m, "/")
	if !m.Editing() {
		t.Fatal("Editing() is false while the filter is typed: the root would eat the keys")
	}
	m, _ = press(m, "h", "o", "m", "o", "l", "o", "g")
	s := screen(m)
	if !strings.Contains(s, "ac-homolog") || strings.Contains(s, "sandbox") || strings.Contains(s, "support-x") {
		t.Fatalf("filter 'homolog' shows the wrong profiles:\n%s", s)
	}
	// Enter keeps the filter and gives the keys back to the list
	m, _ = press(m, "enter")
	if m.Editing() || m.Filter() != "homolog" {
		t.Fatalf("after enter: Editing=%v filter=%q, want false and the filter kept", m.Editing(), m.Filter())
	}
	// Esc clears it
	m, _ = press(m, "esc")
	if m.Filter() != "" || !strings.Contains(screen(m), "sandbox") {
		t.Fatalf("esc did not clear the filter:\n%s", screen(m))
	}

	// the issuer matches too, and q and digits are typed, not obeyed
	m, _ = press(m, "/", "c", "u", "s", "t", "o", "m", "e", "r")
	s = screen(m)
	if !strings.Contains(s, "support-x") || strings.Contains(s, "ac-homolog") {
		t.Fatalf("filter on the issuer 'customer' shows the wrong profiles:\n%s", s)
	}
	m, _ = press(m, "esc")
	m, _ = press(m, "/", "q", "1")
	if m.Filter() != "q1" || !strings.Contains(screen(m), "no profile matches") {
		t.Fatalf("q and 1 should be typed in the filter, got %q:\n%s", m.Filter(), screen(m))
	}
	m, _ = press(m, "esc")
	if m.Editing() {
		t.Fatal("esc must leave the filter")
	}
	// "/" and the text read together, as a script types them
	m, _ = press(m, "/sand")
	if m.Filter() != "sand" || !strings.Contains(screen(m), "sandbox") || strings.Contains(screen(m), "ac-homolog") {
		t.Fatalf("'/sand' in one message: filter %q\n%s", m.Filter(), screen(m))
	}
}

func TestKeysAskTheRoot(t *testing.T) {
	m := newList(t, 24, 20)
	m, _ = press(m, "down", "down") // ac-homolog
	tests := []struct {
		key  string
		want tea.Msg
	}{
		{"enter", SelectedMsg{Name: "ac-homolog"}},
		{"e", EditMsg{Name: "ac-homolog"}},
		{"D", DefaultMsg{Name: "ac-homolog"}},
		{"t", TestMsg{Name: "ac-homolog"}},
		{"a", AddMsg{}},
		{"T", AddMsg{Temporary: true}},
	}
	for _, tt := range tests {
		_, got := press(m, tt.key)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s sent %#v, want %#v", tt.key, got, tt.want)
		}
	}
}

func TestDeleteAsksFirst(t *testing.T) {
	m := newList(t, 24, 20)
	m, _ = press(m, "down", "down")
	m, got := press(m, "x")
	if len(got) != 0 {
		t.Fatalf("x deleted without asking: %#v", got)
	}
	if s := screen(m); !strings.Contains(s, `Delete profile`) || !strings.Contains(s, `"ac-homolog"?`) {
		t.Fatalf("no question naming the profile:\n%s", s)
	}
	if !m.Editing() {
		t.Error("the question should take every key (q must not quit)")
	}
	m, got = press(m, "n")
	if len(got) != 0 || strings.Contains(screen(m), "Delete profile") {
		t.Fatalf("n should keep the profile and close the question: %#v\n%s", got, screen(m))
	}
	m, _ = press(m, "x")
	_, got = press(m, "y")
	if len(got) != 1 || got[0] != (DeleteMsg{Name: "ac-homolog"}) {
		t.Fatalf("y sent %#v, want DeleteMsg{ac-homolog}", got)
	}
}

func TestScrollsToTheCursorAndFits(t *testing.T) {
	st := common.NewStyles(true)
	var items []Item
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"} {
		items = append(items, Item{Name: "profile-" + n + "-with-a-long-name"})
	}
	m := New(common.Common{Styles: &st}, items, "profile-a-with-a-long-name", func(string) (string, common.Urgency) {
		return "no token", common.UrgencyNone
	})
	m.SetSize(16, 7)
	m.Focus()
	for range 9 {
		m, _ = press(m, "down")
	}
	s := screen(m)
	if !strings.Contains(s, "profile-j") {
		t.Fatalf("the cursor's profile is not in sight:\n%s", s)
	}
	uitest.CheckWithin(t, s, 16, 7)
	m, _ = press(m, "x")
	s = screen(m)
	if !strings.Contains(s, "y yes") || !strings.Contains(s, "profile-j") {
		t.Fatalf("question or cursor missing at 16x7:\n%s", s)
	}
	uitest.CheckWithin(t, s, 16, 7)
}

func TestSetItemsKeepsTheCursor(t *testing.T) {
	m := newList(t, 24, 20)
	m, _ = press(m, "down", "down")
	m.SetItems(append([]Item{{Name: "new"}}, m.Items()...))
	if m.Selected() != "ac-homolog" {
		t.Fatalf("cursor on %q after SetItems, want ac-homolog", m.Selected())
	}
	m.SetItems(nil)
	if s := screen(m); !strings.Contains(s, "no profiles") {
		t.Fatalf("empty list:\n%s", s)
	}
	if _, got := press(m, "enter"); len(got) != 0 {
		t.Fatalf("enter on an empty list sent %#v", got)
	}
}
