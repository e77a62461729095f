package code

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/response"
	"tokentui/ui/uitest"
)

func newView(t *testing.T, lang i18n.Lang, w, h int) Model {
	t.Helper()
	styles := common.NewStyles(true)
	m := New(common.Common{Styles: &styles, Lang: lang}, Options{ID: "sandbox", Colors: response.ColorNone, IsDark: true})
	m.SetSize(w, h)
	m.Focus()
	return m
}

func sandbox() profiles.Profile { return profiles.FirstRun().Profiles[0] }

func press(t *testing.T, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(uitest.Key(k))
		m = uitest.Settle(t, m, cmd, Model.Update)
	}
	return m
}

func open(t *testing.T, m Model, p profiles.Profile, spec requests.Spec) Model {
	t.Helper()
	cmd := m.Open(p, spec)
	return uitest.Settle(t, m, cmd, Model.Update)
}

// TestOpenShowsTheGoProgram:
//
//	Code for sandbox
//	1 Go  2 Python  3 Node.js  4 Java  5 C#  6 shell  7 curl+jq
//	the secret is read from $SANDBOX_CLIENT_SECRET, never written in the code
//	// Gets an OAuth2 client-credentials token, reuses it until shortly
func TestOpenShowsTheGoProgram(t *testing.T) {
	m := open(t, newView(t, i18n.En, 80, 24), sandbox(), requests.Spec{})
	screen := uitest.Screen(m.View())
	lines := strings.Split(screen, "\n")
	for i, want := range []string{"Code for sandbox", "1 Go  2 Python  3 Node.js  4 Java  5 C#  6 shell  7 curl+jq",
		"the secret is read from $SANDBOX_CLIENT_SECRET, never written in the code",
		"// Gets an OAuth2 client-credentials token, reuses it until shortly"} {
		if i >= len(lines) || !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d: want %q\n%s", i+1, want, screen)
		}
	}
	uitest.CheckWithin(t, screen, 80, 24)
	if len(lines) != 24 {
		t.Errorf("the view uses %d of 24 lines", len(lines))
	}
	if !strings.Contains(m.Source(), "clientcredentials.Config") || strings.Contains(m.Source(), "demo-secret") {
		t.Errorf("source:\n%s", m.Source())
	}
}

func TestPickerAndScrolling(t *testing.T) {
	m := open(t, newView(t, i18n.En, 80, 24), sandbox(), requests.Spec{Method: "GET", URL: "items"})
	if screen := uitest.Screen(m.View()); !strings.Contains(screen, "Code for sandbox · GET items") {
		t.Errorf("title:\n%s", screen)
	}
	m = press(t, m, "right")
	if screen := uitest.Screen(m.View()); !strings.Contains(screen, "#!/usr/bin/env python3") ||
		!strings.Contains(m.Source(), `API_URL = "http://127.0.0.1:8765/api/v1/items"`) {
		t.Errorf("after →, want Python for items:\n%s", screen)
	}
	m = press(t, m, "7")
	if m.Language() != "curl" || !strings.Contains(uitest.Screen(m.View()), "#!/usr/bin/env bash") {
		t.Errorf("7: %s\n%s", m.Language(), uitest.Screen(m.View()))
	}
	m = press(t, m, "6")
	if screen := uitest.Screen(m.View()); !strings.Contains(screen, "tokentui token reads the secret from the profile") {
		t.Errorf("shell note:\n%s", screen)
	}
	m = press(t, m, "left", "left", "left", "left", "left")
	if m.Language() != "go" {
		t.Errorf("five ← from shell: %s", m.Language())
	}
	m = press(t, m, "G")
	lines := strings.Split(uitest.Screen(m.View()), "\n")
	if last := lines[len(lines)-1]; last != "}" {
		t.Errorf("G: last line %q, want the program's closing brace", last)
	}
	m = press(t, m, "g", "down")
	if lines := strings.Split(uitest.Screen(m.View()), "\n"); !strings.HasPrefix(lines[3], "// before it expires") {
		t.Errorf("g, ↓: first code line %q", lines[3])
	}
	m = press(t, m, "esc")
	if m.IsOpen() || m.View() != "" {
		t.Error("esc did not close the view")
	}
}

// TestTheRequestAsTyped: method, headers and body of the Request tab's
// request reach the program.
func TestTheRequestAsTyped(t *testing.T) {
	spec := requests.Spec{Method: "POST", URL: "items", Body: []byte(`{"name":"x"}`),
		Headers: []requests.Header{{Name: "Content-Type", Value: "application/json"}}}
	m := open(t, newView(t, i18n.En, 80, 24), sandbox(), spec)
	for _, want := range []string{`method    = "POST"`, `apiURL    = "http://127.0.0.1:8765/api/v1/items"`,
		`body      = "{\"name\":\"x\"}"`, `req.Header.Set("Content-Type", "application/json")`} {
		if !strings.Contains(m.Source(), want) {
			t.Errorf("no %s in\n%s", want, m.Source())
		}
	}
}

func TestCopyPutsTheProgramOnTheClipboard(t *testing.T) {
	var copied string
	saved := common.DefaultClipboard
	common.DefaultClipboard = common.Clipboard{Getenv: func(string) string { return "" },
		System: func(s string) error { copied = s; return nil }}
	defer func() { common.DefaultClipboard = saved }()
	m := open(t, newView(t, i18n.En, 80, 24), sandbox(), requests.Spec{})
	m = press(t, m, "2", "c")
	if copied != m.Source() || !strings.HasPrefix(copied, "#!/usr/bin/env python3") {
		t.Errorf("copied %q", copied)
	}
	if screen := uitest.Screen(m.View()); !strings.Contains(screen, "Python program copied") {
		t.Errorf("no copy notice:\n%s", screen)
	}
}

// TestPortugueseAt80x24: the whole view in Portuguese, the program's
// comments too, and it fits.
func TestPortugueseAt80x24(t *testing.T) {
	m := open(t, newView(t, i18n.PtBR, 80, 24), sandbox(), requests.Spec{})
	screen := uitest.Screen(m.View())
	for _, want := range []string{"Código para sandbox", "o segredo é lido de $SANDBOX_CLIENT_SECRET",
		"// Obtém um token OAuth2 client credentials"} {
		if !strings.Contains(screen, want) {
			t.Errorf("no %q:\n%s", want, screen)
		}
	}
	uitest.CheckWithin(t, screen, 80, 24)
	for _, size := range [][2]int{{50, 16}, {200, 60}, {20, 5}} {
		m.SetSize(size[0], size[1])
		uitest.CheckWithin(t, uitest.Screen(m.View()), size[0], size[1])
	}
}

func TestProfileWithoutAPI(t *testing.T) {
	p := profiles.Profile{Name: "bare\x1b[31m", TokenURL: "https://idp.example/token", ClientID: "c"}
	m := open(t, newView(t, i18n.En, 80, 24), p, requests.Spec{})
	screen := m.View()
	if strings.Contains(screen, "\x1b[31m") {
		t.Error("a profile name reached the terminal raw")
	}
	if !strings.Contains(uitest.Screen(screen), "no program: the profile has no API URL to call") {
		t.Errorf("no error:\n%s", uitest.Screen(screen))
	}
}

// TestHighlighted: with colours on, the program is coloured by chroma and
// reads the same once stripped.
func TestHighlighted(t *testing.T) {
	styles := common.NewStyles(true)
	m := New(common.Common{Styles: &styles}, Options{ID: "sandbox", Colors: response.Color256, IsDark: true})
	m.SetSize(100, 30)
	m.Focus()
	for i := range 7 {
		m = open(t, m, sandbox(), requests.Spec{})
		if i > 0 {
			m = press(t, m, string(rune('1'+i)))
		}
		if m.colored == nil || !strings.Contains(m.colored[0], "\x1b[") {
			t.Errorf("%s: not coloured", m.Language())
			continue
		}
		if got, want := uitest.Screen(m.colored[0]), m.lines[0]; got != want {
			t.Errorf("%s: coloured line 1 reads %q, want %q", m.Language(), got, want)
		}
	}
}

func TestLexersLoad(t *testing.T) {
	for _, name := range []string{"go", "python", "java", "c#", "bash", "javascript"} {
		if lexerNamed(name) == nil {
			t.Errorf("no lexer %q", name)
		}
	}
}

func TestMessagesForOthersAreIgnored(t *testing.T) {
	m := open(t, newView(t, i18n.En, 80, 24), sandbox(), requests.Spec{})
	before := m.Source()
	m, _ = m.Update(GeneratedMsg{ID: "other", Gen: m.gen, Src: "x"})
	m, _ = m.Update(GeneratedMsg{ID: "sandbox", Gen: m.gen - 1, Src: "x"})
	if m.Source() != before {
		t.Error("a message for another profile or an old generation was kept")
	}
}

func TestShellProgramNamesTheProfilesFile(t *testing.T) {
	styles := common.NewStyles(true)
	m := New(common.Common{Styles: &styles}, Options{ID: "sandbox", Colors: response.ColorNone, ConfigPath: "/tmp/my profiles.yaml"})
	m.SetSize(80, 24)
	m.Focus()
	m = open(t, m, sandbox(), requests.Spec{})
	m = press(t, m, "6")
	if !strings.Contains(m.Source(), `CONFIG='/tmp/my profiles.yaml'`) || !strings.Contains(m.Source(), `tokentui token --config "$CONFIG" -p "$PROFILE"`) {
		t.Errorf("shell program:\n%s", m.Source())
	}
}
