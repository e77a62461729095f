package requests

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestHistoryNeverHoldsTheToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(echo))
	defer srv.Close()
	dir := filepath.Join(t.TempDir(), "state", "tokentui")
	path := filepath.Join(dir, "history.jsonl")
	token := fakeJWT("jti-hist")
	s := &Sender{
		BaseURL: srv.URL + "/api/",
		Tokens:  &counter{raw: token},
		History: NewHistory(path),
		Profile: "sandbox",
		Headers: []Header{{"X-Api-Key", "profile-key-123"}},
	}
	specs := []Spec{
		{URL: "items?page=2", Headers: []Header{{"Accept", "application/json"}}},
		{Method: "POST", URL: "items", Body: []byte(`{"name":"x"}`), Headers: []Header{{"Content-Type", "application/json"}}},
		{Method: "POST", URL: "login", Body: []byte("grant_type=client_credentials&client_secret=hunter2")},
		{URL: "echo?access_token=" + token + "&x=1", Headers: []Header{
			{"Cookie", "session=abc"}, {"X-Auth-Token", "t0k"}, {"X-Forwarded", "Bearer " + token}}},
		{Method: "PUT", URL: "notes", Body: []byte("my token is " + token)},
		{URL: "http://user:pa55word@" + strings.TrimPrefix(srv.URL, "http://") + "/x"},
	}
	for _, sp := range specs {
		resp, err := s.Send(context.Background(), sp)
		if err != nil {
			t.Fatal(err)
		}
		if resp.HistoryError != nil {
			t.Fatal(resp.HistoryError)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{token, "hunter2", "session=abc", "t0k", "profile-key-123", "pa55word"} {
		if strings.Contains(string(data), secret) {
			t.Errorf("the history file holds %q:\n%s", secret, data)
		}
	}
	for p, want := range map[string]os.FileMode{dir: 0o700, path: 0o600} {
		if st, err := os.Stat(p); err != nil || st.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v (%v)", p, st.Mode().Perm(), want, err)
		}
	}

	entries, err := LoadHistory(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(specs) {
		t.Fatalf("%d entries, want %d", len(entries), len(specs))
	}
	first := entries[len(entries)-1] // newest first
	if first.Profile != "sandbox" || first.Method != "GET" || first.Path != "items?page=2" ||
		first.URL != srv.URL+"/api/items?page=2" || first.Status != 200 || first.Size == 0 || first.TokenJTI != "jti-hist" {
		t.Errorf("first entry = %+v", first)
	}
	if got := entries[len(entries)-2]; got.Body != `{"name":"x"}` {
		t.Errorf("a plain JSON body was not kept: %+v", got)
	}
	if got := entries[len(entries)-3]; got.Body != "" || !strings.Contains(got.BodyLeft, "client_secret") {
		t.Errorf("a form with client_secret was kept: %+v", got)
	}
	if got := entries[len(entries)-4]; !reflect.DeepEqual(got.Redacted, []string{"Cookie", "X-Auth-Token", "X-Forwarded"}) ||
		!strings.Contains(got.Path, "access_token=REDACTED&x=1") {
		t.Errorf("secret headers or query not redacted: %+v", got)
	}
}

var timeZero = time.Time{}

func TestEntryReopens(t *testing.T) {
	spec := Spec{Method: "PATCH", URL: "items/1", Headers: []Header{{"If-Match", `"v1"`}, {"Accept", "*/*"}}, Body: []byte(`{"a":1}`)}
	e := newEntry("p", spec, "https://api.example/items/1", timeZero, nil, nil, nil)
	line, _ := json.Marshal(e)
	var back Entry
	if err := json.Unmarshal(line, &back); err != nil {
		t.Fatal(err)
	}
	if got := back.Spec(); !reflect.DeepEqual(got, spec) {
		t.Errorf("reopened %+v, want %+v", got, spec)
	}
}

func TestHistoryBodyCap(t *testing.T) {
	body := strings.Repeat("é", historyBodyCap) // two bytes a rune: cut mid-rune
	e := newEntry("p", Spec{Method: "POST", URL: "/x", Body: []byte(body)}, "http://h/x", timeZero, nil, nil, nil)
	if !e.BodyCut || len(e.Body) > historyBodyCap || !strings.HasPrefix(body, e.Body) || len(e.Body) < historyBodyCap-4 {
		t.Errorf("cut %v, kept %d bytes", e.BodyCut, len(e.Body))
	}
}

func TestHistoryBounded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	h := &History{Path: path, MaxEntries: 40, MaxBytes: 1 << 20}
	for i := range 200 {
		if err := h.Append(Entry{Method: "GET", URL: fmt.Sprintf("http://h/%d", i), Path: "/p"}); err != nil {
			t.Fatal(err)
		}
	}
	all, err := LoadHistory(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) > 40 || len(all) < 30 {
		t.Errorf("%d entries kept, want 30..40", len(all))
	}
	if all[0].URL != "http://h/199" {
		t.Errorf("newest entry = %s, want http://h/199", all[0].URL)
	}
	for i := 1; i < len(all); i++ {
		var a, b int
		fmt.Sscanf(all[i-1].URL, "http://h/%d", &a)
		fmt.Sscanf(all[i].URL, "http://h/%d", &b)
		if b != a-1 {
			t.Fatalf("entries out of order or missing: %d after %d", b, a)
		}
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("rewritten file mode %v", st.Mode().Perm())
	}

	// By size: long entries, a small byte budget.
	h2 := &History{Path: filepath.Join(t.TempDir(), "h.jsonl"), MaxBytes: 20 << 10}
	big := strings.Repeat("b", 1000)
	for i := range 100 {
		h2.Append(Entry{Method: "POST", URL: fmt.Sprint(i), Body: big})
	}
	if st, _ := os.Stat(h2.Path); st.Size() > 21<<10 {
		t.Errorf("file is %d bytes, over its 20 KiB bound", st.Size())
	}
}

func TestHistoryConcurrentAppends(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	// Two History values on one file stand for two processes.
	a, b := NewHistory(path), NewHistory(path)
	a.MaxEntries, b.MaxEntries = 50, 50
	var wg sync.WaitGroup
	for i := range 100 {
		h := a
		if i%2 == 1 {
			h = b
		}
		wg.Go(func() {
			if err := h.Append(Entry{Method: "GET", URL: fmt.Sprint(i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	all, _ := LoadHistory(path, 0)
	if len(all) == 0 || len(all) > 50 {
		t.Errorf("%d entries", len(all))
	}
	data, _ := os.ReadFile(path)
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if !json.Valid([]byte(l)) {
			t.Errorf("a torn line: %q", l)
		}
	}
}

func TestLoadHistoryToleratesCorruption(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.jsonl")
	content := `{"method":"GET","url":"http://h/1","path":"1"}
{"method":"GET","url":"http://h/2",
not json at all
{"method":"POST","url":"http://h/3","path":"3"}
` + "\x00\x00\x00\n" + `{"method":"GET","url":"http://h/4","path":"4"}`
	os.WriteFile(path, []byte(content), 0o600)
	got, err := LoadHistory(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, e := range got {
		urls = append(urls, e.URL)
	}
	if want := []string{"http://h/4", "http://h/3", "http://h/1"}; !reflect.DeepEqual(urls, want) {
		t.Errorf("got %v, want %v", urls, want)
	}
	if got, _ := LoadHistory(path, 2); len(got) != 2 || got[0].URL != "http://h/4" {
		t.Errorf("limit 2: %+v", got)
	}
	if got, err := LoadHistory(filepath.Join(t.TempDir(), "missing"), 10); err != nil || got != nil {
		t.Errorf("missing file: %v, %v", got, err)
	}
}

func TestDefaultHistoryPath(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/xdg/state")
	if got := DefaultHistoryPath(); got != "/xdg/state/tokentui/history.jsonl" {
		t.Errorf("got %s", got)
	}
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "/home/u")
	if got := DefaultHistoryPath(); got != "/home/u/.local/state/tokentui/history.jsonl" {
		t.Errorf("got %s", got)
	}
}

// Left names what an entry lacks of the request it records, so a copy
// made from it (curl, a reopened request) is known to differ.
func TestEntryLeft(t *testing.T) {
	target := "https://api.example/v1/items"
	tests := []struct {
		name string
		spec Spec
		want Left
	}{
		{"whole", Spec{Method: "POST", URL: "items", Headers: []Header{{"Accept", "*/*"}}, Body: []byte(`{"a":1}`)}, LeftNothing},
		{"from a file", Spec{Method: "POST", URL: "items", BodyFile: "/tmp/big.json"}, LeftBodyFile},
		{"binary", Spec{Method: "POST", URL: "items", Body: []byte{0xff, 0xfe, 0}}, LeftBodyBinary},
		{"secret body", Spec{Method: "POST", URL: "items", Body: []byte("password=x")}, LeftBodySecret},
		{"cut", Spec{Method: "POST", URL: "items", Body: []byte(strings.Repeat("a", historyBodyCap+1))}, LeftBodyCut},
		{"secret header", Spec{URL: "items", Headers: []Header{{"X-Api-Key", "k"}}}, LeftHeaders},
		{"secret query", Spec{URL: "items?api_key=k"}, LeftURLSecret},
	}
	for _, tt := range tests {
		tgt := target
		if q := strings.Index(tt.spec.URL, "?"); q >= 0 {
			tgt += tt.spec.URL[q:]
		}
		e := newEntry("p", tt.spec, tgt, timeZero, nil, nil, nil)
		if got := e.Left(); got != tt.want {
			t.Errorf("%s: Left() = %v, want %v (%+v)", tt.name, got, tt.want, e)
		}
	}
}

// SentSpec is the request as sent: the resolved URL, not what was typed.
func TestEntrySentSpec(t *testing.T) {
	spec := Spec{Method: "PATCH", URL: "items/1", Headers: []Header{{"If-Match", `"v1"`}}, Body: []byte(`{"a":1}`)}
	e := newEntry("p", spec, "https://api.example/v1/items/1", timeZero, nil, nil, nil)
	want := spec
	want.URL = "https://api.example/v1/items/1"
	if got := e.SentSpec(); !reflect.DeepEqual(got, want) {
		t.Errorf("SentSpec() = %+v, want %+v", got, want)
	}
}
