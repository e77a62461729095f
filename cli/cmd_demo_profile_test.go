package cli

import (
	"context"
	"strings"
	"testing"

	"tokentui/demo"
)

// TestDemoProfileFlag: demo -p sandbox-readonly opens that profile; a name
// the demo lacks is a usage error naming the ones it has; a name from
// TOKENTUI_PROFILE (not asked with -p) falls back to the first.
func TestDemoProfileFlag(t *testing.T) {
	srv, err := demo.Start(context.Background(), demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	list := demoProfiles(srv)
	g := &globals{profile: "sandbox-readonly"}
	if got, err := demoActive(g, list, true); err != nil || got != "sandbox-readonly" {
		t.Errorf("-p sandbox-readonly: %q, %v", got, err)
	}
	g.profile = "ac-homolog"
	if _, err := demoActive(g, list, true); err == nil {
		t.Error("-p ac-homolog: no error")
	} else if s := err.Error(); !strings.Contains(s, "sandbox, sandbox-readonly") {
		t.Errorf("-p ac-homolog: %q does not name the demo's profiles", s)
	}
	if got, err := demoActive(g, list, false); err != nil || got != "sandbox" {
		t.Errorf("TOKENTUI_PROFILE=ac-homolog: %q, %v", got, err)
	}
}
