package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"

	"tokentui/profiles"
)

// TestProfilesAddKeyringStoresTheSecret (issue 15, small things): profiles
// add --secret-ref keyring takes the secret (here from stdin with
// --secret-stdin) and stores it; without a terminal and without
// --secret-stdin it is a usage error that says how, and nothing is written.
func TestProfilesAddKeyringStoresTheSecret(t *testing.T) {
	keyring.MockInit()
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mock")
	t.Setenv("TOKENTUI_PROFILE", "")
	p := filepath.Join(t.TempDir(), "profiles.yaml")
	add := []string{"--config", p, "profiles", "add", "kr", "--token-url", "https://idp.example/token", "--client-id", "c1", "--secret-ref", "keyring"}

	var out, errb bytes.Buffer
	if code := Run(add, strings.NewReader(""), &out, &errb); code != 2 || !strings.Contains(errb.String(), "--secret-stdin") {
		t.Fatalf("no terminal, no --secret-stdin: exit %d\n%s", code, errb.String())
	}
	if _, err := profiles.Load(p); err == nil {
		t.Error("the profile was written without its secret")
	}

	out.Reset()
	errb.Reset()
	code := Run(append(add, "--secret-stdin"), strings.NewReader("s3cret\n"), &out, &errb)
	if code != 0 {
		t.Fatalf("--secret-stdin: exit %d\n%s", code, errb.String())
	}
	if got, err := keyring.Get(profiles.KeyringService, "kr"); err != nil || got != "s3cret" {
		t.Errorf("the keyring holds %q, %v; want s3cret", got, err)
	}
	if !strings.Contains(out.String(), "Secret stored in the system keyring") || strings.Contains(out.String()+errb.String(), "s3cret") {
		t.Errorf("output:\n%s\n%s", out.String(), errb.String())
	}
}
