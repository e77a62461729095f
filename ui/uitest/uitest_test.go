package uitest

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

func TestKey(t *testing.T) {
	tests := []struct {
		name string
		want tea.KeyMsg
	}{
		{"enter", tea.KeyMsg{Type: tea.KeyEnter}},
		{"shift+tab", tea.KeyMsg{Type: tea.KeyShiftTab}},
		{"ctrl+s", tea.KeyMsg{Type: tea.KeyCtrlS}},
		{"pgdown", tea.KeyMsg{Type: tea.KeyPgDown}},
		{"backspace", tea.KeyMsg{Type: tea.KeyBackspace}},
		{"space", tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}},
		{"q", tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")}},
		{"/sand", tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/sand")}},
	}
	for _, tt := range tests {
		got := Key(tt.name)
		if got.Type != tt.want.Type || string(got.Runes) != string(tt.want.Runes) {
			t.Errorf("Key(%q) = %#v, want %#v", tt.name, got, tt.want)
		}
		if name := tt.name; name != "space" && got.String() != name {
			t.Errorf("Key(%q).String() = %q: Bubble Tea would not match it to a binding for %q", name, got.String(), name)
		}
	}
	for name := range keys {
		if got := Key(name).String(); got != name {
			t.Errorf("Key(%q).String() = %q", name, got)
		}
	}
}

// recorder is a testing.TB that keeps what failed instead of failing.
type recorder struct {
	testing.TB
	mu     sync.Mutex
	failed []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.failed = append(r.failed, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}

// check runs f against a recorder in its own goroutine, as Fatalf needs,
// and returns what failed.
func check(f func(t testing.TB)) []string {
	r := &recorder{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r.failed
}

func TestCheckFitsAndWithin(t *testing.T) {
	tests := []struct {
		screen       string
		fits, within int // failures of CheckFits and CheckWithin in 4×3
	}{
		{"abcd\n日本\n", 0, 0},
		{"abcd\nx", 1, 0},
		{"abcde\nx\ny", 1, 1},
		{"a\nb\nc\nd", 1, 1},
		{"\x1b[1mabcd\x1b[0m\n\n", 0, 0},
	}
	for _, tt := range tests {
		if got := check(func(t testing.TB) { CheckFits(t, tt.screen, 4, 3) }); len(got) != tt.fits {
			t.Errorf("CheckFits(%q, 4, 3) failed %d times, want %d: %q", tt.screen, len(got), tt.fits, got)
		}
		if got := check(func(t testing.TB) { CheckWithin(t, tt.screen, 4, 3) }); len(got) != tt.within {
			t.Errorf("CheckWithin(%q, 4, 3) failed %d times, want %d: %q", tt.screen, len(got), tt.within, got)
		}
	}
	if s := Screen("\x1b[31mred\x1b[0m"); s != "red" {
		t.Errorf("Screen kept the styling: %q", s)
	}
}

func TestRun(t *testing.T) {
	if msg := Run(nil, time.Second); msg != nil {
		t.Errorf("Run(nil) = %v", msg)
	}
	if msg := Run(func() tea.Msg { return "done" }, time.Second); msg != "done" {
		t.Errorf("Run = %v, want done", msg)
	}
	start := time.Now()
	if msg := Run(tea.Tick(time.Hour, func(time.Time) tea.Msg { return "late" }), 20*time.Millisecond); msg != nil {
		t.Errorf("Run of an hour's timer = %v, want nil", msg)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Run waited %s for a timer, want about 20ms", d)
	}
}

// counter is a model that records the messages it is fed.
type counter struct{ seen []string }

func (c counter) update(msg tea.Msg) (counter, tea.Cmd) {
	s := fmt.Sprint(msg)
	c.seen = append(c.seen, s)
	if next, ok := strings.CutPrefix(s, "then "); ok {
		return c, func() tea.Msg { return next }
	}
	return c, nil
}

func say(s string) tea.Cmd { return func() tea.Msg { return s } }

// never is a command that answers only when the test ends.
func never(t *testing.T) tea.Cmd {
	end := make(chan struct{})
	t.Cleanup(func() { close(end) })
	return func() tea.Msg { <-end; return "too late" }
}

func TestSettleFollowsBatchesAndSkipsTheUnanswered(t *testing.T) {
	cmd := tea.Batch(say("a"), nil, func() tea.Msg { return nil },
		tea.Batch(say("then b"), say("c")), // a batch in a batch
	)
	cmd = tea.Batch(cmd, never(t))
	var c counter
	failed := check(func(t testing.TB) {
		c = SettleWith(t, Limits{Wait: 50 * time.Millisecond}, c, cmd, counter.update)
	})
	if len(failed) != 0 {
		t.Fatalf("Settle failed: %q", failed)
	}
	if got := strings.Join(c.seen, ","); got != "a,then b,c,b" {
		t.Errorf("fed %s, want a,then b,c,b", got)
	}
}

func TestSettleStrictFailsOnTheUnanswered(t *testing.T) {
	cmd := never(t)
	failed := check(func(t testing.TB) {
		SettleWith(t, Limits{Wait: 20 * time.Millisecond, Strict: true}, counter{}, cmd, counter.update)
	})
	if len(failed) != 1 || !strings.Contains(failed[0], "did not answer within 20ms") {
		t.Errorf("strict Settle over a command that never answers: %q", failed)
	}
}

func TestSettleFailsOnATimerThatReArms(t *testing.T) {
	type tick struct{}
	rearm := func(m int, msg tea.Msg) (int, tea.Cmd) {
		return m + 1, func() tea.Msg { return tick{} }
	}
	failed := check(func(t testing.TB) {
		SettleWith(t, Limits{Steps: 10}, 0, func() tea.Msg { return tick{} }, rearm)
	})
	if len(failed) != 1 || !strings.Contains(failed[0], "after 10 messages") || !strings.Contains(failed[0], "uitest.tick") {
		t.Errorf("Settle over a timer that re-arms: %q", failed)
	}
}
