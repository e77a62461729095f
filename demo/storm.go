package demo

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// StormClientID is the sandbox's throwaway client for showing what asking
// for tokens too often does: a storm spends its quota, never that of a
// user's client (demo-client keeps working).
const StormClientID = "demo-storm"

// StormShot is one token request of a storm and the sandbox's answer.
type StormShot struct {
	N          int           // 1 for the first request of the storm
	At         time.Time     // when it was sent
	Status     int           // HTTP status; 0 when there was no answer
	Error      string        // the OAuth "error" of a refusal ("" on 200)
	RetryAfter time.Duration // the Retry-After of a 429
	JTI        string        // the new token's jti, on 200 (each request makes another token)
	Err        error         // no answer at all (cancelled, refused connection)
}

// StormShoot sends the storm's nth token request to tokenURL as
// StormClientID, with hc (nil: http.DefaultClient). It only ever talks to
// the sandbox's own client: tokenURL must be the embedded sandbox's.
func StormShoot(ctx context.Context, hc *http.Client, tokenURL string, n int, now time.Time) StormShot {
	if hc == nil {
		hc = http.DefaultClient
	}
	shot := StormShot{N: n, At: now}
	form := url.Values{"grant_type": {grantClientCredentials}, "scope": {ScopeRead}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		shot.Err = err
		return shot
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(StormClientID, ClientSecret)
	resp, err := hc.Do(req)
	if err != nil {
		shot.Err = err
		return shot
	}
	defer resp.Body.Close()
	shot.Status = resp.StatusCode
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var answer struct {
		AccessToken string `json:"access_token"`
		Error       string `json:"error"`
	}
	_ = json.Unmarshal(body, &answer)
	shot.Error = answer.Error
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil {
		shot.RetryAfter = time.Duration(s) * time.Second
	}
	if answer.AccessToken != "" {
		shot.JTI = jtiOf(answer.AccessToken)
	}
	return shot
}

// jtiOf reads the jti claim of a sandbox token, without checking it.
func jtiOf(raw string) string {
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return ""
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return ""
	}
	var claims struct {
		JTI string `json:"jti"`
	}
	if json.Unmarshal(payload, &claims) != nil {
		return ""
	}
	return claims.JTI
}

// StormInLastMinute counts the shots sent within a minute before now: the
// window the sandbox's limit is counted in.
func StormInLastMinute(shots []StormShot, now time.Time) int {
	n := 0
	for _, s := range shots {
		if now.Sub(s.At) < time.Minute {
			n++
		}
	}
	return n
}

// RateBar draws n requests against a limit as text: █ for each request
// within the limit, ░ for what is left of it, ▓ for each one past it.
func RateBar(n, limit int) string {
	var b strings.Builder
	for i := 1; i <= max(n, limit); i++ {
		switch {
		case i > limit:
			b.WriteString("▓")
		case i <= n:
			b.WriteString("█")
		default:
			b.WriteString("░")
		}
	}
	return b.String()
}
