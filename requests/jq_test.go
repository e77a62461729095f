package requests

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestJQ(t *testing.T) {
	body := []byte(`[{"id":1,"name":"first item"},{"id":2,"name":"second item","n":12345678901234}]`)
	for _, c := range []struct{ expr, want string }{
		{".[0].name", "\"first item\"\n"},
		{"map(.id)", "[\n  1,\n  2\n]\n"},
		{".[] | .id", "1\n2\n"},
		{".[1].n", "12345678901234\n"},
		{"empty", ""},
	} {
		got, err := JQ(context.Background(), c.expr, body)
		if err != nil || got != c.want {
			t.Errorf("JQ(%q) = %q, %v; want %q", c.expr, got, err, c.want)
		}
	}
	if _, err := JQ(context.Background(), ".[", body); !errors.Is(err, ErrJQSyntax) {
		t.Errorf("syntax: %v", err)
	}
	if _, err := JQ(context.Background(), ".", []byte("<html>")); !errors.Is(err, ErrJQNotJSON) {
		t.Errorf("not JSON: %v", err)
	}
	if _, err := JQ(context.Background(), ".[0] | error(\"boom\")", body); err == nil {
		t.Error("error() should fail")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := JQ(ctx, "def f: f; f", body); err == nil {
		t.Error("an endless filter should stop with its context")
	}
	defer func(m int) { maxJQOutput = m }(maxJQOutput)
	maxJQOutput = 64 << 10
	if _, err := JQ(context.Background(), "repeat(0)", body); err == nil {
		t.Error("an endless output should stop")
	}
}
