package request

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/ui/common"
)

// sandbox starts the demo provider and returns a sender for one of its
// clients: the token from an auth client with a memory cache, history in a
// temporary file.
func sandbox(t *testing.T, clientID string, scopes ...string) (*requests.Sender, *auth.Client, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	srv, err := demo.Start(ctx, demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	c, err := auth.New(auth.Options{Profile: "p", Issuer: srv.IssuerURL, ClientID: clientID, Scopes: scopes,
		Secret: func(context.Context) (string, error) { return demo.ClientSecret, nil }})
	if err != nil {
		t.Fatal(err)
	}
	hist := filepath.Join(t.TempDir(), "history.jsonl")
	return &requests.Sender{
		BaseURL: srv.APIURL, Tokens: c, Profile: "p", History: requests.NewHistory(hist),
		Headers: []requests.Header{{Name: "Accept", Value: "application/json"}},
	}, c, hist
}

func newPane(t *testing.T, s *requests.Sender, saved []profiles.SavedRequest) Model {
	st := common.NewStyles(true)
	m := New(common.Common{Styles: &st}, Options{ID: "p", Sender: s, Saved: saved})
	m.SetSize(100, 30)
	m.Focus()
	return m
}

// driver feeds a pane the messages of the commands it returns, each
// command running in its own goroutine as in a Bubble Tea program.
type driver struct {
	t    *testing.T
	m    Model
	msgs chan tea.Msg
}

func drive(t *testing.T, m Model) *driver { return &driver{t: t, m: m, msgs: make(chan tea.Msg, 64)} }

func (d *driver) start(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() {
		msg := cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			for _, c := range b {
				d.start(c)
			}
			return
		}
		if msg != nil {
			d.msgs <- msg
		}
	}()
}

func (d *driver) update(msg tea.Msg) {
	var cmd tea.Cmd
	d.m, cmd = d.m.Update(msg)
	d.start(cmd)
}

func (d *driver) key(keys ...tea.KeyMsg) {
	for _, k := range keys {
		d.update(k)
	}
}

func (d *driver) typeText(s string) {
	for _, r := range s {
		d.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

// until feeds messages until cond holds, or fails after timeout.
func (d *driver) until(timeout time.Duration, what string, cond func(Model) bool) {
	d.t.Helper()
	deadline := time.After(timeout)
	for !cond(d.m) {
		select {
		case msg := <-d.msgs:
			d.update(msg)
		case <-deadline:
			d.t.Fatalf("%s: not within %s; screen:\n%s", what, timeout, d.screen())
		}
	}
}

func (d *driver) screen() string { return ansi.Strip(d.m.View()) }

var (
	enter = tea.KeyMsg{Type: tea.KeyEnter}
	esc   = tea.KeyMsg{Type: tea.KeyEsc}
	tab   = tea.KeyMsg{Type: tea.KeyTab}
)

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

func ready(m Model) bool { return !m.Sending() && m.Response().Ready() }

func TestTypePathEnterShowsBody(t *testing.T) {
	s, c, _ := sandbox(t, demo.ClientID, "demo.read", "demo.write")
	d := drive(t, newPane(t, s, nil))
	if !d.m.Editing() {
		t.Fatal("entering the tab does not put the cursor in the URL field")
	}
	if !strings.Contains(d.screen(), s.BaseURL) {
		t.Errorf("the base URL is not shown before the field:\n%s", d.screen())
	}
	d.typeText("me")
	d.key(enter)
	if !d.m.Sending() || !strings.Contains(d.screen(), "Sending GET me") {
		t.Fatalf("enter in the URL field does not send:\n%s", d.screen())
	}
	d.until(10*time.Second, "response to GET me", ready)
	screen := d.screen()
	for _, want := range []string{"200 OK", `"client_id": "demo-client"`, `"scopes": [`} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
	// A second request reuses the cached token.
	d.key(enter)
	d.until(10*time.Second, "second response", ready)
	if c.RequestsLastHour() != 1 {
		t.Errorf("token requests = %d after two calls, want 1 (the cached token is reused)", c.RequestsLastHour())
	}
}

func TestEscCancelsSlowRequest(t *testing.T) {
	s, _, _ := sandbox(t, demo.ClientID, "demo.read")
	d := drive(t, newPane(t, s, nil))
	d.typeText("slow?ms=5000")
	d.key(enter)
	d.until(5*time.Second, "spinner", func(m Model) bool { return m.Sending() })
	time.Sleep(300 * time.Millisecond) // let it reach the server
	start := time.Now()
	d.key(esc)
	d.until(2*time.Second, "cancellation", func(m Model) bool { return !m.Sending() })
	if took := time.Since(start); took > time.Second {
		t.Errorf("cancelling took %s", took)
	}
	if s := d.screen(); !strings.Contains(s, "cancelled") {
		t.Errorf("screen does not say cancelled:\n%s", s)
	}
	if !d.m.Editing() {
		t.Errorf("esc during a request should cancel it, not leave the URL field")
	}
}

func TestCancelForCtrlC(t *testing.T) {
	s, _, _ := sandbox(t, demo.ClientID, "demo.read")
	d := drive(t, newPane(t, s, nil))
	if d.m.Cancel() {
		t.Fatal("Cancel reports work when nothing is in flight")
	}
	d.typeText("slow?ms=5000")
	d.key(enter)
	if !d.m.Cancel() {
		t.Fatal("Cancel does not see the request in flight")
	}
	d.until(2*time.Second, "cancellation", func(m Model) bool { return !m.Sending() })
	if !strings.Contains(d.screen(), "cancelled") {
		t.Errorf("screen does not say cancelled:\n%s", d.screen())
	}
}

func TestReadOnlyPostIsExplained(t *testing.T) {
	s, _, _ := sandbox(t, demo.ReadOnlyClientID, "demo.read")
	d := drive(t, newPane(t, s, nil))
	d.key(esc, runes("m")) // leave the field, next method
	if d.m.Method() != "POST" {
		t.Fatalf("m selects %s, want POST", d.m.Method())
	}
	d.key(runes("d"))
	d.typeText(`{"name":"x"}`)
	d.key(tab, tab) // body → response → (root) … stay: tab from body goes to the response
	d.key(runes("u"))
	d.typeText("items")
	d.key(enter)
	d.until(10*time.Second, "403", ready)
	screen := d.screen()
	for _, want := range []string{"403 Forbidden", "insufficient_scope", "lacks the scope", "required scope:", "demo.write"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
}

func TestMethodInFieldAndSavedRequests(t *testing.T) {
	s, _, _ := sandbox(t, demo.ClientID, "demo.read", "demo.write")
	saved := []profiles.SavedRequest{{Name: "me", Method: "GET", Path: "me"},
		{Name: "create item", Method: "POST", Path: "items", Body: `{"name":"from saved"}`,
			Headers: map[string]string{"Content-Type": "application/json"}}}
	d := drive(t, newPane(t, s, saved))
	d.key(tea.KeyMsg{Type: tea.KeyCtrlRight})
	if d.m.Method() != "POST" || !d.m.Editing() {
		t.Fatalf("ctrl+→ in the field: method %s, editing %v", d.m.Method(), d.m.Editing())
	}
	d.key(tea.KeyMsg{Type: tea.KeyCtrlLeft}, tea.KeyMsg{Type: tea.KeyCtrlLeft})
	if d.m.Method() != "OPTIONS" {
		t.Fatalf("ctrl+← twice from POST gives %s", d.m.Method())
	}
	d.key(esc, runes("s"))
	if !strings.Contains(d.screen(), "create item") || !d.m.Editing() {
		t.Fatalf("s does not list the saved requests:\n%s", d.screen())
	}
	d.key(runes("j"), enter)
	if d.m.Method() != "POST" || d.m.URL() != "items" || !strings.Contains(d.screen(), "headers: Content-Type + profile's Accept") {
		t.Fatalf("the saved request was not loaded:\n%s", d.screen())
	}
	d.key(enter)
	d.until(10*time.Second, "201", ready)
	if s := d.screen(); !strings.Contains(s, "201") || !strings.Contains(s, "from saved") {
		t.Errorf("POST of the saved request:\n%s", s)
	}
}

func TestBadHeaderIsNotSent(t *testing.T) {
	s, _, _ := sandbox(t, demo.ClientID, "demo.read")
	d := drive(t, newPane(t, s, nil))
	d.typeText("me")
	d.key(tab)
	d.typeText("no colon here")
	d.key(esc, enter)
	if d.m.Sending() || !strings.Contains(d.screen(), "header line 1") {
		t.Errorf("a bad header should stop the request and say which line:\n%s", d.screen())
	}
}

func TestFitsTheBox(t *testing.T) {
	s, _, _ := sandbox(t, demo.ClientID, "demo.read")
	for _, sz := range [][2]int{{58, 19}, {176, 55}, {20, 6}} {
		m := newPane(t, s, nil)
		m.SetSize(sz[0], sz[1])
		d := drive(t, m)
		d.typeText("me")
		d.key(enter)
		d.until(10*time.Second, "response", ready)
		for _, sec := range []tea.KeyMsg{tab, tab, tab} {
			lines := strings.Split(d.m.View(), "\n")
			if len(lines) > sz[1] {
				t.Errorf("%v: %d lines", sz, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Errorf("%v: line %d is %d wide: %q", sz, i, w, ansi.Strip(l))
				}
			}
			d.key(sec)
		}
	}
}

var _ = spinner.TickMsg{}

func TestAnotherPanesAnswerLeavesItsFileAlone(t *testing.T) {
	st := common.NewStyles(true)
	other := New(common.Common{Styles: &st}, Options{ID: "other"})
	spill := filepath.Join(t.TempDir(), "spill")
	if err := os.WriteFile(spill, []byte("[1,2,3]"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, cmd := other.Update(SentMsg{ID: "p", Seq: 1, Resp: &requests.Response{SpillPath: spill, Truncated: true}})
	if cmd != nil {
		cmd()
	}
	if _, err := os.Stat(spill); err != nil {
		t.Errorf("a pane removed the body file of another pane's response: %v", err)
	}
}
