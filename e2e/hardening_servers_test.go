package e2e

// Deliberately broken peers for the hardening tests: a token endpoint and an
// API that answer every way a real one goes wrong.

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"tokentui/demo"
)

// opaqueToken is what the broken provider's /t/opaque hands out: not a JWT.
const opaqueToken = "opaque-AbC123xyz"

// hostile is text that would drive a terminal: OSC 0/2 title, OSC 52
// clipboard, CSI clear screen, an 8-bit CSI, BEL, a CR overwrite and a bidi
// override.
const hostile = "\x1b]0;PWNED-TITLE\x07\x1b]2;PWNED-TITLE2\x1b\\\x1b]52;c;cHduZWQ=\x07\x1b[2J\x1b[H\u009b31mRED\x07 fake\rOVERWRITE \u202eevil\u202c"

// hostileHeader is what survives in a header value: 8-bit CSI and OSC as
// UTF-8 runes and as raw bytes, and bidi overrides.
const hostileHeader = "\u009b2J\u009b31mRED \x9b2J \u009d0;PWNED\u009c \u202eevil\u202c"

// brokenServer is an httptest server answering badly on purpose.
type brokenServer struct {
	*httptest.Server
	hits atomic.Int64 // requests served
}

// jwtFor returns a JWT-looking token (junk signature) that expires in an hour.
func jwtFor(alg string, extra map[string]any) string {
	now := time.Now().Unix()
	claims := map[string]any{"iss": "https://broken.example", "exp": now + 3600, "iat": now, "nbf": now,
		"client_id": "c", "scope": "demo.read", "jti": "j1"}
	for k, v := range extra {
		claims[k] = v
	}
	var sig []byte
	if alg == "none" {
		sig = []byte{}
	}
	return makeJWT(map[string]any{"alg": alg, "typ": "at+jwt", "kid": "k1"}, claims, sig)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// cutBody declares length bytes, writes part of them and drops the
// connection: a body truncated mid-way.
func cutBody(w http.ResponseWriter, ctype string, length int, part string, reset bool) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic("no hijacker")
	}
	conn, buf, err := hj.Hijack()
	if err != nil {
		return
	}
	fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ctype, length, part)
	buf.Flush()
	if tc, ok := conn.(*net.TCPConn); ok && reset {
		tc.SetLinger(0) // a reset, not a clean close
	}
	conn.Close()
}

// newBrokenServer serves:
//
//	/t/NAME        token endpoints (see the switch)
//	/api/NAME      API answers
//	/jwks/NAME     key sets that are not
//	/disc/…        an issuer whose discovery is an HTML page
func newBrokenServer(t *testing.T) *brokenServer {
	t.Helper()
	b := &brokenServer{}
	b.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b.hits.Add(1)
		b.serve(w, r)
	}))
	t.Cleanup(b.Close)
	return b
}

func (b *brokenServer) serve(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Path
	switch {
	case strings.HasPrefix(name, "/t/"):
		b.token(w, r, strings.TrimPrefix(name, "/t/"))
	case strings.HasPrefix(name, "/api/"):
		b.api(w, r, strings.TrimPrefix(name, "/api/"))
	case name == "/jwks/notjwks":
		writeJSON(w, 200, map[string]any{"hello": "world", "keys": "not a list"})
	case name == "/jwks/empty":
		writeJSON(w, 200, map[string]any{"keys": []any{}})
	case name == "/jwks/html", strings.HasPrefix(name, "/disc/"):
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<!doctype html><html><body><h1>Sign in</h1></body></html>")
	default:
		http.NotFound(w, r)
	}
}

func (b *brokenServer) token(w http.ResponseWriter, r *http.Request, name string) {
	switch name {
	case "nonjson":
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, "this is not JSON at all")
	case "html":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<!doctype html><html><head><title>Maintenance</title></head><body>Back soon</body></html>")
	case "html500":
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(500)
		fmt.Fprint(w, "<html><body><h1>500 Internal Server Error</h1><pre>at Foo.Bar()</pre></body></html>")
	case "json500":
		writeJSON(w, 500, map[string]any{"error": "server_error", "error_description": "database down"})
	case "502":
		w.WriteHeader(502)
		fmt.Fprint(w, "Bad Gateway")
	case "noaccess":
		writeJSON(w, 200, map[string]any{"token_type": "Bearer", "expires_in": 3600})
	case "emptyaccess":
		writeJSON(w, 200, map[string]any{"access_token": "", "token_type": "Bearer", "expires_in": 3600})
	case "expstr":
		writeJSON(w, 200, map[string]any{"access_token": jwtFor("RS256", nil), "token_type": "Bearer", "expires_in": "3600"})
	case "expjunk":
		writeJSON(w, 200, map[string]any{"access_token": jwtFor("RS256", nil), "token_type": "Bearer", "expires_in": "soon"})
	case "expneg":
		writeJSON(w, 200, map[string]any{"access_token": jwtFor("RS256", nil), "token_type": "Bearer", "expires_in": -60})
	case "expnone":
		writeJSON(w, 200, map[string]any{"access_token": jwtFor("RS256", nil), "token_type": "Bearer"})
	case "opaque":
		writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 3600})
	case "opaquenoexp":
		writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer"})
	case "algnone":
		writeJSON(w, 200, map[string]any{"access_token": jwtFor("none", nil), "token_type": "Bearer", "expires_in": 3600})
	case "expired":
		writeJSON(w, 200, map[string]any{"access_token": opaqueToken, "token_type": "Bearer", "expires_in": 0})
	case "truncated":
		cutBody(w, "application/json", 400, `{"access_token":"eyJhbGciOiJSUzI1NiJ9.eyJz`, false)
	case "hostile400":
		writeJSON(w, 400, map[string]any{"error": "invalid_client", "error_description": "bad client " + hostile})
	case "hostileerr":
		writeJSON(w, 400, map[string]any{"error": "\x1b]0;T\x07weird_error\u009b2J"})
	case "429":
		w.Header().Set("Retry-After", "120")
		writeJSON(w, 429, map[string]any{"error": "slow_down"})
	case "redirect-same":
		http.Redirect(w, r, "/t/nowhere", http.StatusFound)
	case "redirect-loop":
		http.Redirect(w, r, "/t/redirect-loop", http.StatusTemporaryRedirect)
	case "hang-headers":
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
	default:
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(404)
		fmt.Fprint(w, "<html>Not Found</html>")
	}
}

func (b *brokenServer) api(w http.ResponseWriter, r *http.Request, name string) {
	switch name {
	case "echo": // accepts the opaque token only
		if r.Header.Get("Authorization") != "Bearer "+opaqueToken {
			w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
			w.WriteHeader(401)
			return
		}
		writeJSON(w, 200, map[string]any{"ok": true, "token": "accepted"})
	case "html500":
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(500)
		fmt.Fprint(w, "<html><body>Internal Server Error</body></html>")
	case "truncated":
		cutBody(w, "application/json", 5000, `{"items":[{"id":1},{"id":`, false)
	case "reset":
		cutBody(w, "application/json", 5000, `{"items":[{"id":1},{"id":`, true)
	case "loop":
		http.Redirect(w, r, "/api/loop", http.StatusFound)
	case "hostile401":
		// net/http refuses C0 controls in header values, not C1 or bidi.
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token", error_description="`+hostileHeader+`"`)
		w.WriteHeader(401)
		fmt.Fprint(w, "denied "+hostile)
	case "badchallenge":
		w.Header().Set("WWW-Authenticate", `Bearer realm="unterminated`)
		w.WriteHeader(401)
	default:
		http.NotFound(w, r)
	}
}

// closedURL is an http URL nothing listens on.
func closedURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}

// startSandbox starts the demo provider for the test.
func startSandbox(t *testing.T, opts demo.Options) *demo.Server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	srv, err := demo.Start(ctx, opts)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); srv.Close() })
	return srv
}
