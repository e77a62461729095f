package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"tokentui/profiles"
)

// keyringProfiles writes a profiles file with a keyring profile "kr" and an
// env one "ev", and returns its path.
func keyringProfiles(t *testing.T) string {
	t.Helper()
	t.Setenv("TOKENTUI_PROFILE", "")
	p := filepath.Join(t.TempDir(), "profiles.yaml")
	yaml := `default: kr
profiles:
  - name: kr
    token_url: https://idp.example/token
    client_id: c1
    client_secret: keyring
  - name: ev
    token_url: https://idp.example/token
    client_id: c2
    client_secret: env:EV_SECRET
`
	if err := os.WriteFile(p, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestProfilesRmDeletesTheKeyringEntry(t *testing.T) {
	keyring.MockInit()
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mock") // the mock needs no bus; the check wants one named
	p := keyringProfiles(t)
	for _, name := range []string{"kr", "ev"} {
		if err := keyring.Set(profiles.KeyringService, name, "s3cret-"+name); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runProfiles(t, p, "profiles", "rm", "kr")
	if code != 0 || !strings.Contains(out, `Removed profile "kr"`) || errs != "" {
		t.Fatalf("rm kr: exit %d\n%s\n%s", code, out, errs)
	}
	if _, err := keyring.Get(profiles.KeyringService, "kr"); !errors.Is(err, keyring.ErrNotFound) {
		t.Errorf("the keyring still has kr's secret: %v", err)
	}
	// A profile whose secret is not in the keyring leaves the keyring alone,
	// even when an entry of that name happens to be there.
	if code, _, errs := runProfiles(t, p, "profiles", "rm", "ev"); code != 0 || errs != "" {
		t.Fatalf("rm ev: exit %d\n%s", code, errs)
	}
	if got, err := keyring.Get(profiles.KeyringService, "ev"); err != nil || got != "s3cret-ev" {
		t.Errorf("rm of an env: profile touched the keyring: %q, %v", got, err)
	}
}

func TestProfilesRmKeyringNotFoundIsFine(t *testing.T) {
	keyring.MockInit()
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mock")
	p := keyringProfiles(t)
	if code, _, errs := runProfiles(t, p, "profiles", "rm", "kr"); code != 0 || errs != "" {
		t.Fatalf("rm kr with nothing in the keyring: exit %d\n%s", code, errs)
	}
}

func TestProfilesRmKeyringFailureIsAWarning(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "") // no keyring service: the delete fails fast
	p := keyringProfiles(t)
	code, out, errs := runProfiles(t, p, "profiles", "rm", "kr")
	if code != 0 || !strings.Contains(out, `Removed profile "kr"`) {
		t.Fatalf("rm kr without a keyring: exit %d\n%s\n%s; want the removal done", code, out, errs)
	}
	for _, want := range []string{"warning:", "still in the system keyring", "no keyring service answered",
		`service "tokentui", user "kr"`, profiles.KeyringDeleteCommand("kr")} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	f, err := profiles.Load(p)
	if err != nil || len(f.Profiles) != 1 || f.Profiles[0].Name != "ev" || f.Default != "" {
		t.Errorf("after rm: %+v, %v", f, err)
	}
	code, _, errs = runProfiles(t, p, "profiles", "rm", "ev")
	if code != 0 || errs != "" {
		t.Errorf("rm of an env: profile without a keyring: exit %d, %q; want no warning", code, errs)
	}
}
