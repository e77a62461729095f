package openapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"tokentui/demo"
)

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sandboxToken gets a token of client from a running sandbox.
func sandboxToken(t *testing.T, s *demo.Server, client string) string {
	t.Helper()
	resp, err := http.PostForm(s.TokenURL, url.Values{"grant_type": {"client_credentials"}, "client_id": {client}, "client_secret": {demo.ClientSecret}})
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var tr struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil || tr.AccessToken == "" {
		t.Fatalf("no token: %v %d", err, resp.StatusCode)
	}
	return tr.AccessToken
}

func startSandbox(t *testing.T) *demo.Server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s, err := demo.Start(ctx, demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); <-s.Done() })
	return s
}

func TestSandboxSpecFoundByDiscovery(t *testing.T) {
	s := startSandbox(t)
	l := &Loader{CacheDir: t.TempDir()}
	spec, err := l.Load(context.Background(), "", s.APIURL, false)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if spec.Format != "OpenAPI 3.1.0" || spec.Source != strings.TrimRight(s.APIURL, "/")+"/openapi.json" {
		t.Errorf("format %q source %q", spec.Format, spec.Source)
	}
	var ids []string
	for _, o := range spec.Ops {
		ids = append(ids, o.ID)
	}
	want := []string{"listItems", "createItem", "getItem", "getMe", "getLarge", "getSlow"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("operations %v, want %v (grouped by tag in the document's order)", ids, want)
	}
	if got := spec.Find("createItem").Scopes(); !reflect.DeepEqual(got, []string{"demo.write"}) {
		t.Errorf("createItem scopes %v", got)
	}
	if got := spec.Find("GET /items").Scopes(); !reflect.DeepEqual(got, []string{"demo.read"}) {
		t.Errorf("listItems scopes %v", got)
	}
	// coverage for the read-only client
	ro := []string{"demo.read"}
	for id, want := range map[string]Coverage{"listItems": Covered, "createItem": Missing, "getMe": Covered} {
		if got := spec.Find(id).Check(ro); got.Coverage != want {
			t.Errorf("%s with demo.read: %v, want %v", id, got.Coverage, want)
		}
	}
	if c := spec.Find("createItem").Check(ro); !reflect.DeepEqual(c.Missing, []string{"demo.write"}) {
		t.Errorf("missing %v", c.Missing)
	}
	// the body example and its required field
	b := spec.Find("createItem").Body
	ex, fields, err := spec.BodyExample(spec.Find("createItem"))
	if b == nil || !b.Required || err != nil || !strings.Contains(ex, `"name": "my item"`) || len(fields) != 1 || !fields[0].Required {
		t.Errorf("body %+v %q %+v %v", b, ex, fields, err)
	}
	// the path to request, relative to the API base (the server path is already in it)
	target, err := spec.Target(spec.Find("getItem"), s.APIURL, map[string]string{"id": "2"})
	if err != nil || target != "/items/2" {
		t.Errorf("Target = %q, %v", target, err)
	}
	if _, err := spec.Target(spec.Find("getItem"), s.APIURL, nil); !errors.Is(err, ErrParam) {
		t.Errorf("no id: %v", err)
	}
	if _, err := spec.Target(spec.Find("getItem"), s.APIURL, map[string]string{"nope": "1"}); !errors.Is(err, ErrParam) || !strings.Contains(err.Error(), "it takes id") {
		t.Errorf("unknown param: %v", err)
	}
	if got, _ := spec.Target(spec.Find("getSlow"), s.APIURL, map[string]string{"ms": "5"}); got != "/slow?ms=5" {
		t.Errorf("query: %q", got)
	}
	if o := spec.Match("GET", "items/3"); o == nil || o.ID != "getItem" {
		t.Errorf("Match items/3: %v", o)
	}
	if o := spec.Match("POST", "/api/v1/items"); o == nil || o.ID != "createItem" {
		t.Errorf("Match /api/v1/items: %v", o)
	}

	// real responses of the sandbox, checked against the document
	tok := sandboxToken(t, s, demo.ClientID)
	get := func(path string) (int, string, []byte) {
		req, _ := http.NewRequest("GET", s.APIURL+path, nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var buf strings.Builder
		_, _ = io_copy(&buf, resp)
		return resp.StatusCode, resp.Header.Get("Content-Type"), []byte(buf.String())
	}
	for _, c := range []struct{ id, path string }{{"listItems", "items"}, {"getItem", "items/1"}, {"getMe", "me"}, {"getSlow", "slow?ms=1"}, {"getLarge", "large?n=3"}} {
		st, ct, body := get(c.path)
		conf := spec.CheckResponse(spec.Find(c.id), st, ct, body, false)
		if !conf.OK() || !conf.Validated {
			t.Errorf("%s: the sandbox's answer does not match its own document: %+v", c.id, conf)
		}
	}
	st, ct, body := get("items/99")
	if conf := spec.CheckResponse(spec.Find("getItem"), st, ct, body, false); !conf.OK() || conf.DeclaredAs != "404" {
		t.Errorf("404: %+v", conf)
	}
}

func io_copy(b *strings.Builder, resp *http.Response) (int64, error) {
	buf := make([]byte, 32<<10)
	var n int64
	for {
		k, err := resp.Body.Read(buf)
		b.Write(buf[:k])
		n += int64(k)
		if err != nil {
			return n, nil
		}
	}
}

func TestCheckResponseDifferences(t *testing.T) {
	s := startSandbox(t)
	spec, err := (&Loader{}).Load(context.Background(), s.IssuerURL+demo.OpenAPIPath, s.APIURL, false)
	if err != nil {
		t.Fatal(err)
	}
	o := spec.Find("getItem")
	conf := spec.CheckResponse(o, 200, "application/json", []byte(`{"id": "one", "name": 5}`), false)
	if conf.OK() || !conf.Validated || len(conf.Differences) < 3 {
		t.Fatalf("differences %+v", conf)
	}
	all := strings.Join(conf.Differences, "\n")
	for _, want := range []string{"/id", "/name", "created_by"} {
		if !strings.Contains(all, want) {
			t.Errorf("differences lack %q:\n%s", want, all)
		}
	}
	if conf := spec.CheckResponse(o, 418, "application/json", []byte(`{}`), false); conf.Declared {
		t.Errorf("418 declared? %+v", conf)
	}
	if conf := spec.CheckResponse(o, 200, "text/html", []byte(`<html>`), false); conf.Validated || conf.Note == "" {
		t.Errorf("html: %+v", conf)
	}
}

func TestSwashbuckleSwagger2(t *testing.T) {
	spec, err := Parse(mustRead(t, "swashbuckle.json"), "swashbuckle.json")
	if err != nil {
		t.Fatal(err)
	}
	if spec.Format != "Swagger 2.0" || spec.ServerPath != "/cargarh" || len(spec.Ops) != 4 {
		t.Fatalf("format %q server %q ops %d", spec.Format, spec.ServerPath, len(spec.Ops))
	}
	o := spec.Find("Servidores_Create")
	if o == nil || !reflect.DeepEqual(o.Scopes(), []string{"api-cargarh-base", "api-cargarh-escrita"}) {
		t.Fatalf("create: %+v", o)
	}
	if c := o.Check([]string{"api-cargarh-base"}); c.Coverage != Missing || !reflect.DeepEqual(c.Missing, []string{"api-cargarh-escrita"}) {
		t.Errorf("check %+v", c)
	}
	ex, fields, err := spec.BodyExample(o)
	if o.Body == nil || err != nil || !strings.Contains(ex, `"nome": "string"`) {
		t.Errorf("body %+v %q %v", o.Body, ex, err)
	}
	var req []string
	for _, f := range fields {
		if f.Required {
			req = append(req, f.Path)
		}
	}
	if !reflect.DeepEqual(req, []string{"nome", "orgao"}) {
		t.Errorf("required fields %v", req)
	}
	if h := spec.Find("Health_Get"); h == nil || !h.Public() || h.Check(nil).Coverage != Public {
		t.Errorf("Health should be public: %+v", h)
	}
	if got, _ := spec.Target(spec.Find("Servidores_Get"), "https://api.example.es.gov.br/", map[string]string{"id": "a b"}); got != "/cargarh/api/Servidores/a%20b" {
		t.Errorf("target %q", got)
	}
	if got, _ := spec.Target(spec.Find("Servidores_Get"), "https://api.example.es.gov.br/cargarh/", map[string]string{"id": "x"}); got != "/api/Servidores/x" {
		t.Errorf("target under basePath %q", got)
	}
	if len(spec.Filter("servidores get")) != 2 || len(spec.Filter("POST")) != 1 || len(spec.Filter("")) != 4 {
		t.Errorf("filter: %d %d", len(spec.Filter("servidores get")), len(spec.Filter("POST")))
	}
}

func TestOpenAPI30YAML(t *testing.T) {
	spec, err := Parse(mustRead(t, "petstore30.yaml"), "petstore30.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if spec.Format != "OpenAPI 3.0.3" || spec.ServerPath != "/organograma/v2" {
		t.Errorf("%q %q", spec.Format, spec.ServerPath)
	}
	g := spec.Find("getUnidade")
	if g == nil || len(g.PathParams()) != 1 || g.PathParams()[0].Type != "string (uuid)" {
		t.Fatalf("getUnidade %+v", g)
	}
	if !reflect.DeepEqual(g.Scopes(), []string{"api-organograma"}) {
		t.Errorf("inherited security: %v", g.Scopes())
	}
	if !spec.Find("status").Public() {
		t.Error("security: [] should make it public")
	}
	if len(g.Responses) != 2 || g.Responses[1].Code != "default" {
		t.Errorf("responses %+v", g.Responses)
	}
	// integer response codes in YAML are read as text
	conf := spec.CheckResponse(spec.Find("listUnidades"), 200, "application/json", []byte(`[{"guid":"x","nome":"a","sigla":null}]`), false)
	if !conf.OK() {
		t.Errorf("conformance %+v", conf)
	}
	conf = spec.CheckResponse(g, 500, "", nil, false)
	if !conf.Declared || conf.DeclaredAs != "default" {
		t.Errorf("default: %+v", conf)
	}
}

func TestBrokenDocuments(t *testing.T) {
	for _, c := range []struct {
		name, data string
		line       int
		want       string
	}{
		{"json syntax", string(mustRead(t, "broken.json")), 6, "line 6, column 5: invalid character"},
		{"yaml syntax", string(mustRead(t, "broken.yaml")), 6, "line 6: did not find expected key"},
		{"html page", "<!doctype html><html><body>Swagger UI</body></html>", 1, "is it an OpenAPI document"},
		{"empty", "", 0, "empty"},
		{"alias inside itself", "openapi: 3.0.0\na: &a [*a, *a]\n", 0, "nested more than"},
		{"not a mapping", "[1, 2]", 1, "not a mapping"},
		{"wrong version", `{"openapi": "4.0", "paths": {}}`, 0, `openapi is "4.0"`},
		{"type error", `{"openapi": "3.0.0", "info": {"title": 5, "version": "1"}, "paths": {}}`, 1, "column 41: Info.Title should be string, not number"},
		{"bad ref", `{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/Nope"}}}}}}`, 0, "Nope"},
		{"external ref", `{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"responses": {"200": {"$ref": "/etc/passwd#/x"}}}}}}`, 0, "passwd"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.data), "spec."+c.name)
			var pe *ParseError
			if !errors.Is(err, ErrBroken) || !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a ParseError", err)
			}
			if pe.Line != c.line || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "spec."+c.name) {
				t.Errorf("err = %v (line %d), want line %d and %q", err, pe.Line, c.line, c.want)
			}
		})
	}
}

func TestTokenOnlyOnTheAPIOrigin(t *testing.T) {
	doc := mustRead(t, "petstore30.yaml")
	var auths []string
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auths = append(auths, r.Header.Get("Authorization"))
		w.Write(doc)
	})
	api := httptest.NewServer(h)
	defer api.Close()
	other := httptest.NewServer(h)
	defer other.Close()
	l := &Loader{Token: func(context.Context) (string, error) { return "TOKEN", nil }}
	if _, err := l.Load(context.Background(), api.URL+"/spec.yaml", api.URL+"/", false); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Load(context.Background(), other.URL+"/spec.yaml", api.URL+"/", false); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(auths, []string{"Bearer TOKEN", ""}) {
		t.Errorf("Authorization sent: %q, want the token only to the API's origin", auths)
	}
	// a redirect from the API's origin elsewhere drops it
	auths = nil
	redir := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/spec.yaml", http.StatusFound)
	}))
	defer redir.Close()
	if _, err := l.Load(context.Background(), redir.URL+"/spec", redir.URL+"/", false); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(auths, []string{""}) {
		t.Errorf("after a redirect elsewhere: %q", auths)
	}
}

func TestCacheAndDiscovery(t *testing.T) {
	doc := mustRead(t, "swashbuckle.json")
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path != "/api/swagger/v1/swagger.json" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-store")
		w.Write(doc)
	}))
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	dir := filepath.Join(t.TempDir(), "cache")
	l := &Loader{CacheDir: dir, Now: func() time.Time { return now }}
	spec, err := l.Load(context.Background(), "", srv.URL+"/api/", false)
	if err != nil || spec.FromCache {
		t.Fatalf("first load: %v", err)
	}
	if hits.Load() != 1 {
		t.Errorf("%d requests, want 1 (Swashbuckle's path is tried first)", hits.Load())
	}
	srv.Close() // from now on the network is gone
	spec, err = l.Load(context.Background(), "", srv.URL+"/api/", false)
	if err != nil || !spec.FromCache || len(spec.Ops) != 4 {
		t.Fatalf("cached load: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v", e.Name(), info.Mode())
		}
	}
	if info, _ := os.Stat(dir); info.Mode().Perm() != 0o700 {
		t.Errorf("dir mode %v", info.Mode())
	}
	now = now.Add(DefaultMaxAge + time.Second)
	if _, err := l.Load(context.Background(), "", srv.URL+"/api/", false); !errors.Is(err, ErrFetch) {
		t.Errorf("expired cache, network gone: %v", err)
	}
}

func TestDiscoveryNotFound(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	_, err := (&Loader{}).Load(context.Background(), "", srv.URL+"/", false)
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "/v3/api-docs answered HTTP 404") {
		t.Errorf("err = %v", err)
	}
	if _, err := (&Loader{}).Load(context.Background(), "", "", false); !errors.Is(err, ErrConfig) {
		t.Errorf("no base: %v", err)
	}
	if _, err := (&Loader{}).Load(context.Background(), "file:testdata/nope.json", "", false); !errors.Is(err, ErrConfig) {
		t.Errorf("missing file: %v", err)
	}
	spec, err := (&Loader{}).Load(context.Background(), "file:testdata/petstore30.yaml", "", false)
	if err != nil || len(spec.Ops) != 3 {
		t.Errorf("file: %v", err)
	}
}

func TestSwagger2YAMLAnd31YAML(t *testing.T) {
	sw := `swagger: "2.0"
info: {title: Legado, version: "1"}
basePath: /legado
securityDefinitions:
  ac: {type: oauth2, flow: application, tokenUrl: "https://id.example/connect/token", scopes: {api-legado: leitura}}
security: [{ac: [api-legado]}]
paths:
  /pessoas/{cpf}:
    get:
      operationId: getPessoa
      parameters: [{name: cpf, in: path, required: true, type: string}]
      responses:
        200: {description: ok, schema: {type: object, properties: {nome: {type: string}}}}
`
	spec, err := Parse([]byte(sw), "legado.yaml")
	if err != nil {
		t.Fatal(err)
	}
	o := spec.Find("getPessoa")
	if spec.Format != "Swagger 2.0" || o == nil || !reflect.DeepEqual(o.Scopes(), []string{"api-legado"}) || o.Responses[0].Code != "200" {
		t.Fatalf("%q %+v", spec.Format, o)
	}
	if c := spec.CheckResponse(o, 200, "application/json", []byte(`{"nome": 1}`), false); c.OK() || len(c.Differences) != 1 {
		t.Errorf("conformance %+v", c)
	}
	oas31 := `openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /x:
    post:
      operationId: postX
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [a], properties: {a: {type: [string, "null"]}, b: {$ref: '#/components/schemas/Nope'}}}
      responses: {'204': {description: none}}
`
	spec, err = Parse([]byte(oas31), "x.yaml")
	if err != nil {
		t.Fatalf("the index needs no schema: %v", err)
	}
	// a broken schema reference shows when the whole document is read
	if _, _, err := spec.BodyExample(spec.Find("postX")); !errors.Is(err, ErrBroken) || !strings.Contains(err.Error(), "Nope") {
		t.Errorf("full load: %v", err)
	}
	if c := spec.CheckResponse(spec.Find("postX"), 204, "", nil, false); c.Note == "" {
		t.Errorf("a document that cannot be read whole should say so: %+v", c)
	}
}
