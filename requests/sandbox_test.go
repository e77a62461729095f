package requests

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"tokentui/auth"
	"tokentui/demo"
)

// sandbox starts the demo server and an auth client for clientID, and
// counts the API requests the server serves.
type sandbox struct {
	srv    *demo.Server
	client *auth.Client
	api    atomic.Int32
}

func startSandbox(t *testing.T, clientID string) *sandbox {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	sb := &sandbox{}
	srv, err := demo.Start(ctx, demo.Options{Logf: func(format string, args ...any) {
		if strings.Contains(fmt.Sprintf(format, args...), demo.APIPath) {
			sb.api.Add(1)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	scopes := []string{demo.ScopeRead, demo.ScopeWrite}
	if clientID == demo.ReadOnlyClientID {
		scopes = scopes[:1]
	}
	c, err := auth.New(auth.Options{
		Profile:  "sandbox",
		TokenURL: srv.TokenURL,
		ClientID: clientID,
		Secret:   func(context.Context) (string, error) { return demo.ClientSecret, nil },
		Scopes:   scopes,
	})
	if err != nil {
		t.Fatal(err)
	}
	sb.srv, sb.client = srv, c
	return sb
}

func (sb *sandbox) sender(t *testing.T) *Sender {
	return &Sender{BaseURL: sb.srv.APIURL, Tokens: sb.client, Renew: sb.client.Renew,
		SpillDir: t.TempDir(), History: NewHistory(filepath.Join(t.TempDir(), "history.jsonl")), Profile: "sandbox"}
}

func TestSandboxMeAndItems(t *testing.T) {
	sb := startSandbox(t, demo.ClientID)
	s := sb.sender(t)
	ctx := context.Background()

	me, err := s.Send(ctx, Spec{URL: "me"})
	if err != nil {
		t.Fatal(err)
	}
	var who struct{ ClientID, JTI string }
	json.Unmarshal(me.Body, &struct {
		ClientID *string `json:"client_id"`
		JTI      *string `json:"jti"`
	}{&who.ClientID, &who.JTI})
	if me.StatusCode != 200 || who.ClientID != demo.ClientID || who.JTI == "" || who.JTI != me.TokenJTI || me.TokenExpiry.IsZero() {
		t.Errorf("me: %d %s (jti used %q)", me.StatusCode, me.Body, me.TokenJTI)
	}
	if !me.IsJSON || !strings.Contains(me.Pretty(), "\n  \"client_id\": ") {
		t.Errorf("me is not pretty-printed: %s", me.Pretty())
	}

	list, err := s.Send(ctx, Spec{URL: "/items"})
	if err != nil || list.StatusCode != 200 || !json.Valid(list.Body) || list.Body[0] != '[' {
		t.Fatalf("GET items: %v %d %s", err, list.StatusCode, list.Body)
	}
	created, err := s.Send(ctx, Spec{Method: "POST", URL: "items",
		Headers: []Header{{"Content-Type", "application/json"}}, Body: []byte(`{"name":"from the test"}`)})
	if err != nil || created.StatusCode != 201 || !strings.Contains(string(created.Body), "from the test") {
		t.Fatalf("POST items: %v %d %s", err, created.StatusCode, created.Body)
	}
	if n := sb.srv.TokenRequests(); n != 1 {
		t.Errorf("%d token requests for three calls, want 1 (the token is reused)", n)
	}
	hist, _ := LoadHistory(s.History.Path, 0)
	if len(hist) != 3 || hist[0].Status != 201 || hist[2].Path != "me" {
		t.Errorf("history: %+v", hist)
	}
}

func TestSandboxInsufficientScopeExplained(t *testing.T) {
	sb := startSandbox(t, demo.ReadOnlyClientID)
	resp, err := sb.sender(t).Send(context.Background(), Spec{Method: "POST", URL: "items", Body: []byte(`{"name":"x"}`)})
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 403 || resp.Challenge == nil || resp.Challenge.Error != "insufficient_scope" ||
		!slices.Equal(resp.Challenge.Scope, []string{demo.ScopeWrite}) {
		t.Fatalf("got %d, challenge %+v", resp.StatusCode, resp.Challenge)
	}
	if e := resp.Explanation; e == nil || e.Code != auth.CodeInsufficientScope || !strings.Contains(e.Detail, demo.ScopeWrite) || e.Hint == "" {
		t.Errorf("explanation %+v does not name the scope", e)
	}
}

func TestSandboxSlowCancelled(t *testing.T) {
	sb := startSandbox(t, demo.ClientID)
	s := sb.sender(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	_, err := s.Send(ctx, Spec{URL: "slow?ms=30000"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancel took %v", d)
	}
	hist, _ := LoadHistory(s.History.Path, 0)
	if len(hist) != 1 || hist[0].Status != 0 || !strings.Contains(hist[0].Error, "cancel") {
		t.Errorf("a cancelled request in the history: %+v", hist)
	}
}

func TestSandboxLargeCapped(t *testing.T) {
	sb := startSandbox(t, demo.ClientID)
	s := sb.sender(t)
	s.MaxBody = 1 << 20
	resp, err := s.Send(context.Background(), Spec{URL: "large?n=200000"})
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Cleanup()
	st, err := os.Stat(resp.SpillPath)
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Truncated || len(resp.Body) != 1<<20 || resp.BodySize <= 1<<20 || st.Size() != resp.BodySize {
		t.Errorf("truncated %v, kept %d, size %d, spill %d", resp.Truncated, len(resp.Body), resp.BodySize, st.Size())
	}
	var whole strings.Builder
	resp.WriteBody(&whole)
	var items []map[string]any
	if err := json.Unmarshal([]byte(whole.String()), &items); err != nil || len(items) != 200000 {
		t.Errorf("the spilled body is not the whole array: %d items, %v", len(items), err)
	}
	if p := resp.Pretty(); !strings.HasPrefix(p, "[\n  {\n    \"id\": 1,") {
		t.Errorf("Pretty of the cut body starts %q", p[:40])
	}
}

// TestSandboxRenewOnceRetryOnce sends a token the API refuses
// (invalid_token) and checks the one renewal and the one retry.
func TestSandboxRenewOnceRetryOnce(t *testing.T) {
	sb := startSandbox(t, demo.ClientID)
	ctx := context.Background()
	good, err := sb.client.Token(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bad := *good
	bad.Raw = good.Raw[:len(good.Raw)-4] + "AAAA" // a broken signature
	var tokenCalls, renewCalls atomic.Int32
	s := sb.sender(t)
	s.Tokens = TokenFunc(func(context.Context) (*auth.Token, error) { tokenCalls.Add(1); return &bad, nil })
	s.Renew = func(ctx context.Context) (*auth.Token, error) { renewCalls.Add(1); return sb.client.Renew(ctx) }

	s.RetryOnInvalidToken = false
	resp, err := s.Send(ctx, Spec{URL: "me"})
	if err != nil || resp.StatusCode != 401 || resp.Challenge.Error != "invalid_token" {
		t.Fatalf("without retry: %v %d %+v", err, resp.StatusCode, resp.Challenge)
	}
	if sb.api.Load() != 1 || renewCalls.Load() != 0 || sb.srv.TokenRequests() != 1 {
		t.Errorf("without retry: %d API requests, %d renewals, %d token requests", sb.api.Load(), renewCalls.Load(), sb.srv.TokenRequests())
	}

	s.RetryOnInvalidToken = true
	resp, err = s.Send(ctx, Spec{URL: "me"})
	if err != nil || resp.StatusCode != 200 || !resp.Renewed {
		t.Fatalf("with retry: %v %d renewed=%v", err, resp.StatusCode, resp.Renewed)
	}
	if sb.api.Load() != 3 || renewCalls.Load() != 1 || sb.srv.TokenRequests() != 2 {
		t.Errorf("with retry: %d API requests (want 3 in all), %d renewals (want 1), %d token requests (want 2)",
			sb.api.Load(), renewCalls.Load(), sb.srv.TokenRequests())
	}

	// A renewal that does not help: still one renewal and one retry.
	s.Renew = func(context.Context) (*auth.Token, error) { renewCalls.Add(1); return &bad, nil }
	resp, err = s.Send(ctx, Spec{URL: "me"})
	if err != nil || resp.StatusCode != 401 || !resp.Renewed {
		t.Fatalf("useless renewal: %v %d", err, resp.StatusCode)
	}
	if sb.api.Load() != 5 || renewCalls.Load() != 2 {
		t.Errorf("useless renewal: %d API requests (want 5 in all), %d renewals (want 2)", sb.api.Load(), renewCalls.Load())
	}
}

func TestSandboxConcurrentSends(t *testing.T) {
	sb := startSandbox(t, demo.ClientID)
	s := sb.sender(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			resp, err := s.Send(context.Background(), Spec{URL: "items"})
			if err != nil || resp.StatusCode != 200 {
				t.Errorf("%v %v", err, resp)
			}
		})
	}
	wg.Wait()
	if n := sb.srv.TokenRequests(); n != 1 {
		t.Errorf("%d token requests for 8 concurrent calls, want 1", n)
	}
}
