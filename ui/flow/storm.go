package flow

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/text/i18n"
	"tokentui/text/inert"
	"tokentui/ui/common"
)

// "Why reuse" (issue 15, part 5): on the embedded sandbox only, a burst of
// token requests from the sandbox's throwaway client, shot by shot, with
// the requests of the last minute rising against the limit until the
// sandbox answers 429 with Retry-After; beside it, the one token the
// profile reused all along.

// stormShots is how many token requests the storm sends: past the limit.
const stormShots = demo.DefaultRateLimit + 2

// stormPause paces the burst so that an audience can follow it.
const stormPause = 250 * time.Millisecond

// stormState is the storm shown instead of the steps.
type stormState struct {
	gen   int
	shots []demo.StormShot
	done  bool
}

// StormShotMsg is one answer of the storm, for the pane that sent it.
type StormShotMsg struct {
	ID   string
	Gen  int
	Shot demo.StormShot
}

// stormCmd waits a moment, then sends the storm's nth token request to
// the sandbox; ctx cancels both.
func stormCmd(ctx context.Context, id string, gen int, tokenURL string, n int, wait time.Duration) tea.Cmd {
	return func() tea.Msg {
		select {
		case <-ctx.Done():
			return StormShotMsg{ID: id, Gen: gen, Shot: demo.StormShot{N: n, Err: ctx.Err()}}
		case <-time.After(wait):
		}
		return StormShotMsg{ID: id, Gen: gen, Shot: demo.StormShoot(ctx, nil, tokenURL, n, time.Now())}
	}
}

var stormGen int // tells the shots of one storm from those of an earlier one

// startStorm opens "Why reuse" and sends its first request.
func (m Model) startStorm() (Model, tea.Cmd) {
	if m.opts.Source.Storm == "" {
		return m, nil
	}
	stormGen++
	m.storm = &stormState{gen: stormGen}
	m.vp.GotoTop()
	m.refresh()
	return m, stormCmd(m.ctx, m.opts.ID, m.storm.gen, m.opts.Source.Storm, 1, 0)
}

// stormShot keeps an answer and sends the next request, until the last.
func (m Model) stormShot(msg StormShotMsg) (Model, tea.Cmd) {
	if m.storm == nil || msg.ID != m.opts.ID || msg.Gen != m.storm.gen {
		return m, nil
	}
	m.storm.shots = append(m.storm.shots, msg.Shot)
	var cmd tea.Cmd
	if msg.Shot.Err != nil || msg.Shot.N >= stormShots {
		m.storm.done = true
	} else {
		cmd = stormCmd(m.ctx, m.opts.ID, m.storm.gen, m.opts.Source.Storm, msg.Shot.N+1, stormPause)
	}
	m.refresh()
	m.vp.GotoBottom()
	return m, cmd
}

// stormTop is the title and what the storm does.
func (m Model) stormTop(d *doc) string {
	s := d.s
	if m.present {
		d.blank()
		d.line(s.Title.Underline(true).Render(strings.ToUpper(m.t(i18n.StormTitle))))
		d.blank()
	} else {
		d.line(s.Title.Render(m.t(i18n.StormTitle)))
	}
	d.words(s.Value, 0, m.t(i18n.StormIntro, stormShots, demo.StormClientID, demo.DefaultRateLimit))
	d.words(s.Good, 0, m.reusedLine())
	if !m.present {
		d.line(s.Muted.Render(strings.Repeat("─", d.w)))
	} else {
		d.blank()
	}
	return d.String()
}

// reusedLine is the one token the profile reused for every call, beside
// the storm's many.
func (m Model) reusedLine() string {
	t := m.res.tok
	if t == nil && m.opts.Source.Client != nil {
		t, _ = m.opts.Source.Client.Cached() // memory: no I/O
	}
	if t == nil {
		return m.t(i18n.StormNoReused)
	}
	jti := "…"
	if j, err := auth.Decode(t.Raw); err == nil {
		if c, ok := j.Claims["jti"].(string); ok && c != "" {
			jti = c
		}
	}
	return m.t(i18n.StormReused, "jti "+shortID(inert.String(jti)), i18n.Countdown(t.Expiry.Sub(m.now)))
}

// stormContent lists the shots with the requests of the last minute.
func (m Model) stormContent(w int) string {
	s := m.Styles
	d := &doc{s: s, w: max(w, 20), lang: m.Lang}
	st := m.storm
	var retry time.Duration
	jtis := map[string]bool{}
	type row struct {
		what  string
		style lipgloss.Style
		n     int // requests in the last minute
	}
	var rows []row
	col := 0
	for i, shot := range st.shots {
		r := row{style: s.Value, n: demo.StormInLastMinute(st.shots[:i+1], shot.At)}
		switch {
		case shot.Err != nil:
			r.what, r.style = m.t(i18n.StormShotFailed, shot.N, inert.String(shot.Err.Error())), s.Muted
		case shot.JTI != "":
			jtis[shot.JTI] = true
			r.what = m.t(i18n.StormShotOK, shot.N, shot.Status, shortID(inert.String(shot.JTI)))
		default:
			retry = shot.RetryAfter
			r.what, r.style = m.t(i18n.StormShotBlocked, shot.N, shot.Status, inert.String(shot.Error), fmt.Sprintf("%ds", int(shot.RetryAfter.Seconds()))), s.Bad
		}
		col = max(col, ansi.StringWidth(r.what)+2)
		rows = append(rows, r)
	}
	for _, r := range rows {
		bar := demo.RateBar(r.n, demo.DefaultRateLimit)
		rate := m.t(i18n.StormRate, r.n, demo.DefaultRateLimit)
		side := barStyle(s, r.n).Render(bar) + " " + s.Muted.Render(rate)
		if col+ansi.StringWidth(bar)+1+ansi.StringWidth(rate) <= d.w { // the bar beside the answer
			d.line(r.style.Render(r.what) + strings.Repeat(" ", col-ansi.StringWidth(r.what)) + side)
			continue
		}
		d.line(r.style.Render(r.what))
		d.line("  " + side)
	}
	if !st.done {
		d.line(s.Muted.Render(m.t(i18n.StormRunning)))
		return d.String()
	}
	if retry > 0 {
		d.blank()
		d.words(s.Warn, 0, m.t(i18n.StormSummary, len(jtis), len(jtis), fmt.Sprintf("%ds", int(retry.Seconds()))))
	}
	return d.String()
}

func barStyle(s *common.Styles, n int) lipgloss.Style {
	if n > demo.DefaultRateLimit {
		return s.Bad
	}
	if n > demo.DefaultRateLimit*7/10 {
		return s.Warn
	}
	return s.Good
}

func shortID(j string) string {
	if len([]rune(j)) > 8 {
		return string([]rune(j)[:8]) + "…"
	}
	return j
}
