package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"tokentui/profiles"
	"tokentui/text/i18n"
)

// runProfiles runs `tokentui --config path args…`.
func runProfiles(t *testing.T, path string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(append([]string{"--config", path}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func readBytes(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestProfilesAddListShowRmDefault(t *testing.T) {
	t.Setenv("TOKENTUI_PROFILE", "")
	p := filepath.Join(t.TempDir(), "cfg", "profiles.yaml")
	code, out, _ := runProfiles(t, p, "profiles", "list")
	if code != 0 || !strings.Contains(out, "No profiles") {
		t.Errorf("list on a missing file: %d %q", code, out)
	}
	code, out, errs := runProfiles(t, p, "profiles", "add", "ac", "--issuer", "https://acessocidadao.es.gov.br/is",
		"--client-id", "my-client", "--secret-ref", "env:AC_SECRET", "--scope", "api-organograma", "--scope", "api-b api-c")
	if code != 0 || !strings.Contains(out, "Created") {
		t.Fatalf("add: %d %q %q", code, out, errs)
	}
	f, err := profiles.Load(p)
	if err != nil || f.Default != "ac" || len(f.Profiles[0].Scopes) != 3 {
		t.Fatalf("after add: %+v, %v", f, err)
	}
	code, _, errs = runProfiles(t, p, "profiles", "add", "sb", "--token-url", "http://127.0.0.1:8765/connect/token",
		"--client-id", "demo-client", "--secret-ref", "demo-secret", "--auth-method", "client_secret_post")
	if code != 0 || !strings.Contains(errs, "warning") {
		t.Errorf("add literal: %d %q; want a warning", code, errs)
	}

	old := tokenState
	tokenState = func(_ i18n.Lang, p profiles.Profile) string { return "valid 42:17" }
	t.Cleanup(func() { tokenState = old })
	code, out, _ = runProfiles(t, p, "profiles", "list")
	if code != 0 {
		t.Fatalf("list: %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "*") || !strings.Contains(lines[1], "https://acessocidadao.es.gov.br/is") ||
		!strings.Contains(lines[2], "http://127.0.0.1:8765/connect/token") || !strings.Contains(lines[1], "valid 42:17") ||
		!strings.Contains(lines[1], "api-organograma api-b api-c") {
		t.Errorf("list:\n%s", out)
	}

	code, out, errs = runProfiles(t, p, "profiles", "show", "sb")
	if code != 0 || strings.Contains(out, "demo-secret") || !strings.Contains(out, "literal (****") ||
		!strings.Contains(errs, "warning") || !strings.Contains(out, "client_secret_post") {
		t.Errorf("show sb: %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = runProfiles(t, p, "profiles", "show")
	if code != 0 || !strings.Contains(out, "ac (default)") || !strings.Contains(out, "env:AC_SECRET") {
		t.Errorf("show default: %d\n%s", code, out)
	}

	if code, _, errs = runProfiles(t, p, "profiles", "default", "sb"); code != 0 {
		t.Errorf("default: %d %s", code, errs)
	}
	if code, _, errs = runProfiles(t, p, "profiles", "rm", "ac"); code != 0 {
		t.Errorf("rm: %d %s", code, errs)
	}
	f, err = profiles.Load(p)
	if err != nil || f.Default != "sb" || len(f.Profiles) != 1 {
		t.Errorf("after default+rm: %+v, %v", f, err)
	}
	if _, err := os.Stat(p + ".bak"); err != nil {
		t.Errorf("no .bak: %v", err)
	}

	// --replace keeps what the flags cannot set
	if err := profiles.Update(p, func(f *profiles.File) error {
		f.Profiles[0].Requests = []profiles.SavedRequest{{Name: "me", Path: "/me"}}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	code, _, errs = runProfiles(t, p, "profiles", "add", "sb", "--issuer", "http://127.0.0.1:8765", "--client-id", "demo-readonly",
		"--secret-ref", "env:DEMO", "--replace")
	f, _ = profiles.Load(p)
	if code != 0 || f.Profiles[0].ClientID != "demo-readonly" || len(f.Profiles[0].Requests) != 1 {
		t.Errorf("replace: %d %s %+v", code, errs, f)
	}
}

// Bad input through the CLI: exit 2, a sentence and a hint, and the file
// byte for byte as it was.
func TestProfilesBadInputLeavesFileAlone(t *testing.T) {
	p := filepath.Join(t.TempDir(), "profiles.yaml")
	if code, _, errs := runProfiles(t, p, "profiles", "add", "ac", "--issuer", "https://x.example/is", "--client-id", "c", "--secret-ref", "env:X"); code != 0 {
		t.Fatal(errs)
	}
	before := readBytes(t, p)
	add := func(extra ...string) []string { return append([]string{"profiles", "add"}, extra...) }
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no client id", add("n", "--issuer", "https://x/", "--secret-ref", "env:X"), "--client-id"},
		{"no secret ref", add("n", "--issuer", "https://x/", "--client-id", "c"), "--secret-ref"},
		{"no issuer nor token url", add("n", "--client-id", "c", "--secret-ref", "env:X"), "neither issuer nor token_url"},
		{"bad issuer", add("n", "--issuer", "x.example/is", "--client-id", "c", "--secret-ref", "env:X"), "issuer"},
		{"bad token url", add("n", "--token-url", "ftp://x/t", "--client-id", "c", "--secret-ref", "env:X"), "token_url"},
		{"bad jwks url", add("n", "--issuer", "https://x/", "--jwks-url", "/jwks", "--client-id", "c", "--secret-ref", "env:X"), "jwks_url"},
		{"bad api base url", add("n", "--issuer", "https://x/", "--api-base-url", "api", "--client-id", "c", "--secret-ref", "env:X"), "api_base_url"},
		{"bad auth method", add("n", "--issuer", "https://x/", "--auth-method", "basic", "--client-id", "c", "--secret-ref", "env:X"), "auth_method"},
		{"existing name", add("ac", "--issuer", "https://x/", "--client-id", "c", "--secret-ref", "env:X"), "already"},
		{"no name", add("--issuer", "https://x/", "--client-id", "c", "--secret-ref", "env:X"), "exactly one profile name"},
		{"unknown flag", add("n", "--isuer", "https://x/"), "unknown flag"},
		{"rm unknown", []string{"profiles", "rm", "nope"}, `no profile named "nope"`},
		{"default unknown", []string{"profiles", "default", "ab"}, `no profile named "ab"`},
		{"show unknown", []string{"profiles", "show", "nope"}, `no profile named "nope"`},
		{"unknown subcommand", []string{"profiles", "lsit"}, "not a profiles command"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runProfiles(t, p, tc.args...)
			if code != exitUsage || !strings.Contains(errs, tc.want) || !strings.Contains(errs, "\nhint: ") {
				t.Errorf("exit %d, stderr %q; want 2, %q and a hint", code, errs, tc.want)
			}
			if !bytes.Equal(readBytes(t, p), before) {
				t.Error("the file changed")
			}
		})
	}
}

// badFiles mirrors the bad inputs of the profiles package's tests: each
// file, and the line its error names.
var badFiles = []struct {
	name, yaml string
	line       int
	want       string
}{
	{"syntax", "profiles:\n  - name: a\n    issuer: [oops\n    client_id: c\n", 3, "not valid YAML"},
	{"tab", "profiles:\n  - name: a\n\tissuer: https://x/\n", 3, "tab"},
	{"unknown field", "profiles:\n" + okCLIProfile + "    client_secert: env:X\n", 5, `unknown field "client_secert"`},
	{"wrong type", "profiles:\n" + okCLIProfile + "    scopes: {a: b}\n", 5, "should be a list"},
	{"missing client_id", "profiles:\n  - name: a\n    issuer: https://id.example/is\n", 2, "has no client_id"},
	{"no issuer nor token_url", "profiles:\n  - name: a\n    client_id: c\n", 2, "neither issuer nor token_url"},
	{"bad url", "profiles:\n  - name: a\n    issuer: id.example/is\n    client_id: c\n", 3, "issuer"},
	{"duplicate name", "profiles:\n" + okCLIProfile + okCLIProfile, 5, "two profiles are named"},
	{"auth method", "profiles:\n" + okCLIProfile + "    auth_method: basic\n", 5, "auth_method"},
	{"bad default", "default: b\nprofiles:\n" + okCLIProfile, 1, `default is "b"`},
}

const okCLIProfile = "  - name: a\n    issuer: https://id.example/is\n    client_id: c\n"

// A file that does not load is never overwritten, and every command says
// which line is wrong.
func TestProfilesBadFileNeverOverwritten(t *testing.T) {
	commands := [][]string{
		{"profiles", "add", "n", "--issuer", "https://x/", "--client-id", "c", "--secret-ref", "env:X"},
		{"profiles", "add", "a", "--issuer", "https://x/", "--client-id", "c", "--secret-ref", "env:X", "--replace"},
		{"profiles", "rm", "a"},
		{"profiles", "default", "a"},
		{"profiles", "list"},
		{"profiles", "show", "a"},
	}
	for _, bf := range badFiles {
		t.Run(bf.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "profiles.yaml")
			if err := os.WriteFile(p, []byte(bf.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, args := range commands {
				code, _, errs := runProfiles(t, p, args...)
				if code != exitUsage || !strings.Contains(errs, bf.want) || !strings.Contains(errs, "\nhint: ") ||
					!(strings.Contains(errs, ":"+strconv.Itoa(bf.line)+":") || strings.Contains(errs, "line "+strconv.Itoa(bf.line)+":")) {
					t.Errorf("%v: exit %d, stderr %q; want 2, line %d, %q and a hint", args[1], code, errs, bf.line, bf.want)
				}
				if got := readBytes(t, p); string(got) != bf.yaml {
					t.Fatalf("%v changed the file to %q", args[1], got)
				}
			}
			if _, err := os.Stat(p + ".bak"); !os.IsNotExist(err) {
				t.Error("a .bak was written")
			}
		})
	}
}
