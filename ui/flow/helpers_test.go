package flow

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/ui/common"
	"tokentui/ui/i18n"
)

// startSandbox serves the sandbox for one test.
func startSandbox(t *testing.T) *demo.Server {
	t.Helper()
	srv, err := demo.Start(context.Background(), demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	return srv
}

// newClient is an auth client of the sandbox's demo-client with the given
// secret; cacheDir "" keeps tokens in memory.
func newClient(t *testing.T, srv *demo.Server, secret, cacheDir string) *auth.Client {
	t.Helper()
	c, err := auth.New(auth.Options{
		Profile: "sandbox", Issuer: srv.IssuerURL, ClientID: demo.ClientID,
		Secret:   func(context.Context) (string, error) { return secret, nil },
		Scopes:   []string{demo.ScopeRead, demo.ScopeWrite},
		CacheDir: cacheDir,
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// newFlow is a focused Flow tab of the sandbox profile, w×h, with its first
// step run.
func newFlow(t *testing.T, srv *demo.Server, c Client, w, h int) Model {
	t.Helper()
	return newFlowIn(t, i18n.En, srv, c, w, h)
}

// newFlowIn is newFlow with the pane in lang.
func newFlowIn(t *testing.T, lang i18n.Lang, srv *demo.Server, c Client, w, h int) Model {
	t.Helper()
	styles := common.NewStyles(true)
	src := Source{
		Client: c, APIBaseURL: srv.APIURL,
		API:  DefaultAPIRequest([]SavedRequest{{Method: "POST", Path: "items"}, {Method: "GET", Path: "me"}}),
		Send: NewSendFunc(srv.APIURL, nil, nil),
	}
	m := New(common.Common{Styles: &styles, Lang: lang}, Options{ID: "sandbox", Source: src, Now: time.Now()})
	m.SetSize(w, h)
	return drive(t, m, m.Focus())
}

// drive runs a command and feeds what it returns back into the model,
// following batches, until nothing is left.
func drive(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := run(t, c)
		switch msg := msg.(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
			continue
		case PresentMsg:
			m.SetPresent(msg.On)
			continue
		case nil:
			continue
		}
		var next tea.Cmd
		m, next = m.Update(msg)
		queue = append(queue, next)
	}
	return m
}

// run runs a command, failing the test if it does not answer in time.
func run(t *testing.T, c tea.Cmd) tea.Msg {
	t.Helper()
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case msg := <-ch:
		return msg
	case <-time.After(20 * time.Second):
		t.Fatal("a command did not answer within 20s")
		return nil
	}
}

// press sends a key and runs what it starts.
func press(t *testing.T, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "right":
			msg = tea.KeyMsg{Type: tea.KeyRight}
		case "left":
			msg = tea.KeyMsg{Type: tea.KeyLeft}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		m = drive(t, m, cmd)
	}
	return m
}

func screen(m Model) string { return ansi.Strip(m.View()) }

// mustShow fails unless the screen holds every want.
func mustShow(t *testing.T, m Model, want ...string) string {
	t.Helper()
	s := screen(m)
	flat := strings.Join(strings.Fields(s), " ") // phrases wrapped over two lines
	for _, w := range want {
		if !strings.Contains(s, w) && !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
			t.Errorf("step %d: screen lacks %q:\n%s", m.Step()+1, w, trimmed(s))
		}
	}
	return s
}

// fits fails when the view is larger than w×h.
func fits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("view is %d lines, want ≤ %d:\n%s", len(lines), h, view)
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got > w {
			t.Errorf("line %d is %d cells wide, want ≤ %d: %q", i, got, w, ansi.Strip(l))
		}
	}
}

// trimmed drops trailing spaces and blank lines, for failure messages.
func trimmed(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

func keyMsg(k string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)} }
