package auth

// Fuzz targets for the two parsers that read text from strangers: Decode
// (any token a user pastes) and ParseWWWAuthenticate (any API's 401).
// .ci/run runs each for a few seconds; go test runs the seeds.

import (
	"encoding/base64"
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func seg(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

// decodeSeeds are tokens worth starting from: well formed, IdentityServer
// shaped, alg none, hostile claims, and the usual ways a paste goes wrong.
var decodeSeeds = []string{
	seg(`{"alg":"RS256","kid":"k1","typ":"at+jwt"}`) + "." + seg(`{"iss":"https://idp","exp":1900000000,"scope":["a","b"],"aud":"api","client_id":"c"}`) + "." + seg("sig"),
	seg(`{"alg":"none"}`) + "." + seg(`{"sub":"x","scope":"a b"}`) + ".",
	seg(`{"alg":"HS256"}`) + "." + seg(`{"exp":"soon","nbf":1e300,"iat":-1,"aud":["a",1,null]}`) + "." + seg("s"),
	seg(`{"alg":"RS256"}`) + "." + seg("{\"name\":\"\x1b]0;pwned\x07\u202e\",\"x\":{\"y\":[1,2,{\"z\":true}]}}") + "." + seg("s"),
	"Bearer " + seg(`{"a":1}`) + "." + seg(`{"b":2}`) + "." + seg("c"),
	seg(`{"a":1}`) + "==." + seg(`{"b":2}`) + "=.c",
	seg(`{"a":1}`) + "." + seg(`{"b":2} {"c":3}`) + ".c",
	seg(`[1,2]`) + "." + seg(`{}`) + ".",
	seg(`null`) + "." + seg(`{}`) + ".",
	"a.b.c.d.e",
	"opaque-token-ABC123",
	"",
	"..",
	"  \t\n",
	"eyJ.eyJ.!!!",
	seg(`{"alg":"RS256","kid":"k1"}`) + "." + seg(`{"exp":1.5e9,"big":123456789012345678901234567890}`) + ".",
}

// FuzzDecode: whatever the string, Decode returns a JWT or an error
// matching ErrMalformed, never panics; what it accepts has a header and
// claims, its parts rebuild Raw, its helpers do not panic, and decoding
// Raw again gives the same JWT.
func FuzzDecode(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		j, err := Decode(raw)
		if err != nil {
			var me *MalformedError
			if !errors.Is(err, ErrMalformed) || !errors.As(err, &me) || err.Error() == "" {
				t.Fatalf("Decode(%q) error %v (%T) is not a *MalformedError", raw, err, err)
			}
			switch me.Part {
			case "token", "header", "payload", "signature":
			default:
				t.Fatalf("Decode(%q): unknown part %q", raw, me.Part)
			}
			_ = Explain(err)
			return
		}
		if j.Header == nil || j.Claims == nil {
			t.Fatalf("Decode(%q) accepted a token without header or claims: %+v", raw, j)
		}
		if got := strings.Join(j.Parts[:], "."); got != j.Raw {
			t.Fatalf("parts %q do not rebuild Raw %q", got, j.Raw)
		}
		if len(j.HeaderKeys) != len(j.Header) || len(j.ClaimKeys) != len(j.Claims) {
			t.Fatalf("key order lists %v/%v do not match %d/%d members", j.HeaderKeys, j.ClaimKeys, len(j.Header), len(j.Claims))
		}
		_, _, _, _ = j.Alg(), j.KeyID(), j.Type(), j.Issuer()
		_, _, _, _ = j.Subject(), j.ClientID(), j.Scopes(), j.Audience()
		_ = j.Times()
		again, err := Decode(j.Raw)
		if err != nil {
			t.Fatalf("Decode(Raw %q) failed the second time: %v", j.Raw, err)
		}
		if !reflect.DeepEqual(again, j) {
			t.Fatalf("Decode is not stable on %q:\n%+v\n%+v", j.Raw, j, again)
		}
	})
}

// wwwAuthSeeds are real and hostile WWW-Authenticate values.
var wwwAuthSeeds = []string{
	`Bearer realm="api", error="invalid_token", error_description="The token expired at '11/27/2025 00:00:00'"`,
	`Bearer error="insufficient_scope", scope="demo.write demo.read"`,
	`Bearer`,
	`Basic realm="b", Bearer realm="api", error="invalid_token"`,
	`Negotiate abc123==, Bearer realm="x"`,
	`Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple"`,
	`Bearer error_description="` + "\x1b]52;c;cHduZWQ=\x07\u009b2J\r\u202e" + `"`,
	`Bearer realm="unterminated`,
	`Bearer realm="x" error="y"`,
	`,,, ,Bearer ,, realm=x,`,
	`="x"`,
	`Bearer realm="a\\\"b\"", REALM="dup"`,
	"",
}

// FuzzParseWWWAuthenticate: whatever the header, the parser returns
// challenges or an error matching ErrBadChallenge, never panics; what it
// accepts is consistent (Error, Scope… come from Params) and survives
// being written back as a header and parsed again.
func FuzzParseWWWAuthenticate(f *testing.F) {
	for _, s := range wwwAuthSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		all, err := ParseWWWAuthenticateAll(header)
		one, err1 := ParseWWWAuthenticate(header)
		if (err == nil) != (err1 == nil) {
			t.Fatalf("%q: All says %v, one says %v", header, err, err1)
		}
		if err != nil {
			if !errors.Is(err, ErrBadChallenge) {
				t.Fatalf("%q: error %v does not match ErrBadChallenge", header, err)
			}
			return
		}
		if len(all) == 0 {
			t.Fatalf("%q: no error and no challenge", header)
		}
		for _, c := range all {
			if c.Scheme == "" || strings.IndexFunc(c.Scheme, func(r rune) bool { return r > 0x7e || !isTChar(byte(r)) }) >= 0 {
				t.Fatalf("%q: scheme %q is not a token", header, c.Scheme)
			}
			if c.Error != c.Params["error"] || c.Realm != c.Params["realm"] ||
				c.ErrorDescription != c.Params["error_description"] || c.ErrorURI != c.Params["error_uri"] ||
				!reflect.DeepEqual(c.Scope, strings.Fields(c.Params["scope"])) {
				t.Fatalf("%q: fields disagree with params: %+v", header, c)
			}
			if c.Token68 != "" && len(c.Params) > 0 {
				t.Fatalf("%q: both token68 and params: %+v", header, c)
			}
			_ = ExplainChallenge(c)
		}
		again, err := ParseWWWAuthenticateAll(renderChallenges(all))
		if err != nil {
			t.Fatalf("%q rendered as %q does not parse: %v", header, renderChallenges(all), err)
		}
		if !reflect.DeepEqual(again, all) {
			t.Fatalf("%q rendered as %q parses differently:\n%+v\n%+v", header, renderChallenges(all), all, again)
		}
		if strings.EqualFold(one.Scheme, "Bearer") != hasBearer(all) {
			t.Fatalf("%q: ParseWWWAuthenticate chose %q from %+v", header, one.Scheme, all)
		}
	})
}

// renderChallenges writes challenges back as a header value: params sorted,
// every value quoted.
func renderChallenges(all []Challenge) string {
	var parts []string
	for _, c := range all {
		s := c.Scheme
		if c.Token68 != "" {
			s += " " + c.Token68
		}
		names := make([]string, 0, len(c.Params))
		for k := range c.Params {
			names = append(names, k)
		}
		sort.Strings(names)
		for i, k := range names {
			sep := ", "
			if i == 0 {
				sep = " "
			}
			v := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(c.Params[k])
			s += sep + k + `="` + v + `"`
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func hasBearer(all []Challenge) bool {
	for _, c := range all {
		if strings.EqualFold(c.Scheme, "Bearer") {
			return true
		}
	}
	return false
}
