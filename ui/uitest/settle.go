package uitest

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// DefaultWait is how long Settle lets one command run before leaving it
// unanswered: long enough for a loopback HTTP round trip on a loaded
// machine under -race, short enough that a forgotten timer costs little.
const DefaultWait = 3 * time.Second

// DefaultSteps is how many messages Settle feeds back before it decides
// that something re-arms itself forever.
const DefaultSteps = 1000

// Run runs cmd and returns its message, or nil when cmd is nil or has not
// answered within wait (a timer, a spinner's next frame). A command given
// up on keeps running in its goroutine until it returns; its message is
// dropped.
func Run(cmd tea.Cmd, wait time.Duration) tea.Msg {
	msg, _ := run(cmd, wait)
	return msg
}

// run is Run that also says whether cmd answered in time.
func run(cmd tea.Cmd, wait time.Duration) (tea.Msg, bool) {
	if cmd == nil {
		return nil, true
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case msg := <-ch:
		return msg, true
	case <-timer.C:
		return nil, false
	}
}

// Limits bound what Settle waits for. The zero value is Settle's.
type Limits struct {
	// Wait is how long one command may run; 0 means DefaultWait.
	Wait time.Duration
	// Steps is how many messages may be fed back; 0 means DefaultSteps.
	Steps int
	// Strict fails the test when a command does not answer within Wait,
	// for panes whose every command must finish, instead of skipping it.
	Strict bool
}

// Settle runs cmd and every command it leads to, one at a time in the
// order they were asked for, feeding each message to update and queueing
// the command update returns. It opens tea.BatchMsg into its commands,
// skips nil commands and messages, and leaves unanswered a command that
// runs longer than DefaultWait. It returns the model once nothing is left.
//
// A message that re-arms itself forever (a clock's tick) would keep Settle
// busy for good: update should drop it; otherwise the test fails after
// DefaultSteps messages. update is usually the model's Update method expression
// (Model.Update); wrap it to route or drop messages the way the parent
// would.
func Settle[M any](t testing.TB, m M, cmd tea.Cmd, update func(M, tea.Msg) (M, tea.Cmd)) M {
	t.Helper()
	return SettleWith(t, Limits{}, m, cmd, update)
}

// SettleWith is Settle within the given limits.
func SettleWith[M any](t testing.TB, lim Limits, m M, cmd tea.Cmd, update func(M, tea.Msg) (M, tea.Cmd)) M {
	t.Helper()
	if lim.Wait <= 0 {
		lim.Wait = DefaultWait
	}
	if lim.Steps <= 0 {
		lim.Steps = DefaultSteps
	}
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0; {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg, ok := run(c, lim.Wait)
		if !ok && lim.Strict {
			t.Fatalf("a command did not answer within %s", lim.Wait)
		}
		switch msg := msg.(type) {
		case nil:
			continue
		case tea.BatchMsg:
			queue = append(queue, msg...)
			continue
		}
		if steps++; steps > lim.Steps {
			t.Fatalf("commands still coming after %d messages (the last a %T): "+
				"a message that re-arms itself should be dropped by update", lim.Steps, msg)
		}
		var next tea.Cmd
		m, next = update(m, msg)
		queue = append(queue, next)
	}
	return m
}
