package ui

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/zalando/go-keyring"

	"tokentui/demo"
	"tokentui/profiles"
)

// keyringApp opens the app over a file with "one" (env:, the default) and
// "kr" (keyring), the list focused on kr.
func keyringApp(t *testing.T) (*env, tea.Model) {
	t.Helper()
	e := newEnv(t)
	t.Setenv("TT_S", demo.ClientSecret)
	f := &profiles.File{Default: "one", Profiles: []profiles.Profile{
		{Name: "one", Issuer: e.sb.IssuerURL, ClientID: demo.ClientID, ClientSecret: "env:TT_S"},
		{Name: "kr", Issuer: e.sb.IssuerURL, ClientID: demo.ClientID, ClientSecret: profiles.RefKeyring},
	}}
	if err := f.Save(e.config); err != nil {
		t.Fatal(err)
	}
	return e, press(t, e.app(80, 24), "tab", "down")
}

func TestDeleteRemovesTheKeyringEntry(t *testing.T) {
	keyring.MockInit() // never the user's real keyring
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mock")
	if err := keyring.Set(profiles.KeyringService, "kr", demo.ClientSecret); err != nil {
		t.Fatal(err)
	}
	e, m := keyringApp(t)
	m = press(t, m, "x", "y")
	if got, _ := profiles.Load(e.config); len(got.Profiles) != 1 || got.Profiles[0].Name != "one" {
		t.Fatalf("after delete the file has %+v", got)
	}
	if _, err := keyring.Get(profiles.KeyringService, "kr"); !errors.Is(err, keyring.ErrNotFound) {
		t.Errorf("the keyring still has kr's secret: %v", err)
	}
	if s := checkProfilesScreen(t, m, 80, 24); strings.Contains(s, "Secret left") {
		t.Errorf("a notice after a clean delete:\n%s", s)
	}
}

func TestDeleteWithoutKeyringSaysWhatIsLeft(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "") // no keyring service: the delete fails fast
	e, m := keyringApp(t)
	m = press(t, m, "x", "y")
	if got, _ := profiles.Load(e.config); len(got.Profiles) != 1 || got.Profiles[0].Name != "one" {
		t.Fatalf("the delete did not stand: the file has %+v", got)
	}
	s := checkProfilesScreen(t, m, 80, 24)
	for _, want := range []string{"Secret left in the keyring", `Profile "kr" was removed`, "keyring service answered", `user "kr"`} {
		if !strings.Contains(s, want) {
			t.Errorf("the notice lacks %q:\n%s", want, s)
		}
	}
	if s := view(press(t, m, "esc")); strings.Contains(s, "Secret left") || strings.Contains(s, "kr") {
		t.Errorf("after esc:\n%s", s)
	}
}

func TestRenameWithoutKeyringSaysWhatIsLeft(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	e, m := keyringApp(t)
	m = press(t, m, "e", "ctrl+u", "ev", "tab", "tab", "tab", "tab")
	for i := 0; !strings.Contains(view(m), "‹ env var ›"); i++ {
		if i > 5 {
			t.Fatalf("env var is not a choice:\n%s", view(m))
		}
		m = press(t, m, "space")
	}
	m = press(t, m, "tab", "TT_S", "ctrl+s")
	if got, _ := profiles.Load(e.config); len(got.Profiles) != 2 || got.Profiles[1].Name != "ev" || got.Profiles[1].ClientSecret != "env:TT_S" {
		t.Fatalf("the rename did not stand: the file has %+v", got)
	}
	s := checkProfilesScreen(t, m, 80, 24)
	for _, want := range []string{"Secret left in the keyring", `Profile "kr" is now "ev"`, `user "kr"`} {
		if !strings.Contains(s, want) {
			t.Errorf("the notice lacks %q:\n%s", want, s)
		}
	}
}
