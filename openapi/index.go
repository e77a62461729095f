package openapi

import (
	"encoding/json"
	"net/url"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
)

// Spec is an API's OpenAPI document, its operations indexed.
type Spec struct {
	Title      string
	Version    string       // the API's version (info.version)
	Format     string       // "OpenAPI 3.1.0", "Swagger 2.0"…
	Source     string       // the URL or file it was read from
	Size       int          // bytes of the document
	ServerPath string       // the path of its first server (or Swagger's basePath), e.g. "/api/v1"; "" for none
	Ops        []*Operation // grouped by tag (in the document's tag order), then by path and method
	Tags       []string     // the groups of Ops, in order; "" is the group of untagged operations

	FetchedAt time.Time // when it was read from its source
	FromCache bool      // read from the disk cache

	byID map[string]*Operation

	dataMu   sync.Mutex             // guards data and load
	data     []byte                 // the document as JSON, until the full load
	load     func() ([]byte, error) // reads the document when data is nil (a Spec from the derived index)
	swagger  bool                   // a Swagger 2.0 document, converted (its operations are not read one by one)
	oneMu    sync.Mutex
	one      map[*Operation]opDetail // operations read one by one, before the full load
	fullOnce sync.Once
	fullDone atomic.Bool // Full has finished (well or not)
	fullErr  error
	doc      *openapi3.T                        // the whole document, after the full load
	kinOps   map[*Operation]*openapi3.Operation // after the full load
	bodies   map[*Operation]bodyDetail          // after the full load
	source   string
}

// bodyDetail is what the full load adds to a Body.
type bodyDetail struct {
	example string
	fields  []Field
}

// Operation is one method on one path, as the document declares it. Its
// text comes from the document's author: make it inert before display.
type Operation struct {
	ID          string // operationId, else "METHOD /path"
	Method      string // upper case
	Path        string // as the document writes it, e.g. /items/{id}
	Summary     string
	Description string
	Tag         string // its first tag, "" for none
	Deprecated  bool
	// Security lists the alternatives (any one is enough) of requirements
	// (all of one are needed). Empty: the operation is public.
	Security  []Requirement
	Params    []Param
	Body      *Body // nil when it takes none
	Responses []Response

	docID  string // the document's operationId, "" when it has none
	search string // lower-case method, path, summary and id, for Filter
}

// Requirement is one security requirement object: every scheme in it.
type Requirement []SchemeScopes

// SchemeScopes is one security scheme of a requirement and the scopes it
// asks for. Type is the scheme's type: oauth2, openIdConnect, http,
// apiKey… ("" when the document does not define the scheme).
type SchemeScopes struct {
	Scheme string
	Type   string
	Scopes []string
}

// Param is a path, query, header or cookie parameter.
type Param struct {
	Name        string
	In          string // path, query, header, cookie
	Required    bool
	Type        string // the schema's type, e.g. "integer", "array of string"
	Description string
	Example     string // an example value, when the document gives one
}

// Body is the request body an operation takes.
type Body struct {
	MediaType string // the one the example is for, JSON when offered
	Required  bool
}

// Field is one field of a body's schema, nested fields as "a.b", items of
// arrays as "a[].b".
type Field struct {
	Path     string
	Type     string
	Required bool
}

// Response is one response the operation declares.
type Response struct {
	Code        string // "200", "2XX", "default"
	Description string
	MediaType   string // of its JSON schema, "" when none
}

var methodOrder = map[string]int{"GET": 0, "POST": 1, "PUT": 2, "PATCH": 3, "DELETE": 4, "HEAD": 5, "OPTIONS": 6, "TRACE": 7}

// index builds the Spec of a document kin-openapi has read whole (Swagger
// 2.0, converted).
func index(doc *openapi3.T) *Spec {
	s := &Spec{doc: doc, byID: map[string]*Operation{}}
	if doc.Info != nil {
		s.Title, s.Version = doc.Info.Title, doc.Info.Version
	}
	if len(doc.Servers) > 0 && doc.Servers[0] != nil {
		s.ServerPath = serverPath(doc.Servers[0].URL)
	}
	tagRank := map[string]int{}
	for i, t := range doc.Tags {
		if t != nil {
			if _, ok := tagRank[t.Name]; !ok {
				tagRank[t.Name] = i
			}
		}
	}
	for path, item := range doc.Paths.Map() {
		if item == nil {
			continue
		}
		for method, op := range item.Operations() {
			if op == nil {
				continue
			}
			o := newOperation(doc, strings.ToUpper(method), path, item, op)
			s.Ops = append(s.Ops, o)
		}
	}
	s.order(tagRank)
	return s
}

// order sorts the operations by tag (in the document's tag order, the
// untagged last), path and method, and indexes them by id.
func (s *Spec) order(tagRank map[string]int) {
	sort.Slice(s.Ops, func(i, j int) bool {
		a, b := s.Ops[i], s.Ops[j]
		if a.Tag != b.Tag {
			ra, oka := tagRank[a.Tag]
			rb, okb := tagRank[b.Tag]
			switch {
			case a.Tag == "" || b.Tag == "":
				return b.Tag == "" // untagged last
			case oka && okb:
				return ra < rb
			case oka != okb:
				return oka
			}
			return a.Tag < b.Tag
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return rank(a.Method) < rank(b.Method)
	})
	s.link()
}

// link lists the groups of the ordered operations and indexes them by id.
func (s *Spec) link() {
	for _, o := range s.Ops {
		if len(s.Tags) == 0 || s.Tags[len(s.Tags)-1] != o.Tag {
			s.Tags = append(s.Tags, o.Tag)
		}
		if _, dup := s.byID[o.ID]; !dup {
			s.byID[o.ID] = o
		}
		s.byID[o.Method+" "+o.Path] = o
	}
}

// Full reads the whole document once — schemas included — with
// kin-openapi; the list needs none of it, example bodies and response
// checks do (of one operation, they need not wait for it: see opDetail).
// It is safe for concurrent use; later calls return at once.
func (s *Spec) Full() error {
	s.fullOnce.Do(func() {
		defer s.fullDone.Store(true)
		if s.swagger && s.doc == nil { // from the index: convert it again
			raw, err := s.load()
			if err != nil {
				s.fullErr = err
				return
			}
			p, err := Parse(raw, s.source)
			if err != nil {
				s.fullErr = err
				return
			}
			s.doc = p.doc
		}
		if s.doc == nil {
			data, err := s.jsonDoc()
			if err != nil {
				s.fullErr = err
				return
			}
			js, err := inlinePathRefs(data)
			if err != nil {
				s.fullErr = &ParseError{Source: s.source, Msg: err.Error()}
				return
			}
			doc := &openapi3.T{}
			if err := json.Unmarshal(js, doc); err != nil {
				s.fullErr = jsonError(data, err, s.source, data)
				return
			}
			if err := openapi3.NewLoader().ResolveRefsIn(doc, nil); err != nil {
				s.fullErr = &ParseError{Source: s.source, Msg: err.Error()}
				return
			}
			s.doc = doc
		}
		s.dataMu.Lock()
		s.data, s.load = nil, nil
		s.dataMu.Unlock()
		s.kinOps = make(map[*Operation]*openapi3.Operation, len(s.Ops))
		s.bodies = map[*Operation]bodyDetail{}
		for _, o := range s.Ops {
			item := s.doc.Paths.Value(o.Path)
			if item == nil {
				continue
			}
			kop := item.GetOperation(o.Method)
			if kop == nil {
				continue
			}
			s.kinOps[o] = kop
			if o.Body != nil {
				ex, fields := bodyExample(kop.RequestBody)
				s.bodies[o] = bodyDetail{example: ex, fields: fields}
			}
		}
	})
	return s.fullErr
}

// jsonDoc is the OpenAPI 3 document as JSON: held since the parse, or
// read again (a Spec from the derived index) and then held.
func (s *Spec) jsonDoc() ([]byte, error) {
	s.dataMu.Lock()
	defer s.dataMu.Unlock()
	if s.data != nil {
		return s.data, nil
	}
	if s.load == nil {
		return nil, &ParseError{Source: s.source, Msg: "the document was already read whole"}
	}
	raw, err := s.load()
	if err != nil {
		return nil, err
	}
	js := raw
	if !looksJSON(raw) {
		if js, err = yamlToJSON(raw, s.source); err != nil {
			return nil, err
		}
	}
	s.data = js
	return js, nil
}

// RequiredFields lists the required fields of the operation's body, and
// whether they are known yet: it never waits for the full load, so a view
// may call it.
func (s *Spec) RequiredFields(o *Operation) ([]string, bool) {
	if !s.fullDone.Load() || s.fullErr != nil {
		return nil, false
	}
	var out []string
	for _, f := range s.bodies[o].fields {
		if f.Required {
			out = append(out, f.Path)
		}
	}
	return out, true
}

// BodyExample is an example of the operation's body built from its schema
// (indented JSON; "" when not JSON) and the schema's fields, required ones
// marked. Before the full load, it reads the one operation (see opDetail).
func (s *Spec) BodyExample(o *Operation) (string, []Field, error) {
	if o.Body == nil {
		return "", nil, nil
	}
	_, d, err := s.opDetail(o)
	if err != nil {
		return "", nil, err
	}
	return d.example, d.fields, nil
}

func rank(method string) int {
	if r, ok := methodOrder[method]; ok {
		return r
	}
	return len(methodOrder)
}

// serverPath is the path of a server URL (variables left as they are),
// without its trailing slash.
func serverPath(raw string) string {
	if u, err := url.Parse(raw); err == nil && (u.Scheme != "" || strings.HasPrefix(raw, "/")) {
		return strings.TrimRight(u.Path, "/")
	}
	return ""
}

func newOperation(doc *openapi3.T, method, path string, item *openapi3.PathItem, op *openapi3.Operation) *Operation {
	o := &Operation{
		ID: op.OperationID, Method: method, Path: path, Summary: strings.TrimSpace(op.Summary),
		Description: strings.TrimSpace(op.Description), Deprecated: op.Deprecated,
	}
	if o.ID == "" {
		o.ID = method + " " + path
	}
	if len(op.Tags) > 0 {
		o.Tag = op.Tags[0]
	}
	if o.Summary == "" && o.Description != "" {
		first, _, _ := strings.Cut(o.Description, "\n")
		o.Summary = strings.TrimSpace(first)
	}
	reqs := doc.Security
	if op.Security != nil {
		reqs = *op.Security
	}
	o.Security = requirements(doc, reqs)
	o.Params = params(item.Parameters, op.Parameters)
	if mt, req, ok := bodyType(op.RequestBody); ok {
		o.Body = &Body{MediaType: mt, Required: req}
	}
	o.Responses = responses(op.Responses)
	o.docID = op.OperationID
	o.search = searchText(o)
	return o
}

// requirements lists the security alternatives; an empty requirement
// ({}) makes security optional, so the operation counts as public.
func requirements(doc *openapi3.T, reqs openapi3.SecurityRequirements) []Requirement {
	var out []Requirement
	for _, r := range reqs {
		if len(r) == 0 {
			return nil
		}
		names := make([]string, 0, len(r))
		for name := range r {
			names = append(names, name)
		}
		sort.Strings(names)
		var req Requirement
		for _, name := range names {
			ss := SchemeScopes{Scheme: name, Scopes: append([]string(nil), r[name]...)}
			if doc.Components != nil {
				if ref := doc.Components.SecuritySchemes[name]; ref != nil && ref.Value != nil {
					ss.Type = ref.Value.Type
				}
			}
			req = append(req, ss)
		}
		out = append(out, req)
	}
	return out
}

func params(lists ...openapi3.Parameters) []Param {
	var out []Param
	seen := map[string]int{}
	for _, list := range lists {
		for _, ref := range list {
			if ref == nil || ref.Value == nil {
				continue
			}
			p := ref.Value
			np := Param{Name: p.Name, In: p.In, Required: p.Required || p.In == "path", Description: strings.TrimSpace(p.Description)}
			if p.Schema != nil {
				np.Type = typeName(p.Schema, 0)
			}
			if ex := paramExample(p); ex != "" {
				np.Example = ex
			}
			key := p.In + ":" + p.Name
			if i, ok := seen[key]; ok { // an operation's parameter overrides the path item's
				out[i] = np
				continue
			}
			seen[key] = len(out)
			out = append(out, np)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return inRank(out[i].In) < inRank(out[j].In) })
	return out
}

func inRank(in string) int {
	switch in {
	case "path":
		return 0
	case "query":
		return 1
	case "header":
		return 2
	}
	return 3
}

// Scopes lists every scope the operation's requirements name, in order,
// once each.
func (o *Operation) Scopes() []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range o.Security {
		for _, ss := range r {
			for _, sc := range ss.Scopes {
				if !seen[sc] {
					seen[sc] = true
					out = append(out, sc)
				}
			}
		}
	}
	return out
}

// Public reports whether the operation asks for no credentials.
func (o *Operation) Public() bool { return len(o.Security) == 0 }

// PathParams are the operation's path parameters, in order.
func (o *Operation) PathParams() []Param { return o.paramsIn("path") }

// QueryParams are the operation's query parameters, in order.
func (o *Operation) QueryParams() []Param { return o.paramsIn("query") }

func (o *Operation) paramsIn(in string) []Param {
	var out []Param
	for _, p := range o.Params {
		if p.In == in {
			out = append(out, p)
		}
	}
	return out
}

// Find returns the operation with this operationId, or written as
// "METHOD /path" (method in any case); nil when there is none.
func (s *Spec) Find(name string) *Operation {
	if o := s.byID[name]; o != nil {
		return o
	}
	if m, p, ok := strings.Cut(strings.TrimSpace(name), " "); ok {
		return s.byID[strings.ToUpper(m)+" "+strings.TrimSpace(p)]
	}
	return nil
}

// Filter returns the operations whose method, path, summary or
// operationId hold every word of query (case ignored), in Ops order; all
// of them for an empty query. The result shares nothing it may change.
func (s *Spec) Filter(query string) []*Operation {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return append([]*Operation(nil), s.Ops...)
	}
	out := make([]*Operation, 0, 64)
next:
	for _, o := range s.Ops {
		for _, w := range words {
			if !strings.Contains(o.search, w) {
				continue next
			}
		}
		out = append(out, o)
	}
	return out
}

// Match finds the operation a request is for: method and a URL path (the
// part after the API base, or a whole path), matched against the
// documents' path templates; nil when none matches.
func (s *Spec) Match(method, path string) *Operation {
	method = strings.ToUpper(method)
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	segs := splitPath(path)
	var best *Operation
	bestVars := 1 << 30
	for _, o := range s.Ops {
		if o.Method != method {
			continue
		}
		tpl := splitPath(o.Path)
		if sp := splitPath(s.ServerPath); len(segs) >= len(tpl)+len(sp) && len(segs) > len(tpl) && hasPrefix(segs, sp) {
			// the path was given with the server's prefix
			if vars, ok := matchSegs(segs[len(sp):], tpl); ok && vars < bestVars {
				best, bestVars = o, vars
			}
		}
		// or with any prefix (the API base's path): match the tail
		if len(segs) >= len(tpl) {
			if vars, ok := matchSegs(segs[len(segs)-len(tpl):], tpl); ok && vars < bestVars {
				best, bestVars = o, vars
			}
		}
	}
	return best
}

func splitPath(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

func hasPrefix(segs, prefix []string) bool {
	if len(prefix) > len(segs) {
		return false
	}
	for i := range prefix {
		if segs[i] != prefix[i] {
			return false
		}
	}
	return true
}

// matchSegs matches path segments against template segments; vars counts
// the template variables used (fewer is a closer match).
func matchSegs(segs, tpl []string) (int, bool) {
	if len(segs) != len(tpl) {
		return 0, false
	}
	vars := 0
	for i, t := range tpl {
		if strings.HasPrefix(t, "{") && strings.HasSuffix(t, "}") {
			if segs[i] == "" {
				return 0, false
			}
			vars++
			continue
		}
		if t != segs[i] {
			return 0, false
		}
	}
	return vars, true
}
