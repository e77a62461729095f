package e2e

import (
	"strings"
	"testing"
	"time"

	"tokentui/e2e/harness"
)

// TestE2ERequestTab: 2 opens the Request tab outside its fields, u puts
// the cursor in the URL field; typing "me" and Enter calls the sandbox API with the profile's
// token, and the body shows who the token says we are.
func TestE2ERequestTab(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	s := startTmux(t, 80, 24, e2eEnv(t), bin, "demo")
	s.waitFor(15*time.Second, "VALID")
	s.keys("2")
	s.waitFor(5*time.Second, "GET", "/api/v1/")
	s.keys("u")
	s.waitFor(5*time.Second, "‹GET›")
	s.keys("m", "e", "Enter")
	s.waitFor(10*time.Second, "200 OK", `"client_id": "demo-client"`)
	s.escape()
	s.keys("4")
	s.waitFor(5*time.Second, "History", "GET", "/api/v1/me", "200")
	s.quit()
}

// TestE2ERequestTokenStaysHome: a full URL to a host that is not the
// profile's API (a hostile server on loopback) shows as it is, says the
// token will not go there, is sent without it, and the Headers view says
// so; T then y sends it with the token (issue 13, part 1).
func TestE2ERequestTokenStaysHome(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test")
	}
	bin := harness.Binary(t)
	evil := newRecorder(t, nil)
	host := strings.TrimPrefix(otherHost(evil.URL), "http://")
	s := startTmux(t, 200, 50, e2eEnv(t), bin, "demo")
	s.waitFor(15*time.Second, "VALID")
	s.keys("2")
	s.waitFor(5*time.Second, "GET", "/api/v1/")
	s.keys("u")
	s.waitFor(5*time.Second, "‹GET›")
	s.keys(otherHost(evil.URL) + "/steal")
	s.waitFor(5*time.Second, host+" is not this profile's API")
	s.keys("Enter")
	s.waitFor(10*time.Second, "200 OK", "landed")
	s.escape()
	s.keys("h")
	s.waitFor(5*time.Second, "Authorization: not sent: "+host+" is not the profile's API")
	if log := evil.log(); strings.Contains(log, "Bearer") || !strings.Contains(log, `/steal auth=""`) {
		t.Errorf("the other host got:\n%s", log)
	}
	s.keys("T")
	s.waitFor(5*time.Second, "Send the profile's token to "+host)
	s.keys("y")
	s.waitFor(10*time.Second, "Authorization: Bearer (the profile's token")
	if log := evil.log(); strings.Count(log, "auth=\"Bearer ") != 1 {
		t.Errorf("after T, y the other host got:\n%s", log)
	}
	s.quit()
}
