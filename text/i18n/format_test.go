package i18n

import (
	"testing"
	"time"
)

func TestFormatting(t *testing.T) {
	now := time.Date(2026, 11, 26, 14, 17, 43, 0, time.Local)
	for _, tc := range []struct {
		name   string
		en, pt string
		f      func(Lang) string
	}{
		{"span seconds", "12s", "12 s", func(l Lang) string { return Span(l, 12*time.Second) }},
		{"span minutes", "41m 3s", "41 min 3 s", func(l Lang) string { return Span(l, 41*time.Minute+3*time.Second) }},
		{"span hours", "2h 3m", "2 h 3 min", func(l Lang) string { return Span(l, 2*time.Hour+3*time.Minute) }},
		{"span days", "4d 1h", "4 d 1 h", func(l Lang) string { return Span(l, 97*time.Hour) }},
		{"span whole hours", "2h", "2 h", func(l Lang) string { return Span(l, 2*time.Hour+20*time.Second) }},
		{"span negative", "5s", "5 s", func(l Lang) string { return Span(l, -5*time.Second) }},
		{"in", "in 41m", "em 41 min", func(l Lang) string { return In(l, 41*time.Minute) }},
		{"ago", "3m ago", "há 3 min", func(l Lang) string { return Ago(l, 3*time.Minute) }},
		{"relative future", "in 42m 17s", "em 42 min 17 s", func(l Lang) string { return Relative(l, now.Add(42*time.Minute+17*time.Second), now) }},
		{"relative past", "17m 43s ago", "há 17 min 43 s", func(l Lang) string { return Relative(l, now.Add(-17*time.Minute-43*time.Second), now) }},
		{"relative now", "now", "agora", func(l Lang) string { return Relative(l, now, now) }},
		{"date time", "2026-11-26 14:17", "26/11/2026 14:17", func(l Lang) string { return DateTime(l, now) }},
		{"date", "2026-11-26", "26/11/2026", func(l Lang) string { return Date(l, now) }},
		{"local time same day", "15:00:00", "15:00:00", func(l Lang) string { return LocalTime(l, now.Add(42*time.Minute+17*time.Second), now) }},
		{"local time other day", "2026-11-27 14:17:43", "27/11/2026 14:17:43", func(l Lang) string { return LocalTime(l, now.Add(24*time.Hour), now) }},
		{"number", "1,234,567", "1.234.567", func(l Lang) string { return Number(l, 1234567) }},
		{"small number", "999", "999", func(l Lang) string { return Number(l, 999) }},
		{"negative number", "-1,000", "-1.000", func(l Lang) string { return Number(l, -1000) }},
		{"decimal", "1,234.50", "1.234,50", func(l Lang) string { return Decimal(l, 1234.5, 2) }},
		{"bytes", "512 B", "512 B", func(l Lang) string { return Bytes(l, 512) }},
		{"kilobytes", "1.5 KB", "1,5 KB", func(l Lang) string { return Bytes(l, 1536) }},
		{"megabytes", "2.0 MB", "2,0 MB", func(l Lang) string { return Bytes(l, 2<<20) }},
		{"elapsed ms", "85 ms", "85 ms", func(l Lang) string { return Elapsed(l, 85*time.Millisecond) }},
		{"elapsed s", "1.24 s", "1,24 s", func(l Lang) string { return Elapsed(l, 1240*time.Millisecond) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.f(En); got != tc.en {
				t.Errorf("en: %q, want %q", got, tc.en)
			}
			if got := tc.f(PtBR); got != tc.pt {
				t.Errorf("pt-BR: %q, want %q", got, tc.pt)
			}
		})
	}
}

func TestCountdown(t *testing.T) {
	for d, want := range map[time.Duration]string{
		42*time.Minute + 17*time.Second:           "42:17",
		time.Hour + 2*time.Minute + 3*time.Second: "62:03", // minutes up to 99: one format for a one-hour token
		time.Hour:               "60:00",
		time.Hour - time.Second: "59:59",
		100 * time.Minute:       "1:40:00",
		-42 * time.Second:       "-00:42",
	} {
		if got := Countdown(d); got != want {
			t.Errorf("Countdown(%s) = %q, want %q", d, got, want)
		}
	}
}
