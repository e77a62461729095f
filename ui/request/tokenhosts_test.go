package request

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"tokentui/demo"
)

// TestTokenStaysWithTheAPI: a full URL to another host shows as it is
// (not under the base URL), says before sending that the token will not go
// there, is sent without it, and the Headers view says so; T asks first and
// y sends it with the token, any other key does not send.
func TestTokenStaysWithTheAPI(t *testing.T) {
	var mu sync.Mutex
	var got []string
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got = append(got, r.Header.Get("Authorization"))
		mu.Unlock()
		w.Write([]byte("{}"))
	}))
	defer evil.Close()
	evilHost := strings.TrimPrefix(evil.URL, "http://")
	s, _, _ := sandbox(t, demo.ClientID, "demo.read")
	d := drive(t, newPane(t, s, nil))
	d.typeText(evil.URL + "/api/x")
	screen := d.screen()
	if strings.Contains(screen, s.BaseURL) {
		t.Errorf("a full URL is shown under the base URL:\n%s", screen)
	}
	if !strings.Contains(screen, evilHost+" is not this profile's API") {
		t.Errorf("no note that the token stays home before sending:\n%s", screen)
	}
	d.key(enter)
	d.until(10*time.Second, "response", ready)
	d.key(esc, runes("h"))
	if screen := d.screen(); !strings.Contains(screen, "Authorization: not sent: "+evilHost+" is not the profile's API") {
		t.Errorf("the Headers view does not say the token was not sent:\n%s", screen)
	}

	d.key(runes("T"))
	if screen := d.screen(); !strings.Contains(screen, "Send the profile's token to "+evilHost) {
		t.Fatalf("T does not ask first:\n%s", screen)
	}
	d.key(runes("n"))
	if d.m.Sending() || !strings.Contains(d.screen(), "not sent: the token stays") {
		t.Errorf("n still sends:\n%s", d.screen())
	}
	d.key(runes("T"), runes("y"))
	d.until(10*time.Second, "response with the token", ready)
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 || got[0] != "" || !strings.HasPrefix(got[1], "Bearer ") {
		t.Errorf("Authorization the host got: %q; want none, then the token once confirmed", got)
	}
}
