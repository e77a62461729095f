package i18n

import (
	"os"
	"testing"
)

// TestMain merges the lazily registered parts of the catalogue before the
// tests read the tables directly.
func TestMain(m *testing.M) {
	loadLazy()
	os.Exit(m.Run())
}
