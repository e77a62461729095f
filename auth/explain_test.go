package auth

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestExplainOAuthErrors(t *testing.T) {
	for _, code := range []string{"invalid_client", "unauthorized_client", "invalid_scope", "invalid_grant", "unsupported_grant_type", "invalid_request"} {
		t.Run(code, func(t *testing.T) {
			p := newFakeProvider(t)
			p.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				p.tokens.Add(1)
				oauthErr(w, 400, code, "described by the server")
			})
			o := p.options("")
			o.Issuer, o.TokenURL = "", p.URL+"/token"
			c := newClient(t, o)
			_, err := c.Token(context.Background())
			if !errors.Is(err, oauthSentinels[code]) {
				t.Fatalf("err %v is not %s", err, code)
			}
			e := Explain(err)
			if e.Code != Code(code) || e.Cause == "" || e.Hint == "" || !strings.Contains(e.Detail, "described by the server") {
				t.Errorf("Explain = %+v", e)
			}
			if p.tokens.Load() != 1 {
				t.Errorf("%d token requests", p.tokens.Load())
			}
		})
	}
}

func TestExplainHTTPAndNetwork(t *testing.T) {
	status := func(code int, body string) error {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(code)
			fmt.Fprint(w, body)
		}))
		defer srv.Close()
		c := newClient(t, Options{TokenURL: srv.URL, ClientID: "c", Secret: staticSecret("s", nil)})
		_, err := c.Token(context.Background())
		return err
	}
	tokenAt := func(u string, hc *http.Client, ctx context.Context) error {
		c := newClient(t, Options{TokenURL: u, ClientID: "c", Secret: staticSecret("s", nil), HTTPClient: hc})
		_, err := c.Token(ctx)
		return err
	}
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	tlsSrv := httptest.NewTLSServer(http.NotFoundHandler())
	defer tlsSrv.Close()
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(2 * time.Second):
		}
	}))
	defer slow.Close()
	canceled, cancel := context.WithCancel(context.Background())
	cancel()

	for _, tc := range []struct {
		name string
		err  error
		want Code
	}{
		{"429", status(429, ``), CodeRateLimited},
		{"500", status(500, `oops`), CodeServerError},
		{"404 html", status(404, `<html>`), CodeHTTPError},
		{"vendor code", status(400, `{"error":"vendor_thing"}`), CodeOtherOAuthError},
		{"200 without token", status(200, `{"token_type":"Bearer"}`), CodeInvalidResponse},
		{"dns", tokenAt("http://no-such-host.invalid/token", nil, context.Background()), CodeDNS},
		{"refused", tokenAt(closed.URL, nil, context.Background()), CodeConnectionRefused},
		{"tls unknown authority", tokenAt(tlsSrv.URL, nil, context.Background()), CodeTLSUnknownAuthority},
		{"timeout", tokenAt(slow.URL, &http.Client{Timeout: 100 * time.Millisecond}, context.Background()), CodeTimeout},
		{"canceled", tokenAt(slow.URL, nil, canceled), CodeCanceled},
		{"clock skew", fmt.Errorf("x: %w", &ClockSkewError{Skew: 10 * time.Minute, Source: "Date header"}), CodeClockSkew},
		{"iat in future", &ClockSkewError{Skew: -10 * time.Minute, Source: "iat claim"}, CodeIATFuture},
		{"malformed", func() error { _, err := Decode("x"); return err }(), CodeMalformed},
		{"guard", &GuardError{Kind: ErrGuardRefused}, CodeGuardRefused},
		{"issuer mismatch", fmt.Errorf("%w: x", ErrIssuerMismatch), CodeIssuerMismatch},
		{"discovery", fmt.Errorf("%w: x", ErrDiscovery), CodeDiscovery},
		{"no secret", fmt.Errorf("%w: x", ErrNoSecret), CodeNoSecret},
		{"config", fmt.Errorf("%w: x", ErrConfig), CodeConfig},
		{"unknown", errors.New("something"), CodeUnknown},
	} {
		e := Explain(tc.err)
		if e.Code != tc.want || e.Cause == "" || e.Hint == "" {
			t.Errorf("%s: Explain(%v) = %+v, want code %s", tc.name, tc.err, e, tc.want)
		}
	}
	if e := Explain(nil); e != (Explanation{}) {
		t.Errorf("Explain(nil) = %+v", e)
	}
}

func TestExplainChallenge(t *testing.T) {
	for header, want := range map[string]Code{
		`Bearer error="invalid_token", error_description="expired"`: CodeInvalidToken,
		`Bearer error="insufficient_scope", scope="demo.write"`:     CodeInsufficientScope,
		`Bearer error="invalid_request"`:                            CodeBearerRequest,
		`Bearer realm="api"`:                                        CodeNoToken,
		`Bearer error="strange"`:                                    CodeOtherOAuthError,
	} {
		ch, err := ParseWWWAuthenticate(header)
		if err != nil {
			t.Fatal(err)
		}
		e := ExplainChallenge(ch)
		if e.Code != want || e.Cause == "" || e.Hint == "" {
			t.Errorf("%s: %+v, want %s", header, e, want)
		}
		if want == CodeInsufficientScope && !strings.Contains(e.Detail, "demo.write") {
			t.Errorf("insufficient_scope detail %q lacks the scope", e.Detail)
		}
	}
}

// Every code has English text, and every translation has only known codes.
func TestExplanationTable(t *testing.T) {
	codes := []Code{CodeInvalidRequest, CodeInvalidClient, CodeInvalidGrant, CodeUnauthorizedClient, CodeUnsupportedGrantType,
		CodeInvalidScope, CodeOtherOAuthError, CodeRateLimited, CodeGuardRefused, CodeServerError, CodeHTTPError,
		CodeInvalidResponse, CodeInvalidToken, CodeInsufficientScope, CodeBearerRequest, CodeNoToken, CodeDNS,
		CodeConnectionRefused, CodeTLSUnknownAuthority, CodeTLSHostname, CodeTLSInvalid, CodeTimeout, CodeCanceled,
		CodeNetwork, CodeClockSkew, CodeIATFuture, CodeDiscovery, CodeIssuerMismatch, CodeMalformed, CodeConfig,
		CodeNoSecret, CodeUnknown}
	for _, c := range codes {
		if t := english[c]; t.Cause == "" || t.Hint == "" {
			panic("no English text for " + string(c))
		}
	}
	if len(english) != len(codes) {
		t.Errorf("english has %d entries, %d codes known", len(english), len(codes))
	}
	if e := ExplainCode(Code("no-such-code")); e.Cause != english[CodeUnknown].Cause {
		t.Errorf("an unknown code did not read as CodeUnknown")
	}
}
