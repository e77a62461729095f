package openapi

import (
	"errors"
	"strings"
	"testing"
)

// pathRefDoc is an OpenAPI 3.1 document whose paths refer to path items:
// one in components.pathItems, one to another path (its parameters and
// a local override beside the $ref), and one chain of two.
const pathRefDoc = `{
  "openapi": "3.1.0",
  "info": {"title": "refs", "version": "1"},
  "paths": {
    "/items": {"$ref": "#/components/pathItems/Items"},
    "/items/{id}": {
      "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
      "get": {"operationId": "getItem", "responses": {"200": {"description": "ok"}}}
    },
    "/things/{id}": {"$ref": "#/paths/~1items~1%7Bid%7D",
      "delete": {"operationId": "deleteThing", "responses": {"204": {"description": "gone"}}}},
    "/alias": {"$ref": "#/paths/~1items"}
  },
  "components": {
    "pathItems": {
      "Items": {
        "get": {"operationId": "listItems", "summary": "List", "responses": {"200": {"description": "ok"}}},
        "post": {"operationId": "createItem",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {
            "type": "object", "required": ["name"], "properties": {"name": {"type": "string", "example": "x"}}}}}},
          "responses": {"201": {"description": "made"}}}
      }
    }
  }
}`

func TestPathItemRefs(t *testing.T) {
	spec, err := Parse([]byte(pathRefDoc), "refs")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range spec.Ops {
		got = append(got, o.Method+" "+o.Path+" "+o.ID)
	}
	want := []string{
		"GET /alias listItems", "POST /alias createItem",
		"GET /items listItems", "POST /items createItem",
		"GET /items/{id} getItem",
		"GET /things/{id} getItem", "DELETE /things/{id} deleteThing",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("operations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// the operation id is shared by the two paths of the same item: Find
	// gives the first; METHOD /path finds each
	if o := spec.Find("GET /things/{id}"); o == nil || len(o.PathParams()) != 1 || o.PathParams()[0].Type != "integer" {
		t.Errorf("the parameters of the referenced item: %+v", o)
	}
	if o := spec.Find("POST /items"); o == nil || o.Body == nil || !o.Body.Required {
		t.Fatalf("the body of a referenced item: %+v", o)
	}
	ex, fields, err := spec.BodyExample(spec.Find("POST /alias"))
	if err != nil || !strings.Contains(ex, `"name": "x"`) || len(fields) != 1 || !fields[0].Required {
		t.Errorf("the example of a body under a referenced item: %q %v %v", ex, fields, err)
	}
}

func TestPathItemRefsRefused(t *testing.T) {
	for _, c := range []struct{ name, paths, want string }{
		{"external file", `"/x": {"$ref": "other.yaml#/paths/~1x"}`, "only references inside the document"},
		{"external URL", `"/x": {"$ref": "https://example.com/api.json#/paths/~1x"}`, "only references inside the document"},
		{"undefined", `"/x": {"$ref": "#/components/pathItems/Nope"}`, "does not define"},
		{"a loop", `"/x": {"$ref": "#/paths/~1y"}, "/y": {"$ref": "#/paths/~1x"}`, "more than 8 deep"},
		{"elsewhere in the document", `"/x": {"$ref": "#/x-shared/item"}`, "does not define"},
		{"not text", `"/x": {"$ref": 7}`, "is not text"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := `{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {` + c.paths + `}}`
			_, err := Parse([]byte(doc), "refs")
			if !errors.Is(err, ErrBroken) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error saying %q", err, c.want)
			}
		})
	}
}
