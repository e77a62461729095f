package request

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"tokentui/demo"
	"tokentui/openapi"
	"tokentui/profiles"
	"tokentui/text/i18n"
)

// TestEmptyTabOffersWhereToStart (issue 15, part 3): an empty Request tab
// lists the profile's saved requests, in aligned columns, and the keys
// that start something; without saved requests it offers the API's
// operations and typing a path.
func TestEmptyTabOffersWhereToStart(t *testing.T) {
	saved := []profiles.SavedRequest{{Name: "me", Method: "GET", Path: "me"},
		{Name: "large (11 MB, spilled)", Method: "GET", Path: "large?n=300000"}, {Name: "create item", Method: "POST", Path: "items"}}
	for _, lang := range []i18n.Lang{i18n.En, i18n.PtBR} {
		m := newPaneIn(t, lang, nil, saved)
		m.Arrive()
		s := stripped(m)
		wants(t, "empty tab", s, i18n.T(lang, i18n.RequestStartTitle), i18n.T(lang, i18n.RequestStartSaved), "GET     me", "POST    create item")
		// The paths start in one column.
		col := -1
		for _, l := range strings.Split(s, "\n") {
			for _, p := range []string{"  me", "  large?n=300000", "  items"} {
				if strings.HasSuffix(strings.TrimRight(l, " "), p) {
					c := strings.LastIndex(l, p)
					if col >= 0 && c != col {
						t.Errorf("saved-request paths misaligned:\n%s", s)
					}
					col = c
				}
			}
		}
		if col < 0 {
			t.Errorf("no saved-request rows:\n%s", s)
		}
		m = newPaneIn(t, lang, nil, nil)
		m.opts.Spec = func(context.Context, bool) (*openapi.Spec, error) { return nil, nil }
		m.Arrive()
		wants(t, "empty tab without saved requests", stripped(m), i18n.T(lang, i18n.RequestStartOps))
	}
}

// TestEnterOnEmptyPath: Enter with nothing typed sends nothing; it opens
// the saved requests when there are some, else says what to type.
func TestEnterOnEmptyPath(t *testing.T) {
	s, _, _ := sandbox(t, demo.ClientID, "demo.read")
	d := drive(t, newPane(t, s, nil)) // in the URL field, empty
	d.key(enter)
	if d.m.Sending() || !strings.Contains(d.screen(), "The path is empty") {
		t.Errorf("enter on an empty path:\n%s", d.screen())
	}
	d = drive(t, newPane(t, s, []profiles.SavedRequest{{Name: "me", Method: "GET", Path: "me"}}))
	d.key(enter)
	if !strings.Contains(d.screen(), "The path is empty: type one (such as me)") {
		t.Errorf("enter on an empty path with saved requests, in the field:\n%s", d.screen())
	}
	d.key(esc, enter) // outside the field: the saved requests
	if d.m.Sending() || !d.m.picker {
		t.Errorf("enter outside the field on an empty path:\n%s", d.screen())
	}
}

// TestOpeningSavedClearsTheOldAnswer: a 404 does not stay under a saved
// request just opened, and its spilled file is removed.
func TestOpeningSavedClearsTheOldAnswer(t *testing.T) {
	s, _, _ := sandbox(t, demo.ClientID, "demo.read")
	d := drive(t, newPane(t, s, []profiles.SavedRequest{{Name: "me", Method: "GET", Path: "me"}}))
	d.typeText("nowhere")
	d.key(enter)
	d.until(10*time.Second, "the 404", ready)
	if !strings.Contains(d.screen(), "404") {
		t.Fatalf("no 404:\n%s", d.screen())
	}
	d.key(esc)
	d.typeText("s")
	d.key(enter)
	if d.m.Response().Response() != nil || strings.Contains(d.screen(), "404") {
		t.Errorf("the old answer stayed under the saved request:\n%s", d.screen())
	}
}

func stripped(m Model) string { return ansi.Strip(m.View()) }

// TestBaseURLKeepsItsHost: the API base URL shortened for the request
// line keeps the host, not the end of the path.
func TestBaseURLKeepsItsHost(t *testing.T) {
	for _, c := range []struct {
		base  string
		limit int
		want  string
	}{
		{"http://127.0.0.1:44693/api/v1/", 40, "http://127.0.0.1:44693/api/v1/"},
		{"http://127.0.0.1:44693/api/v1/", 23, "127.0.0.1:44693/api/v1/"},
		{"http://127.0.0.1:44693/api/v1/", 21, "127.0.0.1:44693/…/v1/"},
		{"https://api.example.es.gov.br/very/long/path/", 12, "api.example…"},
	} {
		if got := shortBase(c.base, c.limit); got != c.want {
			t.Errorf("shortBase(%q, %d) = %q, want %q", c.base, c.limit, got, c.want)
		}
	}
}
