package demo

import (
	"encoding/base64"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func TestTokenSuccessBothAuthMethods(t *testing.T) {
	s := startTest(t, Options{TokenTTL: 90 * time.Minute})
	cc := url.Values{"grant_type": {"client_credentials"}}
	post := url.Values{"grant_type": {"client_credentials"}, "client_id": {ClientID}, "client_secret": {ClientSecret}}
	for name, r := range map[string]reply{
		"client_secret_basic": postToken(t, s, cc, basicAuth(ClientID, ClientSecret)),
		"client_secret_post":  postToken(t, s, post, ""),
	} {
		t.Run(name, func(t *testing.T) {
			if r.status != http.StatusOK {
				t.Fatalf("status %d, body %s", r.status, r.raw)
			}
			if got := r.header.Get("Cache-Control"); !strings.Contains(got, "no-store") {
				t.Errorf("Cache-Control %q, want no-store", got)
			}
			if got := r.header.Get("Pragma"); got != "no-cache" {
				t.Errorf("Pragma %q, want no-cache", got)
			}
			if r.str("token_type") != "Bearer" || r.json["expires_in"] != float64(5400) || r.str("scope") != "demo.read demo.write" {
				t.Errorf("got %s, want Bearer, 5400 s, demo.read demo.write", r.raw)
			}
			if strings.Count(r.str("access_token"), ".") != 2 {
				t.Errorf("access_token %q is not a JWT", r.str("access_token"))
			}
		})
	}
	if got := s.TokenRequests(); got != 2 {
		t.Errorf("TokenRequests() = %d, want 2", got)
	}
}

func TestTokenClaims(t *testing.T) {
	clock := newFakeClock()
	s := startTest(t, Options{Now: clock.Now, TokenTTL: 42 * time.Minute})
	raw := token(t, s, ReadOnlyClientID, "")
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		t.Fatalf("ParseUnverified: %v", err)
	}
	if tok.Header["typ"] != "at+jwt" || tok.Header["alg"] != "RS256" || tok.Header["kid"] == "" {
		t.Errorf("header %v, want typ at+jwt, alg RS256 and a kid", tok.Header)
	}
	c := tok.Claims.(jwt.MapClaims)
	now := float64(clock.Now().Unix())
	want := map[string]any{"iss": s.IssuerURL, "aud": Audience, "client_id": ReadOnlyClientID, "iat": now, "nbf": now}
	for k, v := range want {
		if c[k] != v {
			t.Errorf("claim %s = %v, want %v", k, c[k], v)
		}
	}
	if exp, iat := c["exp"].(float64), c["iat"].(float64); exp-iat != 42*60 {
		t.Errorf("exp − iat = %v, want %v (the TTL)", exp-iat, 42*60)
	}
	if sc, ok := c["scope"].([]any); !ok || len(sc) != 1 || sc[0] != ScopeRead {
		t.Errorf("scope claim %v (%T), want JSON array [demo.read]", c["scope"], c["scope"])
	}
	if jti, _ := c["jti"].(string); len(jti) != 32 {
		t.Errorf("jti %q, want 32 hex digits", jti)
	}
	if _, ok := c["sub"]; ok {
		t.Errorf("client token has a sub claim: %v", c["sub"])
	}
}

func TestTokenScopes(t *testing.T) {
	s := startTest(t, Options{})
	for _, tc := range []struct{ client, ask, want string }{
		{ClientID, "", "demo.read demo.write"},
		{ClientID, "demo.write", "demo.write"},
		{ClientID, "demo.write  demo.read demo.write", "demo.read demo.write"},
		{ReadOnlyClientID, "", "demo.read"},
	} {
		form := url.Values{"grant_type": {"client_credentials"}}
		if tc.ask != "" {
			form.Set("scope", tc.ask)
		}
		r := postToken(t, s, form, basicAuth(tc.client, ClientSecret))
		if r.status != http.StatusOK || r.str("scope") != tc.want {
			t.Errorf("%s asking %q: %d %s, want scope %q", tc.client, tc.ask, r.status, r.raw, tc.want)
		}
	}
}

func TestTokenErrors(t *testing.T) {
	s := startTest(t, Options{RateLimit: 1000})
	ok := func() url.Values { return url.Values{"grant_type": {"client_credentials"}} }
	with := func(kv ...string) url.Values {
		v := ok()
		for i := 0; i < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return v
	}
	good := basicAuth(ClientID, ClientSecret)
	tests := []struct {
		name        string
		method      string
		contentType string
		body        string
		authz       string
		status      int
		code        string
	}{
		{"GET is not allowed", http.MethodGet, "", "", good, 405, ""},
		{"JSON body", "", "application/json", `{"grant_type":"client_credentials"}`, good, 400, "invalid_request"},
		{"no content type", "", "-", ok().Encode(), good, 400, "invalid_request"},
		{"repeated parameter", "", "", ok().Encode() + "&scope=demo.read&scope=demo.write", good, 400, "invalid_request"},
		{"malformed form", "", "", "grant_type=%zz", good, 400, "invalid_request"},
		{"basic and post together", "", "", with("client_id", ClientID, "client_secret", ClientSecret).Encode(), good, 400, "invalid_request"},
		{"body client_id differs from basic", "", "", with("client_id", ReadOnlyClientID).Encode(), good, 400, "invalid_request"},
		{"missing grant_type", "", "", "scope=demo.read", good, 400, "invalid_request"},
		{"no credentials", "", "", ok().Encode(), "", 400, "invalid_client"},
		{"unknown client", "", "", ok().Encode(), basicAuth("nobody", ClientSecret), 400, "invalid_client"},
		{"wrong secret basic", "", "", ok().Encode(), basicAuth(ClientID, "nope"), 400, "invalid_client"},
		{"wrong secret post", "", "", with("client_id", ClientID, "client_secret", "nope").Encode(), "", 400, "invalid_client"},
		{"post without secret", "", "", with("client_id", ClientID).Encode(), "", 400, "invalid_client"},
		{"basic not base64", "", "", ok().Encode(), "Basic !!!", 400, "invalid_client"},
		{"basic without colon", "", "", ok().Encode(), "Basic " + base64.StdEncoding.EncodeToString([]byte("demo-client")), 400, "invalid_client"},
		{"grant not allowed for client", "", "", ok().Encode(), basicAuth(NoGrantClientID, ClientSecret), 400, "unauthorized_client"},
		{"password grant", "", "", with("grant_type", "password").Encode(), good, 400, "unsupported_grant_type"},
		{"unknown scope", "", "", with("scope", "demo.admin").Encode(), good, 400, "invalid_scope"},
		{"openid scope", "", "", with("scope", "openid").Encode(), good, 400, "invalid_scope"},
		{"scope not allowed for client", "", "", with("scope", "demo.read demo.write").Encode(), basicAuth(ReadOnlyClientID, ClientSecret), 400, "invalid_scope"},
		{"scope too long", "", "", with("scope", strings.Repeat("x", 301)).Encode(), good, 400, "invalid_scope"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			method := tc.method
			if method == "" {
				method = http.MethodPost
			}
			req, _ := http.NewRequest(method, s.TokenURL, strings.NewReader(tc.body))
			switch tc.contentType {
			case "":
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			case "-":
			default:
				req.Header.Set("Content-Type", tc.contentType)
			}
			if tc.authz != "" {
				req.Header.Set("Authorization", tc.authz)
			}
			r := do(t, req)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d; body %s", r.status, tc.status, r.raw)
			}
			if tc.code == "" {
				return
			}
			if r.str("error") != tc.code || r.str("error_description") == "" {
				t.Errorf("body %s, want error %q with a description", r.raw, tc.code)
			}
			if got := r.header.Get("Cache-Control"); !strings.Contains(got, "no-store") {
				t.Errorf("Cache-Control %q, want no-store", got)
			}
			if got := r.header.Get("Content-Type"); !strings.HasPrefix(got, "application/json") {
				t.Errorf("Content-Type %q, want application/json", got)
			}
		})
	}
}

func TestTokenDescriptionNeverHoldsTheSecret(t *testing.T) {
	s := startTest(t, Options{})
	r := postToken(t, s, url.Values{"grant_type": {"client_credentials"}}, basicAuth(ClientID, "s3cr3t-typo"))
	if strings.Contains(r.raw, "s3cr3t") {
		t.Errorf("error body repeats the secret: %s", r.raw)
	}
}

func TestParseBasic(t *testing.T) {
	enc := func(s string) string { return "Basic " + base64.StdEncoding.EncodeToString([]byte(s)) }
	tests := []struct {
		name, header, id, secret string
		isBasic, wantErr         bool
	}{
		{"plain", enc("demo-client:demo-secret"), "demo-client", "demo-secret", true, false},
		{"urlencoded before base64", enc("my%3Aclient:p%40ss+w%C3%B6rd%25"), "my:client", "p@ss wörd%", true, false},
		{"colon in secret is kept", enc("a:b:c"), "a", "b:c", true, false},
		{"scheme in any case", "bAsIc " + base64.StdEncoding.EncodeToString([]byte("a:b")), "a", "b", true, false},
		{"empty secret", enc("a:"), "a", "", true, false},
		{"not basic", "Bearer abc", "", "", false, false},
		{"empty", "", "", "", false, false},
		{"bad base64", "Basic ***", "", "", true, true},
		{"no colon", enc("abc"), "", "", true, true},
		{"bad escape", enc("a%zz:b"), "", "", true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id, secret, isBasic, err := parseBasic(tc.header)
			if isBasic != tc.isBasic || (err != nil) != tc.wantErr || id != tc.id || secret != tc.secret {
				t.Errorf("parseBasic(%q) = %q, %q, %v, %v; want %q, %q, %v, error %v",
					tc.header, id, secret, isBasic, err, tc.id, tc.secret, tc.isBasic, tc.wantErr)
			}
		})
	}
}

// A client whose id and secret need form-urlencoding gets a token with either method.
func TestTokenEscapedCredentials(t *testing.T) {
	odd := client{id: "odd:client/é", secret: "p@ss w:rd+&=", name: "odd", scopes: []string{ScopeRead},
		grants: []string{grantClientCredentials}}
	s, err := start(t.Context(), Options{}, append(defaultClients(), odd))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cc := url.Values{"grant_type": {"client_credentials"}}
	if r := postToken(t, s, cc, basicAuth(odd.id, odd.secret)); r.status != http.StatusOK {
		t.Errorf("basic: %d %s", r.status, r.raw)
	}
	// Without the form-urlencoding step, '+' would be read as a space: rejected.
	raw := "Basic " + base64.StdEncoding.EncodeToString([]byte("odd%3Aclient%2F%C3%A9:"+odd.secret))
	if r := postToken(t, s, cc, raw); r.status != http.StatusBadRequest || r.str("error") != "invalid_client" {
		t.Errorf("unescaped secret: %d %s, want invalid_client", r.status, r.raw)
	}
	post := url.Values{"grant_type": {"client_credentials"}, "client_id": {odd.id}, "client_secret": {odd.secret}}
	if r := postToken(t, s, post, ""); r.status != http.StatusOK {
		t.Errorf("post: %d %s", r.status, r.raw)
	}
}
