package profiles

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func writeFile(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "profiles.yaml")
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func fullFile() *File {
	return &File{
		Default: "ac-homolog",
		Profiles: []Profile{
			{
				Name: "ac-homolog", Issuer: "https://acessocidadao.es.gov.br/is",
				TokenURL: "https://acessocidadao.es.gov.br/is/connect/token", JWKSURL: "https://acessocidadao.es.gov.br/is/jwks",
				ClientID: "my-client", ClientSecret: "env:AC_SECRET", Scopes: []string{"api-cargarh-base", "api-organograma"},
				AuthMethod: AuthPost, Params: map[string]string{"audience": "x", "resource": "y"},
				APIBaseURL: "https://api.example.es.gov.br/", OpenAPI: "swagger/v1/swagger.json", Headers: map[string]string{"Accept": "application/json"},
				Requests: []SavedRequest{
					{Name: "me", Method: "GET", Path: "/v1/me"},
					{Name: "create", Method: "POST", Path: "/v1/items", Headers: map[string]string{"Content-Type": "application/json"},
						Body: "{\n  \"a\": 1\n}\n"},
				},
				CAFile: "~/ca.pem", Insecure: true,
			},
			{Name: "other", TokenURL: "http://127.0.0.1:9/token", ClientID: "c2", ClientSecret: "keyring"},
		},
	}
}

func TestRoundTrip(t *testing.T) {
	p := filepath.Join(t.TempDir(), "profiles.yaml")
	want := fullFile()
	if err := want.Save(p); err != nil {
		t.Fatalf("Save: %v", err)
	}
	got, err := Load(p)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
	data, _ := os.ReadFile(p)
	// field order as in the struct
	s := string(data)
	order := []string{"name:", "issuer:", "token_url:", "jwks_url:", "client_id:", "client_secret:", "scopes:",
		"auth_method:", "params:", "api_base_url:", "openapi:", "headers:", "requests:", "ca_file:", "insecure:"}
	last := -1
	for _, k := range order {
		i := strings.Index(s, "    "+k)
		if i < last {
			t.Errorf("field %s out of struct order in:\n%s", k, s)
		}
		last = i
	}
}

func TestLoadDesignExample(t *testing.T) {
	// DESIGN §4, verbatim (with its comments)
	p := writeFile(t, `default: ac-homolog
profiles:
  - name: ac-homolog
    issuer: https://acessocidadao.es.gov.br/is   # discovery fills token_url and jwks_url
    token_url: ""                                # optional: set when there is no discovery
    jwks_url: ""                                 # optional
    client_id: my-client
    client_secret: env:AC_SECRET                 # env:VAR | file:PATH | cmd:COMMAND | keyring | a literal (warned)
    scopes: [api-cargarh-base]
    auth_method: client_secret_basic             # or client_secret_post
    params: {}                                   # extra token-request fields (audience, resource…)
    api_base_url: https://api.example.es.gov.br/
    headers: {Accept: application/json}
    requests:                                    # saved requests, shown in the request pane
      - {name: me, method: GET, path: /v1/me}
`)
	f, err := Load(p)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	pr, err := f.Select("")
	if err != nil || pr.ClientID != "my-client" || pr.Requests[0].Path != "/v1/me" || pr.Headers["Accept"] != "application/json" {
		t.Errorf("Select = %+v, %v", pr, err)
	}
}

func TestLoadEmptyAndMissing(t *testing.T) {
	for _, content := range []string{"", "\n\n", "# just a comment\n", "---\n", "~\n"} {
		f, err := Load(writeFile(t, content))
		if err != nil || len(f.Profiles) != 0 {
			t.Errorf("Load(%q) = %+v, %v; want no profiles, no error", content, f, err)
		}
	}
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(missing) = %v; want fs.ErrNotExist", err)
	}
	f, first, err := LoadOrFirstRun(filepath.Join(t.TempDir(), "nope.yaml"))
	if err != nil || !first || f.Default != SandboxProfile || len(f.Profiles) != 2 {
		t.Errorf("LoadOrFirstRun(missing) = %+v, %v, %v", f, first, err)
	}
}

const okProfile = "  - name: a\n    issuer: https://id.example/is\n    client_id: c\n"

// badInputs lists every kind of bad file, the line the error must name and
// words it must contain.
var badInputs = []struct {
	name, yaml string
	kind       error
	line       int
	want       string
}{
	{"syntax", "profiles:\n  - name: a\n    issuer: [oops\n    client_id: c\n", ErrSyntax, 3, "not valid YAML"},
	{"bad indent", "profiles:\n  - name: a\n    issuer: https://x/\n   client_id: c\n", ErrSyntax, 4, "not valid YAML"},
	{"colon in value", "profiles:\n  - name: a\n    issuer: https://x/\n    client_id: a: b\n", ErrSyntax, 4, "not valid YAML"},
	{"unclosed quote", "profiles:\n  - name: a\n    client_id: \"c\n    issuer: https://x/\n", ErrSyntax, 3, "not valid YAML"}, // where the quote opens
	{"tab", "profiles:\n  - name: a\n\tissuer: https://x/\n", ErrSyntax, 3, "tab"},
	{"unknown field", "profiles:\n" + okProfile + "    client_secert: env:X\n", ErrUnknownField, 5, `unknown field "client_secert" in profile "a"`},
	{"unknown top field", "defualt: a\nprofiles:\n" + okProfile, ErrUnknownField, 1, `"defualt"`},
	{"unknown request field", "profiles:\n" + okProfile + "    requests:\n      - {name: me, pth: /me}\n", ErrUnknownField, 6, `"pth" in saved request "me"`},
	{"wrong type scopes", "profiles:\n" + okProfile + "    scopes: {a: b}\n", ErrWrongType, 5, `"scopes" in profile "a" should be a list`},
	{"wrong type bool", "profiles:\n" + okProfile + "    insecure: maybe\n", ErrWrongType, 5, "true or false"},
	{"wrong type id", "profiles:\n  - name: a\n    issuer: https://id.example/is\n    client_id: [c]\n", ErrWrongType, 4, `"client_id" in profile "a" should be text`},
	{"wrong type headers", "profiles:\n" + okProfile + "    headers: [Accept]\n", ErrWrongType, 5, "mapping"},
	{"top level list", "- name: a\n", ErrWrongType, 1, "top level"},
	{"duplicate key", "profiles:\n" + okProfile + "    client_id: d\n", ErrDuplicateKey, 5, `"client_id" is given twice`},
	{"missing client_id", "profiles:\n  - name: a\n    issuer: https://id.example/is\n", ErrMissingField, 2, `profile "a" has no client_id`},
	{"missing name", "profiles:\n" + okProfile + "  - issuer: https://id.example/is\n    client_id: c\n", ErrMissingField, 5, "profile #2 has no name"},
	{"no issuer nor token_url", "profiles:\n  - name: a\n    client_id: c\n", ErrMissingField, 2, "neither issuer nor token_url"},
	{"bad issuer", "profiles:\n  - name: a\n    issuer: id.example/is\n    client_id: c\n", ErrBadURL, 3, "issuer"},
	{"bad token_url", "profiles:\n  - name: a\n    client_id: c\n    token_url: ftp://x/t\n", ErrBadURL, 4, "token_url"},
	{"bad jwks_url", "profiles:\n" + okProfile + "    jwks_url: /jwks\n", ErrBadURL, 5, "jwks_url"},
	{"bad api_base_url", "profiles:\n" + okProfile + "    api_base_url: https://\n", ErrBadURL, 5, "api_base_url"},
	{"token_hosts bare host", "profiles:\n" + okProfile + "    token_hosts: [api2.example]\n", ErrBadURL, 5, `token_hosts in profile "a" holds "api2.example"`},
	{"token_hosts with a path", "profiles:\n" + okProfile + "    token_hosts: ['https://api2.example/v1']\n", ErrBadURL, 5, "has a path"},
	{"token_hosts not a list", "profiles:\n" + okProfile + "    token_hosts: https://api2.example\n", ErrWrongType, 5, "list"},
	{"bad openapi URL", "profiles:\n" + okProfile + "    openapi: ftp://x/spec.json\n", ErrBadURL, 5, "openapi"},
	{"openapi path without a base", "profiles:\n" + okProfile + "    openapi: swagger/v1/swagger.json\n", ErrBadURL, 5, "no api_base_url"},
	{"openapi file without a name", "profiles:\n" + okProfile + "    openapi: 'file:'\n", ErrBadURL, 5, "names no file"},
	{"metadata_ttl too short", "profiles:\n" + okProfile + "    metadata_ttl: 5m\n", ErrBadValue, 5, "at least 1h"},
	{"metadata_ttl not a duration", "profiles:\n" + okProfile + "    metadata_ttl: daily\n", ErrBadValue, 5, "metadata_ttl"},
	{"duplicate name", "profiles:\n" + okProfile + okProfile, ErrDuplicateName, 5, `two profiles are named "a"`},
	{"auth method", "profiles:\n" + okProfile + "    auth_method: basic\n", ErrBadAuthMethod, 5, `auth_method in profile "a" is "basic"`},
	{"bad default", "default: b\nprofiles:\n" + okProfile, ErrBadDefault, 1, `default is "b"`},
	{"two documents", "profiles: []\n---\nprofiles: []\n", ErrSyntax, 2, "more than one YAML document"},
}

func TestLoadBadInputs(t *testing.T) {
	for _, tc := range badInputs {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, tc.yaml)
			_, err := Load(p)
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("Load = %v; want a *LoadError", err)
			}
			if !errors.Is(err, tc.kind) {
				t.Errorf("error %q is not %v", err, tc.kind)
			}
			if le.Line != tc.line {
				t.Errorf("line = %d; want %d (%v)", le.Line, tc.line, err)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), p+":") {
				t.Errorf("error = %q; want it to start with the path and contain %q", err, tc.want)
			}
			if le.Hint.IsZero() {
				t.Errorf("no hint for %v", err)
			}
		})
	}
}

func TestUnknownFieldSuggests(t *testing.T) {
	_, err := Parse("p", []byte("profiles:\n"+okProfile+"    client_secert: env:X\n"))
	if h := hint(err); !strings.Contains(h, `did you mean "client_secret"`) {
		t.Errorf("hint = %q", h)
	}
}

func TestSelectAndFind(t *testing.T) {
	f := &File{Profiles: []Profile{{Name: "a"}, {Name: "b"}}}
	if _, err := f.Select(""); !errors.Is(err, ErrNoProfileSelected) || !strings.Contains(hint(err), "-p NAME") {
		t.Errorf("Select with two and no default = %v", err)
	}
	if p, err := f.Select("b"); err != nil || p.Name != "b" {
		t.Errorf("Select(b) = %v, %v", p, err)
	}
	_, err := f.Find("bb")
	if !errors.Is(err, ErrNoProfile) || !strings.Contains(hint(err), `"b"`) {
		t.Errorf("Find(bb) = %v (hint %q)", err, hint(err))
	}
	f.Default = "a"
	if p, err := f.Select(""); err != nil || p.Name != "a" {
		t.Errorf("Select default = %v, %v", p, err)
	}
	one := &File{Profiles: []Profile{{Name: "x"}}}
	if p, err := one.Select(""); err != nil || p.Name != "x" {
		t.Errorf("Select only = %v, %v", p, err)
	}
	if _, err := (&File{}).Select(""); !errors.Is(err, ErrNoProfile) {
		t.Errorf("Select none = %v", err)
	}
	p, _ := f.Find("b")
	p.ClientID = "changed"
	if f.Profiles[1].ClientID != "changed" {
		t.Error("Find does not return a pointer into the file")
	}
}

func TestFirstRun(t *testing.T) {
	f := FirstRun()
	sb, err := f.Select("")
	if err != nil || sb.Name != SandboxProfile || sb.Validate() != nil {
		t.Fatalf("sandbox = %+v, %v, %v", sb, err, sb.Validate())
	}
	if err := f.Validate(); !errors.Is(err, ErrMissingField) {
		t.Errorf("template validates: %v", err)
	}
	if AcessoCidadaoNotes == "" || SandboxNotes == "" {
		t.Error("Notes")
	}
	p := filepath.Join(t.TempDir(), "profiles.yaml")
	if err := f.Save(p); err == nil {
		t.Error("Save of the unfilled template succeeded")
	}
	if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("failed Save left a file: %v", err)
	}
	if err := f.WithoutTemplates().Save(p); err != nil {
		t.Errorf("Save without templates: %v", err)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("TOKENTUI_CONFIG", "")
	t.Setenv("XDG_CONFIG_HOME", "/xdg")
	if got := DefaultPath(); got != "/xdg/tokentui/profiles.yaml" {
		t.Errorf("DefaultPath = %q", got)
	}
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "/home/u")
	if got := DefaultPath(); got != "/home/u/.config/tokentui/profiles.yaml" {
		t.Errorf("DefaultPath = %q", got)
	}
	t.Setenv("TOKENTUI_CONFIG", "/etc/x.yaml")
	if got := DefaultPath(); got != "/etc/x.yaml" {
		t.Errorf("DefaultPath = %q", got)
	}
}
