package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// callFlags are the flags of `tokentui call`.
type callFlags struct {
	method  string
	headers []string
	data    string
	include bool
	fail    bool
	retry   bool
	anyHost bool         // --token-to-any-host
	maxBody byteSizeFlag // --max-body
	params  []string     // --param name=value, for an operationId target
	jq      string       // --jq EXPR: print the filter's result instead of the body
}

// newCallCmd is `tokentui call`: an authenticated request, the body on
// stdout.
func newCallCmd(g *globals) *cobra.Command {
	var f callFlags
	cmd := &cobra.Command{
		Use:   "call [-p NAME] [-X METHOD] [-H 'K: V']... [-d DATA|@FILE|@-] [-i] [--fail] URL|PATH",
		Short: g.t(i18n.CallShort),
		Long:  g.t(i18n.CallLong),
		Example: `  tokentui call me
  tokentui call -p sandbox -i items
  tokentui call -d '{"name":"new item"}' items
  tokentui call -X PUT -H 'If-Match: "v1"' -d @item.json items/1
  tokentui call --fail https://api.example.es.gov.br/v1/me | jq .
  tokentui call getItem --param id=2 --jq .name`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageIn(g.language(), i18n.CallOneTarget, len(args)).hintIn(g.language(), i18n.CallOneTargetHint)
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCall(cmd, g, f, args[0])
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.method, "request", "X", "", g.t(i18n.CallFlagMethod))
	fl.StringArrayVarP(&f.headers, "header", "H", nil, g.t(i18n.CallFlagHeader))
	fl.StringVarP(&f.data, "data", "d", "", g.t(i18n.CallFlagData))
	fl.BoolVarP(&f.include, "include", "i", false, g.t(i18n.CallFlagInclude))
	fl.BoolVar(&f.fail, "fail", false, g.t(i18n.CallFlagFail))
	fl.BoolVar(&f.retry, "retry-invalid-token", false, g.t(i18n.CallFlagRetry))
	fl.BoolVar(&f.anyHost, "token-to-any-host", false, g.t(i18n.CallFlagTokenAnyHost))
	f.maxBody = newByteSize(requests.DefaultMaxRequestBody, g.language())
	fl.Var(&f.maxBody, "max-body", g.t(i18n.FlagMaxBody))
	fl.StringArrayVar(&f.params, "param", nil, g.t(i18n.CallFlagParam))
	fl.StringVar(&f.jq, "jq", "", g.t(i18n.CallFlagJQ))
	return cmd
}

func runCall(cmd *cobra.Command, g *globals, f callFlags, target string) error {
	lang := g.language()
	// Bodies too large for memory (the response's, a -d stream's copy) go
	// to a folder of this run, removed however it ends: returning, or
	// SIGINT, SIGTERM, SIGHUP (see onExitSignal). What killed runs left
	// behind goes at the end.
	spill, err := requests.NewSpillDir("")
	if err == nil {
		defer os.RemoveAll(spill)
	}
	defer requests.SweepSpill("", time.Now())
	ctx, stop := onExitSignal(cmd.Context(), func() {
		if spill != "" {
			os.RemoveAll(spill)
		}
	})
	defer stop()

	spec, err := callSpec(cmd, g, f, target, spill)
	if err != nil {
		return err
	}
	params, err := parseParams(lang, f.params)
	if err != nil {
		return err
	}
	if f.jq != "" {
		if _, err := requests.CompileJQ(f.jq); err != nil {
			return usageIn(lang, i18n.CallBadJQ, inert.String(strings.TrimPrefix(err.Error(), requests.ErrJQSyntax.Error()+": "))).hintIn(lang, i18n.CallBadJQHint)
		}
	}
	p, err := g.loadProfile()
	if err != nil {
		return err
	}
	sender, ac, err := newSender(p, g)
	if err != nil {
		return err
	}
	sender.SpillDir = spill
	sender.MaxRequestBody = f.maxBody.n
	co, err := resolveCallOp(ctx, g, p, ac, target, params)
	if err != nil {
		return err
	}
	if co != nil {
		target, spec.URL = co.path, co.path
		if f.method == "" && !cmd.Flags().Changed("data") {
			spec.Method = co.op.Method
		}
	}
	if _, err := requests.Resolve(p.APIBaseURL, target); err != nil {
		return callUsageError(lang, err, p)
	}
	warnScopes(lang, g.stderr, p, ac, co)
	sender.RetryOnInvalidToken = f.retry
	sender.TokenToAnyHost = f.anyHost
	if origin, ok := sender.TokenGoesTo(target); !ok && !f.anyHost {
		fmt.Fprintln(g.stderr, g.t(i18n.CallTokenWithheld, sanitize(origin.Host()), sanitize(p.Name)))
	}
	if !hasHeader(spec.Headers, "Content-Type") && !hasHeader(sender.Headers, "Content-Type") && looksJSON(spec) {
		spec.Headers = append(spec.Headers, requests.Header{Name: "Content-Type", Value: "application/json"})
	}
	resp, err := sender.Send(ctx, spec)
	if err != nil {
		return callFailure(lang, err, p)
	}
	defer resp.Cleanup()
	if resp.TokenDropped {
		if o, err := requests.OriginOf(resp.URL); err == nil {
			fmt.Fprintln(g.stderr, g.t(i18n.CallTokenDropped, sanitize(o.Host())))
		}
	}

	tty := isTerminal(g.stdout)
	if f.include {
		writeHead(g.stdout, resp)
	}
	out := ctxWriter{ctx, g.stdout}
	if f.jq != "" {
		if err := writeJQ(lang, out, f.jq, resp, tty); err != nil {
			reportResponse(lang, g.stderr, resp)
			return err
		}
	} else if err := writeBody(out, resp, tty); err != nil {
		if ctx.Err() != nil {
			return callFailure(lang, ctx.Err(), p)
		}
		return failure(fmt.Errorf(i18n.Format(lang, i18n.CallWriteBody), err), "")
	}
	reportConformance(lang, g.stderr, ac, co, resp)
	if f.fail && resp.StatusCode >= 400 {
		// One error, one "tokentui:" line: the explanation of a 401 or 403
		// is the error's own.
		reportNotes(lang, g.stderr, resp, true)
		return failAnswer(lang, resp)
	}
	reportResponse(lang, g.stderr, resp)
	return nil
}

// callSpec builds the request from the flags; every problem is bad usage.
func callSpec(cmd *cobra.Command, g *globals, f callFlags, target, spill string) (requests.Spec, error) {
	lang := g.language()
	spec := requests.Spec{Method: f.method, URL: target}
	for _, h := range f.headers {
		hd, err := requests.ParseHeader(h)
		if err != nil {
			return spec, usageIn(lang, i18n.CallBadHeader, h, err).hintIn(lang, i18n.CallBadHeaderHint)
		}
		spec.Headers = append(spec.Headers, hd)
	}
	if cmd.Flags().Changed("data") {
		body, err := readBody(lang, f.data, g.stdin, f.maxBody.n, spill)
		if err != nil {
			return spec, err
		}
		spec.Body, spec.BodyFile = body.data, body.file
		if spec.Method == "" {
			spec.Method = http.MethodPost
		}
	}
	if err := spec.Validate(); err != nil {
		if errors.Is(err, requests.ErrAuthorizationHeader) {
			return spec, usageErrorf("%v", err).hintIn(lang, i18n.CallOwnAuthHint, `curl -H "Authorization: Bearer $(tokentui token)" URL`)
		}
		return spec, usageErrorf("%v", err).hintIn(lang, i18n.CallFlagsHint)
	}
	return spec, nil
}

// looksJSON: a body in memory that is JSON, or a body in a file that
// starts with { or [ and ends with } or ] (read at both ends only).
func looksJSON(spec requests.Spec) bool {
	if spec.Body != nil || spec.BodyFile == "" {
		return spec.Body != nil && json.Valid(spec.Body)
	}
	f, err := os.Open(spec.BodyFile)
	if err != nil {
		return false
	}
	defer f.Close()
	var head, tail [512]byte
	n, _ := f.ReadAt(head[:], 0)
	st, err := f.Stat()
	if err != nil {
		return false
	}
	m, _ := f.ReadAt(tail[:], max(st.Size()-int64(len(tail)), 0))
	h, t := bytes.TrimSpace(head[:n]), bytes.TrimSpace(tail[:m])
	return len(h) > 0 && len(t) > 0 && (h[0] == '{' && t[len(t)-1] == '}' || h[0] == '[' && t[len(t)-1] == ']')
}

// newSender builds the request sender of a profile (and returns its auth
// client, which the Sender reaches only through a logging TokenFunc): its
// HTTP client (CA file, insecure) without a client timeout (the Sender's
// applies, so a large body may take its time), its base URL, default
// headers and the history file.
func newSender(p profiles.Profile, g *globals) (*requests.Sender, *auth.Client, error) {
	c, err := newAuthClient(p, g)
	if err != nil {
		return nil, nil, err
	}
	hc, err := httpClientForIn(g.language(), p)
	if err != nil {
		return nil, nil, err
	}
	hc.Timeout = 0
	timeout, err := netTimeout(requests.DefaultTimeout)
	if err != nil {
		return nil, nil, err
	}
	return &requests.Sender{
		HTTPClient: hc,
		BaseURL:    p.APIBaseURL,
		TokenHosts: p.TokenHosts,
		Headers:    requests.HeadersFromMap(p.Headers),
		Tokens: requests.TokenFunc(func(ctx context.Context) (*auth.Token, error) {
			t, err := c.Token(ctx)
			logToken(p.Name, false, t, err)
			return t, err
		}),
		Renew: func(ctx context.Context) (*auth.Token, error) {
			t, err := c.Renew(ctx)
			logToken(p.Name, true, t, err)
			return t, err
		},
		History: requests.NewHistory(requests.DefaultHistoryPath()),
		Profile: p.Name,
		Timeout: timeout,
	}, c, nil
}

// callUsageError explains a URL or path that cannot be requested.
func callUsageError(lang i18n.Lang, err error, p profiles.Profile) error {
	if errors.Is(err, requests.ErrNoBaseURL) {
		return usageErrorf("%v", err).hintIn(lang, i18n.CallNoBaseHint, p.Name, p.Name)
	}
	return usageErrorf("%v", err).hintIn(lang, i18n.CallPathHint)
}

// callFailure turns an error of Send into a CLI error.
func callFailure(lang i18n.Lang, err error, p profiles.Profile) error {
	switch {
	case errors.Is(err, requests.ErrAuthorizationHeader):
		return usageErrorf("%v", err).hintIn(lang, i18n.CallRemoveAuthHint, p.Name)
	case errors.Is(err, requests.ErrRequestTooLarge):
		return usageErrorf("%v", err).hintIn(lang, i18n.CallBodyTooLargeHint)
	case errors.Is(err, requests.ErrBadHeader), errors.Is(err, requests.ErrBadURL), errors.Is(err, requests.ErrNoBaseURL):
		return usageErrorf("%v", err).hintIn(lang, i18n.CallCheckProfileHint, p.Name, p.Name)
	case errors.Is(err, context.Canceled):
		return failure(errors.New(i18n.T(lang, i18n.CallInterrupted)), "")
	case errors.Is(err, requests.ErrNoToken):
		return explainFailureIn(lang, err)
	}
	// The API could not be reached or did not answer.
	return failure(wrapText{inert.String(err.Error()), err}, i18n.Explain(lang, err).Hint)
}

func hasHeader(hs []requests.Header, name string) bool {
	for _, h := range hs {
		if strings.EqualFold(h.Name, name) {
			return true
		}
	}
	return false
}
