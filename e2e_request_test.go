package main

import (
	"testing"
	"time"
)

// TestE2ERequestTab: 2 opens the Request tab with the cursor in the URL
// field; typing "me" and Enter calls the sandbox API with the profile's
// token, and the body shows who the token says we are.
func TestE2ERequestTab(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := tokentuiBinary(t)
	s := startTmux(t, 80, 24, e2eEnv(t), bin, "demo")
	s.waitFor(15*time.Second, "VALID")
	s.keys("2")
	s.waitFor(5*time.Second, "‹GET›", "/api/v1/")
	s.keys("m", "e", "Enter")
	s.waitFor(10*time.Second, "200 OK", `"client_id": "demo-client"`)
	s.keys("Escape")
	time.Sleep(200 * time.Millisecond) // so that "4" is not read as alt+4
	s.keys("4")
	s.waitFor(5*time.Second, "History", "GET", "/api/v1/me", "200")
	s.quit()
}
