package auth

import (
	"encoding/base64"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func enc(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func TestDecode(t *testing.T) {
	hdr := enc(`{"alg":"RS256","kid":"k1","typ":"at+jwt"}`)
	raw := hdr + "." + enc(`{"iss":"https://id.example/is","exp":1790000000,"iat":1789996400.5,"nbf":1789996400,"aud":["a","b"],"scope":["api-one","api-two"],"client_id":"c"}`) + "." + enc("sig")
	j, err := Decode("  Bearer " + raw + "\n")
	if err != nil {
		t.Fatal(err)
	}
	if j.Alg() != "RS256" || j.KeyID() != "k1" || j.Type() != "at+jwt" || j.Issuer() != "https://id.example/is" || j.ClientID() != "c" {
		t.Errorf("header/claims helpers: %v %v", j.Header, j.Claims)
	}
	if got := j.Scopes(); !reflect.DeepEqual(got, []string{"api-one", "api-two"}) {
		t.Errorf("Scopes (array) = %v", got)
	}
	if got := j.Audience(); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("Audience (array) = %v", got)
	}
	tm := j.Times()
	if !tm.Expires.Equal(time.Unix(1790000000, 0)) || !tm.IssuedAt.Equal(time.Unix(1789996400, 5e8)) || !tm.NotBefore.Equal(time.Unix(1789996400, 0)) {
		t.Errorf("Times = %+v", tm)
	}
	if want := []string{"iss", "exp", "iat", "nbf", "aud", "scope", "client_id"}; !reflect.DeepEqual(j.ClaimKeys, want) {
		t.Errorf("ClaimKeys = %v", j.ClaimKeys)
	}
	if j.Parts[0] != hdr || string(j.Signature) != "sig" {
		t.Errorf("Parts/Signature = %v %q", j.Parts, j.Signature)
	}

	j2, err := Decode(hdr + "." + enc(`{"scope":"a b  c","aud":"api"}`) + ".")
	if err != nil {
		t.Fatal(err)
	}
	if got := j2.Scopes(); !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Errorf("Scopes (string) = %v", got)
	}
	if got := j2.Audience(); !reflect.DeepEqual(got, []string{"api"}) {
		t.Errorf("Audience (string) = %v", got)
	}
	if _, ok := j2.Time("exp"); ok {
		t.Error("absent exp reported present")
	}
}

func TestDecodeMalformed(t *testing.T) {
	hdr := enc(`{"alg":"RS256"}`)
	pl := enc(`{"a":1}`)
	for _, tc := range []struct {
		raw, part, reason string
	}{
		{"", "token", "empty"},
		{"opaque", "token", "expected 3 parts separated by dots, got 1"},
		{"a.b", "token", "got 2"},
		{"a.b.c.d.e", "token", "JWE"},
		{"!!." + pl + ".", "header", "not base64url"},
		{enc("not json") + "." + pl + ".", "header", "not JSON"},
		{enc("[1,2]") + "." + pl + ".", "header", "not JSON"},
		{enc("null") + "." + pl + ".", "header", "not a JSON object"},
		{"." + pl + ".", "header", "empty"},
		{hdr + ".%%%.", "payload", "not base64url"},
		{hdr + "." + enc("{") + ".", "payload", "not JSON"},
		{hdr + "." + enc(`{"a":1} x`) + ".", "payload", "not JSON"},
		{hdr + "." + pl + ".***", "signature", "not base64url"},
	} {
		_, err := Decode(tc.raw)
		var me *MalformedError
		if !errors.As(err, &me) || !errors.Is(err, ErrMalformed) {
			t.Errorf("Decode(%q) = %v, want a MalformedError", tc.raw, err)
			continue
		}
		if me.Part != tc.part || !strings.Contains(err.Error(), tc.reason) {
			t.Errorf("Decode(%q): part %q, %q; want part %q containing %q", tc.raw, me.Part, err, tc.part, tc.reason)
		}
		if tc.part != "token" && !strings.Contains(err.Error(), "the "+tc.part) {
			t.Errorf("message %q does not name the %s", err, tc.part)
		}
	}
}
