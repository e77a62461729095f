package profiles

import (
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

func (w *walker) fail(n *yaml.Node, kind error, field string, msg, hint Text) *LoadError {
	return &LoadError{Path: w.path, Line: n.Line, Field: field, Kind: kind, Msg: msg, Hint: hint}
}

// check verifies that n can be decoded into a value of type t. field is
// the YAML field that holds n, where says where it is, in words.
func (w *walker) check(n *yaml.Node, t reflect.Type, field string, where Text) error {
	for n.Kind == yaml.AliasNode {
		if w.budget -= 1; w.budget < 0 || n.Alias == nil {
			return w.fail(n, ErrTooLarge, field, txt(CodeAliasTooMuch), txt(HintNoAliases))
		}
		n = n.Alias
	}
	if w.budget -= 1; w.budget < 0 {
		return w.fail(n, ErrTooLarge, field, txt(CodeAliasTooMuch), txt(HintNoAliases))
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil // an empty value is the zero value
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return w.wrongType(n, field, where, WantStruct)
		}
		return w.checkStruct(n, t, where)
	case reflect.String:
		if n.Kind != yaml.ScalarNode || n.Tag == "!!binary" {
			return w.wrongType(n, field, where, WantText)
		}
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			return w.wrongType(n, field, where, WantBool)
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return w.wrongType(n, field, where, WantList)
		}
		for i, item := range n.Content {
			if err := w.check(item, t.Elem(), field, itemWhere(item, t.Elem(), i, where)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return w.wrongType(n, field, where, WantMap)
		}
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return w.wrongType(k, field, where, WantKeysText)
			}
			if first, dup := seen[k.Value]; dup {
				return w.fail(k, ErrDuplicateKey, field, txt(CodeDupMapKey, k.Value, field, where, first), txt(HintKeepOne))
			}
			seen[k.Value] = k.Line
			if err := w.check(v, t.Elem(), field, where); err != nil {
				return err
			}
		}
	}
	return nil
}

func (w *walker) checkStruct(n *yaml.Node, t reflect.Type, where Text) error {
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
			return w.fail(k, ErrWrongType, "", txt(CodeFieldNotText, where), txt(HintWriteFields))
		}
		ft, ok := fields[k.Value]
		if !ok {
			return w.unknownField(k, t, where)
		}
		if first, dup := seen[k.Value]; dup {
			return w.fail(k, ErrDuplicateKey, k.Value, txt(CodeDupField, k.Value, where, first), txt(HintKeepOne))
		}
		seen[k.Value] = k.Line
		if err := w.check(v, ft, k.Value, where); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) checkMerge(v *yaml.Node, t reflect.Type, where Text) error {
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

func (w *walker) unknownField(k *yaml.Node, t reflect.Type, where Text) error {
	known := make([]string, 0)
	for name := range yamlFields(t) {
		known = append(known, name)
	}
	sort.Strings(known)
	hint := txt(HintKnownFields, strings.Join(known, ", "))
	if s := closest(k.Value, known); s != "" {
		hint = txt(HintDidYouMean, s)
	}
	return w.fail(k, ErrUnknownField, k.Value, txt(CodeUnknownField, k.Value, where), hint)
}

func (w *walker) wrongType(n *yaml.Node, field string, where Text, want Code) error {
	msg := txt(CodeWrongType, field, where, txt(want), describeNode(n))
	if field == "" {
		msg = txt(CodeWrongTypeTop, txt(want), describeNode(n))
	}
	hint := txt(HintSeeExample)
	switch {
	case field == "scopes" && n.Kind == yaml.ScalarNode:
		hint = txt(HintScopesList, strings.Join(strings.Fields(n.Value), ", "))
	case field == "insecure":
		hint = txt(HintInsecure)
	case n.Kind == yaml.ScalarNode && n.Tag != "!!str" && (want == WantText || want == WantKeysText):
		hint = txt(HintQuote)
	}
	return w.fail(n, ErrWrongType, field, msg, hint)
}

func describeNode(n *yaml.Node) Text {
	switch n.Kind {
	case yaml.MappingNode:
		return txt(NodeMapping)
	case yaml.SequenceNode:
		return txt(NodeList)
	}
	switch n.Tag {
	case "!!int", "!!float":
		return txt(NodeNumber, n.Value)
	case "!!bool":
		return txt(NodeBoolean, n.Value)
	case "!!str":
		return txt(NodeText)
	}
	return txt(NodeValue, n.Value)
}

// itemWhere names the i-th item of a list, by its name field when it has one.
func itemWhere(item *yaml.Node, t reflect.Type, i int, parent Text) Text {
	if t != profileType && t != requestType {
		return parent
	}
	v := mapValue(item, "name")
	named := v != nil && v.Kind == yaml.ScalarNode && v.Value != ""
	switch {
	case t == profileType && named:
		return txt(WhereProfile, v.Value)
	case t == profileType:
		return txt(WhereProfileN, i+1)
	case named:
		return txt(WhereRequest, v.Value, subjectOf(parent))
	}
	return txt(WhereRequestN, i+1, subjectOf(parent))
}

// subjectOf turns "in profile X" into "profile X".
func subjectOf(where Text) Text {
	switch where.Code {
	case WhereProfile:
		return txt(SubjProfile, where.Args...)
	case WhereProfileN:
		return txt(SubjProfileN, where.Args...)
	case WhereAProfile:
		return txt(SubjAProfile)
	}
	return where
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
