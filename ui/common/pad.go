package common

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Pad fits s to exactly w cells: spaces after it when it is narrower,
// cut with "…" when it is wider.
func Pad(s string, w int) string {
	s = ansi.Truncate(s, w, "…")
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}
