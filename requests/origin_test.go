package requests

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestOriginOf(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://API.example/v1/", "https://api.example:443"},
		{"http://api.example", "http://api.example:80"},
		{"http://api.example:8080/x?q=1", "http://api.example:8080"},
		{"http://api.example@other.example/api/x", "http://other.example:80"},
		{"http://user:pw@127.0.0.1:9/x", "http://127.0.0.1:9"},
		{"https://[::1]:8443/", "https://[::1]:8443"},
	} {
		got, err := OriginOf(tc.in)
		if err != nil || string(got) != tc.want {
			t.Errorf("OriginOf(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"ftp://x/", "/just/a/path", "http://", ""} {
		if o, err := OriginOf(bad); err == nil {
			t.Errorf("OriginOf(%q) = %q, want an error", bad, o)
		}
	}
	if h := Origin("https://api.example:443").Host(); h != "api.example" {
		t.Errorf("Host = %q", h)
	}
	if h := Origin("http://127.0.0.1:8080").Host(); h != "127.0.0.1:8080" {
		t.Errorf("Host = %q", h)
	}
}

func TestParseTokenHost(t *testing.T) {
	for _, ok := range []string{"https://api2.example", "https://api2.example/", "http://127.0.0.1:8080"} {
		if _, err := ParseTokenHost(ok); err != nil {
			t.Errorf("ParseTokenHost(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"api2.example", "https://api2.example/v1", "https://u@api2.example", "https://h/?q", "ftp://h", ""} {
		if _, err := ParseTokenHost(bad); !errors.Is(err, ErrBadOrigin) {
			t.Errorf("ParseTokenHost(%q) = %v, want ErrBadOrigin", bad, err)
		}
	}
}

// TestTokenOnlyToTheAPIOrigins: the token goes to the base URL's origin
// and the token hosts; any other origin (another port, another name for
// the same server, a user name that looks like the API host) gets the
// request without it, and the Response says so. TokenToAnyHost overrides.
func TestTokenOnlyToTheAPIOrigins(t *testing.T) {
	var log authLog
	api := httptest.NewServer(log.handler(http.HandlerFunc(echo)))
	defer api.Close()
	other := httptest.NewServer(log.handler(http.HandlerFunc(echo)))
	defer other.Close()
	extra := httptest.NewServer(log.handler(http.HandlerFunc(echo)))
	defer extra.Close()
	apiHost := strings.TrimPrefix(api.URL, "http://")
	otherHost := strings.TrimPrefix(other.URL, "http://")
	extraHost := strings.TrimPrefix(extra.URL, "http://")
	byName := strings.Replace(api.URL, "127.0.0.1", "localhost", 1)

	s := &Sender{BaseURL: api.URL + "/api/", Tokens: &counter{raw: "the-token"}, TokenHosts: []string{extra.URL}}
	for _, tc := range []struct {
		name, target, key string
		sent              bool
	}{
		{"a path", "x", apiHost + "/api/x", true},
		{"the API by URL", api.URL + "/api/y", apiHost + "/api/y", true},
		{"a token host", extra.URL + "/z", extraHost + "/z", true},
		{"another port", other.URL + "/o", otherHost + "/o", false},
		{"another name", byName + "/n", strings.TrimPrefix(byName, "http://") + "/n", false},
		{"a user name like the API host", "http://" + apiHost + "@" + otherHost + "/u", otherHost + "/u", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := s.Send(context.Background(), Spec{URL: tc.target})
			if err != nil {
				t.Fatal(err)
			}
			got, reached := log.auth(tc.key)
			if !reached {
				t.Fatalf("%s was not requested", tc.key)
			}
			// A user name in the URL is sent as what it is, Basic
			// credentials the user typed; never with the token.
			if strings.Contains(got, "the-token") != tc.sent || resp.TokenSent != tc.sent || resp.TokenWithheld == tc.sent {
				t.Errorf("Authorization %q, TokenSent %v, TokenWithheld %v; want sent=%v", got, resp.TokenSent, resp.TokenWithheld, tc.sent)
			}
		})
	}

	anyHost := *s
	anyHost.TokenToAnyHost = true
	resp, err := anyHost.Send(context.Background(), Spec{URL: other.URL + "/chosen"})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := log.auth(otherHost + "/chosen"); got != "Bearer the-token" || !resp.TokenSent || resp.TokenWithheld {
		t.Errorf("TokenToAnyHost: Authorization %q, TokenSent %v", got, resp.TokenSent)
	}
}

// TestRedirectShowsWhatWasSent: after a redirect to another origin the
// Response says the token was left behind and lists the headers the
// answering server got (the Referer Go adds included), not those of the
// first request.
func TestRedirectShowsWhatWasSent(t *testing.T) {
	var log authLog
	other := httptest.NewServer(log.handler(http.HandlerFunc(echo)))
	defer other.Close()
	api := httptest.NewServer(log.handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/landing", http.StatusFound)
	})))
	defer api.Close()
	s := &Sender{BaseURL: api.URL, Tokens: &counter{raw: "the-token"}}
	resp, err := s.Send(context.Background(), Spec{URL: "start", Headers: []Header{{"X-Trace", "1"}}})
	if err != nil {
		t.Fatal(err)
	}
	if resp.TokenSent || !resp.TokenDropped || resp.TokenWithheld {
		t.Errorf("TokenSent %v TokenDropped %v TokenWithheld %v", resp.TokenSent, resp.TokenDropped, resp.TokenWithheld)
	}
	if !strings.HasPrefix(resp.URL, other.URL) {
		t.Errorf("URL = %q, want the redirect target", resp.URL)
	}
	var names []string
	for _, h := range resp.Sent {
		names = append(names, h.Name)
		if strings.EqualFold(h.Name, "Authorization") {
			t.Errorf("Sent lists Authorization")
		}
	}
	if got := strings.Join(names, ","); got != "X-Trace,Referer" {
		t.Errorf("Sent = %v, want X-Trace then Referer", resp.Sent)
	}
}
