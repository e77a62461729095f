// Package codegen writes small, complete client programs for a profile: a
// program that obtains an OAuth2 client-credentials token with the
// well-known library of its language, reuses it until shortly before it
// expires, and calls one API request with it.
//
// The programs are text/template files embedded from templates/. Every
// value that comes from a profile enters a program only as a string
// literal quoted for that language ([Quote]), never as code or inside a
// comment, so a hostile profile cannot break or inject code. The client
// secret is never written: a program reads it from the environment
// variable [Input.SecretEnv] names.
//
// Comments that explain the OAuth2 steps are in English or Brazilian
// Portuguese ([Input.Comments]); identifiers are always English.
//
// The package does no I/O and imports nothing from Charm.
package codegen

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"text/template"
)

//go:embed templates/*.tmpl
var templateFiles embed.FS

// Language is a kind of program Generate writes.
type Language string

// The languages, in the order the picker shows them.
const (
	Go     Language = "go"     // golang.org/x/oauth2/clientcredentials
	Python Language = "python" // Authlib's OAuth2Session with requests
	Node   Language = "node"   // openid-client with an expiry-aware cache
	Java   Language = "java"   // Spring Security's OAuth2 client
	CSharp Language = "csharp" // Duende.IdentityModel with a cache
	Shell  Language = "shell"  // curl with `tokentui token`
	Curl   Language = "curl"   // plain curl and jq with a token file
)

// languages describes each language: its template, the file it is
// usually saved as, chroma's lexer for it and its aliases.
var languages = []struct {
	lang    Language
	file    string
	lexer   string
	title   string
	aliases []string
}{
	{Go, "main.go", "go", "Go", []string{"golang"}},
	{Python, "client.py", "python", "Python", []string{"py", "python3"}},
	{Node, "client.mjs", "javascript", "Node.js", []string{"js", "javascript", "nodejs", "node.js"}},
	{Java, "ApiClient.java", "java", "Java", []string{"spring"}},
	{CSharp, "Program.cs", "c#", "C#", []string{"c#", "cs", "dotnet", ".net"}},
	{Shell, "client.sh", "bash", "shell", []string{"sh", "bash", "tokentui"}},
	{Curl, "client-curl.sh", "bash", "curl+jq", []string{"jq", "curl+jq", "curl + jq"}},
}

// Languages lists every language Generate knows, in picker order.
func Languages() []Language {
	out := make([]Language, len(languages))
	for i, l := range languages {
		out[i] = l.lang
	}
	return out
}

// ErrUnknownLanguage is returned by ParseLanguage for a name it does not know.
var ErrUnknownLanguage = errors.New("codegen: unknown language")

// ParseLanguage reads a language name or alias, in any case: "go",
// "golang", "py", "C#", "js"…
func ParseLanguage(s string) (Language, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for _, l := range languages {
		if k == string(l.lang) {
			return l.lang, nil
		}
		for _, a := range l.aliases {
			if k == a {
				return l.lang, nil
			}
		}
	}
	return "", fmt.Errorf("%w %q", ErrUnknownLanguage, s)
}

// FileName is the name the program of l is usually saved as: main.go,
// client.py…
func (l Language) FileName() string { return l.info().file }

// Lexer is chroma's name for the syntax of l.
func (l Language) Lexer() string { return l.info().lexer }

// Title is how l is shown to people: "Go", "Node.js", "C#"…
func (l Language) Title() string { return l.info().title }

func (l Language) info() struct {
	lang    Language
	file    string
	lexer   string
	title   string
	aliases []string
} {
	for _, x := range languages {
		if x.lang == l {
			return x
		}
	}
	return languages[0]
}

// Header is one HTTP header the program sends with its request.
type Header struct {
	Name, Value string
}

// Request is the API request the program makes with its token.
type Request struct {
	Method  string   // "" means GET
	URL     string   // absolute http(s) URL
	Headers []Header // besides Authorization, which the program sets
	Body    string   // "" for none
}

// Input is what a program is written from: a profile, the request to
// make with its token and the language of the comments.
type Input struct {
	Profile    string            // the profile's name (shown, and used by the shell program)
	Issuer     string            // discovery base; used when TokenURL is empty
	TokenURL   string            // the token endpoint; "" means discover it from Issuer
	ClientID   string            // the client id
	Scopes     []string          // the scopes asked for
	AuthMethod string            // "client_secret_basic" (default) or "client_secret_post"
	Params     map[string]string // extra fields of the token request (audience, resource…)
	SecretEnv  string            // the environment variable the program reads the secret from
	Request    Request           // the API request
	Calls      int               // how many times the program makes the request; 0 means 3
	Comments   map[string]string // the comments in the user's language, by key (i18n.CodeComments); nil: English
	ConfigPath string            // the shell program's --config, when not the default file
}

// Auth methods of Input.AuthMethod (RFC 6749 §2.3.1).
const (
	AuthBasic = "client_secret_basic"
	AuthPost  = "client_secret_post"
)

// Errors of Generate, for errors.Is.
var (
	// ErrNoTokenEndpoint: neither a token URL nor an issuer to discover it from.
	ErrNoTokenEndpoint = errors.New("codegen: the profile has neither a token URL nor an issuer")
	// ErrNoRequestURL: no API URL to call.
	ErrNoRequestURL = errors.New("codegen: there is no API URL to call")
	// ErrBadAuthMethod: an auth method other than basic or post.
	ErrBadAuthMethod = errors.New("codegen: unsupported auth method")
)

var envNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// SecretEnvName is the environment variable a program reads a profile's
// secret from: the variable of an env:VAR reference, else one made from
// the profile's name ("sandbox" → SANDBOX_CLIENT_SECRET).
func SecretEnvName(profile, secretRef string) string {
	if v, ok := strings.CutPrefix(secretRef, "env:"); ok && envNameRE.MatchString(v) {
		return v
	}
	var b strings.Builder
	for _, r := range strings.ToUpper(profile) {
		switch {
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	name := strings.Trim(b.String(), "_")
	if name == "" || name[0] >= '0' && name[0] <= '9' {
		name = "TOKENTUI_" + name
	}
	return strings.TrimSuffix(name, "_") + "_CLIENT_SECRET"
}

// Generate writes the program of lang for in.
func Generate(lang Language, in Input) (string, error) {
	if _, err := ParseLanguage(string(lang)); err != nil {
		return "", err
	}
	if in.TokenURL == "" && in.Issuer == "" && lang != Shell {
		return "", ErrNoTokenEndpoint
	}
	if in.Request.URL == "" {
		return "", ErrNoRequestURL
	}
	switch in.AuthMethod {
	case "":
		in.AuthMethod = AuthBasic
	case AuthBasic, AuthPost:
	default:
		return "", fmt.Errorf("%w %q: use %s or %s", ErrBadAuthMethod, in.AuthMethod, AuthBasic, AuthPost)
	}
	if in.Request.Method == "" {
		in.Request.Method = "GET"
	}
	in.Request.Method = strings.ToUpper(in.Request.Method)
	in.Request.Headers = uniqueHeaders(in.Request.Headers)
	if in.Calls <= 0 {
		in.Calls = 3
	}
	if !envNameRE.MatchString(in.SecretEnv) {
		in.SecretEnv = SecretEnvName(in.Profile, "")
	}
	t, err := parse(lang, in.Comments)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	if err := t.Execute(&b, newData(in)); err != nil {
		return "", fmt.Errorf("codegen: %s template: %w", lang, err)
	}
	return indent(b.String()), nil
}

// indentMark starts each line of a comment after its first; indent puts
// the first line's indentation there.
const indentMark = "\x00"

func indent(src string) string {
	if !strings.Contains(src, indentMark) {
		return src
	}
	lines := strings.Split(src, "\n")
	for i := 1; i < len(lines); i++ {
		if rest, ok := strings.CutPrefix(lines[i], indentMark); ok {
			prev := lines[i-1]
			lines[i] = prev[:len(prev)-len(strings.TrimLeft(prev, " \t"))] + rest
		}
	}
	return strings.Join(lines, "\n")
}

// uniqueHeaders drops Authorization (the program sets it from its token)
// and keeps the last of headers that share a name, in first-seen order.
func uniqueHeaders(hs []Header) []Header {
	var out []Header
	at := map[string]int{}
	for _, h := range hs {
		k := strings.ToLower(strings.TrimSpace(h.Name))
		if k == "" || k == "authorization" {
			continue
		}
		if i, ok := at[k]; ok {
			out[i] = h
			continue
		}
		at[k] = len(out)
		out = append(out, h)
	}
	return out
}

// data is what the templates see.
type data struct {
	Input
	Basic     bool     // client_secret_basic
	Discover  bool     // the token endpoint comes from discovery
	Scope     string   // the scopes, space-separated
	ParamKeys []string // the keys of Params, sorted
	HasBody   bool
	Insecure  bool // an http:// issuer or token URL (the local sandbox)
}

func newData(in Input) data {
	keys := make([]string, 0, len(in.Params))
	for k := range in.Params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	in.Issuer = strings.TrimRight(in.Issuer, "/")
	endpoint := in.TokenURL
	if endpoint == "" {
		endpoint = in.Issuer
	}
	return data{
		Input: in, Basic: in.AuthMethod == AuthBasic, Discover: in.TokenURL == "",
		Scope: strings.Join(in.Scopes, " "), ParamKeys: keys, HasBody: in.Request.Body != "",
		Insecure: strings.HasPrefix(strings.ToLower(endpoint), "http://"),
	}
}

// parse reads the template of lang with the functions it uses: q quotes a
// value for the language, c writes a comment in the user's language.
func parse(lang Language, commentLang map[string]string) (*template.Template, error) {
	prefix := commentPrefix[lang]
	funcs := template.FuncMap{
		"q": func(s string) string { return Quote(lang, s) },
		"c": func(key string, args ...any) (string, error) {
			text, err := comment(commentLang, key, args...)
			if err != nil {
				return "", err
			}
			lines := strings.Split(text, "\n")
			for i, l := range lines {
				lines[i] = strings.TrimRight(prefix+" "+l, " ")
			}
			return strings.Join(lines, "\n"+indentMark), nil
		},
		"t":    func(key string, args ...any) (string, error) { return comment(commentLang, key, args...) },
		"add":  func(a, b int) int { return a + b },
		"safe": safeWord,
	}
	name := string(lang) + ".tmpl"
	return template.New(name).Funcs(funcs).ParseFS(templateFiles, "templates/"+name)
}

var commentPrefix = map[Language]string{
	Go: "//", Python: "#", Node: "//", Java: "//", CSharp: "//", Shell: "#", Curl: "#",
}

// safeWord keeps only letters, digits, '-', '_' and '.' of s, for the
// few places a profile's name becomes part of a file name or an
// identifier; "client" when nothing is left.
func safeWord(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.' {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 || strings.Trim(b.String(), ".") == "" {
		return "client"
	}
	return b.String()
}
