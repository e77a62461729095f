package e2e

// Issue 8, part 1: bad input. One table of CLI flags, profiles files, tokens
// given to decode, URLs, headers, bodies and provider/API answers. Every case
// checks the exit status, the shape of stderr (one "tokentui: …" message and
// a "hint: …", no panic, nothing a terminal would interpret) and that the
// configuration directory is byte for byte what it was.

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/cli"

	"tokentui/demo"
)

// badCase is one run of tokentui.
type badCase struct {
	name   string
	yaml   string // the profiles file: "" = the standard one, "-" = no file
	args   []string
	stdin  string
	code   int
	errHas []string // substrings of stderr, case-insensitive
	outHas []string // substrings of stdout
	setup  func(t *testing.T, h *xdgHome)
}

// brokenTokenPaths get one profile each, t-NAME, whose token_url is the
// broken server's /t/NAME and whose api_base_url is its /api/.
var brokenTokenPaths = []string{
	"nonjson", "html", "html500", "json500", "502", "noaccess", "emptyaccess", "expstr", "expjunk", "expneg",
	"expnone", "opaque", "opaquenoexp", "algnone", "expired", "truncated", "hostile400", "hostileerr", "429",
	"redirect-same", "redirect-loop",
}

func standardProfiles(sandbox, bad, closed string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `default: sandbox
profiles:
  - name: sandbox
    issuer: %[1]s
    client_id: demo-client
    client_secret: env:%[4]s
    scopes: [demo.read, demo.write]
    api_base_url: %[1]s/api/v1/
  - name: nobase
    issuer: %[1]s
    client_id: demo-client
    client_secret: env:%[4]s
  - name: nosecret
    issuer: %[1]s
    client_id: demo-client
    client_secret: env:TOKENTUI_HARD_UNSET
  - name: badfile
    issuer: %[1]s
    client_id: demo-client
    client_secret: file:/nonexistent/secret
  - name: down
    token_url: %[3]s/connect/token
    client_id: c
    client_secret: env:%[4]s
    api_base_url: %[3]s/api/
  - name: htmldisc
    issuer: %[2]s/disc
    client_id: c
    client_secret: env:%[4]s
`, sandbox, bad, closed, hardSecretEnv)
	for _, p := range brokenTokenPaths {
		fmt.Fprintf(&b, "  - name: t-%s\n    token_url: %s/t/%s\n    client_id: c\n    client_secret: env:%s\n    api_base_url: %s/api/\n",
			p, bad, p, hardSecretEnv, bad)
	}
	return b.String()
}

func TestBadInput(t *testing.T) {
	sb := startSandbox(t, demo.Options{RateLimit: 1000})
	bad := newBrokenServer(t)
	closed := closedURL(t)
	std := standardProfiles(sb.IssuerURL, bad.URL, closed)
	t.Setenv(hardSecretEnv, demo.ClientSecret)

	unknownKid := makeJWT(map[string]any{"alg": "RS256", "kid": "no-such-key", "typ": "at+jwt"},
		map[string]any{"iss": sb.IssuerURL, "exp": 4102444800, "client_id": "demo-client"}, nil)
	algNone := makeJWT(map[string]any{"alg": "none", "typ": "JWT"},
		map[string]any{"iss": sb.IssuerURL, "exp": 4102444800, "client_id": "demo-client"}, []byte{})
	hostileJWT := makeJWT(map[string]any{"alg": "RS256", "kid": hostile},
		map[string]any{"iss": hostile, "name": hostile, "scope": []string{hostile}, "exp": 4102444800}, nil)
	enc := func(s string) string {
		return strings.TrimRight(strings.Split(makeJWT(map[string]any{"x": s}, nil, nil), ".")[0], "=")
	}

	cases := []badCase{
		// CLI flags and arguments.
		{name: "unknown flag", args: []string{"token", "--bogus"}, code: 2, errHas: []string{"unknown flag"}},
		{name: "unknown command", args: []string{"tokne"}, code: 2, errHas: []string{"unknown command"}},
		{name: "subcommand with an argument", args: []string{"demo", "extra"}, code: 2, errHas: []string{"extra"}},
		{name: "unknown profiles subcommand", args: []string{"profiles", "bogus"}, code: 2, errHas: []string{"bogus"}},
		{name: "token with an argument", args: []string{"token", "extra"}, code: 2, errHas: []string{"at most 0"}},
		{name: "call without a URL", args: []string{"call"}, code: 2, errHas: []string{"exactly one"}},
		{name: "call header without colon", args: []string{"call", "-H", "NoColonHere", "me"}, code: 2, errHas: []string{"-H"}},
		{name: "call header with CR LF", args: []string{"call", "-H", "X-A: a\r\nX-Injected: 1", "me"}, code: 2, errHas: []string{"header"}},
		{name: "call Authorization header", args: []string{"call", "-H", "Authorization: Bearer mine", "me"}, code: 2, errHas: []string{"authorization"}},
		{name: "call bad method", args: []string{"call", "-X", "GE T", "me"}, code: 2, errHas: []string{"method"}},
		{name: "call body file missing", args: []string{"call", "-d", "@/nonexistent/body.json", "items"}, code: 2, errHas: []string{"/nonexistent/body.json"}},
		{name: "no such profile", args: []string{"token", "-p", "nosuch"}, code: 2, errHas: []string{"nosuch"}},
		{name: "decode two arguments", args: []string{"decode", "a", "b"}, code: 2, errHas: []string{"at most 1"}},

		// Profiles files.
		{name: "no profiles file", yaml: "-", args: []string{"token"}, code: 2, errHas: []string{"no profiles file"}},
		{name: "file not YAML", yaml: "profiles: [\n  - {name: x\n", args: []string{"token"}, code: 2, errHas: []string{"line"}},
		{name: "file binary garbage", yaml: "\x00\xff\xfe\x1b[2J\x00garbage", args: []string{"token"}, code: 2},
		{name: "file empty", yaml: "\n", args: []string{"token"}, code: 2, errHas: []string{"profile"}},
		{name: "unknown field", yaml: "profiles:\n  - name: x\n    issuer: https://idp.example\n    client_id: c\n    clientsecret: s\n", args: []string{"token"}, code: 2, errHas: []string{"clientsecret"}},
		{name: "no client_id", yaml: "profiles:\n  - name: x\n    issuer: https://idp.example\n", args: []string{"token"}, code: 2, errHas: []string{"client_id"}},
		{name: "issuer not http", yaml: "profiles:\n  - name: x\n    issuer: ftp://idp.example\n    client_id: c\n", args: []string{"token"}, code: 2, errHas: []string{"issuer"}},
		{name: "auth_method unknown", yaml: "profiles:\n  - name: x\n    issuer: https://idp.example\n    client_id: c\n    auth_method: private_key_jwt\n", args: []string{"token"}, code: 2, errHas: []string{"auth_method"}},
		{name: "params set grant_type", yaml: "profiles:\n  - name: x\n    issuer: https://idp.example\n    client_id: c\n    params: {grant_type: password}\n", args: []string{"token"}, code: 2, errHas: []string{"grant_type"}},
		{name: "ca_file missing", yaml: "profiles:\n  - name: x\n    issuer: https://idp.example\n    client_id: c\n    ca_file: /nonexistent/ca.pem\n", args: []string{"token"}, code: 2, errHas: []string{"ca_file"}},
		{name: "ca_file not PEM", yaml: "profiles:\n  - name: x\n    issuer: https://idp.example\n    client_id: c\n    ca_file: CAFILE\n", args: []string{"token"}, code: 2, errHas: []string{"pem"},
			setup: func(t *testing.T, h *xdgHome) {
				p := filepath.Join(h.root, "ca.pem")
				os.WriteFile(p, []byte("not a certificate"), 0o600)
				data, _ := os.ReadFile(h.profiles)
				h.writeProfiles(t, strings.ReplaceAll(string(data), "CAFILE", p))
			}},
		{name: "secret env unset", args: []string{"token", "-p", "nosecret"}, code: 2, errHas: []string{"TOKENTUI_HARD_UNSET"}},
		{name: "secret file missing", args: []string{"token", "-p", "badfile"}, code: 2, errHas: []string{"/nonexistent/secret"}},
		{name: "duplicate profile names", yaml: "profiles:\n  - {name: x, issuer: 'https://a.example', client_id: c}\n  - {name: x, issuer: 'https://b.example', client_id: c}\n", args: []string{"token"}, code: 2, errHas: []string{"x"}},

		// Tokens given to decode.
		{name: "decode opaque token", args: []string{"decode", opaqueToken}, code: 2, errHas: []string{"opaque"}},
		{name: "decode empty stdin", args: []string{"decode", "-"}, stdin: "  \n", code: 2, errHas: []string{"empty"}},
		{name: "decode two parts", args: []string{"decode", "eyJhbGciOiJub25lIn0.eyJ9"}, code: 2, errHas: []string{"3 parts"}},
		{name: "decode JWE", args: []string{"decode", "a.b.c.d.e"}, code: 2, errHas: []string{"JWE"}},
		{name: "decode header not base64", args: []string{"decode", "!!!." + enc("x") + ".c2ln"}, code: 2, errHas: []string{"header"}},
		{name: "decode payload not JSON", args: []string{"decode", enc("x") + ".bm90IGpzb24.c2ln"}, code: 2, errHas: []string{"payload"}},
		{name: "decode hostile claims", args: []string{"decode", hostileJWT}, code: 0, outHas: []string{`RED\x07 fake\rOVERWRITE \u202eevil`}}, // shown escaped, on its line
		{name: "decode alg none --verify", args: []string{"decode", "--verify", algNone}, code: 1, errHas: []string{"did not verify"}},
		{name: "decode unknown kid --verify", args: []string{"decode", "--verify", unknownKid}, code: 1, errHas: []string{"did not verify"}},
		{name: "decode JWKS unreachable", args: []string{"decode", "--jwks", closed + "/jwks", unknownKid}, code: 1},
		{name: "decode JWKS not a JWK Set", args: []string{"decode", "--jwks", bad.URL + "/jwks/notjwks", unknownKid}, code: 1},
		{name: "decode JWKS is HTML", args: []string{"decode", "--jwks", bad.URL + "/jwks/html", unknownKid}, code: 1},
		{name: "decode JWKS empty", args: []string{"decode", "--jwks", bad.URL + "/jwks/empty", unknownKid}, code: 1},

		// URLs, headers and bodies of call.
		{name: "call ftp URL", args: []string{"call", "ftp://example.com/x"}, code: 2},
		{name: "call broken URL", args: []string{"call", "http://[::1"}, code: 2},
		{name: "call path without api_base_url", args: []string{"call", "-p", "nobase", "me"}, code: 2, errHas: []string{"api_base_url"}},
		{name: "call API down", args: []string{"call", closed + "/api/me"}, code: 1, errHas: []string{"refused"}},
		{name: "call API HTML 500", args: []string{"call", "-p", "t-opaque", "html500"}, code: 0, outHas: []string{"Internal Server Error"}},
		{name: "call API HTML 500 --fail", args: []string{"call", "--fail", "-p", "t-opaque", "html500"}, code: 1, errHas: []string{"500"}},
		{name: "call API truncated body", args: []string{"call", "-p", "t-opaque", "truncated"}, code: 1, errHas: []string{"EOF"}},
		{name: "call API reset mid-body", args: []string{"call", "-p", "t-opaque", "reset"}, code: 1, errHas: []string{"reset"}},
		{name: "call API redirect loop", args: []string{"call", "-p", "t-opaque", "loop"}, code: 1, errHas: []string{"redirect"}},
		{name: "call API hostile 401", args: []string{"call", "-p", "t-opaque", "hostile401"}, code: 0, errHas: []string{"rejected the access token", "RED"}},
		{name: "call API unparsable challenge", args: []string{"call", "--fail", "-p", "t-opaque", "badchallenge"}, code: 1, errHas: []string{"401"}},

		// Provider answers.
		{name: "provider down", args: []string{"token", "-p", "down"}, code: 1, errHas: []string{"refused"}},
		{name: "token not JSON", args: []string{"token", "-p", "t-nonjson"}, code: 1},
		{name: "token HTML page", args: []string{"token", "-p", "t-html"}, code: 1},
		{name: "token HTML 500", args: []string{"token", "-p", "t-html500"}, code: 1, errHas: []string{"500"}},
		{name: "token JSON 500", args: []string{"token", "-p", "t-json500"}, code: 1, errHas: []string{"500"}},
		{name: "token 502", args: []string{"token", "-p", "t-502"}, code: 1, errHas: []string{"502"}},
		{name: "token missing access_token", args: []string{"token", "-p", "t-noaccess"}, code: 1, errHas: []string{"access_token"}},
		{name: "token empty access_token", args: []string{"token", "-p", "t-emptyaccess"}, code: 1, errHas: []string{"access_token"}},
		{name: "token truncated body", args: []string{"token", "-p", "t-truncated"}, code: 1},
		{name: "token hostile error_description", args: []string{"token", "-p", "t-hostile400"}, code: 1, errHas: []string{"invalid_client", "RED fakeOVERWRITE evil"}},
		{name: "token hostile error code", args: []string{"token", "-p", "t-hostileerr"}, code: 1, errHas: []string{"weird_error"}},
		{name: "token 429", args: []string{"token", "-p", "t-429"}, code: 1, errHas: []string{"429"}},
		{name: "token redirect", args: []string{"token", "-p", "t-redirect-same"}, code: 1},
		{name: "token redirect loop", args: []string{"token", "-p", "t-redirect-loop"}, code: 1, errHas: []string{"redirect"}},
		{name: "discovery is HTML", args: []string{"token", "-p", "htmldisc"}, code: 1, errHas: []string{"discovery"}},
		{name: "diagnose discovery is HTML", args: []string{"diagnose", "-p", "htmldisc"}, code: 1},
		{name: "expires_in as a string", args: []string{"token", "-p", "t-expstr"}, code: 0, outHas: []string{"eyJ"}},
		// x/oauth2 rejects the whole answer: a provider bug, exit 1.
		{name: "expires_in not a number", args: []string{"token", "-p", "t-expjunk"}, code: 1, errHas: []string{"invalid token response"}},
		{name: "expires_in negative", args: []string{"token", "-p", "t-expneg"}, code: 0, outHas: []string{"eyJ"}},
		{name: "expires_in missing", args: []string{"token", "-p", "t-expnone"}, code: 0, outHas: []string{"eyJ"}},
		{name: "expires_in zero, opaque", args: []string{"token", "--json", "-p", "t-expired"}, code: 0, outHas: []string{opaqueToken}},
		{name: "opaque token", args: []string{"token", "-p", "t-opaque"}, code: 0, outHas: []string{opaqueToken}},
		{name: "opaque token --json", args: []string{"token", "--json", "-p", "t-opaquenoexp"}, code: 0, outHas: []string{opaqueToken, "expires_at"}},
		{name: "opaque token call", args: []string{"call", "-p", "t-opaque", "echo"}, code: 0, outHas: []string{"accepted"}},
		{name: "alg none token still usable", args: []string{"token", "-p", "t-algnone"}, code: 0, outHas: []string{"eyJ"}},
		{name: "sandbox call works", args: []string{"call", "me"}, code: 0, outHas: []string{"demo-client"}},
	}
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	t.Logf("%d bad-input cases", len(cases))

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newXDGHome(t)
			switch tc.yaml {
			case "":
				h.writeProfiles(t, std)
			case "-":
			default:
				h.writeProfiles(t, tc.yaml)
			}
			if tc.setup != nil {
				tc.setup(t, h)
			}
			before := hashDir(t, h.config)
			var out, errOut bytes.Buffer
			code := cli.Run(tc.args, strings.NewReader(tc.stdin), &out, &errOut)
			stdout, stderr := out.String(), errOut.String()
			if code != tc.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, stdout, stderr)
			}
			if code != 0 {
				checkErrorShape(t, stderr)
			} else {
				if stderr != "" {
					t.Logf("stderr: %s", stderr)
				}
				checkNoPanic(t, "stderr", stderr)
				if controlChars.MatchString(stderr) {
					t.Errorf("stderr holds control characters: %q", stderr)
				}
			}
			checkNoPanic(t, "stdout", stdout)
			low := strings.ToLower(stderr)
			for _, w := range tc.errHas {
				if !strings.Contains(low, strings.ToLower(w)) {
					t.Errorf("stderr does not mention %q:\n%s", w, stderr)
				}
			}
			for _, w := range tc.outHas {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout does not hold %q:\n%s", w, stdout)
				}
			}
			// stdout is a buffer, not a terminal: only decode's tables
			// are always made inert.
			if tc.args[0] == "decode" && controlChars.MatchString(stdout) {
				t.Errorf("decode printed control characters: %q", stdout)
			}
			if d := diffHashes(before, hashDir(t, h.config)); len(d) > 0 {
				t.Errorf("the config dir changed: %v", d)
			}
			if code != 0 && tc.args[0] != "call" {
				for _, f := range listFiles(h.tokens) {
					if strings.HasPrefix(filepath.Base(f), "token-") && strings.HasSuffix(f, ".json") {
						t.Errorf("a failed run cached a token: %s", f)
					}
				}
			}
		})
	}
}
