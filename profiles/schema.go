package profiles

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxNodes bounds the walk, so that aliases cannot make it explode.
const maxNodes = 100_000

var (
	fileType    = reflect.TypeFor[File]()
	profileType = reflect.TypeFor[Profile]()
	requestType = reflect.TypeFor[SavedRequest]()
)

// walker checks a YAML node tree against the Go types before decoding, so
// that an unknown field, a field given twice or a value of the wrong type
// is reported with its line and in words.
type walker struct {
	path   string
	budget int
}

func (w *walker) fail(n *yaml.Node, kind error, field, msg, hint string) *LoadError {
	return &LoadError{Path: w.path, Line: n.Line, Field: field, Kind: kind, Msg: msg, Hint: hint}
}

// check verifies that n can be decoded into a value of type t. field is
// the YAML field that holds n, where says where it is, in words.
func (w *walker) check(n *yaml.Node, t reflect.Type, field, where string) error {
	for n.Kind == yaml.AliasNode {
		if w.budget -= 1; w.budget < 0 || n.Alias == nil {
			return w.fail(n, ErrTooLarge, field, "the file's aliases expand to too much data", "write the values out instead of using '*' aliases")
		}
		n = n.Alias
	}
	if w.budget -= 1; w.budget < 0 {
		return w.fail(n, ErrTooLarge, field, "the file's aliases expand to too much data", "write the values out instead of using '*' aliases")
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil // an empty value is the zero value
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return w.wrongType(n, field, where, "a mapping of fields (name: value)")
		}
		return w.checkStruct(n, t, where)
	case reflect.String:
		if n.Kind != yaml.ScalarNode || n.Tag == "!!binary" {
			return w.wrongType(n, field, where, "text")
		}
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			return w.wrongType(n, field, where, "true or false")
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return w.wrongType(n, field, where, "a list (like [a, b] or lines starting with '- ')")
		}
		for i, item := range n.Content {
			if err := w.check(item, t.Elem(), field, itemWhere(item, t.Elem(), i, where)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return w.wrongType(n, field, where, "a mapping (like {Key: value})")
		}
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return w.wrongType(k, field, where, "a mapping whose keys are text")
			}
			if first, dup := seen[k.Value]; dup {
				return w.fail(k, ErrDuplicateKey, field,
					fmt.Sprintf("key %q of %q %s is given twice (first at line %d)", k.Value, field, where, first),
					"keep one of them")
			}
			seen[k.Value] = k.Line
			if err := w.check(v, t.Elem(), field, where); err != nil {
				return err
			}
		}
	}
	return nil
}

func (w *walker) checkStruct(n *yaml.Node, t reflect.Type, where string) error {
	fields := yamlFields(t)
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Tag == "!!merge" { // "<<: *base"
			if err := w.checkMerge(v, t, where); err != nil {
				return err
			}
			continue
		}
		if k.Kind != yaml.ScalarNode {
			return w.fail(k, ErrWrongType, "", "a field name must be plain text "+where, "write fields as 'name: value'")
		}
		ft, ok := fields[k.Value]
		if !ok {
			return w.unknownField(k, t, where)
		}
		if first, dup := seen[k.Value]; dup {
			return w.fail(k, ErrDuplicateKey, k.Value,
				fmt.Sprintf("field %q is given twice %s (first at line %d)", k.Value, where, first), "keep one of them")
		}
		seen[k.Value] = k.Line
		if err := w.check(v, ft, k.Value, where); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) checkMerge(v *yaml.Node, t reflect.Type, where string) error {
	v = resolve(v)
	if v.Kind == yaml.SequenceNode {
		for _, item := range v.Content {
			if err := w.check(item, t, "<<", where); err != nil {
				return err
			}
		}
		return nil
	}
	return w.check(v, t, "<<", where)
}

func (w *walker) unknownField(k *yaml.Node, t reflect.Type, where string) error {
	known := make([]string, 0)
	for name := range yamlFields(t) {
		known = append(known, name)
	}
	sort.Strings(known)
	hint := "known fields: " + strings.Join(known, ", ")
	if s := closest(k.Value, known); s != "" {
		hint = fmt.Sprintf("did you mean %q?", s)
	}
	return w.fail(k, ErrUnknownField, k.Value, fmt.Sprintf("unknown field %q %s", k.Value, where), hint)
}

func (w *walker) wrongType(n *yaml.Node, field, where, want string) error {
	msg := fmt.Sprintf("%q %s should be %s, not %s", field, where, want, describeNode(n))
	if field == "" {
		msg = fmt.Sprintf("the file should be %s at the top level, not %s", want, describeNode(n))
	}
	hint := "see the example in 'tokentui profiles --help'"
	switch {
	case field == "scopes" && n.Kind == yaml.ScalarNode:
		hint = "write scopes as a list: scopes: [" + strings.Join(strings.Fields(n.Value), ", ") + "]"
	case field == "insecure":
		hint = "write insecure: true or insecure: false"
	case n.Kind == yaml.ScalarNode && n.Tag != "!!str" && strings.Contains(want, "text"):
		hint = "put the value in quotes"
	}
	return w.fail(n, ErrWrongType, field, msg, hint)
}

func describeNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.Tag {
	case "!!int", "!!float":
		return "the number " + n.Value
	case "!!bool":
		return "the boolean " + n.Value
	case "!!str":
		return "text"
	}
	return fmt.Sprintf("the value %q", n.Value)
}

// itemWhere names the i-th item of a list, by its name field when it has one.
func itemWhere(item *yaml.Node, t reflect.Type, i int, parent string) string {
	var label string
	switch t {
	case profileType:
		label = "profile"
	case requestType:
		label = "saved request"
	default:
		return parent
	}
	name := fmt.Sprintf("#%d", i+1)
	if v := mapValue(item, "name"); v != nil && v.Kind == yaml.ScalarNode && v.Value != "" {
		name = fmt.Sprintf("%q", v.Value)
	}
	if t == profileType {
		return "in " + label + " " + name
	}
	return "in " + label + " " + name + " (" + strings.TrimPrefix(parent, "in ") + ")"
}

// yamlFields maps the YAML names of t's fields to their types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	m := make(map[string]reflect.Type, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		m[name] = f.Type
	}
	return m
}
