package auth

import (
	"errors"
	"reflect"
	"testing"
)

func TestParseWWWAuthenticate(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   Challenge
	}{
		{`Bearer realm="x", error="invalid_token", error_description="The token expired", scope="a b"`,
			Challenge{Scheme: "Bearer", Realm: "x", Error: "invalid_token", ErrorDescription: "The token expired", Scope: []string{"a", "b"}}},
		{`Bearer`, Challenge{Scheme: "Bearer"}},
		{`bearer error=insufficient_scope,scope="demo.write"`,
			Challenge{Scheme: "bearer", Error: "insufficient_scope", Scope: []string{"demo.write"}}},
		{`Bearer realm = "spaced" , ERROR = "invalid_request"`, Challenge{Scheme: "Bearer", Realm: "spaced", Error: "invalid_request"}},
		{`Bearer error_description="say \"hi\", then, go"`, Challenge{Scheme: "Bearer", ErrorDescription: `say "hi", then, go`}},
		{`Basic realm="b", Bearer realm="api", error="invalid_token"`, Challenge{Scheme: "Bearer", Realm: "api", Error: "invalid_token"}},
		{`Bearer, Basic realm="b"`, Challenge{Scheme: "Bearer"}},
		{`Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple"`, Challenge{Scheme: "Newauth", Realm: "apps"}},
		{`Negotiate abc123==`, Challenge{Scheme: "Negotiate", Token68: "abc123=="}},
		{`Bearer realm="x", realm="dup"`, Challenge{Scheme: "Bearer", Realm: "x"}},
		{`Bearer error="", scope=""`, Challenge{Scheme: "Bearer"}},
	} {
		got, err := ParseWWWAuthenticate(tc.header)
		if err != nil {
			t.Errorf("%s: %v", tc.header, err)
			continue
		}
		got.Params = nil
		if len(got.Scope) == 0 {
			got.Scope = nil
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.header, got, tc.want)
		}
	}
	all, err := ParseWWWAuthenticateAll(`Newauth realm="apps", type=1, title="Login", Basic realm="simple"`)
	if err != nil || len(all) != 2 || all[0].Params["type"] != "1" || all[0].Params["title"] != "Login" || all[1].Scheme != "Basic" {
		t.Errorf("all challenges: %+v, %v", all, err)
	}
	for _, bad := range []string{``, `   `, `Bearer realm="unterminated`, `Bearer realm="x" error="y"`, `="x"`, `Bearer realm=x y=z`} {
		if _, err := ParseWWWAuthenticate(bad); !errors.Is(err, ErrBadChallenge) {
			t.Errorf("%q: err = %v, want ErrBadChallenge", bad, err)
		}
	}
}
