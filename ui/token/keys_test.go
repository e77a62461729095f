package token

import (
	"strings"
	"testing"

	"github.com/golang-jwt/jwt/v5"

	"tokentui/text/i18n"
	"tokentui/ui/pane"
	"tokentui/ui/uitest"
)

// The Token tab driven by its keys, as the user drives it.

// TestGetThenRenewAsksFirst: g gets the first token; r over a valid token
// asks before sending, n keeps it, y renews.
func TestGetThenRenewAsksFirst(t *testing.T) {
	fc := &fakeClient{fetched: tokenAt(t, start, "", "first-1")}
	m := newPane(t, fc, Options{})
	wantIn(t, screen(m), "No token yet for this profile.")

	m = press(t, m, "g")
	if tokens, renews := fc.calls(); tokens != 1 || renews != 0 {
		t.Fatalf("after g: %d token and %d renew calls, want 1 and 0", tokens, renews)
	}
	wantIn(t, all(m), "VALID", "first-1")
	wantNotIn(t, screen(m), "No token yet")

	m = press(t, m, "r")
	wantIn(t, screen(m), "The current token is valid for", "Ask for a new token anyway?")
	m = press(t, m, "n")
	wantNotIn(t, screen(m), "Ask for a new token anyway?")
	if _, renews := fc.calls(); renews != 0 {
		t.Fatalf("n renewed the token (%d renew calls)", renews)
	}

	fc.set(func(f *fakeClient) { f.fetched = tokenAt(t, start.Add(30*60e9), "", "second-2") })
	m = press(t, m, "r", "y")
	if _, renews := fc.calls(); renews != 1 {
		t.Fatalf("y did not renew: %d renew calls", renews)
	}
	s := all(m)
	wantIn(t, s, "second-2")
	wantNotIn(t, s, "first-1", "Ask for a new token anyway?")
}

// TestInspectAPastedToken: i opens the paste box (a text field: digits and
// q are the pane's), something that is not a JWT is refused in place, a
// JWT is shown as a pasted one, esc goes back to the profile's token.
func TestInspectAPastedToken(t *testing.T) {
	fc := &fakeClient{cached: tokenAt(t, start, "", "own-1")}
	m := newPane(t, fc, Options{})
	if m.Editing() {
		t.Fatal("editing before the paste box was opened")
	}
	m = press(t, m, "i")
	if !m.Editing() {
		t.Fatal("the paste box does not hold the keyboard")
	}
	wantIn(t, screen(m), "Inspect a token")

	m = press(t, m, "not-a-jwt", "enter")
	if !m.Editing() {
		t.Fatal("a refused paste closed the box")
	}
	wantNotIn(t, all(m), "INSPECTING A PASTED TOKEN")

	m = press(t, m, "esc")
	if m.Editing() {
		t.Fatal("esc did not close the paste box")
	}
	wantIn(t, all(m), "own-1")

	raw := signed(t, "at+jwt", start, 2*60e9*60, jwt.MapClaims{"client_id": "someone-else", "jti": "pasted-9"})
	m = press(t, m, "i", "Bearer "+raw, "enter")
	s := all(m)
	wantIn(t, s, "INSPECTING A PASTED TOKEN", "pasted-9", "someone-else")
	wantNotIn(t, s, "own-1")
	if fc.requests != 0 {
		t.Errorf("inspecting a pasted token asked the provider %d times", fc.requests)
	}

	m = press(t, m, "esc")
	s = all(m)
	wantIn(t, s, "own-1")
	wantNotIn(t, s, "pasted-9", "INSPECTING")
}

// TestEscStopsATokenRequest: a request in flight is cancelled by esc (the
// pane's Cancel, which ctrl+c reaches through the root too).
func TestEscStopsATokenRequest(t *testing.T) {
	fc := &fakeClient{fetched: tokenAt(t, start, "", "late-1")}
	m := newPane(t, fc, Options{})
	m, _ = m.Update(uitest.Key("g")) // the command is not run: the request is in flight
	if !m.Loading() {
		t.Fatal("g did not start a request")
	}
	wantIn(t, screen(m), "Requesting a token")
	m, _ = m.Update(uitest.Key("esc"))
	if m.Loading() {
		t.Fatal("esc did not stop the request")
	}
	wantNotIn(t, screen(m), "Requesting a token")
	if m.Cancel() {
		t.Error("Cancel reports work in flight after esc stopped it")
	}

	m, _ = m.Update(uitest.Key("g"))
	if !m.Cancel() {
		t.Error("Cancel does not report the request in flight")
	}
}

// TestTokenTabAsAPane: the pane contract as the root uses it: Handle
// changes the pane in place, keys reach it only once Enter gave it the
// keyboard, its help and its title.
func TestTokenTabAsAPane(t *testing.T) {
	fc := &fakeClient{fetched: tokenAt(t, start, "", "via-handle")}
	m := newPane(t, fc, Options{})
	var p pane.Pane = &m
	p.Blur()
	if cmd := p.Handle(uitest.Key("g")); cmd != nil || m.Loading() {
		t.Fatal("a key reached the pane without the keyboard")
	}
	if cmd := p.Enter(); cmd != nil {
		t.Error("entering the Token tab starts work")
	}
	cmd := p.Handle(uitest.Key("g"))
	if cmd == nil || !m.Loading() {
		t.Fatal("g through Handle did not start a request in the pane")
	}
	m = settle(t, m, cmd)
	wantIn(t, all(m), "via-handle")

	var keys []string
	for _, b := range p.ShortHelp() {
		keys = append(keys, b.Help().Key)
	}
	if got := strings.Join(keys, " "); got != "g r c C i" {
		t.Errorf("footer keys %q", got)
	}
	if cols := p.FullHelp(); len(cols) != 2 || len(cols[0]) == 0 {
		t.Errorf("help columns %v", cols)
	}
	if got := p.Title(i18n.En); got != "Token" {
		t.Errorf("title %q", got)
	}
	var none *Model
	if got := none.Title(i18n.PtBR); got != i18n.T(i18n.PtBR, i18n.AppTabToken) || got == "" {
		t.Errorf("title on a nil pane in pt-BR: %q", got)
	}
}
