package token

import (
	"strings"
	"testing"
	"time"

	"tokentui/auth"
)

// A token obtained elsewhere (another tab, another process) reaches the
// pane on its next look at the cache, with the meter; it is re-verified.
func TestCheckShowsATokenObtainedElsewhere(t *testing.T) {
	fc := &fakeClient{cached: tokenAt(t, start, "sandbox", "first"), requests: 1}
	m := newPane(t, fc, Options{})
	wantIn(t, all(m), "first", "● VALID", "token requests of this client in the last hour: 1")

	// `tokentui token --force -p other` in another terminal.
	fc.set(func(f *fakeClient) {
		f.cached, f.requests = tokenAt(t, start.Add(30*time.Second), "other", "second"), 2
	})
	m = check(t, m)
	s := all(m)
	wantIn(t, s, "second", "token requests of this client in the last hour: 2",
		"obtained by profile other with the same credentials", "✓ verified")
	wantNotIn(t, s, "first")
	if got := m.Token().Raw; got != fc.cached.Raw {
		t.Errorf("Token() is not the newest cached token")
	}
	if tokens, renews := fc.calls(); tokens+renews != 0 {
		t.Errorf("the look at the cache asked for tokens: Token %d, Renew %d", tokens, renews)
	}
}

// One look at a time: a second Check while one is in flight does nothing.
func TestCheckDropsOverlappingLooks(t *testing.T) {
	fc := &fakeClient{cached: tokenAt(t, start, "sandbox", "first")}
	m := newPane(t, fc, Options{})
	first := m.Check()
	if first == nil {
		t.Fatal("Check returned no command")
	}
	if again := m.Check(); again != nil {
		t.Error("a second Check while one is in flight started another look")
	}
	m = settle(t, m, first)
	if next := m.Check(); next == nil {
		t.Error("Check after the look came back did nothing")
	}
}

// A look started before a token result can be older than it: dropped,
// so a failure the result cleared does not come back.
func TestCheckStartedBeforeAResultIsDropped(t *testing.T) {
	refused := &auth.Failure{At: start, Code: auth.CodeInvalidClient, OAuthError: "invalid_client", Message: "refused"}
	fc := &fakeClient{held: refused, fetched: tokenAt(t, start.Add(time.Second), "sandbox", "fresh")}
	m := newPane(t, fc, Options{})
	msg := m.Check()()        // reads the cache now: held back, no token
	m = press(t, m, "g", "y") // the user forces one attempt; it works
	fc.set(func(f *fakeClient) { f.held = nil })
	m = press(t, m, "g") // the result of a plain get, after the look began
	m, _ = m.Update(msg)
	if m.Held() != nil {
		t.Error("an outdated look brought back a failure the newer result cleared")
	}
	if m.Token() == nil || m.Token().Raw != fc.fetched.Raw {
		t.Error("the token obtained is not on screen")
	}
	if m.Check() == nil {
		t.Error("looks stopped after an outdated one came back")
	}
}

// An older token found in the cache never replaces a newer one on screen.
func TestCheckKeepsTheNewerToken(t *testing.T) {
	fc := &fakeClient{cached: tokenAt(t, start.Add(time.Minute), "sandbox", "newer")}
	m := newPane(t, fc, Options{})
	fc.set(func(f *fakeClient) { f.cached = tokenAt(t, start, "sandbox", "older") })
	m = check(t, m)
	wantIn(t, all(m), "newer")
}

// A look answered for a pane's predecessor (the profile was edited and
// its pane rebuilt) is not taken for the new pane's.
func TestCheckOfAPredecessorIsIgnored(t *testing.T) {
	old := &fakeClient{cached: tokenAt(t, start, "sandbox", "old-credentials")}
	m1 := newPane(t, old, Options{})
	stale := m1.Check()()
	m2 := newPane(t, &fakeClient{}, Options{}) // same profile id, new credentials, nothing cached
	if m2.Check() == nil {
		t.Fatal("no look")
	}
	m2, _ = m2.Update(stale)
	if m2.Token() != nil {
		t.Error("the new pane took the old credentials' token from its predecessor's look")
	}
}

// A failure another process met (the provider refused these credentials)
// shows on the next look, with the meter.
func TestCheckShowsAFailureHeldElsewhere(t *testing.T) {
	fc := &fakeClient{}
	m := newPane(t, fc, Options{})
	fc.set(func(f *fakeClient) {
		f.requests = 1
		f.held = &auth.Failure{At: start, Code: auth.CodeInvalidClient, OAuthError: "invalid_client", Profile: "other"}
	})
	m = check(t, m)
	wantIn(t, screen(m), "Token requests held back", "invalid_client", "press g then y")
	if m.Held() == nil {
		t.Error("Held() is nil")
	}
	// g asks first, counting the client's requests as the meter does.
	m = press(t, m, "g")
	flat := strings.Join(strings.Fields(screen(m)), " ")
	wantIn(t, flat, "counts against them (1 request of this client in the last hour)")
}
