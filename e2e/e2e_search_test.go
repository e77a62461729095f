package e2e

import (
	"testing"
	"time"

	"tokentui/e2e/harness"
)

// TestE2ESearchReachesTheDisk: a 34 MB answer of the sandbox (10 MB shown,
// the rest on disk) searched for "99999": the count takes in both parts;
// N wraps to the last match, read from disk and placed there; n wraps back
// to the first. At 80×24 and, resized, at 200×60. Then C on the Token tab
// copies as curl (u is the Request tab's URL key).
func TestE2ESearchReachesTheDisk(t *testing.T) {
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
	s.keys("-l", "large?n=1000000")
	s.keys("Enter")
	s.waitFor(30*time.Second, "200 OK", "34.2 MB", "lines 1–")
	s.escape()
	s.keys("/")
	s.waitFor(5*time.Second, "enter search") // then type: runes sent with it arrive as one key
	s.keys("-l", "99999")
	s.keys("Enter")
	s.waitFor(30*time.Second, `match 1/38 "99999"`, "34 of them on disk", `"id": 99999,`)
	s.keys("N")
	s.waitFor(10*time.Second, `match 38/38 "99999"`, "on disk at 34.2 MB of 34.2 MB", `▶ d":999999,"name":"item 0999999"`)
	s.keys("n")
	s.waitFor(10*time.Second, `match 1/38 "99999"`, `"id": 99999,`)
	s.resize(200, 60)
	for i := 2; i <= 5; i++ { // one at a time: keys sent together arrive as one
		s.keys("n")
		s.waitFor(10*time.Second, `match `+itoa(i)+`/38 "99999"`)
	}
	s.waitFor(10*time.Second, "on disk at 10.2 MB of 34.2 MB", `"id":299999`)
	s.escape()
	s.waitFor(5*time.Second, "lines ")
	s.keys("1")
	s.waitFor(5*time.Second, "VALID")
	s.keys("C")
	s.waitFor(5*time.Second, "curl command")
	s.quit()
}
