package response

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tokentui/requests"
)

// TestHeadersViewSaysWhatWasSent: the Authorization line is there only
// when the server that answered got the token; otherwise it says why not.
func TestHeadersViewSaysWhatWasSent(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  func(r *requests.Response)
		want string
		not  string
	}{
		{"sent", func(r *requests.Response) { r.TokenSent, r.TokenJTI = true, "j1" }, "Authorization: Bearer (the profile's token, jti j1)", "not sent"},
		{"withheld", func(r *requests.Response) { r.TokenWithheld = true; r.URL = "https://other.example/x" },
			"Authorization: not sent: other.example is not the profile's API", "Bearer"},
		{"dropped", func(r *requests.Response) {
			r.TokenDropped, r.TokenJTI = true, "j1"
			r.Sent = []requests.Header{{Name: "Referer", Value: "https://api.example/start"}}
		}, "Authorization: not sent: the redirect left the profile's API", "Bearer"},
	} {
		resp := jsonResponse(200, `{}`)
		tc.set(resp)
		m := press(t, newModel(t, ColorNone, 120, 30, resp), "h")
		screen := ansi.Strip(m.View())
		if !strings.Contains(screen, tc.want) || strings.Contains(screen, "Authorization: "+tc.not) {
			t.Errorf("%s: want %q, not %q:\n%s", tc.name, tc.want, tc.not, screen)
		}
	}
}
