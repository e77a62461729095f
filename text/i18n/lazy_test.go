package i18n

import (
	"os"
	"testing"
)

// TestMain registers the lazy parts of the catalogue first: some tests
// read the tables directly.
func TestMain(m *testing.M) {
	loadLazy()
	os.Exit(m.Run())
}

func TestLazyPartsAreFound(t *testing.T) {
	if T(En, KeysShort) == string(KeysShort) || T(PtBR, FlowCertExplain) == T(En, FlowCertExplain) {
		t.Error("a lazily registered text is missing")
	}
}
