package openapi

import (
	"os"
	"path/filepath"
	"testing"

	"tokentui/demo"
)

// FuzzParse: no input makes Parse (or the full load after it) panic or
// hang; a document either loads or gives a ParseError.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"swashbuckle.json", "petstore30.yaml", "broken.json", "broken.yaml"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(demo.OpenAPIDocument("http://x/api/v1/", "http://x/token")))
	f.Add([]byte(`{"openapi":"3.1.0","paths":{"/a":{"get":{"parameters":[{"$ref":"#/components/parameters/p"}]}}},"components":{"parameters":{"p":{"name":"p","in":"query"}}}}`))
	f.Add([]byte("a: &a [*a, *a]\nb: *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		spec, err := Parse(data, "fuzz")
		if err != nil {
			return
		}
		_ = spec.Filter("get a")
		for _, o := range spec.Ops {
			o.Check([]string{"x"})
			_, _ = spec.Target(o, "http://h/", map[string]string{})
		}
		if len(spec.Ops) > 0 {
			_, _, _ = spec.BodyExample(spec.Ops[0])
			_ = spec.CheckResponse(spec.Ops[0], 200, "application/json", []byte(`{"a":1}`), false)
		}
	})
}
