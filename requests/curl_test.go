package requests

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestCurlDefaultShape(t *testing.T) {
	got := Curl(Spec{URL: "items?a=[1]"}, "sandbox", CurlOptions{BaseURL: "http://127.0.0.1:8765/api/v1/"})
	want := `curl -sS --globoff -H "Authorization: Bearer $(tokentui token -p sandbox)" -- 'http://127.0.0.1:8765/api/v1/items?a=[1]'`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := Curl(Spec{URL: "http://h/x"}, "p", CurlOptions{InlineToken: "abc"}); !strings.Contains(got, `'Authorization: Bearer abc'`) {
		t.Errorf("inline token: %s", got)
	}
	if got := Curl(Spec{URL: "http://h/x"}, "p", CurlOptions{TokenVar: "TOKEN"}); !strings.Contains(got, `"Authorization: Bearer ${TOKEN:?}"`) ||
		strings.Contains(got, "tokentui token") {
		t.Errorf("token variable: %s", got)
	}
	if got := Curl(Spec{URL: "http://h/x"}, "p", CurlOptions{NoToken: true}); strings.Contains(got, "Authorization") {
		t.Errorf("NoToken: %s", got)
	}
	if got := Curl(Spec{URL: "http://h/x"}, "p", CurlOptions{ConfigPath: "/my dir/p.yaml"}); !strings.Contains(got, `$(tokentui token -p p --config '/my dir/p.yaml')`) {
		t.Errorf("config path: %s", got)
	}
}

// hostile are values that break naive quoting.
var hostile = []string{
	`it's`, `"double"`, `$HOME`, "`id`", `$(id)`, `back\slash`, `a\'b`, `semi;colon && echo pwned`,
	`* ? [glob]`, `~root`, `{a,b}`, `-x`, `%s %d %%`, "tab\there", `'`, `''`, `\`, `!event`,
}

func TestCurlThroughARealShell(t *testing.T) {
	curl, err := exec.LookPath("curl")
	if err != nil {
		t.Skip("curl is not installed")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		json.NewEncoder(w).Encode(map[string]any{
			"method": r.Method, "uri": r.URL.RequestURI(), "headers": r.Header,
			"body": base64.StdEncoding.EncodeToString(body),
		})
	}))
	defer srv.Close()

	// A fake tokentui on PATH: records its arguments, prints a token.
	bin := t.TempDir()
	argsFile := filepath.Join(bin, "args")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + argsFile + "'\nprintf 'tok-from-cli\\n'\n"
	if err := os.WriteFile(filepath.Join(bin, "tokentui"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	shells := []string{"sh"}
	if _, err := exec.LookPath("bash"); err == nil {
		shells = append(shells, "bash")
	}

	var headers []Header
	for i, v := range hostile {
		headers = append(headers, Header{Name: "X-H" + string(rune('a'+i)), Value: v})
	}
	bodies := [][]byte{
		nil,
		[]byte(strings.Join(hostile, "\n")),
		[]byte("@/etc/passwd"),
		[]byte("line1\r\nline2\n\n"),
		[]byte("nul\x00byte and \xff invalid utf8 and \\0 and %% and '"),
		[]byte("-starts with a dash\x00"),
		[]byte{},
	}
	profiles := []string{"sandbox", `it's "$(id)" ` + "`x`", "-dash"}

	for _, shell := range shells {
		for i, body := range bodies {
			profile := profiles[i%len(profiles)]
			spec := Spec{Method: []string{"GET", "POST", "PUT", "DELETE"}[i%4], URL: "/items?q=" + "a%20b&x=[1]", Headers: headers, Body: body}
			cmd := Curl(spec, profile, CurlOptions{BaseURL: srv.URL, Headers: []Header{{"Accept", "application/json"}}})
			c := exec.Command(shell, "-c", cmd)
			c.Env = append(os.Environ(), "PATH="+bin+":"+filepath.Dir(curl)+":/usr/bin:/bin")
			var stdout, stderr bytes.Buffer
			c.Stdout, c.Stderr = &stdout, &stderr
			if err := c.Run(); err != nil {
				t.Fatalf("%s: body %d: %v\n%s\ncommand: %s", shell, i, err, stderr.String(), cmd)
			}
			var got struct {
				Method, URI, Body string
				Headers           http.Header
			}
			if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
				t.Fatalf("%s: body %d: %v: %q", shell, i, err, stdout.String())
			}
			gotBody, _ := base64.StdEncoding.DecodeString(got.Body)
			if got.Method != spec.method() || got.URI != "/items?q=a%20b&x=[1]" || !bytes.Equal(gotBody, body) {
				t.Errorf("%s: body %d: server got %s %s body %q; want %s, body %q\ncommand: %s", shell, i, got.Method, got.URI, gotBody, spec.method(), body, cmd)
			}
			for _, h := range headers {
				if v := got.Headers.Get(h.Name); v != h.Value {
					t.Errorf("%s: header %s = %q, want %q", shell, h.Name, v, h.Value)
				}
			}
			if a := got.Headers.Get("Authorization"); a != "Bearer tok-from-cli" {
				t.Errorf("%s: Authorization = %q", shell, a)
			}
			if body != nil && got.Headers.Get("Content-Type") != "" {
				t.Errorf("%s: curl added Content-Type %q, which the Sender does not send", shell, got.Headers.Get("Content-Type"))
			}
			args, _ := os.ReadFile(argsFile)
			if want := "token\n-p\n" + profile + "\n"; string(args) != want {
				t.Errorf("%s: the token command got %q, want %q", shell, args, want)
			}
		}
	}
}

// pipe stands for an unquoted "|" in what shellSplit returns.
const pipe = "\x00|"

// shellSplit splits a command line the way a POSIX shell does, for the
// subset Curl writes: words, single and double quotes, backslashes, "|",
// and $(…) inside double quotes, which is kept unexpanded.
func shellSplit(s string) ([]string, error) {
	var words []string
	var w strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case ' ', '\t', '\n':
			if inWord {
				words, inWord = append(words, w.String()), false
				w.Reset()
			}
		case '|':
			if inWord {
				words, inWord = append(words, w.String()), false
				w.Reset()
			}
			words = append(words, pipe)
		case '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, errors.New("unterminated single quote")
			}
			w.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case '"':
			inWord = true
			for i++; ; i++ {
				if i >= len(s) {
					return nil, errors.New("unterminated double quote")
				}
				c := s[i]
				if c == '"' {
					break
				}
				if c == '\\' && i+1 < len(s) && strings.IndexByte("$`\"\\\n", s[i+1]) >= 0 {
					w.WriteByte(s[i+1])
					i++
					continue
				}
				if c == '$' && i+1 < len(s) && s[i+1] == '(' {
					end, err := substitutionEnd(s, i+2)
					if err != nil {
						return nil, err
					}
					w.WriteString(s[i : end+1])
					i = end
					continue
				}
				if c == '$' || c == '`' {
					return nil, errors.New("an expansion inside double quotes")
				}
				w.WriteByte(c)
			}
		case '\\':
			if i+1 < len(s) {
				w.WriteByte(s[i+1])
				i++
			}
			inWord = true
		case '$', '`', ';', '&', '<', '>', '(', ')', '*', '?', '[', '~', '#', '{':
			return nil, errors.New("an unquoted shell metacharacter " + string(c))
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, nil
}

// substitutionEnd returns the index of the ')' closing a $( opened just
// before i, skipping quoted text.
func substitutionEnd(s string, i int) (int, error) {
	depth := 1
	for ; i < len(s); i++ {
		switch s[i] {
		case '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return 0, errors.New("unterminated quote in $()")
			}
			i += j + 1
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i, nil
			}
		}
	}
	return 0, errors.New("unterminated $(")
}

// printfUnescape undoes printfEscape, as printf(1) would.
func printfUnescape(f string) []byte {
	var b []byte
	for i := 0; i < len(f); i++ {
		switch {
		case f[i] == '%' && i+1 < len(f) && f[i+1] == '%':
			b = append(b, '%')
			i++
		case f[i] == '\\' && i+1 < len(f) && f[i+1] == '\\':
			b = append(b, '\\')
			i++
		case f[i] == '\\' && i+3 < len(f):
			b = append(b, (f[i+1]-'0')<<6|(f[i+2]-'0')<<3|(f[i+3]-'0'))
			i += 3
		default:
			b = append(b, f[i])
		}
	}
	return b
}

func FuzzCurl(f *testing.F) {
	f.Add("POST", "/items?q=1", "X-A", `it's "$(id)"`, []byte("`x` $y \\ '\n"), "it's")
	f.Add("GET", "http://h/x", "Accept", "", []byte(nil), "sandbox")
	f.Add("PUT", "x", "X-B", "%s\\", []byte("-\x00\xff%"), "-p")
	f.Add("HEAD", "//x", "Host", "h", []byte(""), "")
	f.Fuzz(func(t *testing.T, method, url, hname, hvalue string, body []byte, profile string) {
		spec := Spec{Method: method, URL: url, Headers: []Header{{hname, hvalue}}, Body: body}
		if spec.Validate() != nil {
			return
		}
		opts := CurlOptions{BaseURL: "http://127.0.0.1:1/api/"}
		cmd := Curl(spec, profile, opts)
		words, err := shellSplit(cmd)
		if err != nil {
			t.Fatalf("%v in %s", err, cmd)
		}
		if i := slicesIndex(words, pipe); i >= 0 {
			if i != 2 || words[0] != "printf" || !bytes.Equal(printfUnescape(words[1]), body) {
				t.Fatalf("the piped body does not round-trip: %q from %s", words[:i], cmd)
			}
			words = words[i+1:]
		}
		want, auth := curlArgs(spec, profile, opts)
		if !reflect.DeepEqual(words, want) {
			t.Fatalf("the shell reads\n%q\nwant\n%q\nfrom %s", words, want, cmd)
		}
		// The token command inside $(…) splits into the profile name.
		inner := strings.TrimSuffix(strings.TrimPrefix(want[auth], "Authorization: Bearer $("), ")")
		sub, err := shellSplit(inner)
		wantSub := []string{"tokentui", "token"}
		if profile != "" {
			wantSub = append(wantSub, "-p", profile)
		}
		if err != nil || !reflect.DeepEqual(sub, wantSub) {
			t.Fatalf("token command %q reads %q (%v), want %q", inner, sub, err, wantSub)
		}
	})
}

func slicesIndex(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// With TokenVar the command reads the token from the variable, and a shell
// without it stops before curl sends anything.
func TestCurlTokenVarThroughAShell(t *testing.T) {
	curl, err := exec.LookPath("curl")
	if err != nil {
		t.Skip("curl is not installed")
	}
	got := make(chan string, 2)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got <- r.Header.Get("Authorization")
	}))
	defer srv.Close()
	cmd := Curl(Spec{URL: srv.URL + "/me"}, "sandbox", CurlOptions{TokenVar: "TOKEN"})
	run := func(env ...string) error {
		c := exec.Command("sh", "-c", cmd)
		c.Env = append([]string{"PATH=" + filepath.Dir(curl) + ":/usr/bin:/bin"}, env...)
		return c.Run()
	}
	if err := run("TOKEN=tok-from-env"); err != nil {
		t.Fatalf("with TOKEN set: %v\ncommand: %s", err, cmd)
	}
	if err := run(); err == nil {
		t.Errorf("without TOKEN the command succeeded: %s", cmd)
	}
	srv.Close() // waits for the handler
	var auths []string
	for len(got) > 0 {
		auths = append(auths, <-got)
	}
	if !reflect.DeepEqual(auths, []string{"Bearer tok-from-env"}) {
		t.Errorf("the server got Authorization %q, want one request with the variable's token", auths)
	}
}
