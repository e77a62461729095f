package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/ui/uitest"
)

// rqApp is the root over the sandbox's two clients, each with a Request
// tab sending through requests.Sender, and a History tab on a temporary
// history file.
func rqApp(t *testing.T) tea.Model {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	srv, err := demo.Start(ctx, demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	hist := requests.NewHistory(filepath.Join(t.TempDir(), "history.jsonl"))
	var ps []Profile
	for _, c := range []struct {
		name, id string
		scopes   []string
	}{{"sandbox", demo.ClientID, []string{"demo.read", "demo.write"}}, {"sandbox-readonly", demo.ReadOnlyClientID, []string{"demo.read"}}} {
		ac, err := auth.New(auth.Options{Profile: c.name, Issuer: srv.IssuerURL, ClientID: c.id, Scopes: c.scopes,
			Secret: func(context.Context) (string, error) { return demo.ClientSecret, nil }})
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, Profile{Name: c.name, Detail: srv.IssuerURL, Client: ac,
			Sender: &requests.Sender{BaseURL: srv.APIURL, Tokens: ac, History: hist, Profile: c.name,
				Headers: []requests.Header{{Name: "Accept", Value: "application/json"}}},
			Saved: []profiles.SavedRequest{{Name: "me", Method: "GET", Path: "me"}}})
	}
	return New(Options{Profiles: ps, Active: "sandbox", HistoryPath: hist.Path})
}

// rqDriver runs the root as a program would: every command in its own
// goroutine, every message back through Update. The clock's tick is
// dropped so that tests do not wait on it. When the test ends it waits for
// the commands still running (a history write, say), so that none outlives
// the test's temporary directory.
type rqDriver struct {
	t       *testing.T
	m       tea.Model
	msgs    chan tea.Msg
	done    chan struct{} // closed when the test ends: late messages are dropped
	running sync.WaitGroup
}

func newRQDriver(t *testing.T, m tea.Model, w, h int) *rqDriver {
	d := &rqDriver{t: t, m: m, msgs: make(chan tea.Msg, 256), done: make(chan struct{})}
	t.Cleanup(d.stop) // runs before the cleanups rqApp registered: the sandbox still answers
	d.update(tea.WindowSizeMsg{Width: w, Height: h})
	d.start(m.Init())
	return d
}

func (d *rqDriver) start(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	d.running.Add(1)
	go func() {
		defer d.running.Done()
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				d.start(c)
			}
		case TickMsg, nil:
		default:
			select {
			case d.msgs <- msg:
			case <-d.done:
			}
		}
	}()
}

// stop waits for the commands still running, for a while.
func (d *rqDriver) stop() {
	close(d.done)
	finished := make(chan struct{})
	go func() { d.running.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-time.After(10 * time.Second):
		d.t.Error("commands still running 10 s after the test ended")
	}
}

func (d *rqDriver) update(msg tea.Msg) {
	var cmd tea.Cmd
	d.m, cmd = d.m.Update(msg)
	d.start(cmd)
}

func (d *rqDriver) keys(ks ...string) {
	for _, k := range ks {
		d.update(uitest.Key(k))
	}
}

func (d *rqDriver) typeText(s string) {
	for _, r := range s {
		d.update(uitest.Key(string(r)))
	}
}

// waitFor feeds messages until the screen shows every want.
func (d *rqDriver) waitFor(timeout time.Duration, want ...string) string {
	d.t.Helper()
	deadline := time.After(timeout)
	for {
		s := uitest.Screen(d.m.View())
		ok := true
		for _, w := range want {
			if !strings.Contains(s, w) {
				ok = false
				break
			}
		}
		if ok {
			return s
		}
		select {
		case msg := <-d.msgs:
			d.update(msg)
		case <-deadline:
			d.t.Fatalf("screen never showed %q within %s:\n%s", want, timeout, s)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func TestRequestTabAndHistoryThroughTheRoot(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			d := newRQDriver(t, rqApp(t), size[0], size[1])
			d.keys("2", "3", "2") // arriving on the tab takes no key: 3 and 2 switch tabs
			if s := uitest.Screen(d.m.View()); strings.Contains(s, "‹GET›") {
				t.Fatalf("arriving on the Request tab put the cursor in the URL field:\n%s", s)
			}
			d.keys("u")
			d.typeText("me") // u puts the cursor in the URL field: typing edits it
			uitest.CheckFits(t, d.waitFor(5*time.Second, "‹GET›", "me"), size[0], size[1])
			d.keys("enter")
			s := d.waitFor(10*time.Second, "200 OK", `"client_id": "demo-client"`)
			uitest.CheckFits(t, s, size[0], size[1])
			// q and digits are typed while the URL field has the keyboard.
			d.keys("q", "4")
			if s := d.waitFor(time.Second, "meq4"); !strings.Contains(s, "Request") {
				t.Fatalf("q or 4 were obeyed instead of typed:\n%s", s)
			}
			// Esc leaves the field; tab goes to the profiles; the read-only
			// profile posts an item and is refused.
			d.keys("esc", "tab", "j", "enter")
			d.waitFor(5*time.Second, "profile sandbox-readonly")
			d.keys("m", "u") // the tab is entered outside its fields: m is the method
			d.typeText("items")
			d.keys("enter")
			uitest.CheckFits(t, d.waitFor(10*time.Second, "403", "insufficient_scope"), size[0], size[1])

			d.keys("esc", "4")
			s = d.waitFor(5*time.Second, "History", "2 requests", "POST", "/api/v1/items", "403", "/api/v1/me", "200")
			uitest.CheckFits(t, s, size[0], size[1])
			if strings.Index(s, "POST") > strings.Index(s, "/api/v1/me") {
				t.Errorf("history is not newest first:\n%s", s)
			}
			d.keys("j", "enter") // the older one: GET me from profile sandbox
			s = d.waitFor(5*time.Second, "profile sandbox ", "GET", "from the history")
			uitest.CheckFits(t, s, size[0], size[1])
			d.keys("enter")
			d.waitFor(10*time.Second, `"client_id": "demo-client"`)
		})
	}
}
