package profileform

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"tokentui/profiles"
)

// keyringFile saves a file with the keyring profile "kr" and returns its
// path and the profile.
func keyringFile(t *testing.T) (string, profiles.Profile) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "profiles.yaml")
	kr := profiles.Profile{Name: "kr", TokenURL: "https://idp.example/token", ClientID: "c1", ClientSecret: profiles.RefKeyring}
	if err := (&profiles.File{Default: "kr", Profiles: []profiles.Profile{kr}}).Save(path); err != nil {
		t.Fatal(err)
	}
	return path, kr
}

// saved presses ctrl+s and returns the one SavedMsg, which must say saved.
func saved(t *testing.T, m Model) SavedMsg {
	t.Helper()
	_, up := keys(t, m, "ctrl+s")
	if len(up) != 1 {
		t.Fatalf("save sent %#v", up)
	}
	msg := up[0].(SavedMsg)
	if msg.Err != nil {
		t.Fatalf("save: %v", msg.Err)
	}
	return msg
}

func TestRenameMovesTheKeyringEntry(t *testing.T) {
	keyring.MockInit()
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mock") // the mock needs no bus; the check wants one named
	path, kr := keyringFile(t)
	if err := keyring.Set(profiles.KeyringService, "kr", "old-secret"); err != nil {
		t.Fatal(err)
	}
	m := newForm(t, Options{Path: path, Profile: kr, Editing: true})
	m.inputs[fName].SetValue("kr2")
	m.inputs[fSecret].SetValue(secret) // a rename asks for the secret again
	msg := saved(t, m)
	if msg.Warning != "" {
		t.Errorf("warning %q; want none", msg.Warning)
	}
	if _, err := keyring.Get(profiles.KeyringService, "kr"); !errors.Is(err, keyring.ErrNotFound) {
		t.Errorf("the entry under the old name is still there: %v", err)
	}
	if got, err := keyring.Get(profiles.KeyringService, "kr2"); err != nil || got != secret {
		t.Errorf("the entry under the new name = %q, %v", got, err)
	}
}

func TestEditWithoutRenameKeepsTheKeyringEntry(t *testing.T) {
	keyring.MockInit()
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mock")
	path, kr := keyringFile(t)
	if err := keyring.Set(profiles.KeyringService, "kr", "old-secret"); err != nil {
		t.Fatal(err)
	}
	m := newForm(t, Options{Path: path, Profile: kr, Editing: true})
	m.inputs[fClientID].SetValue("c2")
	if msg := saved(t, m); msg.Warning != "" {
		t.Errorf("warning %q; want none", msg.Warning)
	}
	if got, err := keyring.Get(profiles.KeyringService, "kr"); err != nil || got != "old-secret" {
		t.Errorf("an edit that keeps the name touched the keyring: %q, %v", got, err)
	}
}

func TestRenameWithoutKeyringWarnsAndSaves(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "") // no keyring service: the delete fails fast
	path, kr := keyringFile(t)
	m := newForm(t, Options{Path: path, Profile: kr, Editing: true})
	m.inputs[fName].SetValue("ev")
	m.setWhere(whereEnv) // the new secret lives elsewhere, so the save needs no keyring
	m.inputs[fRef].SetValue("EV_SECRET")
	msg := saved(t, m)
	for _, want := range []string{`profile "kr" is now "ev"`, "no keyring service answered", `user "kr"`, profiles.KeyringDeleteCommand("kr")} {
		if !strings.Contains(msg.Warning, want) {
			t.Errorf("warning %q lacks %q", msg.Warning, want)
		}
	}
	f, err := profiles.Load(path)
	if err != nil || len(f.Profiles) != 1 || f.Profiles[0].Name != "ev" || f.Profiles[0].ClientSecret != "env:EV_SECRET" || f.Default != "ev" {
		t.Errorf("file after the rename: %+v, %v", f, err)
	}
}
