package openapi

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// The light index: an OpenAPI 3 document's operations read with plain
// encoding/json into the few fields the list needs (path, method, id,
// summary, tags, security, parameters, the body's media type and the
// responses), the schemas kept as raw JSON. It is about eight times faster
// than kin-openapi's full load, which waits until a schema is needed (an
// example body, a response check): see Spec.full.

type lightRoot struct {
	Swagger    any `json:"swagger"`
	OpenAPI    any `json:"openapi"`
	Info       struct{ Title, Version string }
	Servers    []struct{ URL string }
	Tags       []struct{ Name string }
	Security   *[]map[string][]string                `json:"security"`
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components struct {
		SecuritySchemes map[string]struct{ Type string }      `json:"securitySchemes"`
		Parameters      map[string]lightParam                 `json:"parameters"`
		Responses       map[string]lightResponse              `json:"responses"`
		RequestBodies   map[string]lightBody                  `json:"requestBodies"`
		PathItems       map[string]map[string]json.RawMessage `json:"pathItems"`
	} `json:"components"`
}

type lightParam struct {
	Ref         string `json:"$ref"`
	Name        string `json:"name"`
	In          string `json:"in"`
	Required    bool   `json:"required"`
	Description string `json:"description"`
	Schema      *lightSchema
	Example     any                            `json:"example"`
	Examples    map[string]struct{ Value any } `json:"examples"`
}

type lightSchema struct {
	Ref     string `json:"$ref"`
	Type    any    `json:"type"`
	Format  string `json:"format"`
	Items   *lightSchema
	Example any   `json:"example"`
	Default any   `json:"default"`
	Enum    []any `json:"enum"`
}

type lightMedia struct {
	Schema json.RawMessage `json:"schema"`
}

type lightResponse struct {
	Ref         string                `json:"$ref"`
	Description string                `json:"description"`
	Content     map[string]lightMedia `json:"content"`
}

type lightBody struct {
	Ref      string                `json:"$ref"`
	Required bool                  `json:"required"`
	Content  map[string]lightMedia `json:"content"`
}

type lightOp struct {
	OperationID string                   `json:"operationId"`
	Summary     string                   `json:"summary"`
	Description string                   `json:"description"`
	Tags        []string                 `json:"tags"`
	Deprecated  bool                     `json:"deprecated"`
	Parameters  []lightParam             `json:"parameters"`
	RequestBody *lightBody               `json:"requestBody"`
	Responses   map[string]lightResponse `json:"responses"`
	Security    *[]map[string][]string   `json:"security"`
}

var lightMethods = map[string]bool{"get": true, "put": true, "post": true, "delete": true, "options": true, "head": true, "patch": true, "trace": true}

// refName is the last part of a local $ref, after the prefix it must have.
func refName(ref, prefix string) (string, bool) {
	name, ok := strings.CutPrefix(ref, prefix)
	return strings.ReplaceAll(strings.ReplaceAll(name, "~1", "/"), "~0", "~"), ok
}

// lightIndex builds the Spec of an OpenAPI 3 document from its light
// decode; js is the document as JSON, kept for the full load.
func lightIndex(root *lightRoot, js []byte, source string) (*Spec, error) {
	s := &Spec{byID: map[string]*Operation{}, data: js}
	s.Title, s.Version = root.Info.Title, root.Info.Version
	if len(root.Servers) > 0 {
		s.ServerPath = serverPath(root.Servers[0].URL)
	}
	broken := func(format string, a ...any) error {
		return &ParseError{Source: source, Msg: fmt.Sprintf(format, a...)}
	}
	schemeType := func(name string) string { return root.Components.SecuritySchemes[name].Type }
	requirements := func(reqs []map[string][]string) []Requirement {
		var out []Requirement
		for _, r := range reqs {
			if len(r) == 0 {
				return nil
			}
			names := make([]string, 0, len(r))
			for n := range r {
				names = append(names, n)
			}
			sort.Strings(names)
			var req Requirement
			for _, n := range names {
				req = append(req, SchemeScopes{Scheme: n, Type: schemeType(n), Scopes: append([]string(nil), r[n]...)})
			}
			out = append(out, req)
		}
		return out
	}
	param := func(p lightParam, where string) (lightParam, error) {
		if p.Ref == "" {
			return p, nil
		}
		name, ok := refName(p.Ref, "#/components/parameters/")
		q, found := root.Components.Parameters[name]
		if !ok || !found || q.Ref != "" {
			return p, broken("%s refers to %q, which the document does not define", where, p.Ref)
		}
		return q, nil
	}
	var global []Requirement
	if root.Security != nil {
		global = requirements(*root.Security)
	}
	for path, item := range root.Paths {
		item, err := pathItem(root.Paths, root.Components.PathItems, path, item)
		if err != nil {
			return nil, &ParseError{Source: source, Msg: err.Error()}
		}
		var shared []lightParam
		if raw, ok := item["parameters"]; ok {
			if err := json.Unmarshal(raw, &shared); err != nil {
				return nil, broken("the parameters of path %s: %v", path, strings.TrimPrefix(err.Error(), "json: "))
			}
		}
		for method, raw := range item {
			if !lightMethods[method] {
				continue
			}
			var lo lightOp
			if err := json.Unmarshal(raw, &lo); err != nil {
				return nil, broken("%s %s: %v", strings.ToUpper(method), path, strings.TrimPrefix(err.Error(), "json: "))
			}
			o := &Operation{ID: lo.OperationID, Method: strings.ToUpper(method), Path: path,
				Summary: strings.TrimSpace(lo.Summary), Description: strings.TrimSpace(lo.Description), Deprecated: lo.Deprecated}
			where := o.Method + " " + path
			if o.ID == "" {
				o.ID = where
			}
			if len(lo.Tags) > 0 {
				o.Tag = lo.Tags[0]
			}
			if o.Summary == "" && o.Description != "" {
				first, _, _ := strings.Cut(o.Description, "\n")
				o.Summary = strings.TrimSpace(first)
			}
			o.Security = global
			if lo.Security != nil {
				o.Security = requirements(*lo.Security)
			}
			seen := map[string]int{}
			for _, list := range [][]lightParam{shared, lo.Parameters} {
				for _, lp := range list {
					p, err := param(lp, where)
					if err != nil {
						return nil, err
					}
					np := Param{Name: p.Name, In: p.In, Required: p.Required || p.In == "path", Description: strings.TrimSpace(p.Description),
						Type: lightType(p.Schema), Example: lightExample(p)}
					key := p.In + ":" + p.Name
					if i, ok := seen[key]; ok {
						o.Params[i] = np
						continue
					}
					seen[key] = len(o.Params)
					o.Params = append(o.Params, np)
				}
			}
			sort.SliceStable(o.Params, func(i, j int) bool { return inRank(o.Params[i].In) < inRank(o.Params[j].In) })
			if b := lo.RequestBody; b != nil {
				if b.Ref != "" {
					name, ok := refName(b.Ref, "#/components/requestBodies/")
					rb, found := root.Components.RequestBodies[name]
					if !ok || !found {
						return nil, broken("the body of %s refers to %q, which the document does not define", where, b.Ref)
					}
					b = &rb
				}
				if mt := lightJSONContent(b.Content); mt != "" {
					o.Body = &Body{MediaType: mt, Required: b.Required}
				}
			}
			codes := make([]string, 0, len(lo.Responses))
			for c := range lo.Responses {
				codes = append(codes, c)
			}
			sort.Slice(codes, func(i, j int) bool {
				if (codes[i] == "default") != (codes[j] == "default") {
					return codes[j] == "default"
				}
				return codes[i] < codes[j]
			})
			for _, c := range codes {
				r := lo.Responses[c]
				if r.Ref != "" {
					name, ok := refName(r.Ref, "#/components/responses/")
					rr, found := root.Components.Responses[name]
					if !ok || !found {
						return nil, broken("response %s of %s refers to %q, which the document does not define", c, where, r.Ref)
					}
					r = rr
				}
				resp := Response{Code: c, Description: strings.TrimSpace(r.Description)}
				if mt := lightJSONContent(r.Content); mt != "" && len(r.Content[mt].Schema) > 0 {
					resp.MediaType = mt
				}
				o.Responses = append(o.Responses, resp)
			}
			o.docID = lo.OperationID
			o.search = searchText(o)
			s.Ops = append(s.Ops, o)
		}
	}
	tagRank := map[string]int{}
	for i, t := range root.Tags {
		if _, ok := tagRank[t.Name]; !ok {
			tagRank[t.Name] = i
		}
	}
	s.order(tagRank)
	return s, nil
}

// maxPathRefs bounds a chain of path item references.
const maxPathRefs = 8

// pathItem follows a path item's $ref: to #/components/pathItems/NAME
// (OpenAPI 3.1) or to another path, #/paths/PATH, and through a chain of
// them, at most maxPathRefs long. Fields written beside a $ref override
// the referenced item's. References to other files or URLs are refused.
func pathItem(paths, items map[string]map[string]json.RawMessage, path string, item map[string]json.RawMessage) (map[string]json.RawMessage, error) {
	for depth := 0; ; depth++ {
		raw, ok := item["$ref"]
		if !ok {
			return item, nil
		}
		var ref string
		if json.Unmarshal(raw, &ref) != nil {
			return nil, fmt.Errorf("the $ref of path %s is not text", path)
		}
		if depth == maxPathRefs {
			return nil, fmt.Errorf("the $refs of path %s go more than %d deep (a loop?)", path, maxPathRefs)
		}
		var target map[string]json.RawMessage
		found := false
		if name, ok := refName(ref, "#/components/pathItems/"); ok {
			target, found = items[name]
		} else if p, ok := refName(ref, "#/paths/"); ok {
			if u, err := url.PathUnescape(p); err == nil {
				p = u
			}
			target, found = paths[p]
		} else if !strings.HasPrefix(ref, "#") {
			return nil, fmt.Errorf("path %s refers to %q: only references inside the document are read", path, ref)
		}
		if !found {
			return nil, fmt.Errorf("path %s refers to %q, which the document does not define", path, ref)
		}
		merged := make(map[string]json.RawMessage, len(target)+len(item))
		for k, v := range target {
			merged[k] = v
		}
		for k, v := range item {
			if k != "$ref" {
				merged[k] = v
			}
		}
		item = merged
	}
}

// inlinePathRefs returns the document js with its path items' $refs
// replaced by the items they refer to (see pathItem), for kin-openapi,
// which does not follow them; js itself when it has none.
func inlinePathRefs(js []byte) ([]byte, error) {
	var top struct {
		Paths      map[string]map[string]json.RawMessage `json:"paths"`
		Components struct {
			PathItems map[string]map[string]json.RawMessage `json:"pathItems"`
		} `json:"components"`
	}
	if err := json.Unmarshal(js, &top); err != nil {
		return nil, err
	}
	refs := false
	for _, item := range top.Paths {
		if _, ok := item["$ref"]; ok {
			refs = true
			break
		}
	}
	if !refs {
		return js, nil
	}
	paths := make(map[string]map[string]json.RawMessage, len(top.Paths))
	for path, item := range top.Paths {
		resolved, err := pathItem(top.Paths, top.Components.PathItems, path, item)
		if err != nil {
			return nil, err
		}
		paths[path] = resolved
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(js, &doc); err != nil {
		return nil, err
	}
	var err error
	if doc["paths"], err = json.Marshal(paths); err != nil {
		return nil, err
	}
	return json.Marshal(doc)
}

// lightJSONContent is the media type lightIndex reports for a content
// map: application/json, else a JSON one, else the first.
func lightJSONContent(c map[string]lightMedia) string {
	if len(c) == 0 {
		return ""
	}
	if _, ok := c["application/json"]; ok {
		return "application/json"
	}
	names := make([]string, 0, len(c))
	for n := range c {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if isJSONType(n) {
			return n
		}
	}
	return names[0]
}

// lightType says what a parameter's schema holds.
func lightType(s *lightSchema) string {
	if s == nil {
		return ""
	}
	if s.Ref != "" {
		return s.Ref[strings.LastIndex(s.Ref, "/")+1:]
	}
	var name string
	switch t := s.Type.(type) {
	case string:
		name = t
	case []any:
		var ts []string
		for _, v := range t {
			if v, ok := v.(string); ok && v != "null" {
				ts = append(ts, v)
			}
		}
		name = strings.Join(ts, "|")
	}
	if name == "array" && s.Items != nil {
		name = "array of " + lightType(s.Items)
	}
	if s.Format != "" {
		name += " (" + s.Format + ")"
	}
	return name
}

// lightExample is a parameter's example value as text, "" when none.
func lightExample(p lightParam) string {
	v := p.Example
	if v == nil {
		keys := make([]string, 0, len(p.Examples))
		for k := range p.Examples {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if len(keys) > 0 {
			v = p.Examples[keys[0]].Value
		}
	}
	if v == nil && p.Schema != nil {
		switch {
		case p.Schema.Example != nil:
			v = p.Schema.Example
		case p.Schema.Default != nil:
			v = p.Schema.Default
		case len(p.Schema.Enum) > 0:
			v = p.Schema.Enum[0]
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
