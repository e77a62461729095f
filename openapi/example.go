package openapi

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// Bounds of the examples and field lists built from schemas, which may be
// deep or refer to themselves.
const (
	maxExampleDepth = 6
	maxFieldDepth   = 3
	maxFields       = 40
)

// typeName says what a schema holds, in a few words: "string",
// "integer (int64)", "array of Item".
func typeName(ref *openapi3.SchemaRef, depth int) string {
	if ref == nil || ref.Value == nil {
		return ""
	}
	s := ref.Value
	name := strings.Join(nonNull(s.Type.Slice()), "|")
	switch {
	case s.Type.Includes("array") && s.Items != nil && depth < 3:
		name = "array of " + typeName(s.Items, depth+1)
	case name == "" && len(s.Properties) > 0:
		name = "object"
	case name == "" && len(s.AllOf) > 0:
		name = "object"
	case name == "" && len(s.OneOf) > 0:
		name = "one of " + typeName(s.OneOf[0], depth+1) + "…"
	}
	if name == "object" && ref.Ref != "" {
		name = ref.Ref[strings.LastIndex(ref.Ref, "/")+1:]
	}
	if s.Format != "" {
		name += " (" + s.Format + ")"
	}
	if len(s.Enum) > 0 && len(s.Enum) <= 6 {
		vals := make([]string, len(s.Enum))
		for i, v := range s.Enum {
			vals[i] = fmt.Sprint(v)
		}
		name += ": " + strings.Join(vals, ", ")
	}
	return name
}

func nonNull(ts []string) []string {
	out := ts[:0:0]
	for _, t := range ts {
		if t != "null" {
			out = append(out, t)
		}
	}
	return out
}

// paramExample is a parameter's example value as text, "" when none.
func paramExample(p *openapi3.Parameter) string {
	v := p.Example
	if v == nil {
		for _, ex := range p.Examples {
			if ex != nil && ex.Value != nil && ex.Value.Value != nil {
				v = ex.Value.Value
				break
			}
		}
	}
	if v == nil && p.Schema != nil && p.Schema.Value != nil {
		switch {
		case p.Schema.Value.Example != nil:
			v = p.Schema.Value.Example
		case p.Schema.Value.Default != nil:
			v = p.Schema.Value.Default
		case len(p.Schema.Value.Enum) > 0:
			v = p.Schema.Value.Enum[0]
		}
	}
	if v == nil {
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// jsonContent picks the JSON media type of a content map (application/json
// first, then any +json or json type), else the first in name order.
func jsonContent(c openapi3.Content) (string, *openapi3.MediaType) {
	if len(c) == 0 {
		return "", nil
	}
	if mt := c["application/json"]; mt != nil {
		return "application/json", mt
	}
	names := make([]string, 0, len(c))
	for n := range c {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if isJSONType(n) {
			return n, c[n]
		}
	}
	return names[0], c[names[0]]
}

// isJSONType reports whether a media type is JSON (application/json,
// text/json, application/problem+json…).
func isJSONType(mt string) bool {
	mt, _, _ = strings.Cut(strings.ToLower(mt), ";")
	mt = strings.TrimSpace(mt)
	return strings.HasSuffix(mt, "/json") || strings.HasSuffix(mt, "+json")
}

// bodyType is the media type a body is described by and whether it is
// required; ok is false when there is no body.
func bodyType(ref *openapi3.RequestBodyRef) (string, bool, bool) {
	if ref == nil || ref.Value == nil {
		return "", false, false
	}
	name, mt := jsonContent(ref.Value.Content)
	return name, ref.Value.Required, mt != nil
}

// bodyExample builds an example body from the schema and lists its fields.
func bodyExample(ref *openapi3.RequestBodyRef) (example string, fieldList []Field) {
	if ref == nil || ref.Value == nil {
		return "", nil
	}
	name, mt := jsonContent(ref.Value.Content)
	if mt == nil {
		return "", nil
	}
	if isJSONType(name) {
		var v any
		switch {
		case mt.Example != nil:
			v = mt.Example
		case len(mt.Examples) > 0:
			keys := make([]string, 0, len(mt.Examples))
			for k := range mt.Examples {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			if ex := mt.Examples[keys[0]]; ex != nil && ex.Value != nil {
				v = ex.Value.Value
			}
		}
		if v == nil && mt.Schema != nil {
			v = exampleValue(mt.Schema, 0, map[*openapi3.Schema]bool{})
		}
		if v != nil {
			if out, err := json.MarshalIndent(v, "", "  "); err == nil {
				example = string(out)
			}
		}
	}
	if mt.Schema != nil {
		fieldList = fields(mt.Schema, "", 0, nil)
	}
	return example, fieldList
}

func responses(rs *openapi3.Responses) []Response {
	if rs == nil {
		return nil
	}
	m := rs.Map()
	codes := make([]string, 0, len(m))
	for c := range m {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		if (codes[i] == "default") != (codes[j] == "default") {
			return codes[j] == "default"
		}
		return codes[i] < codes[j]
	})
	out := make([]Response, 0, len(codes))
	for _, c := range codes {
		r := Response{Code: c}
		if ref := m[c]; ref != nil && ref.Value != nil {
			if ref.Value.Description != nil {
				r.Description = strings.TrimSpace(*ref.Value.Description)
			}
			if name, mt := jsonContent(ref.Value.Content); mt != nil && mt.Schema != nil {
				r.MediaType = name
			}
		}
		out = append(out, r)
	}
	return out
}

// exampleValue builds a value that fits the schema: its example, default
// or first enum value when it has one, else a placeholder of its type.
func exampleValue(ref *openapi3.SchemaRef, depth int, seen map[*openapi3.Schema]bool) any {
	if ref == nil || ref.Value == nil || depth > maxExampleDepth {
		return nil
	}
	s := ref.Value
	switch {
	case s.Example != nil:
		return s.Example
	case s.Default != nil:
		return s.Default
	case len(s.Enum) > 0:
		return s.Enum[0]
	}
	if seen[s] {
		return nil // a schema inside itself: stop here
	}
	seen[s] = true
	defer delete(seen, s)
	if len(s.AllOf) > 0 {
		obj := map[string]any{}
		for _, part := range s.AllOf {
			if m, ok := exampleValue(part, depth+1, seen).(map[string]any); ok {
				for k, v := range m {
					obj[k] = v
				}
			}
		}
		for k, v := range objectExample(s, depth, seen) {
			obj[k] = v
		}
		return obj
	}
	if len(s.OneOf) > 0 {
		return exampleValue(s.OneOf[0], depth+1, seen)
	}
	if len(s.AnyOf) > 0 {
		return exampleValue(s.AnyOf[0], depth+1, seen)
	}
	types := nonNull(s.Type.Slice())
	t := ""
	if len(types) > 0 {
		t = types[0]
	}
	switch {
	case t == "object" || (t == "" && len(s.Properties) > 0):
		return objectExample(s, depth, seen)
	case t == "array":
		if item := exampleValue(s.Items, depth+1, seen); item != nil {
			return []any{item}
		}
		return []any{}
	case t == "string":
		return stringExample(s.Format)
	case t == "integer":
		return 0
	case t == "number":
		return 0.0
	case t == "boolean":
		return false
	}
	return nil
}

func objectExample(s *openapi3.Schema, depth int, seen map[*openapi3.Schema]bool) map[string]any {
	obj := map[string]any{}
	for name, p := range s.Properties {
		if p != nil && p.Value != nil && p.Value.ReadOnly {
			continue // the server sets it
		}
		obj[name] = exampleValue(p, depth+1, seen)
	}
	return obj
}

func stringExample(format string) string {
	switch format {
	case "date-time":
		return "2024-01-01T00:00:00Z"
	case "date":
		return "2024-01-01"
	case "uuid":
		return "00000000-0000-0000-0000-000000000000"
	case "email":
		return "user@example.com"
	case "uri", "url":
		return "https://example.com/"
	}
	return "string"
}

// fields lists a schema's fields, required ones first at each level.
func fields(ref *openapi3.SchemaRef, prefix string, depth int, out []Field) []Field {
	if ref == nil || ref.Value == nil || depth >= maxFieldDepth || len(out) >= maxFields {
		return out
	}
	s := ref.Value
	props := map[string]*openapi3.SchemaRef{}
	required := map[string]bool{}
	collect := func(sc *openapi3.Schema) {
		for k, v := range sc.Properties {
			props[k] = v
		}
		for _, r := range sc.Required {
			required[r] = true
		}
	}
	collect(s)
	for _, part := range s.AllOf {
		if part != nil && part.Value != nil {
			collect(part.Value)
		}
	}
	if s.Type.Includes("array") && s.Items != nil {
		return fields(s.Items, prefix+"[]", depth, out)
	}
	names := make([]string, 0, len(props))
	for n := range props {
		if p := props[n]; p != nil && p.Value != nil && p.Value.ReadOnly {
			continue
		}
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if required[names[i]] != required[names[j]] {
			return required[names[i]]
		}
		return names[i] < names[j]
	})
	for _, n := range names {
		if len(out) >= maxFields {
			break
		}
		path := n
		if prefix != "" {
			path = prefix + "." + n
		}
		out = append(out, Field{Path: path, Type: typeName(props[n], 0), Required: required[n]})
		if p := props[n].Value; p != nil && (len(p.Properties) > 0 || (p.Type.Includes("array") && p.Items != nil && p.Items.Value != nil && len(p.Items.Value.Properties) > 0)) {
			out = fields(props[n], path, depth+1, out)
		}
	}
	return out
}
