package demo

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// wwwAuth checks a reply's status and WWW-Authenticate challenge.
func wwwAuth(t *testing.T, r reply, status int, want ...string) {
	t.Helper()
	h := r.header.Get("WWW-Authenticate")
	if r.status != status || !strings.HasPrefix(h, `Bearer realm="demo-api"`) || !contains(h, want...) {
		t.Errorf("got %d WWW-Authenticate %q; want %d with %q", r.status, h, status, want)
	}
}

// forge signs claims with the server's key, changing what the test needs.
func forge(t *testing.T, s *Server, claims jwt.MapClaims, edit func(*jwt.Token)) string {
	t.Helper()
	key, err := s.signingKey()
	if err != nil {
		t.Fatal(err)
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	tok.Header["typ"] = "at+jwt"
	tok.Header["kid"] = key.kid
	if edit != nil {
		edit(tok)
	}
	if tok.Method == jwt.SigningMethodHS256 {
		raw, err := tok.SignedString([]byte("shared"))
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	raw, err := tok.SignedString(key.private)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestAPIRejectsBadTokens(t *testing.T) {
	clock := newFakeClock()
	s := startTest(t, Options{Now: clock.Now, TokenTTL: time.Hour, APIClockSkew: -1})
	good := token(t, s, ClientID, "")
	claims := func(edit func(jwt.MapClaims)) jwt.MapClaims {
		now := clock.Now().Unix()
		c := jwt.MapClaims{"iss": s.IssuerURL, "aud": Audience, "iat": now, "nbf": now, "exp": now + 60,
			"client_id": ClientID, "scope": []string{ScopeRead}, "jti": "X"}
		if edit != nil {
			edit(c)
		}
		return c
	}
	parts := strings.Split(good, ".")
	flipped := parts[0] + "." + parts[1] + "." + strings.Map(func(r rune) rune {
		if r == 'A' {
			return 'B'
		}
		return 'A'
	}, parts[2])
	tests := []struct {
		name, token, desc string
	}{
		{"malformed", "not-a-jwt", "malformed"},
		{"empty", " ", "empty"},
		{"bad signature", flipped, "signature is invalid"},
		{"payload swapped", parts[0] + "." + strings.Split(forge(t, s, claims(nil), nil), ".")[1] + "." + parts[2], "signature is invalid"},
		{"unknown kid", forge(t, s, claims(nil), func(tk *jwt.Token) { tk.Header["kid"] = "other" }), "unknown key"},
		{"HS256", forge(t, s, claims(nil), func(tk *jwt.Token) { tk.Method = jwt.SigningMethodHS256; tk.Header["alg"] = "HS256" }), "only RS256"},
		{"wrong issuer", forge(t, s, claims(func(c jwt.MapClaims) { c["iss"] = "https://evil.example" }), nil), "evil.example"},
		{"wrong audience", forge(t, s, claims(func(c jwt.MapClaims) { c["aud"] = "other-api" }), nil), "not meant for this API"},
		{"not yet valid", forge(t, s, claims(func(c jwt.MapClaims) { c["nbf"] = clock.Now().Unix() + 30 }), nil), "not valid yet"},
		{"no exp", forge(t, s, claims(func(c jwt.MapClaims) { delete(c, "exp") }), nil), "no exp"},
		{"not an access token", forge(t, s, claims(nil), func(tk *jwt.Token) { tk.Header["typ"] = "JWT" }), "not at+jwt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wwwAuth(t, apiGet(t, s, "me", tc.token), 401, `error="invalid_token"`, tc.desc)
		})
	}
	t.Run("missing", func(t *testing.T) {
		r := apiGet(t, s, "me", "")
		wwwAuth(t, r, 401)
		if h := r.header.Get("WWW-Authenticate"); h != `Bearer realm="demo-api"` {
			t.Errorf("no token must get no error code (RFC 6750 §3.1): %q", h)
		}
	})
	t.Run("basic instead of bearer", func(t *testing.T) {
		req := mustReq(http.MethodGet, s.APIURL+"me")
		req.SetBasicAuth(ClientID, ClientSecret)
		wwwAuth(t, do(t, req), 401)
	})
	t.Run("good token works", func(t *testing.T) {
		if r := apiGet(t, s, "me", good); r.status != http.StatusOK {
			t.Errorf("%d %s", r.status, r.raw)
		}
	})
	t.Run("expired", func(t *testing.T) {
		clock.Advance(time.Hour)
		wwwAuth(t, apiGet(t, s, "me", good), 401, `error="invalid_token"`,
			`error_description="The access token expired at 2025-03-01T13:00:00Z`)
	})
}

func TestAPIClockSkew(t *testing.T) {
	clock := newFakeClock()
	s := startTest(t, Options{Now: clock.Now, TokenTTL: time.Minute}) // default skew: 5 minutes
	tok := token(t, s, ClientID, "")
	clock.Advance(time.Minute + 4*time.Minute)
	if r := apiGet(t, s, "me", tok); r.status != http.StatusOK {
		t.Errorf("4 minutes past exp, within the default skew: %d %s", r.status, r.raw)
	}
	clock.Advance(time.Minute + time.Second)
	wwwAuth(t, apiGet(t, s, "me", tok), 401, "expired")
}

func TestAPIScopes(t *testing.T) {
	s := startTest(t, Options{})
	ro := token(t, s, ReadOnlyClientID, "")
	rw := token(t, s, ClientID, "")
	writeOnly := token(t, s, ClientID, ScopeWrite)

	if r := apiGet(t, s, "items", ro); r.status != http.StatusOK || !strings.HasPrefix(r.raw, "[") {
		t.Errorf("GET items with demo.read: %d %s", r.status, r.raw)
	}
	wwwAuth(t, apiGet(t, s, "items", writeOnly), 403, `error="insufficient_scope"`, `scope="demo.read"`)

	post := func(tok, body string) reply {
		req, _ := http.NewRequest(http.MethodPost, s.APIURL+"items", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+tok)
		req.Header.Set("Content-Type", "application/json")
		return do(t, req)
	}
	wwwAuth(t, post(ro, `{"name":"x"}`), 403, `error="insufficient_scope"`, `scope="demo.write"`, "error_description=")
	r := post(rw, `{"name":"new thing"}`)
	if r.status != http.StatusCreated || r.str("name") != "new thing" || r.str("created_by") != ClientID {
		t.Fatalf("POST items with demo.write: %d %s", r.status, r.raw)
	}
	loc := r.header.Get("Location")
	if got := apiGet(t, s, strings.TrimPrefix(loc, APIPath), ro); got.str("name") != "new thing" {
		t.Errorf("GET %s: %d %s", loc, got.status, got.raw)
	}
	if r := post(rw, `{"nom":1}`); r.status != http.StatusBadRequest {
		t.Errorf("POST items without a name: %d %s, want 400", r.status, r.raw)
	}
	var list []item
	if err := json.Unmarshal([]byte(apiGet(t, s, "items", ro).raw), &list); err != nil || list[len(list)-1].Name != "new thing" {
		t.Errorf("the created item is not listed: %v %v", err, list)
	}
}

func TestAPIMe(t *testing.T) {
	clock := newFakeClock()
	s := startTest(t, Options{Now: clock.Now})
	r := apiGet(t, s, "me", token(t, s, ReadOnlyClientID, ""))
	if r.str("client_id") != ReadOnlyClientID || r.str("issuer") != s.IssuerURL || r.str("jti") == "" ||
		r.str("expires_at") != "2025-03-01T13:00:00Z" || r.json["expires_in"] != float64(3600) {
		t.Errorf("me: %s", r.raw)
	}
}

func TestAPISlowHonoursCancel(t *testing.T) {
	s := startTest(t, Options{})
	tok := token(t, s, ClientID, "")
	if r := apiGet(t, s, "slow?ms=20", tok); r.status != http.StatusOK || r.json["waited_ms"] != float64(20) {
		t.Errorf("slow?ms=20: %d %s", r.status, r.raw)
	}
	if r := apiGet(t, s, "slow?ms=60001", tok); r.status != http.StatusBadRequest {
		t.Errorf("slow over the cap: %d, want 400", r.status)
	}
	wwwAuth(t, apiGet(t, s, "slow?ms=1", ""), 401)

	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.APIURL+"slow?ms=60000", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	start := time.Now()
	_, err := http.DefaultClient.Do(req)
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 5*time.Second {
		t.Errorf("cancelled slow request: %v after %v", err, time.Since(start))
	}
}

// Close does not wait for a slow request to finish its minute.
func TestCloseCancelsSlowRequests(t *testing.T) {
	s, err := Start(t.Context(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tok := token(t, s, ClientID, "")
	done := make(chan struct{})
	go func() {
		defer close(done)
		req, _ := http.NewRequest(http.MethodGet, s.APIURL+"slow?ms=60000", nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	<-done
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Close took %v with a slow request in flight", d)
	}
}

func TestAPILarge(t *testing.T) {
	s := startTest(t, Options{})
	tok := token(t, s, ReadOnlyClientID, "")
	for _, n := range []int{0, 1, 4096, 10007} {
		r := apiGet(t, s, "large?n="+itoa(n), tok)
		var got []struct {
			ID   int    `json:"id"`
			Name string `json:"name"`
		}
		if err := json.Unmarshal([]byte(r.raw), &got); err != nil || r.status != 200 || len(got) != n {
			t.Fatalf("large?n=%d: status %d, %d items, %v", n, r.status, len(got), err)
		}
		if n > 0 && got[n-1].ID != n {
			t.Errorf("large?n=%d: last id %d", n, got[n-1].ID)
		}
	}
	for _, bad := range []string{"-1", "5000001", "lots"} {
		if r := apiGet(t, s, "large?n="+bad, tok); r.status != http.StatusBadRequest || !strings.Contains(r.header.Get("Content-Type"), "problem+json") {
			t.Errorf("large?n=%s: %d %s, want 400 problem", bad, r.status, r.raw)
		}
	}
	wwwAuth(t, apiGet(t, s, "large?n=5", "nope"), 401, "invalid_token")
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestHeaderSafe(t *testing.T) {
	if got := headerSafe("a\"b\\c\x1bd é\r\n"); got != "abcd " {
		t.Errorf("headerSafe = %q", got)
	}
}
