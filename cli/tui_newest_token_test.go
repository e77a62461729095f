package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/requests"
)

// The Request tab sends the newest valid token: after another process
// forces a new one (`tokentui token --force`), the TUI's next request
// carries it, not the one the TUI had in memory.
func TestRequestTabSendsTheNewestToken(t *testing.T) {
	srv, err := demo.Start(t.Context(), demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	dir := t.TempDir()
	t.Setenv("TOKENTUI_CACHE_DIR", filepath.Join(dir, "cache"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	p := profiles.Profile{Name: "sandbox", Issuer: srv.IssuerURL, ClientID: demo.ClientID, ClientSecret: demo.ClientSecret,
		Scopes: []string{demo.ScopeRead}, APIBaseURL: srv.APIURL}
	g := &globals{}
	tui, err := newAuthClient(p, g) // the TUI's client
	if err != nil {
		t.Fatal(err)
	}
	reqs, done := newTUIRequests()
	t.Cleanup(done)
	sender := reqs.sender(p, tui)
	sender.History = nil

	jtiSent := func() string {
		t.Helper()
		resp, err := sender.Send(context.Background(), requests.Spec{URL: "me"})
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("GET me: %v %v", err, resp)
		}
		var me struct{ JTI string }
		if err := json.Unmarshal(resp.Body, &me); err != nil {
			t.Fatal(err)
		}
		return me.JTI
	}
	first := jtiSent()

	other, err := newAuthClient(p, g) // `tokentui token --force` in another terminal
	if err != nil {
		t.Fatal(err)
	}
	forced, err := other.Renew(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	j, err := auth.Decode(forced.Raw)
	if err != nil {
		t.Fatal(err)
	}
	newJTI, _ := j.Claims["jti"].(string)
	if newJTI == first {
		t.Fatal("the forced token is the first one")
	}
	if got := jtiSent(); got != newJTI {
		t.Errorf("the Request tab sent jti %q, want the newest %q (the old one was %q)", got, newJTI, first)
	}
	if n := srv.TokenRequests(); n != 2 {
		t.Errorf("token requests = %d, want 2 (the first, the forced one)", n)
	}
}
