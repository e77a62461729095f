package codegen

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tokentui/profiles"
)

func TestRequestFor(t *testing.T) {
	p := profiles.Profile{
		Name: "x", APIBaseURL: "https://api.example/v1/",
		Requests: []profiles.SavedRequest{
			{Name: "make", Method: "POST", Path: "items", Body: `{"a":1}`},
			{Name: "me", Path: "/me", Headers: map[string]string{"X-A": "b"}},
		},
	}
	for _, tc := range []struct {
		arg, method, url string
	}{
		{"", "GET", "https://api.example/v1/me"},
		{"make", "POST", "https://api.example/v1/items"},
		{"me", "GET", "https://api.example/v1/me"},
		{"other/path?q=1", "GET", "https://api.example/v1/other/path?q=1"},
		{"https://elsewhere.example/x", "GET", "https://elsewhere.example/x"},
	} {
		spec, err := RequestFor(p, tc.arg)
		if err != nil {
			t.Errorf("RequestFor(%q): %v", tc.arg, err)
			continue
		}
		if spec.Method != tc.method || spec.URL != tc.url {
			t.Errorf("RequestFor(%q) = %s %s, want %s %s", tc.arg, spec.Method, spec.URL, tc.method, tc.url)
		}
	}
	if _, err := RequestFor(profiles.Profile{Name: "y"}, ""); !errors.Is(err, ErrNoRequestURL) {
		t.Errorf("no base URL, no request: %v", err)
	}
	if _, err := RequestFor(profiles.Profile{Name: "y"}, "me"); !errors.Is(err, ErrNoRequestURL) {
		t.Errorf("no base URL, a path: %v", err)
	}
}

func TestFromProfile(t *testing.T) {
	p := profiles.FirstRun().Profiles[0]
	spec, err := RequestFor(p, "")
	if err != nil {
		t.Fatal(err)
	}
	in := FromProfile(p, spec, accented())
	if in.SecretEnv != "SANDBOX_CLIENT_SECRET" || in.AuthMethod != AuthBasic || in.Issuer != p.Issuer || in.ClientID != "demo-client" {
		t.Errorf("FromProfile(sandbox) = %+v", in)
	}
	src, err := Generate(Go, in)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Written by tokentui for the profile sandbox."; !strings.Contains(src, want) || !strings.Contains(src, "// ção “é” Gets an OAuth2") {
		t.Errorf("comments not the ones given:\n%s", src)
	}
}

// TestREADMEShowsTheRealPrograms: the README's Go and Python programs for
// the sandbox profile are what Generate writes for it today.
func TestREADMEShowsTheRealPrograms(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	p := profiles.FirstRun().Profiles[0]
	spec, err := RequestFor(p, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []Language{Go, Python} {
		marker := "<!-- code:" + string(lang) + " -->\n```" + string(lang) + "\n"
		i := strings.Index(readme, marker)
		if i < 0 {
			t.Errorf("README has no %q block", marker)
			continue
		}
		block := readme[i+len(marker):]
		block = block[:strings.Index(block, "```")]
		in := FromProfile(p, spec, nil)
		if want := generate(t, lang, in); block != want {
			t.Errorf("README's %s program is not what `tokentui code %s` prints for the sandbox profile:\n%s", lang, lang, diffLines(block, want))
		}
	}
}
