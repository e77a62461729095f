package flow

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/openapi"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
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
		Spec: func(ctx context.Context, fresh bool) (*openapi.Spec, error) {
			return (&openapi.Loader{}).Load(ctx, "", srv.APIURL, fresh)
		},
	}
	m := New(common.Common{Styles: &styles, Lang: lang}, Options{ID: "sandbox", Source: src, Now: time.Now()})
	m.SetSize(w, h)
	return drive(t, m, m.Focus())
}

// drive runs a command and feeds what it returns back into the model,
// following batches, until nothing is left; a command that does not answer
// within 20s fails the test.
func drive(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	return uitest.SettleWith(t, uitest.Limits{Wait: 20 * time.Second, Strict: true}, m, cmd, update)
}

// update is Model.Update with PresentMsg answered as the root does.
func update(m Model, msg tea.Msg) (Model, tea.Cmd) {
	if msg, ok := msg.(PresentMsg); ok {
		m.SetPresent(msg.On)
		return m, nil
	}
	return m.Update(msg)
}

// press sends a key and runs what it starts.
func press(t *testing.T, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(uitest.Key(k))
		m = drive(t, m, cmd)
	}
	return m
}

func screen(m Model) string { return uitest.Screen(m.View()) }

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

// trimmed drops trailing spaces and blank lines, for failure messages.
func trimmed(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}
