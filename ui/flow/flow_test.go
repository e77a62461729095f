package flow

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

// TestFlowRunsEveryStep walks the six steps against the sandbox with an
// empty cache: one token request, and each step shows what it is about.
func TestFlowRunsEveryStep(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, demo.ClientSecret, "")
	m := newFlow(t, srv, c, 110, 200)

	mustShow(t, m, "Step 1 of 6", "Discovery", "GET /.well-known/openid-configuration HTTP/1.1",
		`"issuer": "`+srv.IssuerURL, `"token_endpoint": "`+srv.TokenURL, `"jwks_uri"`,
		"client_secret_basic", "✓ auth method client_secret_basic: offered", "✓ scope demo.read: offered")
	if n := srv.TokenRequests(); n != 0 {
		t.Fatalf("step 1 made %d token requests, want 0", n)
	}

	m = press(t, m, "n")
	s2 := mustShow(t, m, "Step 2 of 6", "POST /connect/token HTTP/1.1", "Authorization: Basic ****", "demo-client",
		"grant_type=client_credentials", "scope=demo.read+demo.write", "Sent just now")

	m = press(t, m, "right")
	s3 := mustShow(t, m, "Step 3 of 6", "HTTP/1.1 200 OK", `"access_token": "eyJ`, `"token_type": "Bearer"`,
		`"expires_in"`, "Reuse this token until it expires", "asking for a new one every call gets the client blocked")

	tok, ok := c.Cached()
	if !ok {
		t.Fatal("no token cached after step 2")
	}
	jwt, err := auth.Decode(tok.Raw)
	if err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "n")
	s4 := mustShow(t, m, "Step 4 of 6", "1 Header", "2 Payload", "3 Signature", `"alg": "RS256"`, `"typ": "at+jwt"`,
		`"kid": "`+jwt.KeyID()+`"`, `"client_id": "demo-client"`, `"exp": `)

	m = press(t, m, "n")
	s5 := mustShow(t, m, "Step 5 of 6", "GET /.well-known/openid-configuration/jwks HTTP/1.1",
		"kid "+jwt.KeyID(), "← the token's key", "✓ verified — RS256 with the key kid "+jwt.KeyID())

	m = press(t, m, "n")
	s6 := mustShow(t, m, "Step 6 of 6", "GET /api/v1/me HTTP/1.1", "Authorization: Bearer eyJ", "HTTP/1.1 200 OK",
		`"client_id": "demo-client"`, "In the API's OpenAPI document", "this is the operation getMe: Who the token says you are",
		"✓ needs (any token): the token has it", "matches the document (200)")

	for i, s := range []string{s2, s3, s4, s5, s6} {
		if strings.Contains(s, demo.ClientSecret) {
			t.Errorf("step %d shows the client secret", i+2)
		}
		if strings.Contains(s, tok.Raw) || strings.Contains(s, jwt.Parts[2]) {
			t.Errorf("step %d shows the whole token; it should be abbreviated", i+2)
		}
	}
	if n := srv.TokenRequests(); n != 1 {
		t.Errorf("the whole flow made %d token requests, want exactly 1", n)
	}

	m = press(t, m, "n") // past the end: stays on 6
	if m.Step() != StepAPI {
		t.Errorf("n on the last step moved to %d", m.Step()+1)
	}
	m = press(t, m, "p", "left")
	mustShow(t, m, "Step 4 of 6")
	m = press(t, m, "r")
	mustShow(t, m, "Step 1 of 6", `"token_endpoint"`)
	m = press(t, m, "n", "n", "n", "n", "n")
	mustShow(t, m, "Step 6 of 6", "HTTP/1.1 200 OK")
	if n := srv.TokenRequests(); n != 1 {
		t.Errorf("after a restart the flow made %d token requests in all, want still 1 (the cached token is reused)", n)
	}
}

// TestFlowReusesCachedToken: with a valid token cached the Flow makes no
// token request, shows the exchange recorded when the token was obtained,
// or — for a token cached by another process — the request it WOULD send.
func TestFlowReusesCachedToken(t *testing.T) {
	srv := startSandbox(t)
	dir := t.TempDir()
	first := newClient(t, srv, demo.ClientSecret, dir)
	if _, err := first.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	before := srv.TokenRequests()

	t.Run("recorded exchange", func(t *testing.T) {
		m := newFlow(t, srv, first, 110, 200)
		m = press(t, m, "n")
		// Got by this process moments ago: said so, not "from the cache".
		mustShow(t, m, "No new request: this session got the token", "This is the exchange that got it",
			"POST /connect/token HTTP/1.1", "Authorization: Basic ****", "grant_type=client_credentials")
		m = press(t, m, "n")
		mustShow(t, m, "HTTP/1.1 200 OK", `"access_token": "eyJ`)
		m = press(t, m, "n", "n", "n")
		mustShow(t, m, "Step 6 of 6", "HTTP/1.1 200 OK")
	})
	t.Run("cached by another process", func(t *testing.T) {
		other := newClient(t, srv, demo.ClientSecret, dir) // same disk cache, no traces of its own
		m := newFlow(t, srv, other, 110, 200)
		m = press(t, m, "n")
		s := mustShow(t, m, "No request this time", "WOULD look like", "POST /connect/token HTTP/1.1",
			"Authorization: Basic ****", "grant_type=client_credentials&scope=demo.read+demo.write")
		if strings.Contains(s, demo.ClientSecret) {
			t.Errorf("the would-be request shows the secret:\n%s", s)
		}
		m = press(t, m, "n")
		mustShow(t, m, "What the cache remembers", "access_token: eyJ", "Reuse this token until it expires",
			"1 token request of this client in the last hour.")
		m = press(t, m, "n", "n", "n")
		mustShow(t, m, "HTTP/1.1 200 OK")
	})
	if n := srv.TokenRequests() - before; n != 0 {
		t.Errorf("the Flow made %d token requests with a valid token cached, want 0", n)
	}
}

// TestFlowNewTokenAsksFirst: F explains how long the token still lives and
// why asking often gets the client blocked, and sends nothing until y.
func TestFlowNewTokenAsksFirst(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, demo.ClientSecret, "")
	if _, err := c.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	m := newFlow(t, srv, c, 100, 60)
	before := srv.TokenRequests()

	m = press(t, m, "F")
	// The count is the client's, across profiles and processes, as the Token tab says.
	mustShow(t, m, "The current token still lives", "blocks clients that", "tokens too often", "Ask for a new token anyway?",
		"(1 token request of this client in the last hour)")
	if srv.TokenRequests() != before {
		t.Fatal("F sent a token request before the confirmation")
	}
	m = press(t, m, "n")
	if s := screen(m); strings.Contains(s, "anyway?") || m.Step() != StepDiscovery {
		t.Fatalf("n should close the question and stay on step 1:\n%s", s)
	}
	m = press(t, m, "F", "esc")
	if srv.TokenRequests() != before || strings.Contains(screen(m), "anyway?") {
		t.Fatal("esc should close the question without a request")
	}
	m = press(t, m, "F", "y")
	if n := srv.TokenRequests() - before; n != 1 {
		t.Fatalf("confirming made %d token requests, want 1", n)
	}
	mustShow(t, m, "Step 2 of 6", "Sent just now: you asked for a new token", "POST /connect/token")
}

// TestFlowExplainsErrors: a wrong secret fails in step 2, explained, and
// step 3 shows the provider's answer.
func TestFlowExplainsErrors(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, "wrong-secret", "")
	m := newFlow(t, srv, c, 110, 100)
	m = press(t, m, "n")
	e := auth.ExplainCode(auth.CodeInvalidClient)
	// The provider's answer first (status, error code), then the cause.
	s := mustShow(t, m, "POST /connect/token", "Basic ****", "✗ HTTP 400 Bad Request · invalid_client", e.Cause[:30])
	if strings.Contains(s, "wrong-secret") {
		t.Errorf("the wrong secret is on screen:\n%s", s)
	}
	m = press(t, m, "n")
	mustShow(t, m, "HTTP/1.1 400", "invalid_client")
	m = press(t, m, "n", "n", "n")
	mustShow(t, m, "There is no token: see step 2")
}

// TestFlowWithoutAPI: step 6 says what is missing when the profile has no
// api_base_url.
func TestFlowWithoutAPI(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, demo.ClientSecret, "")
	m := newFlow(t, srv, c, 100, 60)
	m.opts.Source.APIBaseURL = ""
	m = press(t, m, "n", "n", "n", "n", "n")
	mustShow(t, m, "Step 6 of 6", "no api_base_url")
}

func TestFlowFitsItsPane(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, demo.ClientSecret, "")
	for _, size := range [][2]int{{60, 19}, {178, 55}, {30, 8}} {
		m := newFlow(t, srv, c, size[0], size[1])
		for i := 0; i < Steps; i++ {
			uitest.CheckWithin(t, m.View(), size[0], size[1])
			if want := fmt.Sprintf("Step %d", i+1); size[0] >= 60 && !strings.Contains(uitest.Screen(m.View()), want) {
				t.Errorf("%dx%d: the screen does not say %q:\n%s", size[0], size[1], want, uitest.Screen(m.View()))
			}
			m = press(t, m, "j", "j", "n")
		}
		m = press(t, m, "F")
		uitest.CheckWithin(t, m.View(), size[0], size[1])
	}
}

func TestPresentationFits(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, demo.ClientSecret, "")
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		m := newFlow(t, srv, c, size[0], size[1])
		m = press(t, m, "P")
		if !m.Presenting() {
			t.Fatal("P did not ask for presentation mode")
		}
		for i := 0; i < Steps; i++ {
			v := m.View()
			uitest.CheckWithin(t, v, size[0], size[1])
			mustShow(t, m, "STEP "+string(rune('1'+i))+" OF 6", strings.ToUpper(Step(i).Title(i18n.En)), "n next")
			m = press(t, m, "n")
		}
		m = press(t, m, "P")
		if m.Presenting() {
			t.Error("a second P did not leave presentation mode")
		}
	}
}

// TestFlowUnreachableProvider: discovery fails with an explanation and a
// hint, in step 1 and again where the token is needed.
func TestFlowUnreachableProvider(t *testing.T) {
	srv := startSandbox(t)
	c, err := auth.New(auth.Options{Issuer: "http://127.0.0.1:1", ClientID: "x",
		Secret: func(context.Context) (string, error) { return "s", nil }})
	if err != nil {
		t.Fatal(err)
	}
	m := newFlow(t, srv, c, 100, 60)
	mustShow(t, m, "GET /.well-known/openid-configuration", "✗ ", "hint:")
	m = press(t, m, "n")
	mustShow(t, m, "✗ ", "hint:")
	m = press(t, m, "n", "n")
	mustShow(t, m, "There is no token: see step 2")
}

// TestFlowCancel: ctrl+c (Cancel) stops a slow step; nothing starts again
// until the user moves.
func TestFlowCancel(t *testing.T) {
	srv := startSandbox(t)
	c := newClient(t, srv, demo.ClientSecret, "")
	m := newFlow(t, srv, c, 100, 60)
	m.opts.Source.API.URL = "slow?ms=10000"
	m = press(t, m, "n", "n", "n", "n")
	m, cmd := m.Update(uitest.Key("n"))
	if !m.Busy() {
		t.Fatal("step 6 did not start the API call")
	}
	if !m.Cancel() {
		t.Fatal("Cancel found nothing in flight")
	}
	m = drive(t, m, cmd) // the cancelled call answers at once
	mustShow(t, m, "Step 6 of 6", "Cancelled. Press r to start again.")
	if m.Busy() {
		t.Error("still busy after the cancelled call answered")
	}
	m = press(t, m, "p")
	if m.Busy() {
		t.Error("moving back started work step 5 does not need")
	}
}

// TestFlowHostileText: escape sequences from the provider never reach the
// terminal.
func TestFlowHostileText(t *testing.T) {
	x := &auth.Exchange{Kind: auth.KindToken, Method: "POST", URL: "http://idp/connect/token", Status: 400,
		StatusText: "400 \x1b]52;c;aGk=\x07Bad", ResponseBody: "{\"error\":\"invalid_client\",\"error_description\":\"\x1b[2J gone\"}"}
	styles := common.NewStyles(true)
	c, err := auth.New(auth.Options{Issuer: "http://idp", ClientID: "x"})
	if err != nil {
		t.Fatal(err)
	}
	m := New(common.Common{Styles: &styles}, Options{ID: "p", Source: Source{Client: c}})
	m.res = results{tokDone: true, tokTrace: x, tokFresh: true, tokErr: errors.New("\x1b[31mred\x9b")}
	m.step = StepTokenResponse
	m.SetSize(80, 40)
	v := m.View()
	if !strings.Contains(v, "invalid_client") || !strings.Contains(v, "Bad") {
		t.Fatalf("the step does not show the answer:\n%s", trimmed(ansi.Strip(v)))
	}
	// No ESC, no BEL, and no lone C1 CSI (0x9b, invalid UTF-8: it decodes
	// to utf8.RuneError, as a literal "\x9b" in ContainsAny's set did).
	if stripped := ansi.Strip(v); strings.ContainsAny(stripped, "\x1b\x07") || strings.ContainsRune(stripped, utf8.RuneError) || strings.Contains(v, "]52;") || strings.Contains(v, "[2J") {
		t.Errorf("control sequences reached the view: %q", v)
	}
}
