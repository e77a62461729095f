package response

import (
	"strings"
	"testing"

	"tokentui/ui/uitest"
)

func TestJQFiltersTheBody(t *testing.T) {
	m := newModel(t, ColorNone, 80, 16, jsonResponse(200, items(50)))
	m = press(t, m, "J")
	if !m.Editing() || !strings.Contains(uitest.Screen(m.View()), "jq filter: ") {
		t.Fatalf("J should open the jq prompt:\n%s", uitest.Screen(m.View()))
	}
	m = typeText(t, m, "map(.id) | add")
	m = press(t, m, "enter")
	screen := uitest.Screen(m.View())
	if m.JQ() != "map(.id) | add" || !strings.Contains(screen, "1275") || strings.Contains(screen, "item 0000001") {
		t.Fatalf("the body should show the filter's result:\n%s", screen)
	}
	if !strings.Contains(screen, "jq map(.id) | add") {
		t.Errorf("the status should name the filter:\n%s", screen)
	}
	uitest.CheckFits(t, screen, 80, 16)
	// a bad filter says why and leaves the result as it is
	m = press(t, m, "J", "ctrl+u")
	m = typeText(t, m, ".[")
	m = press(t, m, "enter")
	if screen = uitest.Screen(m.View()); !strings.Contains(screen, "jq: bad jq filter") || m.JQ() != "map(.id) | add" {
		t.Errorf("bad filter:\n%s", screen)
	}
	// J, then empty: the whole body again
	m = press(t, m, "J", "ctrl+u", "enter")
	if screen = uitest.Screen(m.View()); m.JQ() != "" || !strings.Contains(screen, `"name": "item 0000001"`) {
		t.Errorf("after clearing:\n%s", screen)
	}
	// a body that is not JSON
	m = newModel(t, ColorNone, 80, 16, jsonResponse(200, "<html>"))
	m = press(t, m, "J")
	m = typeText(t, m, ".")
	m = press(t, m, "enter")
	if screen = uitest.Screen(m.View()); !strings.Contains(screen, "not JSON") {
		t.Errorf("not JSON:\n%s", screen)
	}
}
