package auth

import (
	"context"
	"strings"
	"testing"
)

func TestTracesMaskSecrets(t *testing.T) {
	for _, method := range []string{AuthMethodBasic, AuthMethodPost} {
		t.Run(method, func(t *testing.T) {
			p := newFakeProvider(t)
			o := p.options("")
			o.AuthMethod = method
			c := newClient(t, o)
			tok, err := c.Token(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			c.Verify(context.Background(), tok.Raw)
			tr := c.Traces()
			kinds := []Kind{}
			for _, e := range tr {
				kinds = append(kinds, e.Kind)
			}
			if len(tr) != 3 || tr[0].Kind != KindDiscovery || tr[1].Kind != KindToken || tr[2].Kind != KindJWKS {
				t.Fatalf("kinds = %v", kinds)
			}
			ex := tr[1]
			if ex.Method != "POST" || ex.URL != p.URL+"/token" || ex.Status != 200 || ex.Duration <= 0 || ex.Start.IsZero() {
				t.Errorf("exchange = %+v", ex)
			}
			for _, e := range tr {
				all := e.RequestBody + e.ResponseBody + e.URL
				for k, v := range e.RequestHeaders {
					all += k + strings.Join(v, "")
				}
				for _, secret := range []string{testSecret, b64std(testClientID + ":" + testSecret)[4:20], "s3cr%2Bt"} {
					if strings.Contains(all, secret) {
						t.Errorf("%s exchange contains the secret (%q)", e.Kind, secret)
					}
				}
			}
			if method == AuthMethodBasic {
				if got := ex.RequestHeaders.Get("Authorization"); got != "Basic ****" {
					t.Errorf("Authorization = %q, want Basic ****", got)
				}
				if ex.BasicClientID != testClientID {
					t.Errorf("BasicClientID = %q", ex.BasicClientID)
				}
			} else {
				if !strings.Contains(ex.RequestBody, "client_secret=****") || !strings.Contains(ex.RequestBody, "client_id=my+client") {
					t.Errorf("body = %q", ex.RequestBody)
				}
			}
			if !strings.Contains(ex.RequestBody, "grant_type=client_credentials") {
				t.Errorf("body = %q", ex.RequestBody)
			}
			// The response keeps the token (the Flow shows it); Redacted masks it.
			if !strings.Contains(ex.ResponseBody, tok.Raw) {
				t.Errorf("response body lacks the token")
			}
			red := ex.Redacted()
			if strings.Contains(red.ResponseBody, tok.Raw) || !strings.Contains(red.ResponseBody, `"access_token":"****"`) {
				t.Errorf("Redacted body = %q", red.ResponseBody)
			}
			if !strings.Contains(ex.ResponseBody, tok.Raw) {
				t.Errorf("Redacted changed the original")
			}
		})
	}
}

func TestRedactedForm(t *testing.T) {
	e := Exchange{ResponseBody: "token_type=bearer&access_token=abc.def&expires_in=3600"}
	if got := e.Redacted().ResponseBody; got != "token_type=bearer&access_token=****&expires_in=3600" {
		t.Errorf("got %q", got)
	}
}
