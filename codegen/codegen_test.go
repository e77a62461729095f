package codegen

import (
	"errors"
	"go/format"
	"strings"
	"testing"
)

// sandboxInput is a profile like the sandbox preset, found by discovery.
func sandboxInput() Input {
	return Input{
		Profile: "sandbox", Issuer: "http://127.0.0.1:8765", ClientID: "demo-client",
		Scopes: []string{"demo.read", "demo.write"}, SecretEnv: "SANDBOX_CLIENT_SECRET",
		Request: Request{Method: "GET", URL: "http://127.0.0.1:8765/api/v1/me",
			Headers: []Header{{"Accept", "application/json"}}},
	}
}

func TestGoProgramIsFormatted(t *testing.T) {
	for _, in := range inputsForEveryBranch() {
		src, err := Generate(Go, in)
		if err != nil {
			t.Fatal(err)
		}
		out, err := format.Source([]byte(src))
		if err != nil {
			t.Fatalf("not Go: %v\n%s", err, numbered(src))
		}
		if string(out) != src {
			t.Errorf("not gofmt'ed:\n%s", diffLines(src, string(out)))
		}
	}
}

// inputsForEveryBranch: discovery and a token URL, basic and post, extra
// params, a body.
func inputsForEveryBranch() []Input {
	a := sandboxInput()
	b := sandboxInput()
	b.TokenURL, b.AuthMethod = "https://idp.example/connect/token", AuthPost
	b.Params = map[string]string{"audience": "api", "resource": "https://api.example/"}
	b.Request = Request{Method: "post", URL: "https://api.example/v1/items", Body: `{"name":"x"}`,
		Headers: []Header{{"Content-Type", "application/json"}}}
	b.Comments = accented()
	return []Input{a, b}
}

// accented stands in for the catalogue's Portuguese (i18n.CodeComments):
// every comment with accents and curly quotes in it, as a translation has.
func accented() map[string]string {
	m := map[string]string{}
	for k, v := range EnglishComments() {
		m[k] = "ção “é” " + v
	}
	return m
}

func numbered(src string) string {
	lines := strings.Split(src, "\n")
	for i := range lines {
		lines[i] = strings.Repeat(" ", 4-len(itoa(i+1))) + itoa(i+1) + "  " + lines[i]
	}
	return strings.Join(lines, "\n")
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func diffLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, "- "+x, "+ "+y)
		}
	}
	return strings.Join(out, "\n")
}

func TestGenerateErrors(t *testing.T) {
	in := sandboxInput()
	in.Issuer = ""
	if _, err := Generate(Go, in); !errors.Is(err, ErrNoTokenEndpoint) {
		t.Errorf("no endpoint: %v", err)
	}
	in = sandboxInput()
	in.Request.URL = ""
	if _, err := Generate(Python, in); !errors.Is(err, ErrNoRequestURL) {
		t.Errorf("no URL: %v", err)
	}
	in = sandboxInput()
	in.AuthMethod = "private_key_jwt"
	if _, err := Generate(Go, in); !errors.Is(err, ErrBadAuthMethod) {
		t.Errorf("auth method: %v", err)
	}
	if _, err := Generate("cobol", sandboxInput()); !errors.Is(err, ErrUnknownLanguage) {
		t.Errorf("language: %v", err)
	}
}
