package token

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/ui/uitest"
)

func failedSignature(string) auth.Verification {
	return auth.Verification{Status: auth.Failed, Alg: "RS256", KeyID: "old-key",
		Reason: "no key with kid \"old-key\" in the provider's JWKS"}
}

// A token whose signature does not verify is not VALID: the tab says
// UNTRUSTED and why; g asks for one new token (forced, guarded) and says why.
func TestUntrustedTokenIsNotValidAndGRenewsOnce(t *testing.T) {
	fc := &fakeClient{cached: tokenAt(t, start, "sandbox", "stale-key"), verify: failedSignature,
		fetched: tokenAt(t, start.Add(time.Minute), "sandbox", "fresh")}
	m := newPane(t, fc, Options{})
	s := screen(m)
	wantIn(t, s, "✗ UNTRUSTED", "Its signature does not verify", "old-key", "press g to get a new one", "✗ failed")
	wantNotIn(t, s, "VALID  ", "left left")
	if reason, ok := m.Untrusted(); !ok || !strings.Contains(reason, "old-key") {
		t.Errorf("Untrusted() = %q, %v", reason, ok)
	}

	fc.set(func(f *fakeClient) { f.verify = nil }) // the new one verifies
	m = press(t, m, "g")
	if tokens, renews := fc.calls(); renews != 1 || tokens != 0 {
		t.Fatalf("g on an untrusted token: Renew %d, Token %d; want one Renew", renews, tokens)
	}
	s = screen(m)
	wantIn(t, s, "The cached token's signature does not verify", "asked for a new one", "● VALID", "✓ verified")
	wantNotIn(t, s, "UNTRUSTED")
}

// Not checked is not failed: an opaque token, or keys that could not be
// fetched, stay as they were.
func TestNotCheckedIsNotUntrusted(t *testing.T) {
	opaque := &auth.Token{Raw: "opaque-token-value", Type: "Bearer", Expiry: start.Add(time.Hour), ObtainedAt: start}
	fc := &fakeClient{cached: opaque}
	m := newPane(t, fc, Options{})
	if _, ok := m.Untrusted(); ok {
		t.Error("an opaque token is untrusted")
	}
	wantIn(t, screen(m), "● VALID")

	fc = &fakeClient{cached: tokenAt(t, start, "sandbox", "x"), verify: func(string) auth.Verification {
		return auth.Verification{Status: auth.NotChecked, Reason: "the JWKS could not be fetched"}
	}}
	m = newPane(t, fc, Options{})
	if _, ok := m.Untrusted(); ok {
		t.Error("a token not checked is untrusted")
	}
	wantIn(t, all(m), "● VALID", "not checked")
}

// A failure holding requests back shows when, what the provider said
// (inert) and what unblocks it; the pane never retries on its own, and
// g then y forces exactly one attempt.
func TestHeldFailureIsShownAndNeverRetriedAlone(t *testing.T) {
	at := start.Add(-2 * time.Minute)
	refused := &auth.Failure{At: at, Code: auth.CodeInvalidClient, OAuthError: "invalid_client",
		Description: "bad secret\x1b[2J\nSignature  ✓ verified", Status: 400, Message: "invalid_client"}
	heldErr := &auth.HeldError{Last: *refused}
	fc := &fakeClient{held: refused, err: heldErr, fetched: tokenAt(t, start, "sandbox", "fixed")}
	m := newPane(t, fc, Options{AutoFetch: true})
	for range 10 {
		m = check(t, m)
	}
	if tokens, renews := fc.calls(); tokens+renews != 0 {
		t.Fatalf("with a held failure the pane asked on its own: Token %d, Renew %d", tokens, renews)
	}
	s := screen(m)
	wantIn(t, s, "Token requests held back", "invalid_client", at.Format("15:04:05"),
		`bad secret\x1b[2J\nSignature  ✓ verified`, "fix it, or press g then y")
	wantNotIn(t, s, "Press g to get one")
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "Signature") {
			t.Errorf("the provider's description drew a line of its own: %q", l)
		}
	}

	m = press(t, m, "g")
	wantIn(t, screen(m), "Force one attempt?")
	if tokens, renews := fc.calls(); tokens+renews != 0 {
		t.Fatalf("g asked before the confirmation: Token %d, Renew %d", tokens, renews)
	}
	fc.set(func(f *fakeClient) { f.err, f.held = nil, nil })
	m = press(t, m, "y")
	if tokens, renews := fc.calls(); renews != 1 || tokens != 0 {
		t.Fatalf("y: Renew %d, Token %d; want one Renew", renews, tokens)
	}
	s = screen(m)
	wantIn(t, s, "● VALID")
	wantNotIn(t, s, "held back")
}

// AutoFetch gets a token once at start; after a failure the pane left
// open never asks again by itself, however many seconds pass.
func TestAutoFetchTriesOnceAndNeverRetries(t *testing.T) {
	fc := &fakeClient{err: fmt.Errorf("the token request failed: %w", errors.New("connection refused"))}
	m := newPane(t, fc, Options{AutoFetch: true})
	if tokens, _ := fc.calls(); tokens != 1 {
		t.Fatalf("AutoFetch at start: Token called %d times, want 1", tokens)
	}
	for range 30 {
		m = check(t, m)
		m.SetNow(m.now.Add(time.Second))
	}
	if tokens, renews := fc.calls(); tokens != 1 || renews != 0 {
		t.Errorf("after 30 s open: Token %d, Renew %d; want 1 and 0", tokens, renews)
	}
	wantIn(t, screen(m), "✗ ")
}

// Granted scopes say where they come from; one asked for and not granted
// is a warning above the fold.
func TestScopesGrantedAndMissing(t *testing.T) {
	tok := tokenAt(t, start, "sandbox", "x")
	tok.Asked, tok.Missing = []string{"demo.read", "demo.admin"}, []string{"demo.admin"}
	m := newPane(t, &fakeClient{cached: tok}, Options{})
	wantIn(t, m.statusView(), "asked for but not granted: demo.admin")
	wantIn(t, all(m), "(granted: the token response says)")

	tok = tokenAt(t, start, "sandbox", "x")
	tok.ScopesFrom = auth.ScopesAssumed
	m = newPaneIn(t, &fakeClient{cached: tok}, Options{}, i18n.PtBR, 100, 40)
	wantIn(t, all(m), "(presumidos: o provedor não disse o que concedeu)")
	wantNotIn(t, all(m), "não concedido")
}

// The untrusted and held-back states fit the pane of an 80×24 terminal.
func TestTrustStatesFitSmallPanes(t *testing.T) {
	long := auth.Verification{Status: auth.Failed, Reason: strings.Repeat("no key with kid \"9KumwvsYukKIXCbSMsT1gYuoKYiKVqj8iTjM68J03RA\" ", 3)}
	fc := &fakeClient{cached: tokenAt(t, start, "other", "x"), verify: func(string) auth.Verification { return long }}
	fc.cached.Missing = []string{"demo.write", "demo.admin"}
	m := newPaneIn(t, fc, Options{}, i18n.PtBR, 60, 19)
	uitest.CheckWithin(t, uitest.Screen(m.View()), 60, 19)

	refused := &auth.Failure{At: start, OAuthError: "invalid_client", Description: strings.Repeat("long description ", 20)}
	m = newPaneIn(t, &fakeClient{held: refused}, Options{}, i18n.En, 60, 19)
	m = press(t, m, "g")
	uitest.CheckWithin(t, uitest.Screen(m.View()), 60, 19)
	wantIn(t, uitest.Screen(m.View()), "Force one attempt?")
}
