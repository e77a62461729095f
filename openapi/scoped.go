package openapi

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// opDetail is one operation read with kin-openapi: what an example body
// and a response check need.
type opDetail struct {
	kop  *openapi3.Operation
	body bodyDetail
}

// opDetail reads one operation with its schemas. After the full load it
// is a look-up; before, only that operation's path item and the
// document's components go through kin-openapi (a few of a large
// document's megabytes), so that `api show` or `call` of one operation
// does not wait for all of them. Should that fail (a reference the
// trimmed document cannot resolve, say), the full load answers.
func (s *Spec) opDetail(o *Operation) (*openapi3.Operation, bodyDetail, error) {
	full := func() (*openapi3.Operation, bodyDetail, error) {
		if err := s.Full(); err != nil {
			return nil, bodyDetail{}, err
		}
		return s.kinOps[o], s.bodies[o], nil
	}
	if s.swagger || s.fullDone.Load() {
		return full()
	}
	s.oneMu.Lock()
	defer s.oneMu.Unlock()
	if d, ok := s.one[o]; ok {
		return d.kop, d.body, nil
	}
	kop, err := s.readOne(o)
	if err != nil {
		return full()
	}
	d := opDetail{kop: kop}
	if o.Body != nil {
		d.body.example, d.body.fields = bodyExample(kop.RequestBody)
	}
	if s.one == nil {
		s.one = map[*Operation]opDetail{}
	}
	s.one[o] = d
	return d.kop, d.body, nil
}

// readOne loads a document trimmed to the operation's path item (its
// $refs followed) and the components, and returns the operation.
func (s *Spec) readOne(o *Operation) (*openapi3.Operation, error) {
	js, err := s.jsonDoc()
	if err != nil {
		return nil, err
	}
	var top struct {
		OpenAPI    json.RawMessage            `json:"openapi"`
		Info       json.RawMessage            `json:"info,omitempty"`
		Paths      map[string]json.RawMessage `json:"paths"`
		Components json.RawMessage            `json:"components,omitempty"`
	}
	if err := json.Unmarshal(js, &top); err != nil {
		return nil, err
	}
	var item map[string]json.RawMessage
	if err := json.Unmarshal(top.Paths[o.Path], &item); err != nil {
		return nil, err
	}
	if _, ok := item["$ref"]; ok {
		var paths map[string]map[string]json.RawMessage
		var comps struct {
			PathItems map[string]map[string]json.RawMessage `json:"pathItems"`
		}
		if err := json.Unmarshal(js, &struct {
			Paths      *map[string]map[string]json.RawMessage `json:"paths"`
			Components any                                    `json:"components"`
		}{&paths, &comps}); err != nil {
			return nil, err
		}
		if item, err = pathItem(paths, comps.PathItems, o.Path, item); err != nil {
			return nil, err
		}
	}
	comps, err := referenced(item, top.Components)
	if err != nil {
		return nil, err
	}
	trimmed, err := json.Marshal(struct {
		OpenAPI    json.RawMessage                       `json:"openapi"`
		Info       json.RawMessage                       `json:"info,omitempty"`
		Paths      map[string]map[string]json.RawMessage `json:"paths"`
		Components map[string]map[string]json.RawMessage `json:"components,omitempty"`
	}{top.OpenAPI, top.Info, map[string]map[string]json.RawMessage{o.Path: item}, comps})
	if err != nil {
		return nil, err
	}
	doc := &openapi3.T{}
	if err := json.Unmarshal(trimmed, doc); err != nil {
		return nil, err
	}
	if err := openapi3.NewLoader().ResolveRefsIn(doc, nil); err != nil {
		return nil, err
	}
	if it := doc.Paths.Value(o.Path); it != nil {
		if kop := it.GetOperation(o.Method); kop != nil {
			return kop, nil
		}
	}
	return nil, fmt.Errorf("%s is not in the document", o.ID)
}

// refRE finds the local references to components in raw JSON.
var refRE = regexp.MustCompile(`"\$ref"\s*:\s*"#/components/([^"/]+)/([^"/]+)`)

// referenced picks from the components (raw JSON) those the path item
// refers to, directly or through other components. A reference it does
// not see (written with escapes, say) is left out: kin-openapi then fails
// to resolve it and the full load answers.
func referenced(item map[string]json.RawMessage, raw json.RawMessage) (map[string]map[string]json.RawMessage, error) {
	if len(raw) == 0 {
		return nil, nil
	}
	var all map[string]map[string]json.RawMessage
	if err := json.Unmarshal(raw, &all); err != nil {
		return nil, err
	}
	out := map[string]map[string]json.RawMessage{}
	var queue []json.RawMessage
	for _, v := range item {
		queue = append(queue, v)
	}
	for len(queue) > 0 {
		v := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, m := range refRE.FindAllSubmatch(v, -1) {
			kind := string(m[1])
			name := strings.ReplaceAll(strings.ReplaceAll(string(m[2]), "~1", "/"), "~0", "~")
			c, ok := all[kind][name]
			if !ok || out[kind][name] != nil {
				continue
			}
			if out[kind] == nil {
				out[kind] = map[string]json.RawMessage{}
			}
			out[kind][name] = c
			queue = append(queue, c)
		}
	}
	return out, nil
}
