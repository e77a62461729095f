package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"tokentui/auth"
	"tokentui/openapi"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// callOp is the operation a `call` target named, when it named one.
type callOp struct {
	spec *openapi.Spec
	op   *openapi.Operation
	path string // what to request: the operation's path with its parameters
}

// parseParams reads --param name=value flags.
func parseParams(lang i18n.Lang, list []string) (map[string]string, error) {
	if len(list) == 0 {
		return nil, nil
	}
	m := make(map[string]string, len(list))
	for _, kv := range list {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return nil, usageIn(lang, i18n.CallBadParam, kv).hintIn(lang, i18n.CallFlagsHint)
		}
		m[strings.TrimSpace(k)] = v
	}
	return m, nil
}

// isBareWord reports whether a call target could be an operationId: no
// slash, query, fragment or scheme.
func isBareWord(target string) bool {
	return target != "" && !strings.ContainsAny(target, "/?#:") && !strings.ContainsAny(target, " \t")
}

// resolveCallOp finds the operation a target names. A bare word is looked
// up as an operationId in the profile's document — read from the cache
// only, unless --param was given or the profile names its document, so
// that `call me` never waits for the network. Without --param, a word that
// is no operation is a path as before.
func resolveCallOp(ctx context.Context, g *globals, p profiles.Profile, c *auth.Client, target string, params map[string]string) (*callOp, error) {
	lang := g.language()
	if !isBareWord(target) {
		if params != nil {
			return nil, usageIn(lang, i18n.CallParamNeedsOp, inert.String(target), p.Name).hintIn(lang, i18n.APINoSuchOpHint, p.Name)
		}
		return nil, nil
	}
	cacheOnly := params == nil && p.OpenAPI == ""
	spec, err := loadSpec(ctx, g, p, c, false, cacheOnly)
	if err != nil {
		if params != nil {
			return nil, err
		}
		return nil, nil
	}
	op := spec.Find(target)
	if op == nil {
		if params != nil {
			return nil, usageIn(lang, i18n.CallParamNeedsOp, inert.String(target), p.Name).hintIn(lang, i18n.APINoSuchOpHint, p.Name)
		}
		return nil, nil
	}
	path, err := spec.Target(op, p.APIBaseURL, params)
	if err != nil {
		return nil, usageErrorf("%s", inert.String(err.Error())).hintIn(lang, i18n.CallParamsHint, p.Name, requests.ShellQuoteIfNeeded(op.ID))
	}
	return &callOp{spec: spec, op: op, path: path}, nil
}

// warnScopes says on stderr, before sending, that the cached token lacks
// a scope the operation declares (the request is sent all the same: the
// API has the last word).
func warnScopes(lang i18n.Lang, w io.Writer, p profiles.Profile, c *auth.Client, co *callOp) {
	if co == nil || c == nil {
		return
	}
	fmt.Fprintln(w, i18n.T(lang, i18n.CallOperation, inert.String(co.op.ID), co.op.Method, inert.String(co.path)))
	t, ok := c.Cached()
	if !ok {
		return
	}
	if chk := co.op.Check(t.Scopes); chk.Coverage == openapi.Missing {
		fmt.Fprintln(w, i18n.T(lang, i18n.CallWarnScope, i18n.T(lang, i18n.ScopeLacks, strings.Join(chk.Missing, " "), inert.String(co.op.ID))))
		fmt.Fprintln(w, i18n.T(lang, i18n.CliHint, i18n.T(lang, i18n.ScopeGrantHint, inert.String(p.ClientID))))
	}
}

// reportConformance notes on stderr, after the answer, a 403
// insufficient_scope next to the operation's declared scopes, and a
// response that does not match the document.
func reportConformance(lang i18n.Lang, w io.Writer, c *auth.Client, co *callOp, resp *requests.Response) {
	if co == nil || resp == nil {
		return
	}
	if resp.Challenge != nil && resp.Challenge.Error == "insufficient_scope" {
		var has []string
		if c != nil {
			if t, ok := c.Cached(); ok {
				has = t.Scopes
			}
		}
		hs := strings.Join(has, " ")
		if hs == "" {
			hs = i18n.T(lang, i18n.ScopeNone)
		}
		fmt.Fprintln(w, i18n.T(lang, i18n.CallNoteScope, i18n.T(lang, i18n.ScopeDeclared, inert.String(co.op.ID), inert.String(strings.Join(co.op.Scopes(), " ")), inert.String(hs))))
	}
	for _, line := range conformanceLines(lang, co.spec, co.op, resp, false) {
		fmt.Fprintln(w, i18n.T(lang, i18n.CallNoteScope, line))
	}
}

// conformanceLines says how a response compares with the document; with
// all unset, nothing when it matches.
func conformanceLines(lang i18n.Lang, spec *openapi.Spec, op *openapi.Operation, resp *requests.Response, all bool) []string {
	conf := spec.CheckResponse(op, resp.StatusCode, resp.ContentType, resp.Body, resp.Truncated)
	var out []string
	switch {
	case !conf.Declared:
		out = append(out, i18n.T(lang, i18n.ConformNotDeclared, conf.Status, inert.String(op.ID), inert.String(strings.Join(conf.DeclaredAll, " "))))
	case len(conf.Differences) > 0:
		out = append(out, i18n.T(lang, i18n.ConformDiffers, conf.DeclaredAs))
		for _, d := range conf.Differences {
			out = append(out, "  "+inert.String(d))
		}
		if conf.More > 0 {
			out = append(out, "  "+i18n.T(lang, i18n.ConformMore, conf.More))
		}
	case all && conf.Note != "":
		out = append(out, i18n.T(lang, i18n.ConformNote, conf.DeclaredAs, conf.Note))
	case all:
		out = append(out, i18n.T(lang, i18n.ConformOK, conf.DeclaredAs))
	}
	return out
}

// writeJQ writes the result of the --jq filter on the body.
func writeJQ(lang i18n.Lang, w io.Writer, expr string, resp *requests.Response, tty bool) error {
	rc, err := resp.OpenBody()
	if err != nil {
		return failure(err, "")
	}
	body, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return failure(err, "")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := requests.JQ(ctx, expr, body)
	if tty {
		out = inert.String(out)
	}
	io.WriteString(w, out)
	switch {
	case errors.Is(err, requests.ErrJQNotJSON):
		return failure(errors.New(i18n.T(lang, i18n.CallJQNotJSON)), "")
	case err != nil:
		return failure(fmt.Errorf(i18n.Format(lang, i18n.CallJQFailed), inert.String(err.Error())), i18n.T(lang, i18n.CallBadJQHint))
	}
	return nil
}
