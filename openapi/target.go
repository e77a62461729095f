package openapi

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// ErrParam: a parameter value is missing or the operation has no such
// parameter.
var ErrParam = errors.New("bad parameter")

// Target is the path to request for the operation, relative to the API
// base apiBase: its path parameters filled in from values (escaped), and
// the query parameters that have a value appended. When the document's
// server path (e.g. /api/v1) is not already the end of the API base's
// path, it is put in front. values may only name path and query
// parameters of the operation; every path parameter needs a value.
func (s *Spec) Target(o *Operation, apiBase string, values map[string]string) (string, error) {
	known := map[string]string{}
	for _, p := range o.Params {
		if p.In == "path" || p.In == "query" {
			known[p.Name] = p.In
		}
	}
	var unknown []string
	for name := range values {
		if _, ok := known[name]; !ok {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		var takes []string
		for _, p := range o.Params {
			if p.In == "path" || p.In == "query" {
				takes = append(takes, p.Name)
			}
		}
		hint := "it takes none"
		if len(takes) > 0 {
			hint = "it takes " + strings.Join(takes, ", ")
		}
		return "", fmt.Errorf("%w: %s has no path or query parameter %s (%s)", ErrParam, o.ID, strings.Join(unknown, ", "), hint)
	}
	path := o.Path
	var missing []string
	for _, p := range o.PathParams() {
		v, ok := values[p.Name]
		if !ok || v == "" {
			missing = append(missing, p.Name)
			continue
		}
		path = strings.ReplaceAll(path, "{"+p.Name+"}", url.PathEscape(v))
	}
	if len(missing) > 0 {
		return "", fmt.Errorf("%w: %s needs a value for the path parameter %s", ErrParam, o.ID, strings.Join(missing, ", "))
	}
	q := url.Values{}
	for _, p := range o.QueryParams() {
		if v, ok := values[p.Name]; ok && v != "" {
			q.Set(p.Name, v)
		}
	}
	if sp := s.ServerPath; sp != "" && !strings.Contains(sp, "{") {
		base := ""
		if u, err := url.Parse(apiBase); err == nil {
			base = strings.TrimRight(u.Path, "/")
		}
		if !strings.HasSuffix(base, sp) {
			path = sp + path
		}
	}
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	return path, nil
}
