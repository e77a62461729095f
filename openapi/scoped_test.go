package openapi

import (
	"reflect"
	"testing"

	"tokentui/openapi/openapitest"
)

// TestOneOperationAsFull: before the full load, an operation's example
// body, fields and response checks, read alone, are those of the full
// load; and reading them does not load the whole document.
func TestOneOperationAsFull(t *testing.T) {
	bodies := map[string][]byte{
		"200 matching":   []byte(`{"campo00":"a","campo01":1}`),
		"200 wrong type": []byte(`{"campo00":7,"campo01":"x","id":1,"name":2}`),
		"array":          []byte(`[{"id":1,"name":"x"}]`),
	}
	for name, doc := range map[string][]byte{
		"petstore": mustRead(t, "petstore30.yaml"), "generated": openapitest.Generate(60), "path refs": []byte(pathRefDoc),
	} {
		t.Run(name, func(t *testing.T) {
			full, err := Parse(doc, "x")
			if err != nil {
				t.Fatal(err)
			}
			if err := full.Full(); err != nil {
				t.Fatal(err)
			}
			for i, fo := range full.Ops {
				one, _ := Parse(doc, "x")
				o := one.Ops[i]
				gotEx, gotFields, err := one.BodyExample(o)
				wantEx, wantFields, _ := full.BodyExample(fo)
				if err != nil || gotEx != wantEx || !reflect.DeepEqual(gotFields, wantFields) {
					t.Errorf("%s: example %q %v %v, want %q %v", o.ID, gotEx, gotFields, err, wantEx, wantFields)
				}
				for bn, body := range bodies {
					for _, status := range []int{200, 201, 404, 500} {
						got := one.CheckResponse(o, status, "application/json", body, false)
						want := full.CheckResponse(fo, status, "application/json", body, false)
						if !reflect.DeepEqual(got, want) {
							t.Errorf("%s %d %s:\n got %+v\nwant %+v", o.ID, status, bn, got, want)
						}
					}
				}
				if one.fullDone.Load() {
					t.Fatalf("%s: reading one operation loaded the whole document", o.ID)
				}
			}
		})
	}
}

// TestOneOperationFallsBackToFull: an operation the trimmed document
// cannot resolve (its schema refers into another path) is read by the
// full load.
func TestOneOperationFallsBackToFull(t *testing.T) {
	doc := `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {
  "/a": {"post": {"operationId": "a", "requestBody": {"content": {"application/json": {"schema":
    {"$ref": "#/paths/~1b/post/requestBody/content/application~1json/schema"}}}}, "responses": {"200": {"description": "ok"}}}},
  "/b": {"post": {"operationId": "b", "requestBody": {"content": {"application/json": {"schema":
    {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer", "example": 3}}}}}}, "responses": {"200": {"description": "ok"}}}}}}`
	spec, err := Parse([]byte(doc), "x")
	if err != nil {
		t.Fatal(err)
	}
	ex, fields, err := spec.BodyExample(spec.Find("a"))
	if err != nil || len(fields) != 1 || fields[0].Path != "n" || ex == "" {
		t.Errorf("%q %v %v", ex, fields, err)
	}
	if !spec.fullDone.Load() {
		t.Error("the full load should have answered")
	}
}
