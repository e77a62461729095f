// Package openapi reads an API's OpenAPI document (OpenAPI 3.0 and 3.1,
// Swagger 2.0; JSON or YAML) and indexes its operations for people who
// call the API with a client-credentials token: which scopes each
// operation declares, whether a token's granted scopes cover them, which
// parameters it takes, an example body built from its schema, and whether
// a response matches what the document declares.
//
// The document is parsed with github.com/getkin/kin-openapi. It was chosen
// over github.com/pb33f/libopenapi because it reads 3.0, 3.1 and (through
// openapi2conv) Swagger 2.0 into one model, so the rest of this package
// deals with one type; it validates values against schemas with
// Schema.VisitJSON, which gives every difference with its JSON pointer;
// and it pulls in few dependencies (libopenapi brings its own YAML and
// JSON-schema stacks and an index that costs more memory on large
// documents). Both are actively maintained.
//
// The version is pinned at v0.135.0: from v0.136.0 on, kin-openapi links
// github.com/santhosh-tekuri/jsonschema/v6, whose init compiles five JSON
// Schema meta-schemas (1.7 MB, about 3 ms) in every run of every command,
// which TestStartupInitIsLight refuses. v0.135.0 reads OpenAPI 3.1's type
// lists; it ignores const and examples in schemas, which only the example
// bodies would use.
//
// Operations are indexed from a light encoding/json decode (see light.go),
// about eight times faster than kin-openapi's full load, which Spec.Full
// does only when a schema is needed.
//
// A [Loader] finds the document of a profile (the openapi field, else the
// usual places under the API base), fetches it — with the profile's token
// only when the document lives on the API's own origin — and caches it on
// disk, with a derived index of its operations beside it (indexcache.go)
// so that a warm load does not parse it again. The package knows nothing about terminals: everything in a [Spec]
// comes from the document's author and must be made inert before display.
package openapi
