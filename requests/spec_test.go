package requests

import (
	"errors"
	"reflect"
	"testing"
)

func TestResolve(t *testing.T) {
	tests := []struct {
		base, in, want string
		err            error
	}{
		{"https://api.example/v1/", "me", "https://api.example/v1/me", nil},
		{"https://api.example/v1/", "/me", "https://api.example/v1/me", nil},
		{"https://api.example/v1", "me", "https://api.example/v1/me", nil},
		{"https://api.example/v1", "/me", "https://api.example/v1/me", nil},
		{"https://api.example/v1//", "//me?x=1&y=2", "https://api.example/v1/me?x=1&y=2", nil},
		{"https://api.example/v1/", "", "https://api.example/v1/", nil},
		{"https://api.example/v1/", "items:batch", "https://api.example/v1/items:batch", nil},
		{"https://api.example/v1/", "https://other.example/x", "https://other.example/x", nil},
		{"", "HTTP://other.example/x", "HTTP://other.example/x", nil},
		{"", "me", "", ErrNoBaseURL},
		{"", "ftp://host/file", "", ErrBadURL},
		{"not a url", "me", "", ErrBadURL},
		{"file:///etc/", "passwd", "", ErrBadURL},
		{"", "http:///nohost", "", ErrBadURL},
	}
	for _, tc := range tests {
		got, err := Resolve(tc.base, tc.in)
		if !errors.Is(err, tc.err) || got != tc.want {
			t.Errorf("Resolve(%q, %q) = %q, %v; want %q, %v", tc.base, tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestParseHeader(t *testing.T) {
	tests := []struct {
		in   string
		want Header
		ok   bool
	}{
		{"Accept: application/json", Header{"Accept", "application/json"}, true},
		{"X-Empty:", Header{"X-Empty", ""}, true},
		{"  X-A :  spaced  ", Header{"X-A", "spaced"}, true},
		{"X-Url: http://a:b@c/", Header{"X-Url", "http://a:b@c/"}, true},
		{"no colon", Header{}, false},
		{": no name", Header{}, false},
		{"Bad Name: x", Header{}, false},
		{"X-Inject: a\r\nEvil: 1", Header{}, false},
	}
	for _, tc := range tests {
		got, err := ParseHeader(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseHeader(%q) = %+v, %v; want %+v, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
		if err != nil && !errors.Is(err, ErrBadHeader) {
			t.Errorf("ParseHeader(%q): error %v is not ErrBadHeader", tc.in, err)
		}
	}
}

func TestSpecValidate(t *testing.T) {
	if err := (Spec{Headers: []Header{{"authorization", "Bearer x"}}}).Validate(); !errors.Is(err, ErrAuthorizationHeader) {
		t.Errorf("user Authorization: got %v, want ErrAuthorizationHeader", err)
	}
	if err := (Spec{Method: "GE T"}).Validate(); err == nil {
		t.Error("a method with a space was accepted")
	}
	if err := (Spec{Method: "patch", Headers: []Header{{"X-A", "1"}}}).Validate(); err != nil {
		t.Errorf("a good spec was refused: %v", err)
	}
}

func TestMergeHeaders(t *testing.T) {
	defaults := HeadersFromMap(map[string]string{"Accept": "application/json", "X-Tenant": "a"})
	user := []Header{{"x-tenant", "b"}, {"X-Z", "1"}, {"X-A", "2"}}
	got := mergeHeaders(defaults, user)
	want := []Header{{"Accept", "application/json"}, {"x-tenant", "b"}, {"X-Z", "1"}, {"X-A", "2"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
