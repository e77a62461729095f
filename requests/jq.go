package requests

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/itchyny/gojq"
)

// MaxJQOutput bounds what a jq filter may write, so that a filter that
// never ends (repeat(0)) stops.
const MaxJQOutput = 16 << 20

var maxJQOutput = MaxJQOutput // lowered by tests

// Errors of JQ, for errors.Is.
var (
	ErrJQSyntax  = errors.New("bad jq filter")
	ErrJQNotJSON = errors.New("the body is not JSON")
)

// CompileJQ parses a jq filter (github.com/itchyny/gojq), so that a bad
// one is reported before anything is sent.
func CompileJQ(expr string) (*gojq.Code, error) {
	q, err := gojq.Parse(expr)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrJQSyntax, err)
	}
	code, err := gojq.Compile(q)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrJQSyntax, err)
	}
	return code, nil
}

// JQ runs a jq filter on a JSON body and returns its results as jq prints
// them: each value as indented JSON, one after the other. ctx stops a
// filter that runs too long.
func JQ(ctx context.Context, expr string, body []byte) (string, error) {
	code, err := CompileJQ(expr)
	if err != nil {
		return "", err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var input any
	if err := dec.Decode(&input); err != nil {
		return "", fmt.Errorf("%w: %v", ErrJQNotJSON, err)
	}
	input = normalizeNumbers(input)
	var out strings.Builder
	iter := code.RunWithContext(ctx, input)
	for {
		v, ok := iter.Next()
		if !ok {
			break
		}
		if err, ok := v.(error); ok {
			var he *gojq.HaltError
			if errors.As(err, &he) && he.Value() == nil {
				break
			}
			return out.String(), err
		}
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return out.String(), err
		}
		out.Write(b)
		out.WriteByte('\n')
		if out.Len() > maxJQOutput {
			return out.String(), fmt.Errorf("the output passed %d KB; stopped", maxJQOutput>>10)
		}
	}
	return out.String(), nil
}

// normalizeNumbers turns json.Numbers into what gojq works with: int when
// whole and small enough, else float64.
func normalizeNumbers(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil && i == int64(int(i)) {
			return int(i)
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = normalizeNumbers(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = normalizeNumbers(x[k])
		}
	}
	return v
}
