package common

import (
	"fmt"
	"time"
)

// These helpers write English; panes that follow the user's language use
// tokentui/ui/i18n (Span, Relative, LocalTime, Countdown with a Lang).

// Countdown formats a remaining duration as a clock: "59:12", "1:02:03";
// negative durations read "-0:42".
func Countdown(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	s := int64(d.Round(time.Second) / time.Second)
	h, m, sec := s/3600, (s%3600)/60, s%60
	if h > 0 {
		return fmt.Sprintf("%s%d:%02d:%02d", sign, h, m, sec)
	}
	return fmt.Sprintf("%s%02d:%02d", sign, m, sec)
}

// Relative says how far t is from now: "in 59m 12s", "3m 5s ago", "now".
func Relative(t, now time.Time) string {
	d := t.Sub(now).Round(time.Second)
	switch {
	case d == 0:
		return "now"
	case d > 0:
		return "in " + Span(d)
	default:
		return Span(-d) + " ago"
	}
}

// Span writes a positive duration the way people say it: "59m 12s", "2h 3m",
// "4d 1h", "12s".
func Span(d time.Duration) string {
	d = d.Round(time.Second)
	days := d / (24 * time.Hour)
	d -= days * 24 * time.Hour
	h := d / time.Hour
	d -= h * time.Hour
	m := d / time.Minute
	d -= m * time.Minute
	s := d / time.Second
	switch {
	case days > 0:
		return fmt.Sprintf("%dd %dh", days, h)
	case h > 0:
		return fmt.Sprintf("%dh %dm", h, m)
	case m > 0:
		return fmt.Sprintf("%dm %ds", m, s)
	default:
		return fmt.Sprintf("%ds", s)
	}
}

// LocalTime formats t in the local zone, to the second; the date is left
// out when t falls on the same day as now.
func LocalTime(t, now time.Time) string {
	t, now = t.Local(), now.Local()
	if y, m, d := t.Date(); y == now.Year() && m == now.Month() && d == now.Day() {
		return t.Format("15:04:05")
	}
	return t.Format("2006-01-02 15:04:05")
}

// UrgencyOf classifies the time left before expiry.
func UrgencyOf(expiry, now time.Time) Urgency {
	if expiry.IsZero() {
		return UrgencyNone
	}
	left := expiry.Sub(now)
	switch {
	case left <= 0:
		return UrgencyExpired
	case left < time.Minute:
		return UrgencyCritical
	case left < 5*time.Minute:
		return UrgencyExpiring
	}
	return UrgencyOK
}
