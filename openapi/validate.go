package openapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// MaxDifferences is how many differences a Conformance keeps.
const MaxDifferences = 5

// Conformance says how a response compares with what the operation
// declares.
type Conformance struct {
	Status      int
	Declared    bool   // the status is declared, exactly, by range (2XX) or as default
	DeclaredAs  string // "200", "2XX", "default"; "" when not declared
	DeclaredAll []string
	Validated   bool     // the JSON body was checked against a schema
	Differences []string // the first differences found (at most MaxDifferences), "at /path: reason"
	More        int      // differences beyond those
	Note        string   // why the body was not checked, when it was not: no schema, not JSON, too large…
}

// OK reports whether the response matches the document.
func (c Conformance) OK() bool { return c.Declared && len(c.Differences) == 0 }

// CheckResponse compares a response (status, content type, body) with the
// operation's declared responses, validating a JSON body against the
// declared schema. truncated says the body is only the start of it.
func (s *Spec) CheckResponse(o *Operation, status int, contentType string, body []byte, truncated bool) Conformance {
	c := Conformance{Status: status}
	for _, r := range o.Responses {
		c.DeclaredAll = append(c.DeclaredAll, r.Code)
	}
	kop, _, err := s.opDetail(o)
	if err != nil {
		c.Note = err.Error()
		return c
	}
	if kop == nil || kop.Responses == nil {
		c.Note = "the operation declares no responses"
		return c
	}
	code := strconv.Itoa(status)
	var ref *openapi3.ResponseRef
	for _, k := range []string{code, code[:1] + "XX", code[:1] + "xx", "default"} {
		if r := kop.Responses.Value(k); r != nil {
			ref, c.DeclaredAs = r, k
			break
		}
	}
	if ref == nil || ref.Value == nil {
		return c
	}
	c.Declared = true
	if len(ref.Value.Content) == 0 {
		if len(strings.TrimSpace(string(body))) > 0 {
			c.Note = "no body is declared for it"
		}
		return c
	}
	if !isJSONType(contentType) && !(contentType == "" && json.Valid(body)) {
		c.Note = "the body is not JSON"
		return c
	}
	mt := ref.Value.Content.Get(contentType)
	if mt == nil {
		_, mt = jsonContent(ref.Value.Content)
	}
	if mt == nil || mt.Schema == nil || mt.Schema.Value == nil {
		c.Note = "no schema is declared for it"
		return c
	}
	if truncated {
		c.Note = "the body is too large to check"
		return c
	}
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		c.Differences = []string{"the body is not valid JSON: " + err.Error()}
		c.Validated = true
		return c
	}
	c.Validated = true
	err = mt.Schema.Value.VisitJSON(v, openapi3.MultiErrors(), openapi3.VisitAsResponse())
	var all []string
	collect(err, &all)
	if len(all) > MaxDifferences {
		c.More = len(all) - MaxDifferences
		all = all[:MaxDifferences]
	}
	c.Differences = all
	return c
}

// collect flattens a validation error into "at /pointer: reason" lines.
func collect(err error, out *[]string) {
	if err == nil {
		return
	}
	var me openapi3.MultiError
	if errors.As(err, &me) {
		for _, e := range me {
			collect(e, out)
		}
		return
	}
	var se *openapi3.SchemaError
	if errors.As(err, &se) {
		if se.Origin != nil {
			var inner openapi3.MultiError
			if errors.As(se.Origin, &inner) {
				collect(inner, out)
				return
			}
		}
		at := "/" + strings.Join(se.JSONPointer(), "/")
		reason := se.Reason
		if reason == "" {
			reason = se.Error()
		}
		line := fmt.Sprintf("at %s: %s", at, reason)
		for _, l := range *out {
			if l == line {
				return
			}
		}
		*out = append(*out, line)
		return
	}
	*out = append(*out, err.Error())
}
