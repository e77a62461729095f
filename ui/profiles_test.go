package ui

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/zalando/go-keyring"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui/profileform"
	"tokentui/ui/uitest"
)

const typedSecret = "Typed-Secret-7c1e"

// testFactory builds profiles as runApp does: an auth client with the
// token cache in cacheDir, or in memory for a temporary profile.
func testFactory(cacheDir string) NewProfileFunc {
	return func(p profiles.Profile, temporary bool) (Profile, error) {
		up := Profile{Name: p.Name, Detail: p.Issuer, Config: p, Temporary: temporary}
		if profiles.IsUnfilledTemplate(p) {
			up.Problem = "This profile is a template: fill in its client id and secret first."
			return up, nil
		}
		dir := cacheDir
		if temporary {
			dir = ""
		}
		c, err := auth.New(auth.Options{
			Profile: p.Name, Issuer: p.Issuer, TokenURL: p.TokenURL, ClientID: p.ClientID, Scopes: p.Scopes,
			AuthMethod: p.Method(), CacheDir: dir,
			Secret: func(ctx context.Context) (string, error) { return profiles.ResolveSecret(ctx, p) },
		})
		if err != nil {
			up.Problem = err.Error()
			return up, err
		}
		up.Client = c
		return up, nil
	}
}

// env is a home with config and cache directories, and the app over it.
type env struct {
	t      *testing.T
	config string // the profiles file
	cache  string
	dirs   []string // where nothing may be left behind
	sb     *demo.Server
}

func newEnv(t *testing.T) *env {
	root := t.TempDir()
	e := &env{t: t, config: filepath.Join(root, "config", "tokentui", "profiles.yaml"), cache: filepath.Join(root, "cache", "tokentui")}
	e.dirs = []string{filepath.Join(root, "config"), filepath.Join(root, "cache")}
	sb, err := demo.Start(t.Context(), demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sb.Close() })
	e.sb = sb
	return e
}

// app opens the TUI as runTUI does: over the file, or over the first-run
// presets when there is none.
func (e *env) app(w, h int) tea.Model {
	e.t.Helper()
	f, firstRun, err := profiles.LoadOrFirstRun(e.config)
	if err != nil {
		e.t.Fatal(err)
	}
	factory := testFactory(e.cache)
	var ps []Profile
	for _, p := range f.Profiles {
		up, _ := factory(p, false)
		ps = append(ps, up)
	}
	var m tea.Model = New(Options{
		Profiles: ps, Active: f.Default, ProfilesPath: e.config, FirstRun: firstRun, Default: f.Default,
		NewProfile: factory, Banner: map[bool]string{true: "first run: profiles not saved yet"}[firstRun],
	})
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return settle(e.t, m, m.Init())
}

// files lists what was written under the config and cache directories.
func (e *env) files() []string {
	var out []string
	for _, d := range e.dirs {
		filepath.WalkDir(d, func(path string, de fs.DirEntry, err error) error {
			if err == nil && !de.IsDir() {
				out = append(out, path)
			}
			return nil
		})
	}
	return out
}

// checkProfilesScreen fails unless the app fills a w×h terminal; it returns
// the screen.
func checkProfilesScreen(t *testing.T, m tea.Model, w, h int) string {
	t.Helper()
	s := view(m)
	uitest.CheckFits(t, s, w, h)
	return s
}

// TestFromNothingToAWorkingProfile is the "done when": no file,
// the presets on screen; add a profile in the form against the sandbox,
// fetch the metadata, test the credentials, save; the file holds it and
// its workspace has a token.
func TestFromNothingToAWorkingProfile(t *testing.T) {
	e := newEnv(t)
	t.Setenv("TT_AC_SECRET", demo.ClientSecret)
	m := e.app(80, 24)
	s := checkProfilesScreen(t, m, 80, 24)
	if !strings.Contains(s, "first run") || !strings.Contains(s, "acesso-cidadao") || !strings.Contains(s, "set up first") {
		t.Fatalf("first run does not show the presets:\n%s", s)
	}
	if _, err := os.Stat(e.config); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("first run wrote the file: %v", err)
	}

	m = press(t, m, "tab", "a")
	if s := checkProfilesScreen(t, m, 80, 24); !strings.Contains(s, "Add a profile") {
		t.Fatalf("a did not open the form:\n%s", s)
	}
	m = press(t, m, "ac-sandbox", "tab", e.sb.IssuerURL, "tab", "tab", demo.ClientID, "tab", "tab", "TT_AC_SECRET")
	m = press(t, m, "ctrl+f")
	checkProfilesScreen(t, m, 80, 24)
	full := uitest.Screen(m.(Model).fullForm())
	for _, want := range []string{e.sb.TokenURL, "[ ] demo.read", "[ ] demo.write"} {
		if !strings.Contains(full, want) {
			t.Errorf("after fetching the metadata the form lacks %q:\n%s", want, full)
		}
	}
	// choose both scopes
	for m.(Model).pm.Covering() && !strings.Contains(view(m), "▸ Scopes") {
		m = press(t, m, "tab")
	}
	m = press(t, m, "tab", "space", "tab", "space")
	m = press(t, m, "ctrl+t")
	full = uitest.Screen(m.(Model).fullForm())
	if !strings.Contains(full, "✓ Credentials") || !strings.Contains(full, "✓ all") {
		t.Fatalf("test credentials did not pass:\n%s", full)
	}
	if n := len(e.files()); n != 0 {
		t.Fatalf("testing wrote files: %v", e.files())
	}
	before := e.sb.TokenRequests()

	m = press(t, m, "ctrl+s")
	s = checkProfilesScreen(t, m, 80, 24)
	st, err := os.Stat(e.config)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("profiles file: %v %v, want mode 0600", err, st)
	}
	f, err := profiles.Load(e.config)
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Find("ac-sandbox")
	if err != nil {
		t.Fatalf("the file lacks the profile: %v", err)
	}
	if p.ClientSecret != "env:TT_AC_SECRET" || p.TokenURL != e.sb.TokenURL || strings.Join(p.Scopes, " ") != "demo.read demo.write" {
		t.Errorf("saved %+v", *p)
	}
	if _, err := f.Find(profiles.SandboxProfile); err != nil {
		t.Errorf("the kept sandbox preset was not saved with it: %v", err)
	}
	if _, err := f.Find(profiles.AcessoCidadaoProfile); err == nil {
		t.Error("the unfilled template was saved")
	}
	// the new profile is in the list, shown, with a token
	if !strings.Contains(s, "profile ac-sandbox") || !strings.Contains(s, "VALID") || strings.Contains(s, "first run") {
		t.Fatalf("after saving, the app does not show the new profile with a token:\n%s", s)
	}
	if got := e.sb.TokenRequests() - before; got != 1 {
		t.Errorf("saving made %d token requests, want 1 (the workspace's own)", got)
	}
	// (the file does hold "demo-secret": the sandbox preset's public secret; the
	// new profile's secret stays in the environment — see TestSaveWritesTheProfile)

	// a new app over the saved file opens on it, as a user would find it
	m2 := e.app(200, 60)
	s = checkProfilesScreen(t, m2, 200, 60)
	if !strings.Contains(s, "ac-sandbox") || strings.Contains(s, "first run") {
		t.Fatalf("reopened app:\n%s", s)
	}
}

// fullForm is every line of the open form, scrolled or not: the profile
// manager's view of a copy of it, on a very large screen.
func (m Model) fullForm() string {
	pm := m.pm
	lw, lh := m.leftSize()
	pm.SetSize(lw, lh-titleLines, 200, 500)
	fw, fh := m.frame()
	s, _ := pm.View(200+fw, 500+fh)
	return s
}

func TestTemplateBecomesAWorkingProfile(t *testing.T) {
	e := newEnv(t)
	t.Setenv("AC_CLIENT_SECRET", demo.ClientSecret)
	m := e.app(80, 24)
	m = press(t, m, "tab", "down", "e")
	s := view(m)
	if !strings.Contains(s, "Edit profile acesso-cidadao") || !strings.Contains(s, "▸ Client ID") {
		t.Fatalf("e on the template:\n%s", s)
	}
	// point it at the sandbox (the real provider is not reachable from tests)
	m = press(t, m, demo.ClientID)
	m = setField(t, m, "Issuer", e.sb.IssuerURL)
	m = setField(t, m, "Scopes", "demo.read")
	m = press(t, m, "ctrl+s")
	f, err := profiles.Load(e.config)
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Find(profiles.AcessoCidadaoProfile)
	if err != nil || p.ClientSecret != "env:AC_CLIENT_SECRET" || p.ClientID != demo.ClientID || p.Method() != profiles.AuthBasic {
		t.Fatalf("saved template: %v %+v", err, p)
	}
	if s := view(m); !strings.Contains(s, "profile acesso-cidadao") || !strings.Contains(s, "VALID") {
		t.Fatalf("the filled template has no token:\n%s", s)
	}
}

// setField moves the form's focus to the row labelled label, clears it
// and types value, as a user would.
func setField(t *testing.T, m tea.Model, label, value string) tea.Model {
	t.Helper()
	for i := 0; !strings.Contains(view(m), "▸ "+label); i++ {
		if i > 40 {
			t.Fatalf("no row %q in the form:\n%s", label, view(m))
		}
		m = press(t, m, "tab")
	}
	return press(t, m, "ctrl+u", value)
}

func TestUnparsableFileIsLeftAsItIs(t *testing.T) {
	e := newEnv(t)
	bad := []byte("default: x\nprofiles:\n  - name: x\n    client_id: c\n    issuer: https://idp.example/is\n    scopes: [a\n")
	good := &profiles.File{Profiles: []profiles.Profile{{Name: "x", Issuer: e.sb.IssuerURL, ClientID: "c", ClientSecret: "env:X_SECRET"}}}
	if err := good.Save(e.config); err != nil {
		t.Fatal(err)
	}
	m := e.app(80, 24)
	// the file breaks while the app runs (a hand edit with a typo)
	if err := os.WriteFile(e.config, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "tab", "a", "new", "tab", e.sb.IssuerURL, "tab", "tab", "c", "tab", "tab", "X_SECRET", "ctrl+s")
	if got, _ := os.ReadFile(e.config); string(got) != string(bad) {
		t.Fatalf("the file changed:\n%s", got)
	}
	full := uitest.Screen(m.(Model).fullForm())
	if !strings.Contains(full, "does not load") || !strings.Contains(full, "left it as it is") {
		t.Fatalf("the form does not say why it did not save:\n%s", full)
	}
	// delete and default say so too, and leave it
	m = press(t, m, "esc", "esc")
	m = press(t, m, "x", "y")
	if s := view(m); !strings.Contains(s, "Could not delete") || !strings.Contains(s, "does not load") {
		t.Fatalf("delete over a bad file:\n%s", s)
	}
	if got, _ := os.ReadFile(e.config); string(got) != string(bad) {
		t.Fatalf("delete changed the file:\n%s", got)
	}
}

func TestTemporaryProfileLeavesNothingBehind(t *testing.T) {
	e := newEnv(t)
	m := e.app(80, 24)
	m = press(t, m, "tab", "T")
	if s := view(m); !strings.Contains(s, profileform.TemporaryBanner(i18n.En)) {
		t.Fatalf("T did not open a temporary form:\n%s", s)
	}
	m = press(t, m, "support-x", "tab", e.sb.IssuerURL, "tab", "tab", demo.ReadOnlyClientID, "tab", "tab", typedSecret)
	if strings.Contains(view(m), typedSecret) {
		t.Fatal("the typed secret is on screen")
	}
	m = setField(t, m, "Secret", demo.ClientSecret)
	m = press(t, m, "ctrl+t")
	if full := uitest.Screen(m.(Model).fullForm()); !strings.Contains(full, "✓ Credentials") {
		t.Fatalf("test of a temporary profile:\n%s", full)
	}
	m = press(t, m, "ctrl+s")
	s := checkProfilesScreen(t, m, 80, 24)
	if !strings.Contains(s, "▸ support-x") || !strings.Contains(s, "temporary") || !strings.Contains(s, "VALID") {
		t.Fatalf("the temporary profile is not in use with a token:\n%s", s)
	}
	if files := e.files(); len(files) != 0 {
		t.Fatalf("a temporary profile left files behind: %v", files)
	}
	// making it the default is refused; deleting it touches no file
	m = press(t, m, "tab", "D")
	if s := view(m); !strings.Contains(s, "it cannot be") {
		t.Fatalf("D on a temporary profile:\n%s", s)
	}
	m = press(t, m, "esc", "x", "y")
	if s := view(m); strings.Contains(s, "support-x") {
		t.Fatalf("the temporary profile was not deleted:\n%s", s)
	}
	if files := e.files(); len(files) != 0 {
		t.Fatalf("files after deleting a temporary profile: %v", files)
	}
}

func TestDeleteAndDefaultWriteTheFile(t *testing.T) {
	e := newEnv(t)
	t.Setenv("TT_S", demo.ClientSecret)
	f := &profiles.File{Default: "one", Profiles: []profiles.Profile{
		{Name: "one", Issuer: e.sb.IssuerURL, ClientID: demo.ClientID, ClientSecret: "env:TT_S"},
		{Name: "two", Issuer: e.sb.IssuerURL, ClientID: demo.ReadOnlyClientID, ClientSecret: "env:TT_S"},
	}}
	if err := f.Save(e.config); err != nil {
		t.Fatal(err)
	}
	m := e.app(80, 24)
	m = press(t, m, "tab", "down", "D")
	if got, _ := profiles.Load(e.config); got.Default != "two" {
		t.Fatalf("default in the file = %q, want two", got.Default)
	}
	if s := view(m); !strings.Contains(s, "two ★") {
		t.Fatalf("the list does not star the new default:\n%s", s)
	}
	m = press(t, m, "x")
	if s := view(m); !strings.Contains(s, `"two"?`) {
		t.Fatalf("no confirmation naming the profile:\n%s", s)
	}
	m = press(t, m, "y")
	got, _ := profiles.Load(e.config)
	if len(got.Profiles) != 1 || got.Default != "" {
		t.Fatalf("after delete the file has %+v", got)
	}
	if _, ok := m.(Model).spaces["two"]; ok {
		t.Error("the deleted profile's workspace is still there")
	}
	if s := view(m); strings.Contains(s, "two") {
		t.Fatalf("the deleted profile is still listed:\n%s", s)
	}
}

func TestTestCredentialsFromTheList(t *testing.T) {
	e := newEnv(t)
	t.Setenv("TT_S", "wrong-secret")
	f := &profiles.File{Profiles: []profiles.Profile{{Name: "one", Issuer: e.sb.IssuerURL, ClientID: demo.ClientID, ClientSecret: "env:TT_S"}}}
	if err := f.Save(e.config); err != nil {
		t.Fatal(err)
	}
	m := e.app(80, 24)
	m = press(t, m, "tab", "t")
	s := checkProfilesScreen(t, m, 80, 24)
	if !strings.Contains(s, "Test credentials · one") || !strings.Contains(s, "✗ Credentials") {
		t.Fatalf("t did not show the failing check:\n%s", s)
	}
	m = press(t, m, "esc")
	if strings.Contains(view(m), "Test credentials") {
		t.Fatal("esc did not close the report")
	}
}

func TestKeyringSecretNeverInViewOrFile(t *testing.T) {
	keyring.MockInit() // never the user's real keyring
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mock")
	e := newEnv(t)
	// not a first run: the sandbox preset would write the sandbox's public secret in the file
	other := &profiles.File{Profiles: []profiles.Profile{{Name: "other", Issuer: e.sb.IssuerURL, ClientID: "x", ClientSecret: "env:NOPE"}}}
	if err := other.Save(e.config); err != nil {
		t.Fatal(err)
	}
	secret := demo.ClientSecret // the sandbox must accept it for the token at the end
	m := e.app(80, 24)
	m = press(t, m, "tab", "a", "kr", "tab", e.sb.IssuerURL, "tab", "tab", demo.ClientID, "tab")
	for i := 0; !strings.Contains(view(m), "‹ keyring ›"); i++ {
		if i > 5 {
			t.Fatalf("keyring is not a choice:\n%s", view(m))
		}
		m = press(t, m, "space")
	}
	m = press(t, m, "tab", secret)
	if strings.Contains(view(m), secret) || strings.Contains(uitest.Screen(m.(Model).fullForm()), secret) {
		t.Fatal("the secret is on screen")
	}
	m = press(t, m, "ctrl+s")
	if got, err := keyring.Get(profiles.KeyringService, "kr"); err != nil || got != secret {
		t.Fatalf("keyring holds %q, %v", got, err)
	}
	if s := view(m); !strings.Contains(s, "profile kr") || !strings.Contains(s, "VALID") {
		t.Fatalf("the keyring profile does not get a token:\n%s", s)
	}
	for _, path := range e.files() {
		data, _ := os.ReadFile(path)
		if strings.Contains(string(data), secret) {
			t.Fatalf("%s holds the secret", path)
		}
	}
	if strings.Contains(view(m), secret) {
		t.Fatal("the secret is on screen after saving")
	}
}
