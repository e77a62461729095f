package profiles

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
)

func TestResolveEnv(t *testing.T) {
	t.Setenv("TT_SECRET", "s3cret")
	got, err := ResolveSecret(context.Background(), Profile{Name: "a", ClientSecret: "env:TT_SECRET"})
	if err != nil || got != "s3cret" {
		t.Errorf("env = %q, %v", got, err)
	}
	t.Setenv("TT_EMPTY", "")
	for _, ref := range []string{"env:TT_UNSET_VAR", "env:TT_EMPTY"} {
		_, err := ResolveSecret(context.Background(), Profile{Name: "a", ClientSecret: ref})
		name := strings.TrimPrefix(ref, "env:")
		if !errors.Is(err, ErrSecretMissing) || !strings.Contains(err.Error(), name) || !strings.Contains(hint(err), "export "+name) {
			t.Errorf("%s: %v (hint %q); want ErrSecretMissing naming %s", ref, err, hint(err), name)
		}
	}
}

func TestResolveLiteral(t *testing.T) {
	got, err := ResolveSecret(context.Background(), Profile{Name: "a", ClientSecret: "demo-secret"})
	if err != nil || got != "demo-secret" {
		t.Errorf("literal = %q, %v", got, err)
	}
	if _, err := ResolveSecret(context.Background(), Profile{Name: "a"}); !errors.Is(err, ErrSecretMissing) {
		t.Errorf("empty = %v", err)
	}
}

func TestResolveFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "ac secret")
	if err := os.WriteFile(p, []byte("from-file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, 0o644); err != nil { // whatever the umask
		t.Fatal(err)
	}
	prof := Profile{Name: "a", ClientSecret: "file:" + p}
	_, err := ResolveSecret(context.Background(), prof)
	want := "chmod 600 '" + p + "'"
	if !errors.Is(err, ErrSecretInsecure) || hint(err) != "run: "+want {
		t.Errorf("0644 file: %v (hint %q); want ErrSecretInsecure and %q", err, hint(err), want)
	}
	if strings.Contains(err.Error(), "from-file") {
		t.Error("the error shows the secret")
	}
	os.Chmod(p, 0o600)
	got, err := ResolveSecret(context.Background(), prof)
	if err != nil || got != "from-file" {
		t.Errorf("0600 file = %q, %v", got, err)
	}
	t.Setenv("HOME", dir)
	os.WriteFile(filepath.Join(dir, "s"), []byte("tilde\r\n"), 0o600)
	got, err = ResolveSecret(context.Background(), Profile{Name: "a", ClientSecret: "file:~/s"})
	if err != nil || got != "tilde" {
		t.Errorf("file:~/s = %q, %v", got, err)
	}
	_, err = ResolveSecret(context.Background(), Profile{Name: "a", ClientSecret: "file:~/nope"})
	if !errors.Is(err, ErrSecretMissing) {
		t.Errorf("missing file = %v", err)
	}
}

func TestResolveCmd(t *testing.T) {
	ctx := context.Background()
	got, err := ResolveSecret(ctx, Profile{Name: "a", ClientSecret: "cmd:printf '  from-cmd\\n'"})
	if err != nil || got != "from-cmd" {
		t.Errorf("cmd = %q, %v", got, err)
	}
	// A failing command's output may hold the secret: the error gives how
	// it ended, never what it printed (stdout or stderr).
	_, err = ResolveSecret(ctx, Profile{Name: "a", ClientSecret: "cmd:printf 'SEC%sET-in-stdout' R; printf 'vault: SEC%sET-in-stderr' R >&2; exit 3"})
	if !errors.Is(err, ErrSecretCommand) || !strings.Contains(err.Error(), "exit status 3") || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("failing cmd = %v; want its exit status and nothing it printed", err)
	}
	_, err = ResolveSecret(ctx, Profile{Name: "a", ClientSecret: "cmd:printf 'SEC%sET' R >&2; kill -9 $$"})
	if !errors.Is(err, ErrSecretCommand) || !strings.Contains(err.Error(), "signal: killed") || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("killed cmd = %v; want the signal and nothing it printed", err)
	}
	_, err = ResolveSecret(ctx, Profile{Name: "a", ClientSecret: "cmd:printf 'SEC%sET' R >&2; true"})
	if !errors.Is(err, ErrSecretMissing) || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("silent cmd = %v", err)
	}
}

func TestResolveCmdTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	// a grandchild holding stdout must not keep us waiting either
	_, err := ResolveSecret(ctx, Profile{Name: "a", ClientSecret: "cmd:printf 'asking for %s' passphrase >&2; sleep 30 & sleep 30"})
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %s", d)
	}
	if !errors.Is(err, ErrSecretCommand) || !errors.Is(err, context.DeadlineExceeded) ||
		!strings.Contains(err.Error(), "did not finish") || strings.Contains(err.Error(), "asking for passphrase") {
		t.Errorf("timeout = %v", err)
	}
}

func TestKeyringWithoutDBus(t *testing.T) {
	if keyringCheck() == nil && os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Skip("this platform has a keyring without D-Bus")
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	start := time.Now()
	_, err := ResolveSecret(context.Background(), Profile{Name: "a", ClientSecret: "keyring"})
	if d := time.Since(start); d > 4*time.Second {
		t.Errorf("took %s", d)
	}
	h := hint(err)
	if !errors.Is(err, ErrKeyringUnavailable) || !strings.Contains(h, "env:") || !strings.Contains(h, "file:") || !strings.Contains(h, "cmd:") {
		t.Errorf("keyring = %v (hint %q)", err, h)
	}
	if err := SetKeyringSecret("a", "x"); !errors.Is(err, ErrKeyringUnavailable) {
		t.Errorf("SetKeyringSecret = %v", err)
	}
}

func TestKeyringHangs(t *testing.T) {
	old, oldTimeout := keyringCheck, keyringTimeout
	keyringCheck, keyringTimeout = func() error { return nil }, 50*time.Millisecond
	t.Cleanup(func() { keyringCheck, keyringTimeout = old, oldTimeout })
	start := time.Now()
	release := make(chan struct{})
	defer close(release)
	_, err := keyringCall(context.Background(), func() (string, error) { <-release; return "", nil })
	if d := time.Since(start); d > keyringTimeout+time.Second || !errors.Is(err, ErrKeyringUnavailable) {
		t.Errorf("hanging keyring: %v after %s", err, d)
	}
}

func TestKeyringMock(t *testing.T) {
	keyring.MockInit()
	old := keyringCheck
	keyringCheck = func() error { return nil }
	t.Cleanup(func() { keyringCheck = old })
	p := Profile{Name: "kr", ClientSecret: "keyring"}
	if _, err := ResolveSecret(context.Background(), p); !errors.Is(err, ErrSecretMissing) {
		t.Errorf("before Set = %v", err)
	}
	if err := SetKeyringSecret("kr", "from-keyring"); err != nil {
		t.Fatal(err)
	}
	if got, err := ResolveSecret(context.Background(), p); err != nil || got != "from-keyring" {
		t.Errorf("after Set = %q, %v", got, err)
	}
}

func TestDescribeSecretRef(t *testing.T) {
	for ref, want := range map[string]string{
		"env:AC_SECRET":            "env:AC_SECRET",
		"file:~/ac.secret":         "file:~/ac.secret",
		"cmd:pass show ac/homolog": "cmd:pass show ac/homolog",
		"keyring":                  "keyring",
		"hunter2":                  "literal (****, stored in the file — prefer env:/file:/keyring)",
		"":                         "none",
	} {
		if got := DescribeSecretRef(ref); got != want {
			t.Errorf("DescribeSecretRef(%q) = %q; want %q", ref, got, want)
		}
		if lit := IsLiteralSecret(ref); lit != (ref == "hunter2") {
			t.Errorf("IsLiteralSecret(%q) = %v", ref, lit)
		}
	}
}
