package profiles

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"
)

// mockKeyring swaps in go-keyring's memory store and lets keyringCall
// through, for the length of the test.
func mockKeyring(t *testing.T) {
	t.Helper()
	keyring.MockInit()
	old := keyringCheck
	keyringCheck = func() error { return nil }
	t.Cleanup(func() { keyringCheck = old })
}

func TestDeleteKeyringSecret(t *testing.T) {
	mockKeyring(t)
	if err := SetKeyringSecret("kr", "s3cret"); err != nil {
		t.Fatal(err)
	}
	if err := SetKeyringSecret("other", "keep"); err != nil {
		t.Fatal(err)
	}
	if err := DeleteKeyringSecret("kr"); err != nil {
		t.Fatalf("delete = %v", err)
	}
	if _, err := keyring.Get(KeyringService, "kr"); !errors.Is(err, keyring.ErrNotFound) {
		t.Errorf("after delete, Get = %v; want not found", err)
	}
	if got, err := keyring.Get(KeyringService, "other"); err != nil || got != "keep" {
		t.Errorf("another profile's secret = %q, %v; want it kept", got, err)
	}
	for _, name := range []string{"kr", "never-stored", ""} {
		if err := DeleteKeyringSecret(name); err != nil {
			t.Errorf("delete of %q with nothing stored = %v; want nil", name, err)
		}
	}
}

func TestDeleteKeyringSecretFails(t *testing.T) {
	mockKeyring(t)
	keyring.MockInitWithError(errors.New("the keyring is locked"))
	t.Cleanup(keyring.MockInit)
	err := DeleteKeyringSecret("kr")
	if err == nil || !strings.Contains(err.Error(), `service "tokentui", user "kr"`) || !strings.Contains(err.Error(), "locked") {
		t.Errorf("delete with a failing keyring = %v; want the entry named and the cause", err)
	}
}

func TestDeleteKeyringSecretWithoutDBus(t *testing.T) {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		t.Skip("this platform has a keyring without D-Bus")
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	err := DeleteKeyringSecret("kr")
	if !errors.Is(err, ErrKeyringUnavailable) || !strings.Contains(err.Error(), "D-Bus") {
		t.Errorf("delete without D-Bus = %v; want ErrKeyringUnavailable, fast", err)
	}
}

func TestKeyringDeleteCommand(t *testing.T) {
	for name, want := range map[string]string{
		"kr":           "kr",
		"ac-homolog.1": "ac-homolog.1",
		"my profile":   "'my profile'",
		"it's":         `'it'\''s'`,
	} {
		got := KeyringDeleteCommand(name)
		switch runtime.GOOS {
		case "darwin", "windows":
			if !strings.Contains(got, name) || !strings.Contains(got, KeyringService) {
				t.Errorf("KeyringDeleteCommand(%q) = %q", name, got)
			}
		default:
			if w := "secret-tool clear service tokentui username " + want; got != w {
				t.Errorf("KeyringDeleteCommand(%q) = %q; want %q", name, got, w)
			}
		}
	}
}
