package response

import (
	"net/http"
	"strings"
	"testing"
)

// TestHiddenControlsAreCounted (issue 15, part 6): a body whose control
// characters were removed says how many; a clean body says nothing.
func TestHiddenControlsAreCounted(t *testing.T) {
	body := "line one\x1b[31m red\x07\r\nline two\n"
	resp := jsonResponse(200, body)
	resp.IsJSON, resp.ContentType, resp.Headers = false, "text/plain", http.Header{"Content-Type": {"text/plain"}}
	m := newModel(t, ColorNone, 80, 10, resp)
	s := m.View()
	if !strings.Contains(s, "7 control characters hidden") {
		t.Errorf("no note of the hidden characters (ESC [ 3 1 m, BEL, CR = 7):\n%s", s)
	}
	if strings.ContainsAny(s, "\x07\r") {
		t.Errorf("a control character reached the screen: %q", s)
	}
	m = newModel(t, ColorNone, 80, 10, jsonResponse(200, `{"a":1}`))
	if s := m.View(); strings.Contains(s, "hidden") {
		t.Errorf("a clean body says something was hidden:\n%s", s)
	}
}
