package ui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/ui/common"
)

// On the History tab C copies the selected request as curl through the
// root, which knows the entry's profile: the request as sent (method, URL,
// headers, body, the profile's default headers) and never the token —
// tokentui token gets it for a saved profile; a profile that lives only in
// the app (the demo) or one removed since reads it from $TOKEN, and the
// tab says so.
func TestHistoryTabCopiesAsCurlThroughTheRoot(t *testing.T) {
	var copied string
	saved := common.DefaultClipboard
	common.DefaultClipboard = common.Clipboard{
		Getenv: func(string) string { return "" },
		System: func(s string) error { copied = s; return nil },
	}
	defer func() { common.DefaultClipboard = saved }()

	start := time.Now()
	raw := testJWT(t, start, time.Hour)
	fc := &fakeClient{cached: true, tok: &auth.Token{Raw: raw, Expiry: start.Add(time.Hour), ObtainedAt: start}}
	cfg := profiles.Profile{Name: "ac", APIBaseURL: "https://api.example/v1/", Headers: map[string]string{"Accept-Language": "pt-BR"}}

	path := filepath.Join(t.TempDir(), "history.jsonl")
	h := requests.NewHistory(path)
	for _, e := range []requests.Entry{ // oldest first: the tab lists them newest first
		{Time: start, Profile: "ac", Method: "GET", URL: "https://elsewhere.example/x", Status: 200},
		{Time: start, Profile: "gone", Method: "GET", URL: "https://api.example/v1/me", Status: 200},
		{Time: start, Profile: "ac", Method: "POST", Path: "items", URL: "https://api.example/v1/items", Status: 201,
			Headers: []requests.Header{{Name: "Content-Type", Value: "application/json"}}, Body: `{"name":"it's"}`},
	} {
		if err := h.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	post := []string{"curl -sS --globoff ", "-H 'Accept-Language: pt-BR' -H 'Content-Type: application/json' ",
		`--data-raw '{"name":"it'\''s"}' -- https://api.example/v1/items`}

	for _, tc := range []struct {
		name, profilesPath string
		wantToken          string // how the POST's command gets the token
		tokenNote          bool
	}{
		{"saved profiles", "/home/me/profiles.yaml", `-H "Authorization: Bearer $(tokentui token -p ac --config /home/me/profiles.yaml)" `, false},
		{"demo", "", `-H "Authorization: Bearer ${TOKEN:?}" `, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m tea.Model = New(Options{Profiles: []Profile{{Name: "ac", Client: fc, Config: cfg}},
				Active: "ac", ProfilesPath: tc.profilesPath, HistoryPath: path})
			m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
			m = settle(t, m, m.Init())
			m = press(t, m, "4")
			if s := view(m); !strings.Contains(s, "3 requests") {
				t.Fatalf("the History did not list the entries:\n%s", s)
			}

			copied = ""
			m = press(t, m, "C")
			if want := strings.Join(post[:2], "") + tc.wantToken + post[2]; copied != want {
				t.Errorf("C copied\n  %s\nwant\n  %s", copied, want)
			}
			if strings.Contains(copied, raw) {
				t.Errorf("the command holds the token: %s", copied)
			}
			s := strings.Join(strings.Fields(view(m)), " ")
			if !strings.Contains(s, "curl command copied") || strings.Contains(s, "It reads the token from $TOKEN") != tc.tokenNote {
				t.Errorf("the note after C (token note wanted: %v):\n%s", tc.tokenNote, view(m))
			}

			// A profile removed since: the command reads $TOKEN whatever the file.
			m = press(t, m, "j", "C")
			if want := `curl -sS --globoff -H "Authorization: Bearer ${TOKEN:?}" -- https://api.example/v1/me`; copied != want {
				t.Errorf("C on a removed profile's entry copied\n  %s\nwant\n  %s", copied, want)
			}
			if s := strings.Join(strings.Fields(view(m)), " "); !strings.Contains(s, "It reads the token from $TOKEN") {
				t.Errorf("no word of $TOKEN:\n%s", view(m))
			}

			// Outside the profile's API the token was not sent: nor is it here.
			_ = press(t, m, "j", "C")
			if want := "curl -sS --globoff -H 'Accept-Language: pt-BR' -- https://elsewhere.example/x"; copied != want {
				t.Errorf("C on an entry outside the API copied\n  %s\nwant\n  %s", copied, want)
			}
		})
	}
}
