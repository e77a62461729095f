package openapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v3"
)

// ErrBroken: the document could not be read as OpenAPI; a *ParseError says
// where it broke.
var ErrBroken = errors.New("the OpenAPI document cannot be read")

// ParseError says where a document broke: a line and column when the
// parser knows them, else the place in the document's structure.
type ParseError struct {
	Source string // where the document came from: a URL or a file
	Line   int    // 1-based; 0 when unknown
	Column int    // 1-based; 0 when unknown
	Msg    string // what is wrong there
}

func (e *ParseError) Error() string {
	src := e.Source
	if src == "" {
		src = "the document"
	}
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("openapi: %s is broken at line %d, column %d: %s", src, e.Line, e.Column, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("openapi: %s is broken at line %d: %s", src, e.Line, e.Msg)
	}
	return fmt.Sprintf("openapi: %s is broken: %s", src, e.Msg)
}

// Unwrap lets errors.Is find ErrBroken.
func (e *ParseError) Unwrap() error { return ErrBroken }

// Parse reads an OpenAPI 3.0/3.1 or Swagger 2.0 document, JSON or YAML,
// and indexes its operations. source names it in errors. It never panics
// on bad input: a document it cannot use gives a *ParseError.
func Parse(data []byte, source string) (spec *Spec, err error) {
	defer func() {
		if r := recover(); r != nil { // the parser should not panic; if it does, it is still a broken document
			spec, err = nil, &ParseError{Source: source, Msg: fmt.Sprint("the parser failed: ", r)}
		}
	}()
	js := data
	if !looksJSON(data) {
		if js, err = yamlToJSON(data, source); err != nil {
			return nil, err
		}
	}
	var probe lightRoot
	if err := json.Unmarshal(js, &probe); err != nil {
		return nil, jsonError(js, err, source, data)
	}
	var doc *openapi3.T
	format := ""
	switch {
	case probe.OpenAPI != nil:
		v := fmt.Sprint(probe.OpenAPI)
		if !strings.HasPrefix(v, "3.") {
			return nil, &ParseError{Source: source, Msg: fmt.Sprintf("openapi is %q; tokentui reads OpenAPI 3.0, 3.1 and Swagger 2.0", v)}
		}
		if probe.Paths == nil && !strings.HasPrefix(v, "3.0") {
			probe.Paths = map[string]map[string]json.RawMessage{} // optional from 3.1 on
		}
		if probe.Paths == nil {
			return nil, &ParseError{Source: source, Msg: `it has no "paths"`}
		}
		spec, err = lightIndex(&probe, js, source)
		if err != nil {
			return nil, err
		}
		spec.Format, spec.Source, spec.source, spec.Size = "OpenAPI "+v, source, source, len(data)
		return spec, nil
	case probe.Swagger != nil:
		v := fmt.Sprint(probe.Swagger)
		if v != "2.0" {
			return nil, &ParseError{Source: source, Msg: fmt.Sprintf("swagger is %q; tokentui reads Swagger 2.0 and OpenAPI 3.x", v)}
		}
		var d2 openapi2.T
		if err := json.Unmarshal(js, &d2); err != nil {
			return nil, jsonError(js, err, source, data)
		}
		if doc, err = openapi2conv.ToV3(&d2); err != nil {
			return nil, &ParseError{Source: source, Msg: err.Error()}
		}
		format = swaggerFormat
	default:
		return nil, &ParseError{Source: source, Msg: `it has neither an "openapi" nor a "swagger" field at the top: is it an OpenAPI document?`}
	}
	loader := openapi3.NewLoader() // external references stay disallowed: a document never makes us read other files or URLs
	if err := loader.ResolveRefsIn(doc, nil); err != nil {
		return nil, &ParseError{Source: source, Msg: err.Error()}
	}
	spec = index(doc)
	spec.swagger = true
	spec.Format, spec.Source, spec.source, spec.Size = format, source, source, len(data)
	return spec, nil
}

// swaggerFormat is Spec.Format for a Swagger 2.0 document.
const swaggerFormat = "Swagger 2.0"

// looksJSON reports whether data starts, after blanks and a BOM, with '{'.
func looksJSON(data []byte) bool {
	data = bytes.TrimPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("\xef\xbb\xbf"))
	return len(data) > 0 && data[0] == '{'
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlToJSON turns a YAML document into JSON, keys as text (YAML allows
// numbers as keys: response codes are often written 200:).
func yamlToJSON(data []byte, source string) ([]byte, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		pe := &ParseError{Source: source, Msg: err.Error()}
		if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
			pe.Line, _ = strconv.Atoi(m[1])
			pe.Msg = m[2]
		}
		return nil, pe
	}
	if root.Kind == 0 {
		return nil, &ParseError{Source: source, Msg: "it is empty"}
	}
	budget := 5_000_000
	v, err := yamlValue(&root, &budget, 0)
	if err != nil {
		return nil, &ParseError{Source: source, Msg: err.Error()}
	}
	if _, ok := v.(map[string]any); !ok {
		return nil, &ParseError{Source: source, Line: 1, Msg: "it is not a mapping of fields: is it an OpenAPI document?"}
	}
	return json.Marshal(v)
}

// maxYAMLDepth bounds the nesting of a YAML document, so that an alias
// inside itself (a: &a [*a]) cannot exhaust the stack.
const maxYAMLDepth = 512

func yamlValue(n *yaml.Node, budget *int, depth int) (any, error) {
	if *budget--; *budget < 0 {
		return nil, errors.New("its YAML aliases expand to too much data")
	}
	if depth > maxYAMLDepth {
		return nil, fmt.Errorf("line %d: it is nested more than %d levels deep (an alias inside itself?)", n.Line, maxYAMLDepth)
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return yamlValue(n.Content[0], budget, depth+1)
	case yaml.AliasNode:
		return yamlValue(n.Alias, budget, depth+1)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Tag == "!!merge" {
				mv, err := yamlValue(v, budget, depth+1)
				if err != nil {
					return nil, err
				}
				if mm, ok := mv.(map[string]any); ok {
					for kk, vv := range mm {
						if _, set := m[kk]; !set {
							m[kk] = vv
						}
					}
				}
				continue
			}
			val, err := yamlValue(v, budget, depth+1)
			if err != nil {
				return nil, err
			}
			m[k.Value] = val
		}
		return m, nil
	case yaml.SequenceNode:
		s := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := yamlValue(c, budget, depth+1)
			if err != nil {
				return nil, err
			}
			s = append(s, v)
		}
		return s, nil
	case yaml.ScalarNode:
		var v any
		if err := n.Decode(&v); err != nil {
			return nil, fmt.Errorf("line %d: %v", n.Line, err)
		}
		switch x := v.(type) {
		case float64:
			if x != x || x > 1e308 || x < -1e308 { // NaN, ±Inf: not JSON
				return n.Value, nil
			}
		case []byte:
			return string(x), nil
		}
		if _, ok := v.(map[string]any); ok {
			return n.Value, nil
		}
		return v, nil
	}
	return nil, nil
}

// jsonError turns a JSON decoding error into a ParseError, with the line
// and column of its offset when it has one (only for JSON input: YAML
// input was re-encoded, so offsets would not match).
func jsonError(js []byte, err error, source string, orig []byte) error {
	pe := &ParseError{Source: source, Msg: strings.TrimPrefix(err.Error(), "json: ")}
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset - 1 // the offending byte is the last one read
	case errors.As(err, &te):
		off = te.Offset
		if te.Field != "" {
			pe.Msg = fmt.Sprintf("%s should be %s, not %s", te.Field, te.Type, te.Value)
		}
	}
	if off < 0 && looksJSON(orig) {
		// kin-openapi's decoders lose the offset; a plain decode finds syntax errors' place.
		var v any
		if e := json.Unmarshal(js, &v); e != nil && errors.As(e, &se) {
			off, pe.Msg = se.Offset-1, se.Error()
		}
	}
	if off >= 0 && looksJSON(orig) && int(off) < len(js) {
		pe.Line, pe.Column = lineCol(js, int(off))
	}
	if errors.Is(err, ErrBroken) {
		return err
	}
	return pe
}

// lineCol gives the 1-based line and column of byte offset off.
func lineCol(b []byte, off int) (int, int) {
	if off > len(b) {
		off = len(b)
	}
	line := 1 + bytes.Count(b[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(b[:off], '\n')
	return line, col
}
