package profileform

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/zalando/go-keyring"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

const secret = "s3cr3t-Typed-In-9f2"

func newForm(t *testing.T, opts Options) Model {
	t.Helper()
	st := common.NewStyles(true)
	if opts.ID == "" {
		opts.ID = "form-test"
	}
	m := New(common.Common{Styles: &st}, opts)
	m.SetSize(78, 20)
	return m
}

// run feeds a message to the form and runs what it asks, feeding the
// results back, until nothing is left; it returns the messages meant for
// the root. A command that does not answer within 20 s fails the test.
func run(t *testing.T, m Model, msg tea.Msg) (Model, []tea.Msg) {
	t.Helper()
	var up []tea.Msg
	update := func(m Model, msg tea.Msg) (Model, tea.Cmd) {
		switch msg.(type) {
		case ClosedMsg:
			up = append(up, msg)
			return m, nil
		case SavedMsg:
			up = append(up, msg)
		}
		return m.Update(msg)
	}
	m, cmd := update(m, msg)
	m = uitest.SettleWith(t, uitest.Limits{Wait: 20 * time.Second, Strict: true}, m, cmd, update)
	return m, up
}

// keys presses each key in turn; a key that is not a name is typed.
func keys(t *testing.T, m Model, ks ...string) (Model, []tea.Msg) {
	t.Helper()
	var all []tea.Msg
	for _, k := range ks {
		var up []tea.Msg
		m, up = run(t, m, uitest.Key(k))
		all = append(all, up...)
	}
	return m, all
}

func screen(m Model) string { return uitest.Screen(m.View()) }

// fullScreen is every line of the form, scrolled or not.
func fullScreen(m Model) string {
	lines, _, _ := m.layout()
	return uitest.Screen(strings.Join(lines, "\n"))
}

func checkFits(t *testing.T, m Model) {
	t.Helper()
	uitest.CheckWithin(t, screen(m), m.Width, m.Height)
}

// fill types the usual values into a new form: name, issuer, client id,
// and the env var holding the secret.
func fill(t *testing.T, m Model, name, issuer, clientID, envVar string) Model {
	t.Helper()
	m, _ = keys(t, m, name, "tab", issuer, "tab", "tab", clientID, "tab", "tab", envVar)
	return m
}

func TestValidationNextToTheField(t *testing.T) {
	m := newForm(t, Options{Path: filepath.Join(t.TempDir(), "profiles.yaml")})
	m, up := keys(t, m, "ctrl+s")
	if len(up) != 0 {
		t.Fatalf("an empty form was saved: %#v", up)
	}
	s := fullScreen(m)
	// ▸ Name          e.g. ac-homolog
	//                 ✗ The profile has no name.
	//                 give it something short, e.g. ac-homolog
	if !strings.Contains(s, "✗ The profile has no name.") {
		t.Fatalf("no error for the missing name:\n%s", s)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.Contains(l, "Name ") && (i+1 >= len(lines) || !strings.Contains(lines[i+1], "no name")) {
			t.Errorf("the name's error is not under the Name row:\n%s", s)
		}
	}
	if !strings.Contains(s, "Which environment variable holds the secret?") || !strings.Contains(s, "AC_CLIENT_SECRET") {
		t.Errorf("no error for the missing variable:\n%s", s)
	}
	if !strings.Contains(s, "Not saved") {
		t.Errorf("the status does not say it was not saved:\n%s", s)
	}

	// fixing the name brings the next problem: the client id
	m, _ = keys(t, m, "shift+tab", "shift+tab") // back to Name from the focused row
	m.at = stop{stopField, int(fName)}
	m.focusAt()
	m, _ = keys(t, m, "ac-homolog", "tab", "https://acessocidadao.es.gov.br/is", "ctrl+s")
	s = fullScreen(m)
	if !strings.Contains(s, "has no client ID") || !strings.Contains(s, "client ID the provider gave you") {
		t.Fatalf("no error for the missing client id:\n%s", s)
	}
	// a bad issuer URL is named in its row
	m.at = stop{stopField, int(fIssuer)}
	m.focusAt()
	m.inputs[fIssuer].SetValue("acessocidadao.es.gov.br")
	m.inputs[fClientID].SetValue("x")
	m.inputs[fRef].SetValue("AC_SECRET")
	m, _ = keys(t, m, "ctrl+s")
	if s = fullScreen(m); !strings.Contains(s, "is not an absolute http://") || !strings.Contains(s, "starting with https://") {
		t.Fatalf("no error for the bad issuer:\n%s", s)
	}
	// a bad variable name
	m.inputs[fIssuer].SetValue("https://acessocidadao.es.gov.br/is")
	m.inputs[fRef].SetValue("AC-SECRET")
	m, _ = keys(t, m, "ctrl+s")
	if s = fullScreen(m); !strings.Contains(s, `"AC-SECRET" is not a variable name`) {
		t.Fatalf("no error for the bad variable name:\n%s", s)
	}
}

func TestSecretIsMasked(t *testing.T) {
	for _, where := range []string{whereKeyring, whereLiteral} {
		m := newForm(t, Options{Path: filepath.Join(t.TempDir(), "p.yaml")})
		m.at = stop{stopField, int(fWhere)}
		for m.where != where {
			m, _ = keys(t, m, "space")
		}
		m, _ = keys(t, m, "tab", secret)
		if m.inputs[fSecret].Value() != secret {
			t.Fatalf("%s: the secret field holds %q", where, m.inputs[fSecret].Value())
		}
		s := screen(m)
		if strings.Contains(s, secret) || strings.Contains(fullScreen(m), secret) {
			t.Fatalf("%s: the secret is on screen:\n%s", where, s)
		}
		if !strings.Contains(s, strings.Repeat("•", len(secret))) {
			t.Errorf("%s: no mask on screen:\n%s", where, s)
		}
		if where == whereLiteral && !strings.Contains(s, "clear text in profiles.yaml") {
			t.Errorf("no warning for a secret kept in the file:\n%s", s)
		}
	}
}

func TestFetchMetadataFillsTokenURLAndOffersScopes(t *testing.T) {
	srv, err := demo.Start(t.Context(), demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	m := newForm(t, Options{Path: filepath.Join(t.TempDir(), "p.yaml")})
	m = fill(t, m, "sb", srv.IssuerURL, demo.ClientID, "SB_SECRET")
	m, _ = keys(t, m, "ctrl+f")
	s := fullScreen(m)
	if m.inputs[fTokenURL].Value() != srv.TokenURL || !strings.Contains(s, srv.TokenURL) {
		t.Fatalf("token URL = %q, want %q:\n%s", m.inputs[fTokenURL].Value(), srv.TokenURL, s)
	}
	for _, want := range []string{"[ ] demo.read", "[ ] demo.write", "✓ Metadata read"} {
		if !strings.Contains(s, want) {
			t.Errorf("after fetching, the form lacks %q:\n%s", want, s)
		}
	}
	// go to the first offered scope and toggle both with space
	for m.at.kind != stopScope {
		m, _ = keys(t, m, "tab")
	}
	m, _ = keys(t, m, "space", "tab", "space")
	if got := m.inputs[fScopes].Value(); got != "demo.read demo.write" {
		t.Fatalf("scopes = %q, want both toggled on", got)
	}
	if s := fullScreen(m); !strings.Contains(s, "[x] demo.read") || !strings.Contains(s, "[x] demo.write") {
		t.Fatalf("scopes not shown as chosen:\n%s", s)
	}
	m, _ = keys(t, m, "space")
	if got := m.inputs[fScopes].Value(); got != "demo.read" {
		t.Fatalf("scopes = %q after toggling demo.write off", got)
	}
	checkFits(t, m)

	// an issuer that is not there: the error is in the issuer's row
	m.inputs[fIssuer].SetValue("http://127.0.0.1:1")
	m, _ = keys(t, m, "ctrl+f")
	if s := fullScreen(m); !strings.Contains(s, "✗ Could not read the issuer's metadata") {
		t.Fatalf("no error for an unreachable issuer:\n%s", s)
	}
}

func TestTestCredentialsUsesTheFormsValuesAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "profiles.yaml")
	var got profiles.Profile
	diagnose := func(ctx context.Context, p profiles.Profile) (auth.Report, error) {
		got = p
		return auth.Report{OK: false, TokenRequests: 1, Checks: []auth.Check{
			{ID: "discovery", Title: "Discovery", Status: auth.CheckOK, Detail: "found the token endpoint"},
			{ID: "credentials", Title: "Credentials", Status: auth.CheckFail, Detail: "invalid_client\x1b[31m",
				Cause: "the client id or secret is wrong", Hint: "check the secret"},
		}}, nil
	}
	m := newForm(t, Options{Path: path, Diagnose: diagnose})
	m, _ = keys(t, m, "ac", "tab", "https://idp.example/is", "tab", "tab", "client-1", "tab")
	for m.where != whereKeyring {
		m, _ = keys(t, m, "space")
	}
	m, _ = keys(t, m, "tab", secret, "ctrl+t")
	if got.ClientSecret != secret || got.ClientID != "client-1" || got.Issuer != "https://idp.example/is" {
		t.Fatalf("diagnose got %+v, want the form's values with the typed secret in memory", got)
	}
	s := fullScreen(m)
	for _, want := range []string{"✓ Discovery", "✗ Credentials", "invalid_client", "cause: the client id or secret is wrong", "try: check the secret", "✗ 1 of 2 checks failed · 1 token request"} {
		if !strings.Contains(s, want) {
			t.Errorf("report lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(m.View(), "\x1b[31m") {
		t.Error("the provider's escape sequence reached the screen")
	}
	if strings.Contains(s, secret) {
		t.Fatal("the secret is on screen")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("testing wrote %v", entries)
	}
}

func TestSaveWritesTheProfile(t *testing.T) {
	t.Setenv("AC_SECRET_TEST", secret)
	path := filepath.Join(t.TempDir(), "cfg", "profiles.yaml")
	seed := profiles.FirstRun().WithoutTemplates()
	m := newForm(t, Options{Path: path, Seed: seed, Taken: []string{"sandbox"}})
	m = fill(t, m, "sandbox", "https://acessocidadao.es.gov.br/is", "my-client", "AC_SECRET_TEST")
	if s := fullScreen(m); !strings.Contains(s, "✓ AC_SECRET_TEST is set in this shell") {
		t.Errorf("the form does not say the variable is set:\n%s", s)
	}
	m, up := keys(t, m, "ctrl+s")
	if len(up) != 0 || !strings.Contains(fullScreen(m), `Another profile is already called "sandbox"`) {
		t.Fatalf("saved over the name of another profile: %#v\n%s", up, fullScreen(m))
	}
	m.inputs[fName].SetValue("ac-homolog")
	m.inputs[fScopes].SetValue("api-organograma")
	m, up = keys(t, m, "ctrl+s")
	if len(up) != 1 {
		t.Fatalf("save sent %#v", up)
	}
	saved := up[0].(SavedMsg)
	if saved.Err != nil || saved.File == nil || !m.Saved() {
		t.Fatalf("save failed: %v", saved.Err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("file %v mode %v, want 0600", err, st)
	}
	f, err := profiles.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := f.Find("ac-homolog")
	if err != nil {
		t.Fatalf("saved file lacks the profile: %v", err)
	}
	if p.ClientSecret != "env:AC_SECRET_TEST" || p.ClientID != "my-client" || p.Method() != profiles.AuthBasic || len(p.Scopes) != 1 {
		t.Errorf("saved %+v", *p)
	}
	if _, err := f.Find(profiles.SandboxProfile); err != nil || f.Default != profiles.SandboxProfile {
		t.Errorf("the first run's kept preset (sandbox, default) is missing: %v, default %q", err, f.Default)
	}
	if _, err := f.Find(profiles.AcessoCidadaoProfile); err == nil {
		t.Error("the unfilled template was saved")
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), secret) {
		t.Fatal("the secret is in the file")
	}
}

func TestEditKeepsWhatTheFormDoesNotShow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "profiles.yaml")
	orig := profiles.Profile{Name: "api", Issuer: "https://idp.example/is", ClientID: "c", ClientSecret: "literal-secret-1",
		Headers: map[string]string{"Accept": "application/json"}, Params: map[string]string{"audience": "x"},
		Requests: []profiles.SavedRequest{{Name: "me", Method: "GET", Path: "/me"}}}
	if err := (&profiles.File{Default: "api", Profiles: []profiles.Profile{orig}}).Save(path); err != nil {
		t.Fatal(err)
	}
	m := newForm(t, Options{Path: path, Profile: orig, Editing: true})
	if m.where != whereLiteral || m.inputs[fSecret].Value() != "" {
		t.Fatalf("editing a literal: where %q, secret field %q (want empty: the stored one is kept)", m.where, m.inputs[fSecret].Value())
	}
	m.inputs[fName].SetValue("api-homolog")
	m, up := keys(t, m, "ctrl+s")
	if len(up) != 1 || up[0].(SavedMsg).Err != nil {
		t.Fatalf("save: %#v", up)
	}
	f, _ := profiles.Load(path)
	p, err := f.Find("api-homolog")
	if err != nil || f.Default != "api-homolog" {
		t.Fatalf("renamed profile %v, default %q", err, f.Default)
	}
	if p.ClientSecret != "literal-secret-1" || p.Headers["Accept"] != "application/json" || p.Params["audience"] != "x" || len(p.Requests) != 1 {
		t.Errorf("the edit lost fields: %+v", *p)
	}
}

func TestSaveNeverOverwritesAFileThatDoesNotLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "profiles.yaml")
	bad := []byte("profiles:\n  - name: x\n    client_id: c\n    isuer: https://typo.example\n")
	if err := os.WriteFile(path, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	m := newForm(t, Options{Path: path})
	m = fill(t, m, "new", "https://idp.example/is", "c", "X_SECRET")
	m, up := keys(t, m, "ctrl+s")
	if len(up) != 1 || !errors.Is(up[0].(SavedMsg).Err, profiles.ErrWouldOverwrite) {
		t.Fatalf("save of a bad file: %#v", up)
	}
	if got, _ := os.ReadFile(path); string(got) != string(bad) {
		t.Fatalf("the file changed:\n%s", got)
	}
	s := fullScreen(m)
	if !strings.Contains(s, "does not load") || !strings.Contains(s, "left it as it is") || !strings.Contains(s, "isuer") {
		t.Fatalf("the form does not say why:\n%s", s)
	}
	if m.Saved() {
		t.Error("Saved() after a refused save")
	}
}

func TestTemporaryWritesNothing(t *testing.T) {
	dir := t.TempDir()
	m := newForm(t, Options{Temporary: true, Path: filepath.Join(dir, "profiles.yaml")})
	if s := screen(m); !strings.Contains(s, TemporaryBanner(i18n.En)) || !strings.Contains(s, "Nothing is written") {
		t.Fatalf("a temporary form does not say so:\n%s", s)
	}
	for _, w := range m.wheres() {
		if w == whereKeyring {
			t.Fatal("a temporary profile offers the keyring, which would write the secret there")
		}
	}
	m, _ = keys(t, m, "cust", "tab", "https://idp.customer.example", "tab", "tab", "cid", "tab", "tab", secret)
	m, up := keys(t, m, "ctrl+s")
	if len(up) != 1 {
		t.Fatalf("save sent %#v", up)
	}
	saved := up[0].(SavedMsg)
	if !saved.Temporary || saved.File != nil || saved.Profile.ClientSecret != secret {
		t.Fatalf("temporary save = %+v", saved)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("a temporary profile wrote %v", entries)
	}
	if strings.Contains(fullScreen(m), secret) {
		t.Fatal("the secret is on screen")
	}
}

func TestKeyringSecretGoesToTheKeyringNotTheFile(t *testing.T) {
	keyring.MockInit()
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mock") // the mock needs no bus; the check wants one named
	path := filepath.Join(t.TempDir(), "profiles.yaml")
	m := newForm(t, Options{Path: path})
	m, _ = keys(t, m, "kr", "tab", "https://idp.example/is", "tab", "tab", "cid", "tab")
	for m.where != whereKeyring {
		m, _ = keys(t, m, "space")
	}
	m, up := keys(t, m, "tab", secret, "ctrl+s")
	if len(up) != 1 || up[0].(SavedMsg).Err != nil {
		t.Fatalf("save: %#v", up)
	}
	if got, err := keyring.Get(profiles.KeyringService, "kr"); err != nil || got != secret {
		t.Fatalf("keyring holds %q, %v", got, err)
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), secret) || !strings.Contains(string(data), "client_secret: keyring") {
		t.Fatalf("file:\n%s", data)
	}
}

func TestEscAsksBeforeLosingChanges(t *testing.T) {
	m := newForm(t, Options{Path: filepath.Join(t.TempDir(), "p.yaml")})
	if _, up := keys(t, m, "esc"); len(up) != 1 {
		t.Fatalf("esc on an untouched form should close it: %#v", up)
	}
	m, _ = keys(t, m, "x")
	m, up := keys(t, m, "esc")
	if len(up) != 0 || !strings.Contains(fullScreen(m), "Press esc again") {
		t.Fatalf("esc lost the changes without asking: %#v\n%s", up, fullScreen(m))
	}
	if _, up = keys(t, m, "esc"); len(up) != 1 {
		t.Fatalf("a second esc should close: %#v", up)
	}
}

func TestScrollsAndFitsAt80x24(t *testing.T) {
	m := newForm(t, Options{Path: "p.yaml", Notes: profiles.AcessoCidadaoNotes, Editing: true,
		Profile: profiles.FirstRun().Profiles[1], Diagnose: func(context.Context, profiles.Profile) (auth.Report, error) {
			return auth.Report{}, nil
		}})
	checkFits(t, m)
	for range 20 {
		m, _ = keys(t, m, "tab")
		checkFits(t, m)
		if !strings.Contains(screen(m), "▸") && m.at.kind == stopField {
			t.Fatalf("the focused row is not in sight:\n%s", screen(m))
		}
	}
	if !strings.Contains(screen(m), "[ Save ]") {
		t.Errorf("buttons not in sight after tabbing down:\n%s", screen(m))
	}
	m.SetSize(198, 56)
	checkFits(t, m)
	if s := screen(m); !strings.Contains(s, "Edit profile acesso-cidadao") || !strings.Contains(s, "Homologation and production keys differ") {
		t.Errorf("200x60: %s", s)
	}
}
