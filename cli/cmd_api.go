package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"tokentui/auth"
	"tokentui/openapi"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// newAPICmd is `tokentui api`: the operations of the profile's API, from
// its OpenAPI document, with the scopes each needs and whether the
// profile's token has them.
func newAPICmd(g *globals) *cobra.Command {
	var asJSON, refresh bool
	cmd := &cobra.Command{
		Use:   "api [-p NAME] [--json] [--refresh] [FILTER]",
		Short: g.t(i18n.APIShort),
		Long:  g.t(i18n.APILong),
		Example: `  tokentui api
  tokentui api -p sandbox-readonly items
  tokentui api --json | jq '.[] | select(.coverage == "missing")'
  tokentui api show createItem`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageIn(g.language(), i18n.APIMaxOneFilter, len(args)).hintIn(g.language(), i18n.APIMaxOneHint)
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			filter := ""
			if len(args) == 1 {
				filter = args[0]
			}
			return runAPI(cmd, g, filter, asJSON, refresh)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, g.t(i18n.APIFlagJSON))
	cmd.Flags().BoolVar(&refresh, "refresh", false, g.t(i18n.APIFlagRefresh))
	show := &cobra.Command{
		Use:   "show [-p NAME] OPERATION",
		Short: g.t(i18n.APIShowShort),
		Example: `  tokentui api show createItem
  tokentui api show 'GET /items/{id}'`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageIn(g.language(), i18n.APIOneOp, len(args)).hintIn(g.language(), i18n.APIOneOpHint)
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAPIShow(cmd, g, args[0], refresh)
		},
	}
	show.Flags().BoolVar(&refresh, "refresh", false, g.t(i18n.APIFlagRefresh))
	cmd.AddCommand(show)
	return cmd
}

// apiContext loads the profile, its auth client, its document and the
// scopes of its token (nil, with the reason, when there is none).
func apiContext(cmd *cobra.Command, g *globals, refresh bool) (profiles.Profile, *openapi.Spec, []string, error) {
	p, err := g.loadProfile()
	if err != nil {
		return p, nil, nil, err
	}
	c, err := newAuthClient(p, g)
	if err != nil {
		return p, nil, nil, err
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
	defer stop()
	spec, err := loadSpec(ctx, g, p, c, refresh, false)
	if err != nil {
		return p, nil, nil, err
	}
	granted, note := grantedScopes(c, ctx)
	if note != "" {
		fmt.Fprintln(g.stderr, g.t(i18n.CallNoteScope, g.t(i18n.APINoTokenNote, inert.String(note))))
	}
	return p, spec, granted, nil
}

// grantedScopes are the scopes of the profile's token (the cached one, or
// a new one when there is none); nil and why when there is no token.
func grantedScopes(c *auth.Client, ctx context.Context) ([]string, string) {
	t, err := c.Token(ctx)
	if err != nil {
		return nil, err.Error()
	}
	if t.Scopes == nil {
		return []string{}, ""
	}
	return t.Scopes, ""
}

func runAPI(cmd *cobra.Command, g *globals, filter string, asJSON, refresh bool) error {
	lang := g.language()
	_, spec, granted, err := apiContext(cmd, g, refresh)
	if err != nil {
		return err
	}
	ops := spec.Filter(filter)
	if asJSON {
		return writeOpsJSON(g.stdout, ops, granted)
	}
	tw := tabwriter.NewWriter(g.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", g.t(i18n.APIHeadCovered), g.t(i18n.APIHeadMethod), g.t(i18n.APIHeadPath),
		g.t(i18n.APIHeadScopes), g.t(i18n.APIHeadOperation), g.t(i18n.APIHeadSummary))
	for _, o := range ops {
		scopes := strings.Join(o.Scopes(), " ")
		if scopes == "" && !o.Public() {
			scopes = g.t(i18n.APIScopesNone)
		}
		summary := o.Summary
		if r := []rune(summary); len(r) > 60 {
			summary = string(r[:59]) + "…"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", coverageMark(lang, o.Check(granted)), o.Method,
			inert.String(o.Path), inert.String(scopes), inert.String(o.ID), inert.String(summary))
	}
	tw.Flush()
	tok := g.t(i18n.APITokenScopes, strings.Join(granted, " "))
	if granted == nil {
		tok = g.t(i18n.APITokenScopes, g.t(i18n.ScopeNone))
	}
	fmt.Fprintln(g.stderr, g.t(i18n.APISummary, len(ops), len(spec.Ops), inert.String(spec.Title), inert.String(spec.Format),
		specAge(lang, spec), tok))
	return nil
}

// coverageMark is the TOKEN column: yes, no (with what is missing), public.
func coverageMark(lang i18n.Lang, c openapi.Check) string {
	switch c.Coverage {
	case openapi.Public:
		return i18n.T(lang, i18n.APIMarkPublic)
	case openapi.Covered:
		return i18n.T(lang, i18n.APIMarkCovered)
	case openapi.Missing:
		return i18n.T(lang, i18n.APIMarkMissing)
	}
	return i18n.T(lang, i18n.APIMarkNoToken)
}

// opJSON is one operation in `api --json`.
type opJSON struct {
	OperationID string   `json:"operation_id"`
	Method      string   `json:"method"`
	Path        string   `json:"path"`
	Summary     string   `json:"summary,omitempty"`
	Tag         string   `json:"tag,omitempty"`
	Scopes      []string `json:"scopes"`
	Public      bool     `json:"public"`
	Covered     *bool    `json:"covered"` // null without a token
	Coverage    string   `json:"coverage"`
	Missing     []string `json:"missing,omitempty"`
	Deprecated  bool     `json:"deprecated,omitempty"`
}

func writeOpsJSON(w io.Writer, ops []*openapi.Operation, granted []string) error {
	out := make([]opJSON, 0, len(ops))
	for _, o := range ops {
		c := o.Check(granted)
		j := opJSON{OperationID: o.ID, Method: o.Method, Path: o.Path, Summary: o.Summary, Tag: o.Tag,
			Scopes: o.Scopes(), Public: o.Public(), Coverage: c.Coverage.String(), Missing: c.Missing, Deprecated: o.Deprecated}
		if j.Scopes == nil {
			j.Scopes = []string{}
		}
		if c.Coverage != openapi.NoToken {
			ok := c.Coverage != openapi.Missing
			j.Covered = &ok
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func runAPIShow(cmd *cobra.Command, g *globals, name string, refresh bool) error {
	lang := g.language()
	p, spec, granted, err := apiContext(cmd, g, refresh)
	if err != nil {
		return err
	}
	o := spec.Find(name)
	if o == nil {
		return usageIn(lang, i18n.APINoSuchOp, p.Name, inert.String(name)).hintIn(lang, i18n.APINoSuchOpHint, p.Name)
	}
	text, err := describeOperation(lang, p, spec, o, granted)
	if err != nil {
		return specError(lang, p, err)
	}
	io.WriteString(g.stdout, inert.String(text))
	return nil
}

// describeOperation writes one operation for `api show`, in lang.
func describeOperation(lang i18n.Lang, p profiles.Profile, spec *openapi.Spec, o *openapi.Operation, granted []string) (string, error) {
	example, fields, err := spec.BodyExample(o)
	if err != nil {
		return "", err
	}
	t := func(k i18n.Key, a ...any) string { return i18n.T(lang, k, a...) }
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s  (%s)", o.Method, o.Path, o.ID)
	if o.Deprecated {
		fmt.Fprintf(&b, "  [%s]", t(i18n.APIShowDeprecated))
	}
	b.WriteString("\n")
	if o.Summary != "" {
		b.WriteString(o.Summary + "\n")
	}
	if o.Description != "" && o.Description != o.Summary {
		b.WriteString("\n" + o.Description + "\n")
	}
	b.WriteString("\n" + t(i18n.APIShowScopes) + ": ")
	c := o.Check(granted)
	switch {
	case o.Public():
		b.WriteString(t(i18n.APIShowPublic) + "\n")
	case len(o.Scopes()) == 0:
		b.WriteString(t(i18n.APIShowAnyToken) + "\n")
	default:
		b.WriteString(strings.Join(o.Scopes(), " "))
		switch c.Coverage {
		case openapi.Covered:
			b.WriteString(" — " + t(i18n.APIShowCovered))
		case openapi.Missing:
			b.WriteString("\n  ✗ " + t(i18n.ScopeLacks, strings.Join(c.Missing, " "), o.ID) + "\n  → " + t(i18n.ScopeGrantHint, p.ClientID))
		}
		b.WriteString("\n")
	}
	if len(o.Params) > 0 {
		b.WriteString("\n" + t(i18n.APIShowParams) + "\n")
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, pa := range o.Params {
			req := ""
			if pa.Required {
				req = t(i18n.APIShowRequired)
			}
			desc := pa.Description
			if pa.Example != "" {
				desc = strings.TrimSpace(desc + " (e.g. " + pa.Example + ")")
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", pa.Name, pa.In, pa.Type, req, firstLine(desc))
		}
		tw.Flush()
	}
	if o.Body != nil {
		head := t(i18n.APIShowBody, o.Body.MediaType)
		if o.Body.Required {
			head = t(i18n.APIShowBodyReq, o.Body.MediaType)
		}
		b.WriteString("\n" + head + "\n")
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		anyReq := false
		for _, f := range fields {
			mark := " "
			if f.Required {
				mark, anyReq = "*", true
			}
			fmt.Fprintf(tw, "  %s%s\t%s\n", f.Path, mark, f.Type)
		}
		tw.Flush()
		if anyReq {
			b.WriteString("  " + t(i18n.APIShowReqNote) + "\n")
		}
		if example != "" {
			b.WriteString(t(i18n.APIShowExample) + "\n  " + strings.ReplaceAll(example, "\n", "\n  ") + "\n")
		}
	}
	if len(o.Responses) > 0 {
		b.WriteString("\n" + t(i18n.APIShowResponses) + "\n")
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, r := range o.Responses {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", r.Code, firstLine(r.Description), r.MediaType)
		}
		tw.Flush()
	}
	b.WriteString("\n" + t(i18n.APIShowCall) + "\n  tokentui call")
	if p.Name != "" {
		b.WriteString(" -p " + requests.ShellQuoteIfNeeded(p.Name))
	}
	b.WriteString(" " + requests.ShellQuoteIfNeeded(o.ID))
	for _, pa := range o.PathParams() {
		v := pa.Example
		if v == "" {
			v = "…"
		}
		b.WriteString(" --param " + requests.ShellQuoteIfNeeded(pa.Name+"="+v))
	}
	if o.Body != nil && example != "" {
		b.WriteString(" -d " + requests.ShellQuoteIfNeeded(compactJSON(example)))
	}
	b.WriteString("\n")
	return b.String(), nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:79]) + "…"
	}
	return s
}

func compactJSON(s string) string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}
