package e2e

// Issue 8, part 5: terminal safety. Hostile bodies, headers, claims and
// error descriptions — OSC 0/2 (title), OSC 52 (clipboard), CSI 2J (clear
// screen), the 8-bit CSI 0x9b, BEL, a CR that overwrites, bidi overrides —
// are rendered by `call` on a terminal and by the TUI in tmux; the pane's
// title, tmux's paste buffers (OSC 52), its bell flag and the screen show
// that none of them reached the terminal. A control run prints the same
// bytes raw and shows that each of these checks does notice them.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"
)

// hostileAPI serves a token and hostile answers.
func hostileAPI(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/connect/token":
			writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
		case "/hostile/token": // valid JSON: the description decodes to control characters
			writeJSON(w, 400, map[string]any{"error": "invalid_client", "error_description": "denied " + hostile + " END-OF-DESCRIPTION"})
		case "/raw/token": // the raw bytes, as a hostile server would send them
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(400)
			fmt.Fprint(w, `{"error":"invalid_client","error_description":"denied `+hostile+` END-OF-DESCRIPTION"}`)
		case "/api/body":
			w.Header().Set("Content-Type", "text/plain")
			w.Header().Set("X-Evil", hostileHeader)
			fmt.Fprint(w, "BODY-START "+hostile+" BODY-END\n")
		case "/api/json":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"name":"`+hostile+`","note":"JSON-END"}`)
		case "/api/denied":
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token", error_description="`+hostileHeader+` DESC-END"`)
			w.WriteHeader(401)
			fmt.Fprint(w, hostile)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// checkUntouched fails when the terminal shows any effect of the hostile
// text: a new title, a paste buffer, a bell, a cleared screen (marker
// gone), a CR overwrite or a bidi override on screen.
func checkUntouched(t *testing.T, s *term, title, marker string) {
	t.Helper()
	screen := s.capture()
	if got := s.display("#{pane_title}"); got != title {
		t.Errorf("the pane title changed: %q, was %q", got, title)
	}
	if b := s.buffers(); b != "" {
		t.Errorf("OSC 52 reached the clipboard (tmux buffer): %q", b)
	}
	if s.rang() {
		t.Errorf("the bell rang")
	}
	if marker != "" && !strings.Contains(screen, marker) {
		t.Errorf("the screen was cleared (%q gone):\n%s", marker, screen)
	}
	if strings.ContainsAny(screen, "\u202e\u202c\u009b\u009d\ufffd\x1b\a") {
		t.Errorf("control or bidi characters on screen: %q", screen)
	}
	// Made inert, the CR is gone ("fakeOVERWRITE") or shown escaped
	// ("fake\rOVERWRITE", claims and error descriptions on one line).
	if strings.Contains(screen, "OVERWRITE") && !strings.Contains(screen, "fakeOVERWRITE") && !strings.Contains(screen, `fake\rOVERWRITE`) {
		t.Errorf("a CR overwrote text on screen:\n%s", screen)
	}
}

// TestTerminalControl: the checks notice each effect when the hostile
// bytes are printed raw.
func TestTerminalControl(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	s := startTerm(t, 100, 30)
	title := s.display("#{pane_title}")
	s.run(nil, "sh", "-c", `printf 'BEFORE-MARK\n'; printf '%s\n' "$1"; printf 'AFTER-MARK\n'; sleep 600`, "sh", hostile)
	screen := s.waitFor(10*time.Second, "AFTER-MARK")
	if s.display("#{pane_title}") == title || s.buffers() == "" || !s.rang() ||
		strings.Contains(screen, "BEFORE-MARK") || strings.Contains(screen, "fakeOVERWRITE") {
		t.Fatalf("the control run did not show the effects: title %q (was %q), buffers %q, bell %v, screen:\n%s",
			s.display("#{pane_title}"), title, s.buffers(), s.rang(), screen)
	}
}

// TestTerminalSafetyCall: call prints hostile bodies, headers (-i) and a
// hostile 401 explanation to a terminal without any effect.
func TestTerminalSafetyCall(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	h := newXDGHome(t)
	api := hostileAPI(t)
	h.writeProfiles(t, fmt.Sprintf("profiles:\n  - {name: evil, token_url: '%[1]s/connect/token', client_id: c, client_secret: 'env:%[2]s', api_base_url: '%[1]s/api/'}\n", api.URL, hardSecretEnv))
	s := startTerm(t, 120, 40)
	title := s.display("#{pane_title}")
	env := append(h.env(), "TERM=xterm-256color", "LANG=C.UTF-8", hardSecretEnv+"=s")
	script := `printf 'BEFORE-MARK\n'; "$1" call -i body; "$1" call json; "$1" call denied; printf 'AFTER-MARK\n'; sleep 600`
	s.run(env, "sh", "-c", script, "sh", bin)
	screen := s.waitFor(15*time.Second, "AFTER-MARK")
	checkUntouched(t, s, title, "BEFORE-MARK")
	for _, want := range []string{"BODY-START", "BODY-END", "fakeOVERWRITE", "X-Evil:", "JSON-END", "DESC-END", "RED"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
}

// TestTerminalSafetyTUI: the TUI shows a hostile error_description from
// the token endpoint and a token with hostile claims (pasted in the
// inspect box) without any effect on the terminal.
func TestTerminalSafetyTUI(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	h := newXDGHome(t)
	api := hostileAPI(t)
	h.writeProfiles(t, fmt.Sprintf(`profiles:
  - {name: evil, token_url: '%[1]s/hostile/token', client_id: c, client_secret: 'env:%[2]s', api_base_url: '%[1]s/api/'}
  - {name: evilraw, token_url: '%[1]s/raw/token', client_id: c, client_secret: 'env:%[2]s', api_base_url: '%[1]s/api/'}
`, api.URL, hardSecretEnv))
	s := startTerm(t, 100, 32)
	title := s.display("#{pane_title}")
	env := append(h.env(), "TERM=xterm-256color", "LANG=C.UTF-8", hardSecretEnv+"=s")
	// Each profile: get a token (refused), then the Flow's step 3 shows
	// the token endpoint's answer, body included.
	for _, name := range []string{"evilraw", "evil"} {
		s.run(env, bin, "-p", name)
		s.waitFor(15*time.Second, "tokentui", "profile "+name, "No token yet")
		s.slowKeys("g")
		s.waitFor(10*time.Second, "✗ HTTP 400") // the refusal, status first (common.ErrorLines)
		checkUntouched(t, s, title, "tokentui")
		s.slowKeys("3", "n", "n")
		screen := s.waitFor(10*time.Second, "Step 3 of 6", "END-OF-")
		checkUntouched(t, s, title, "Step 3 of 6")
		if !strings.Contains(screen, "RED") {
			t.Errorf("%s: the answer is not shown (inert):\n%s", name, screen)
		}
	}
	s.slowKeys("1")

	claims := map[string]any{"iss": "https://evil.example", "name": hostile, "sub": "\x1b]52;c;" + "cHduZWQ=" + "\x07SUB-END",
		"scope": []string{hostile, "demo.read"}, "exp": time.Now().Add(time.Hour).Unix()}
	jwt := makeJWT(map[string]any{"alg": "RS256", "kid": hostile, "typ": "at+jwt"}, claims, nil)
	s.slowKeys("i")
	s.waitFor(5*time.Second, "Inspect a token")
	s.tmux("send-keys", "-t", s.name, "-l", jwt)
	s.slowKeys("Enter")
	screen := s.waitFor(10*time.Second, "INSPECTING", `\x1b]0;PWNED-TITLE`)
	checkUntouched(t, s, title, "INSPECTING")
	// Claims are shown escaped, wrapped under their name, nothing cut.
	if !strings.Contains(screen, "RED") {
		t.Errorf("the hostile claims are not shown whole (inert):\n%s", screen)
	}
	s.slowKeys("NPage") // sub follows the wrapped kid and scope
	s.waitFor(10*time.Second, "SUB-END")
	checkUntouched(t, s, title, "SUB-END")
	s.slowKeys("q")
	s.waitExit(5 * time.Second)
	checkUntouched(t, s, title, "")
}
