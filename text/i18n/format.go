package i18n

import (
	"fmt"
	"strconv"
	"sync"
	"time"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// layouts are the time layouts of a language.
type layouts struct {
	dateTime, dateTimeSec, date string
}

var layoutsOf = map[Lang]layouts{
	En:   {dateTime: "2006-01-02 15:04", dateTimeSec: "2006-01-02 15:04:05", date: "2006-01-02"},
	PtBR: {dateTime: "02/01/2006 15:04", dateTimeSec: "02/01/2006 15:04:05", date: "02/01/2006"},
}

func layoutOf(lang Lang) layouts {
	if l, ok := layoutsOf[lang]; ok {
		return l
	}
	return layoutsOf[En]
}

// Span writes a duration (its absolute value) the way people say it, in
// its two largest units and to the second, leaving out a zero second
// unit: "41m", "59m 12s", "2h 3m", "4d 1h", "12s" in English; "41 min",
// "59 min 12 s", "2 h 3 min", "4 d 1 h", "12 s" in Portuguese.
func Span(lang Lang, d time.Duration) string {
	if d < 0 {
		d = -d
	}
	d = d.Round(time.Second)
	units := []struct {
		key  Key
		size time.Duration
	}{{FmtDays, 24 * time.Hour}, {FmtHours, time.Hour}, {FmtMinutes, time.Minute}, {FmtSeconds, time.Second}}
	for i, u := range units[:3] {
		if d < u.size {
			continue
		}
		n := int(d / u.size)
		next := int(d % u.size / units[i+1].size)
		if next == 0 {
			return T(lang, u.key, n)
		}
		return T(lang, u.key, n) + " " + T(lang, units[i+1].key, next)
	}
	return T(lang, FmtSeconds, int(d/time.Second))
}

// In is a time ahead: "in 41m 3s" / "em 41 min 3 s".
func In(lang Lang, d time.Duration) string { return T(lang, FmtIn, Span(lang, d)) }

// Ago is a time past: "3m 5s ago" / "há 3 min 5 s".
func Ago(lang Lang, d time.Duration) string { return T(lang, FmtAgo, Span(lang, d)) }

// Relative says how far t is from now: "in 59m 12s", "3m 5s ago", "now"
// ("em 59 min 12 s", "há 3 min 5 s", "agora").
func Relative(lang Lang, t, now time.Time) string {
	d := t.Sub(now).Round(time.Second)
	switch {
	case d == 0:
		return T(lang, FmtNow)
	case d > 0:
		return In(lang, d)
	default:
		return Ago(lang, -d)
	}
}

// Countdown writes a remaining duration as a clock, the same in every
// language: "59:12", "60:00", "1:42:03"; negative durations read "-00:42".
// Minutes go up to 99 before hours show, so that the usual one-hour token
// counts 60:00, 59:59… in one format rather than 1:00:00 then 59:59.
func Countdown(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	s := int64(d.Round(time.Second) / time.Second)
	if s < 100*60 {
		return fmt.Sprintf("%s%02d:%02d", sign, s/60, s%60)
	}
	h, m, sec := s/3600, (s%3600)/60, s%60
	return fmt.Sprintf("%s%d:%02d:%02d", sign, h, m, sec)
}

// Timestamp writes a full local time to the second with its zone:
// "2026-11-26 15:04:05 -03" / "26/11/2026 15:04:05 -03".
func Timestamp(lang Lang, t time.Time) string {
	return t.Local().Format(layoutOf(lang).dateTimeSec + " -07")
}

// LocalTime writes t in the local zone to the second, leaving the date out
// when t falls on the same day as now: "15:04:05", or "2026-11-27 15:04:05"
// / "27/11/2026 15:04:05".
func LocalTime(lang Lang, t, now time.Time) string {
	if SameDay(t, now) {
		return t.Local().Format("15:04:05")
	}
	return t.Local().Format(layoutOf(lang).dateTimeSec)
}

// SameDay reports whether t and now fall on the same local day (when
// LocalTime leaves the date out).
func SameDay(t, now time.Time) bool {
	t, now = t.Local(), now.Local()
	y, m, d := t.Date()
	return y == now.Year() && m == now.Month() && d == now.Day()
}

// Number writes an integer with the language's thousands separator:
// "1,234,567" / "1.234.567" (golang.org/x/text's CLDR data).
func Number(lang Lang, n int64) string { return printer(lang).Sprint(number.Decimal(n)) }

// Decimal writes f with prec decimals and the language's separators:
// "1,234.5" / "1.234,5", "0.2" / "0,2".
func Decimal(lang Lang, f float64, prec int) string {
	return printer(lang).Sprint(number.Decimal(f, number.MinFractionDigits(prec), number.MaxFractionDigits(prec)))
}

// tag is the BCP 47 tag of a language for golang.org/x/text; an unknown
// language is English.
func tag(lang Lang) language.Tag {
	if lang == PtBR {
		return language.BrazilianPortuguese
	}
	return language.English
}

// printers write numbers; built on first use, not at start.
var printers = sync.OnceValue(func() map[Lang]*message.Printer {
	m := map[Lang]*message.Printer{}
	for _, l := range Langs {
		m[l] = message.NewPrinter(tag(l))
	}
	return m
})

func printer(lang Lang) *message.Printer {
	if p, ok := printers()[lang]; ok {
		return p
	}
	return printers()[En]
}

// isOne reports whether n takes the singular in lang, by CLDR's plural
// rules (golang.org/x/text/feature/plural), except for zero: CLDR puts 0 in
// Portuguese's "one" ("0 pedido"), but Brazilian software and this app's
// texts write "0 pedidos de token", "0 verificações falharam".
func isOne(lang Lang, n int) bool {
	if n == 0 {
		return false
	}
	return plural.Cardinal.MatchPlural(tag(lang), n, 0, 0, 0, 0) == plural.One
}

// Bytes writes a size: "512 B", "1.5 KB", "2.0 MB" / "1,5 KB", "2,0 MB"
// (1 KB = 1024 bytes).
func Bytes(lang Lang, n int64) string {
	if n < 1024 && n > -1024 {
		return Number(lang, n) + " B"
	}
	f := float64(n)
	for _, unit := range []string{"KB", "MB", "GB", "TB"} {
		f /= 1024
		if f < 1024 && f > -1024 || unit == "TB" {
			return Decimal(lang, f, 1) + " " + unit
		}
	}
	return ""
}

// Elapsed writes a short measured time, such as a request's: "85 ms",
// "1.24 s" / "1,24 s"; under a millisecond "<1 ms".
func Elapsed(lang Lang, d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return "<1 ms"
	case d < time.Second:
		return strconv.FormatInt(int64(d/time.Millisecond), 10) + " ms"
	case d < time.Minute:
		return Decimal(lang, d.Seconds(), 2) + " s"
	}
	return Span(lang, d)
}
