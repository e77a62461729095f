package i18n

import "time"

// DateTime writes a date and time to the minute in the local zone:
// "2026-11-26 15:04" / "26/11/2026 15:04".
func DateTime(lang Lang, t time.Time) string { return t.Local().Format(layoutOf(lang).dateTime) }

// Date writes a day: "2026-11-26" / "26/11/2026".
func Date(lang Lang, t time.Time) string { return t.Local().Format(layoutOf(lang).date) }
