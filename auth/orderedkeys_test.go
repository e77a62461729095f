package auth

import (
	"encoding/json"
	"slices"
	"testing"
	"time"
)

func TestOrderedKeys(t *testing.T) {
	m := map[string]any{"sub": 1, "exp": 2, "aud": 3, "iss": 4, "zz": 5}
	for _, tc := range []struct {
		order, want []string
	}{
		{[]string{"iss", "sub", "aud", "exp", "zz"}, []string{"iss", "sub", "aud", "exp", "zz"}}, // as the token lists them
		{[]string{"exp", "nbf", "iss"}, []string{"exp", "iss", "aud", "sub", "zz"}},              // absent names skipped, the rest sorted
		{[]string{"exp", "exp"}, []string{"exp", "aud", "iss", "sub", "zz"}},                     // each once
		{nil, []string{"aud", "exp", "iss", "sub", "zz"}},
	} {
		if got := OrderedKeys(m, tc.order); !slices.Equal(got, tc.want) {
			t.Errorf("OrderedKeys(%v) = %v, want %v", tc.order, got, tc.want)
		}
	}
}

func TestNumericDate(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want time.Time
		ok   bool
	}{
		{json.Number("1764166800"), time.Unix(1764166800, 0), true},
		{float64(1764166800.5), time.Unix(1764166800, 5e8), true},
		{json.Number("1e300"), time.Time{}, false},
		{"1764166800", time.Time{}, false},
		{nil, time.Time{}, false},
	} {
		got, ok := NumericDate(tc.v)
		if ok != tc.ok || !got.Equal(tc.want) {
			t.Errorf("NumericDate(%#v) = %v, %v; want %v, %v", tc.v, got, ok, tc.want, tc.ok)
		}
	}
}
