package flow

import (
	"context"
	"net/url"
	"strings"

	"tokentui/auth"
	"tokentui/openapi"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// SpecFunc reads the profile's OpenAPI document, for step 6's note on the
// operation it calls.
type SpecFunc func(ctx context.Context, fresh bool) (*openapi.Spec, error)

// apiOperation is what the API's OpenAPI document says of step 6's call.
type apiOperation struct {
	Source   string // where the document was read
	ID       string // the operation's id
	Summary  string
	Scopes   []string // declared
	Check    openapi.Check
	Declared bool
	AsDecl   string
	Diffs    int
}

// describeCall looks up the call of step 6 in the document and checks the
// answer against it; nil when there is no document or no such operation.
func describeCall(ctx context.Context, f SpecFunc, spec requests.Spec, resp *requests.Response, tok *auth.Token) *apiOperation {
	if f == nil {
		return nil
	}
	doc, err := f(ctx, false)
	if err != nil || doc == nil {
		return nil
	}
	p := resp.URL
	if u, err := url.Parse(p); err == nil {
		p = u.Path
	}
	method := spec.Method
	if method == "" {
		method = "GET"
	}
	op := doc.Match(method, p)
	if op == nil {
		return nil
	}
	var granted []string
	if tok != nil {
		granted = tok.Scopes
		if granted == nil {
			granted = []string{}
		}
	}
	c := doc.CheckResponse(op, resp.StatusCode, resp.ContentType, resp.Body, resp.Truncated)
	return &apiOperation{Source: doc.Source, ID: op.ID, Summary: op.Summary, Scopes: op.Scopes(), Check: op.Check(granted),
		Declared: c.Declared, AsDecl: c.DeclaredAs, Diffs: len(c.Differences) + c.More}
}

// operationLines says, under step 6's answer, which operation of the
// API's OpenAPI document was called, the scopes it declares against the
// token's, and whether the answer matches the document.
func (m Model) operationLines(d *doc, o *apiOperation) {
	s := d.s
	d.blank()
	d.title(m.t(i18n.FlowOpenAPITitle))
	d.words(s.Value, 2, m.t(i18n.FlowOpenAPIOp, inert.String(o.ID), inert.String(o.Summary)))
	scopes := inert.String(strings.Join(o.Scopes, " "))
	switch o.Check.Coverage {
	case openapi.Public:
		d.words(s.Muted, 2, m.t(i18n.ExplorerPublic))
	case openapi.Covered:
		if scopes == "" {
			scopes = m.t(i18n.APIScopesNone)
		}
		d.words(s.Good, 2, m.t(i18n.ExplorerCovered, scopes))
	case openapi.Missing:
		d.words(s.Bad, 2, m.t(i18n.ExplorerLacks, inert.String(strings.Join(o.Check.Missing, " "))))
	}
	switch {
	case !o.Declared:
		d.words(s.Warn, 2, m.t(i18n.FlowOpenAPIUndeclared))
	case o.Diffs > 0:
		d.words(s.Warn, 2, m.t(i18n.FlowOpenAPIDiffers, o.AsDecl, o.Diffs))
	default:
		d.words(s.Muted, 2, m.t(i18n.ConformOK, o.AsDecl))
	}
	d.words(s.Muted, 2, m.t(i18n.FlowOpenAPIMore, m.t(i18n.AppTabRequest)))
}
