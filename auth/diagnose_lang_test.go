package auth

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"
)

// technical are detail parts that read the same in every language.
var technical = regexp.MustCompile(`^(token_endpoint|jwks_uri|DNS) \S`)

// TestReportInPortuguese runs Diagnose in healthy and failing setups and
// checks that every title and every part of every detail of the
// Portuguese report is translated (for failures, the part before the
// error's own words).
func TestReportInPortuguese(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(p *fakeProvider, o *Options)
	}{
		{"healthy", func(p *fakeProvider, o *Options) {}},
		{"no scopes", func(p *fakeProvider, o *Options) { o.Scopes = nil }},
		{"wrong secret", func(p *fakeProvider, o *Options) { o.Secret = staticSecret("nope", nil) }},
		{"auth method", func(p *fakeProvider, o *Options) {
			p.authMethods = []string{"client_secret_basic"}
			o.AuthMethod = AuthMethodPost
		}},
		{"scope not granted", func(p *fakeProvider, o *Options) {
			p.grantOnly = []string{"api.read"}
			o.Scopes = []string{"api.read", "api.write"}
		}},
		{"issuer mismatch", func(p *fakeProvider, o *Options) { p.docIssuer = "https://other.example" }},
		{"clock ahead", func(p *fakeProvider, o *Options) {
			o.Now = func() time.Time { return time.Now().Add(20 * time.Minute) }
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newFakeProvider(t)
			o := p.options(t.TempDir())
			p.set(func(p *fakeProvider) { tc.setup(p, &o) })
			c := newClient(t, o)
			reports := []Report{c.Diagnose(context.Background(), false)}
			if tc.name == "healthy" {
				reports = append(reports, newClient(t, o).Diagnose(context.Background(), false)) // cached
			}
			for _, en := range reports {
				pt := en.In(LangPtBR)
				if same := en.In("en"); len(same.Checks) != len(en.Checks) || same.Checks[0].Detail != en.Checks[0].Detail {
					t.Errorf("In(en) changed the report")
				}
				for i, ch := range pt.Checks {
					orig := en.Checks[i]
					if ch.Title == orig.Title && ch.ID != "discovery" {
						t.Errorf("%s: title %q not translated", ch.ID, ch.Title)
					}
					if orig.Cause != "" && ch.Cause == orig.Cause {
						t.Errorf("%s: cause not translated: %q", ch.ID, ch.Cause)
					}
					if orig.Hint != "" && ch.Hint == orig.Hint {
						t.Errorf("%s: hint not translated: %q", ch.ID, ch.Hint)
					}
					parts := strings.Split(orig.Detail, "; ")
					if orig.Status == CheckFail {
						parts = parts[:1]
					}
					for _, part := range parts {
						if got := partPtBR(part); got == part && !technical.MatchString(part) {
							t.Errorf("%s: detail part not translated: %q\n  whole detail: %q", ch.ID, part, orig.Detail)
						}
					}
				}
			}
		})
	}
}

func TestDetailDurations(t *testing.T) {
	for en, want := range map[string]string{
		"a cached token, obtained 2m ago, is valid for another 57m 59s": "há um token em cache, obtido há 2 min, válido por mais 57 min 59 s",
		"valid for another 1h (leeway 0s)":                              "válido por mais 1 h (tolerância de 0 s)",
		"a token was issued in 4.2ms, valid for 1h":                     "um token foi emitido em 4.2ms, válido por 1 h",
	} {
		if got := detailIn(LangPtBR, en); got != want {
			t.Errorf("%q\n got %q\nwant %q", en, got, want)
		}
	}
}
