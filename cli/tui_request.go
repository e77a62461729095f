package cli

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/requests"
)

// tuiRequests is what the Request and History tabs share in one run of
// the TUI: the history file, and a folder for bodies too large to keep in
// memory, removed when the TUI ends.
type tuiRequests struct {
	history  *requests.History
	spillDir string
	maxBody  int64 // --max-body: the largest request body sent
}

// newTUIRequests prepares the history and the spill folder; close removes
// the folder, and the spill folders of runs that were killed (SweepSpill).
// Bubble Tea ends the program on SIGINT and SIGTERM, so close runs; a
// hang-up (the terminal closed), which it does not catch, removes the
// folder too before the program ends as it would have.
func newTUIRequests() (*tuiRequests, func()) {
	t := &tuiRequests{history: requests.NewHistory(requests.DefaultHistoryPath())}
	if dir, err := requests.NewSpillDir(""); err == nil {
		t.spillDir = dir
	}
	removeDir := func() {
		if t.spillDir != "" {
			_ = os.RemoveAll(t.spillDir)
		}
	}
	hup := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(hup, syscall.SIGHUP)
	go func() {
		select {
		case <-hup:
			removeDir()
			os.Exit(128 + 1)
		case <-done:
		}
	}()
	return t, func() {
		signal.Stop(hup)
		close(done)
		removeDir()
		_, _ = requests.SweepSpill("", time.Now())
	}
}

// sender builds the Request tab's sender of a profile around the TUI's
// auth client of that profile, so the token sent is the cached one the
// Token tab shows (a new one is asked for only when there is none).
// Its HTTP client has the profile's CA and no timeout of its own: the
// Sender's covers the whole exchange.
func (t *tuiRequests) sender(p profiles.Profile, c *auth.Client) *requests.Sender {
	hc, err := httpClientFor(p)
	if err != nil {
		return nil
	}
	hc.Timeout = 0
	return &requests.Sender{
		HTTPClient: hc,
		BaseURL:    p.APIBaseURL,
		TokenHosts: p.TokenHosts,
		Headers:    requests.HeadersFromMap(p.Headers),
		Tokens:     c,
		History:    t.history,
		Profile:    p.Name,
		SpillDir:   t.spillDir,
		// The body editor's text is bounded when it is sent.
		MaxRequestBody: t.maxBody,
	}
}
