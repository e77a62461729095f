package common

import "time"

// Times and durations are written by tokentui/text/i18n, in the user's
// language; this file only classifies them.

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
