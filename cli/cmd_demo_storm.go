package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"tokentui/demo"
	"tokentui/text/i18n"
	"tokentui/text/wrap"
)

// stormShots is how many token requests the storm sends: past the
// sandbox's limit, so that the block shows.
const stormShots = demo.DefaultRateLimit + 2

// runStorm is `tokentui demo --storm`: a burst of token requests from the
// sandbox's throwaway client, each line with the requests of the last
// minute against the limit, until the sandbox answers 429 with
// Retry-After; then what it means. Only the in-process sandbox is asked.
func runStorm(ctx context.Context, g *globals, srv *demo.Server) error {
	w := g.stdout
	fmt.Fprintln(w, g.t(i18n.StormTitle))
	for _, l := range wrap.Wrap(g.t(i18n.StormIntro, stormShots, demo.StormClientID, demo.DefaultRateLimit), reportWidth(w), "", "") {
		fmt.Fprintln(w, l)
	}
	fmt.Fprintln(w)
	var shots []demo.StormShot
	jtis := map[string]bool{}
	var retry time.Duration
	for n := 1; n <= stormShots; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		shot := demo.StormShoot(ctx, nil, srv.TokenURL, n, time.Now())
		shots = append(shots, shot)
		if shot.JTI != "" {
			jtis[shot.JTI] = true
		}
		if shot.RetryAfter > 0 {
			retry = shot.RetryAfter
		}
		fmt.Fprintln(w, stormLine(g.language(), shot, demo.StormInLastMinute(shots, time.Now())))
		time.Sleep(50 * time.Millisecond) // a burst people can follow
	}
	fmt.Fprintln(w)
	for _, l := range wrap.Wrap(g.t(i18n.StormSummary, len(jtis), len(jtis), fmt.Sprintf("%ds", int(retry.Seconds()))), reportWidth(w), "", "") {
		fmt.Fprintln(w, l)
	}
	return nil
}

// stormLine is one request of the storm: its answer, then a bar of the
// requests of the last minute against the limit.
func stormLine(lang i18n.Lang, s demo.StormShot, inMinute int) string {
	var what string
	switch {
	case s.Err != nil:
		what = i18n.T(lang, i18n.StormShotFailed, s.N, s.Err)
	case s.JTI != "":
		what = i18n.T(lang, i18n.StormShotOK, s.N, s.Status, shortJTI(s.JTI))
	default:
		what = i18n.T(lang, i18n.StormShotBlocked, s.N, s.Status, s.Error, fmt.Sprintf("%ds", int(s.RetryAfter.Seconds())))
	}
	what += strings.Repeat(" ", max(46-ansi.StringWidth(what), 1))
	return what + demo.RateBar(inMinute, demo.DefaultRateLimit) + " " + i18n.T(lang, i18n.StormRate, inMinute, demo.DefaultRateLimit)
}

func shortJTI(j string) string {
	if len(j) > 8 {
		return j[:8] + "…"
	}
	return j
}
