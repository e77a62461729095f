package cli

// Issue 9, targets 3 and 4: the TUI, in process. The root model is built as
// runApp builds it (newApp) over a real sandbox profile, and driven the way
// Bubble Tea drives it: each command in its own goroutine, each message
// back through Update, View after each.

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui"
)

// appDriver runs a root model as a program would, minus the terminal. The
// one-second clock is dropped so that nothing waits on it.
type appDriver struct {
	tb   testing.TB
	m    tea.Model
	msgs chan tea.Msg
}

func newAppDriver(tb testing.TB, m tea.Model) *appDriver {
	return &appDriver{tb: tb, m: m, msgs: make(chan tea.Msg, 1024)}
}

func (d *appDriver) start(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() {
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				d.start(c)
			}
		case ui.TickMsg, nil:
		default:
			d.msgs <- msg
		}
	}()
}

func (d *appDriver) update(msg tea.Msg) {
	var cmd tea.Cmd
	d.m, cmd = d.m.Update(msg)
	d.start(cmd)
}

func (d *appDriver) key(k string) {
	switch k {
	case "enter":
		d.update(tea.KeyMsg{Type: tea.KeyEnter})
	case "esc":
		d.update(tea.KeyMsg{Type: tea.KeyEsc})
	case "down":
		d.update(tea.KeyMsg{Type: tea.KeyDown})
	case "up":
		d.update(tea.KeyMsg{Type: tea.KeyUp})
	default:
		for _, r := range k {
			d.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		}
	}
}

func (d *appDriver) screen() string { return ansi.Strip(d.m.View()) }

// waitFor feeds messages until the screen shows every want.
func (d *appDriver) waitFor(timeout time.Duration, want ...string) string {
	d.tb.Helper()
	deadline := time.After(timeout)
	for {
		s := d.screen()
		if containsAll(s, want...) {
			return s
		}
		select {
		case msg := <-d.msgs:
			d.update(msg)
		case <-deadline:
			d.tb.Fatalf("screen never showed %q within %s:\n%s", want, timeout, s)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func containsAll(s string, want ...string) bool {
	for _, w := range want {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// perfApp points this process's tokentui variables at e's home (so the
// caller cannot run in parallel) and returns a function building the root
// model over e's profiles file as `tokentui` does: saved profiles, tokens
// cached on disk, nothing fetched at start.
func perfApp(tb testing.TB, e *perfEnv) func() (ui.Model, func()) {
	tb.Helper()
	for _, kv := range e.env {
		name, value, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "XDG_") || strings.HasPrefix(name, "TOKENTUI_") || name == "HOME" || name == perfSecretEnv {
			tb.Setenv(name, value)
		}
	}
	tb.Setenv("TOKENTUI_CACHE_DIR", "")
	g := perfGlobals()
	return func() (ui.Model, func()) {
		f, firstRun, err := profiles.LoadOrFirstRun(e.config)
		if err != nil {
			tb.Fatal(err)
		}
		return newApp(g, f.Profiles, f.Default, appMode{path: e.config, firstRun: firstRun, defaultName: f.Default}, true)
	}
}

// perfGlobals are the CLI's globals of a run in English, output dropped.
func perfGlobals() *globals {
	return &globals{stdout: io.Discard, stderr: io.Discard, detected: i18n.En}
}

// cacheToken gets a token for e's profile into the disk cache, as
// `tokentui token` does, in this process (perfApp's environment).
func cacheToken(tb testing.TB, e *perfEnv) {
	tb.Helper()
	f, err := profiles.Load(e.config)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := f.Select("")
	if err != nil {
		tb.Fatal(err)
	}
	c, err := newAuthClient(*p, perfGlobals())
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := c.Token(context.Background()); err != nil {
		tb.Fatal(err)
	}
}

// TestStartupAsksNothingBeforeTheFirstFrame: building the app, Init and
// the first frame make no request at all; the first frame already shows
// the profile. Then Init's commands read the token cache: with nothing
// cached they make no request either (tokentui fetches nothing at start);
// with a token cached, the Token tab shows it without a token request.
func TestStartupAsksNothingBeforeTheFirstFrame(t *testing.T) {
	e := newPerfEnv(t, 0)
	build := perfApp(t, e)
	total := func() int64 { return e.counts.provider() + e.counts.api.Load() + e.counts.other.Load() }

	m, done := build()
	defer done()
	d := newAppDriver(t, m)
	d.update(tea.WindowSizeMsg{Width: 200, Height: 60})
	cmd := d.m.Init()
	first := d.screen()
	if n := total(); n != 0 {
		t.Fatalf("%d requests before the first frame (%s)", n, e.counts)
	}
	if !containsAll(first, "tokentui", perfProfile) {
		t.Fatalf("the first frame does not show the profile:\n%s", first)
	}
	d.start(cmd)
	d.waitFor(5*time.Second, "No token yet") // the cache said so
	time.Sleep(100 * time.Millisecond)       // let any stray command run
	for len(d.msgs) > 0 {
		d.update(<-d.msgs)
	}
	if n := total(); n != 0 {
		t.Fatalf("with nothing cached, start-up made %d requests (%s), want none", n, e.counts)
	}

	cacheToken(t, e)
	tokens := e.srv.TokenRequests()
	m2, done2 := build()
	defer done2()
	d = newAppDriver(t, m2)
	d.update(tea.WindowSizeMsg{Width: 200, Height: 60})
	before := total()
	cmd = d.m.Init()
	d.screen()
	if n := total() - before; n != 0 {
		t.Fatalf("%d requests before the first frame with a cached token (%s)", n, e.counts)
	}
	d.start(cmd)
	d.waitFor(5*time.Second, "VALID")
	if n := e.srv.TokenRequests() - tokens; n != 0 {
		t.Fatalf("showing the cached token made %d token requests", n)
	}
	t.Logf("after start-up with a cached token: %s", e.counts)
}
