package requests

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"tokentui/auth"
)

// fakeJWT returns an unsigned token carrying jti, good enough for Decode.
func fakeJWT(jti string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"RS256","typ":"at+jwt"}`)) + "." +
		enc([]byte(`{"jti":"`+jti+`","client_id":"demo"}`)) + "." + enc([]byte("sig"))
}

// counter is a TokenFunc that counts its calls.
type counter struct {
	n   atomic.Int32
	raw string
	err error
}

func (c *counter) Token(context.Context) (*auth.Token, error) {
	c.n.Add(1)
	if c.err != nil {
		return nil, c.err
	}
	return &auth.Token{Raw: c.raw, Type: "Bearer", Expiry: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}, nil
}

// echo answers with what it received, as JSON.
func echo(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"method": r.Method, "path": r.URL.RequestURI(), "host": r.Host,
		"headers": r.Header, "body": string(body),
	})
}

type echoed struct {
	Method, Path, Host, Body string
	Headers                  http.Header
}

func decodeEcho(t *testing.T, r *Response) echoed {
	t.Helper()
	var e echoed
	if err := json.Unmarshal(r.Body, &e); err != nil {
		t.Fatalf("decoding the echo %q: %v", r.Body, err)
	}
	return e
}

func TestSendAttachesTokenAndHeaders(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(echo))
	defer srv.Close()
	tok := &counter{raw: fakeJWT("jti-1")}
	s := &Sender{
		BaseURL: srv.URL + "/api/v1/",
		Headers: HeadersFromMap(map[string]string{"Accept": "application/json", "X-Tenant": "default"}),
		Tokens:  tok,
	}
	resp, err := s.Send(context.Background(), Spec{
		Method:  "post",
		URL:     "/items?q=1",
		Headers: []Header{{"X-Tenant", "mine"}, {"X-Second", "2"}, {"X-Second", "3"}, {"Host", "api.example"}},
		Body:    []byte(`{"name":"x"}`),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Cleanup()
	e := decodeEcho(t, resp)
	if e.Method != "POST" || e.Path != "/api/v1/items?q=1" || e.Body != `{"name":"x"}` || e.Host != "api.example" {
		t.Errorf("server got %s %s host %s body %q", e.Method, e.Path, e.Host, e.Body)
	}
	if got := e.Headers.Get("Authorization"); got != "Bearer "+tok.raw {
		t.Errorf("Authorization = %q, want the token", got)
	}
	if got := e.Headers.Values("X-Tenant"); len(got) != 1 || got[0] != "mine" {
		t.Errorf("X-Tenant = %q, want the user's value only", got)
	}
	if got := e.Headers.Values("X-Second"); strings.Join(got, ",") != "2,3" {
		t.Errorf("X-Second = %q, want both in order", got)
	}
	if e.Headers.Get("Accept") != "application/json" {
		t.Errorf("the profile's Accept header was not sent: %v", e.Headers)
	}
	if resp.StatusCode != 200 || resp.Status != "200 OK" || resp.Proto != "HTTP/1.1" || !resp.IsJSON ||
		resp.ContentType != "application/json" || resp.BodySize != int64(len(resp.Body)) || resp.Truncated {
		t.Errorf("response = %d %q %q json=%v ct=%q size=%d", resp.StatusCode, resp.Status, resp.Proto, resp.IsJSON, resp.ContentType, resp.BodySize)
	}
	if resp.TokenJTI != "jti-1" || resp.TokenExpiry.Year() != 2030 {
		t.Errorf("token used: jti %q expiry %v", resp.TokenJTI, resp.TokenExpiry)
	}
	for _, h := range resp.Sent {
		if strings.EqualFold(h.Name, "Authorization") {
			t.Error("Response.Sent holds the Authorization header")
		}
	}
	if resp.Timing.Total <= 0 || resp.Timing.FirstByte <= 0 || resp.Timing.FirstByte > resp.Timing.Total || resp.Timing.Connect <= 0 {
		t.Errorf("timing = %+v", resp.Timing)
	}
}

func TestSendRefusesAuthorization(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	tok := &counter{raw: "t"}
	s := &Sender{Tokens: tok}
	_, err := s.Send(context.Background(), Spec{URL: srv.URL, Headers: []Header{{"authorization", "Bearer mine"}}})
	if !errors.Is(err, ErrAuthorizationHeader) {
		t.Errorf("user Authorization: err = %v", err)
	}
	s.Headers = []Header{{"Authorization", "Basic x"}}
	_, err = s.Send(context.Background(), Spec{URL: srv.URL})
	if !errors.Is(err, ErrAuthorizationHeader) || !strings.Contains(err.Error(), "profile") {
		t.Errorf("profile Authorization: err = %v", err)
	}
	if hits.Load() != 0 || tok.n.Load() != 0 {
		t.Errorf("refused requests still reached the server (%d) or the token source (%d)", hits.Load(), tok.n.Load())
	}
}

func TestSendWithoutTokenSource(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(echo))
	defer srv.Close()
	resp, err := (&Sender{}).Send(context.Background(), Spec{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if h := decodeEcho(t, resp).Headers.Get("Authorization"); h != "" {
		t.Errorf("Authorization = %q without a token source", h)
	}
}

func TestSendTokenError(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	cause := errors.New("guard refused")
	_, err := (&Sender{BaseURL: srv.URL, Tokens: &counter{err: cause}}).Send(context.Background(), Spec{URL: srv.URL})
	if !errors.Is(err, ErrNoToken) || !errors.Is(err, cause) {
		t.Errorf("err = %v, want ErrNoToken wrapping the cause", err)
	}
	if hits.Load() != 0 {
		t.Error("the request was sent without a token")
	}
}

func TestSendNetworkError(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	_, err := (&Sender{}).Send(context.Background(), Spec{URL: url})
	if err == nil || !strings.Contains(err.Error(), "GET "+url+" failed: dial tcp") {
		t.Errorf("err = %v", err)
	}
}

func TestSendCancel(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := (&Sender{}).Send(ctx, Spec{URL: srv.URL})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancelling took %v", d)
	}
}

func TestSendTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	_, err := (&Sender{Timeout: 100 * time.Millisecond}).Send(context.Background(), Spec{URL: srv.URL})
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "timed out") {
		t.Fatalf("err = %v, want a timeout", err)
	}
}

func TestExplainChallenge(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/401":
			w.Header().Set("WWW-Authenticate", `Bearer realm="api", error="invalid_token", error_description="The token expired"`)
			w.WriteHeader(401)
		case "/403":
			w.Header().Set("WWW-Authenticate", `Bearer error="insufficient_scope", scope="demo.write"`)
			w.WriteHeader(403)
		case "/bare401":
			w.WriteHeader(401)
		}
	}))
	defer srv.Close()
	s := &Sender{BaseURL: srv.URL}
	for _, tc := range []struct{ path, code, detail string }{
		{"/401", "invalid_token", "The token expired"},
		{"/403", "insufficient_scope", "demo.write"},
		{"/bare401", "", ""},
	} {
		resp, err := s.Send(context.Background(), Spec{URL: tc.path})
		if err != nil {
			t.Fatal(err)
		}
		if resp.Explanation == nil || resp.Explanation.Cause == "" {
			t.Errorf("%s: no explanation", tc.path)
			continue
		}
		if tc.code != "" && (resp.Challenge == nil || resp.Challenge.Error != tc.code) {
			t.Errorf("%s: challenge = %+v", tc.path, resp.Challenge)
		}
		if !strings.Contains(resp.Explanation.Detail, tc.detail) {
			t.Errorf("%s: explanation detail %q lacks %q", tc.path, resp.Explanation.Detail, tc.detail)
		}
	}
}

// invalidTokenAPI answers 401 invalid_token unless the token is good, and
// counts the requests it gets.
func invalidTokenAPI(good string, hits *atomic.Int32) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if good != "" && r.Header.Get("Authorization") == "Bearer "+good {
			fmt.Fprintln(w, `{"ok":true}`)
			return
		}
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token", error_description="expired"`)
		w.WriteHeader(401)
	})
}

func TestRetryOnInvalidToken(t *testing.T) {
	tests := []struct {
		name              string
		retry             bool
		good              string // the token the API accepts
		renewErr          error
		wantAPI, wantNew  int32
		wantStatus        int
		wantRenewed       bool
		wantRenewErrorSet bool
	}{
		{"off: one request, no renewal", false, "new", nil, 1, 0, 401, false, false},
		{"on: renewed token accepted", true, "new", nil, 2, 1, 200, true, false},
		{"on: renewed token refused too: still once", true, "", nil, 2, 1, 401, true, false},
		{"on: renewal refused by the guard", true, "new", errors.New("guard refused"), 1, 1, 401, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var hits atomic.Int32
			srv := httptest.NewServer(invalidTokenAPI(tc.good, &hits))
			defer srv.Close()
			old := &counter{raw: "old"}
			renew := &counter{raw: "new", err: tc.renewErr}
			s := &Sender{BaseURL: srv.URL, Tokens: old, Renew: renew.Token, RetryOnInvalidToken: tc.retry}
			resp, err := s.Send(context.Background(), Spec{URL: srv.URL})
			if err != nil {
				t.Fatal(err)
			}
			if hits.Load() != tc.wantAPI || renew.n.Load() != tc.wantNew || old.n.Load() != 1 {
				t.Errorf("API requests %d (want %d), renewals %d (want %d), token calls %d (want 1)",
					hits.Load(), tc.wantAPI, renew.n.Load(), tc.wantNew, old.n.Load())
			}
			if resp.StatusCode != tc.wantStatus || resp.Renewed != tc.wantRenewed || (resp.RenewError != nil) != tc.wantRenewErrorSet {
				t.Errorf("status %d renewed %v renewErr %v", resp.StatusCode, resp.Renewed, resp.RenewError)
			}
		})
	}
}

func TestNoRetryOnOtherErrors(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("WWW-Authenticate", `Bearer error="insufficient_scope", scope="x"`)
		w.WriteHeader(403)
	}))
	defer srv.Close()
	renew := &counter{raw: "new"}
	s := &Sender{BaseURL: srv.URL, Tokens: &counter{raw: "old"}, Renew: renew.Token, RetryOnInvalidToken: true}
	if _, err := s.Send(context.Background(), Spec{URL: srv.URL}); err != nil {
		t.Fatal(err)
	}
	if hits.Load() != 1 || renew.n.Load() != 0 {
		t.Errorf("a 403 insufficient_scope was retried: %d requests, %d renewals", hits.Load(), renew.n.Load())
	}
}
