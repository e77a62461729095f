package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"sort"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/ui/i18n"
	"tokentui/ui/inert"
)

// callFlags are the flags of `tokentui call`.
type callFlags struct {
	method  string
	headers []string
	data    string
	include bool
	fail    bool
	retry   bool
	params  []string // --param name=value, for an operationId target
	jq      string   // --jq EXPR: print the filter's result instead of the body
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
	fl.StringArrayVar(&f.params, "param", nil, g.t(i18n.CallFlagParam))
	fl.StringVar(&f.jq, "jq", "", g.t(i18n.CallFlagJQ))
	return cmd
}

func runCall(cmd *cobra.Command, g *globals, f callFlags, target string) error {
	lang := g.language()
	spec, err := callSpec(cmd, g, f, target)
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
	sender, err := newSender(p, g)
	if err != nil {
		return err
	}
	ac, _ := sender.Tokens.(*auth.Client)
	co, err := resolveCallOp(cmd.Context(), g, p, ac, target, params)
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
	if spec.Body != nil && !hasHeader(spec.Headers, "Content-Type") && !hasHeader(sender.Headers, "Content-Type") && json.Valid(spec.Body) {
		spec.Headers = append(spec.Headers, requests.Header{Name: "Content-Type", Value: "application/json"})
	}

	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
	defer stop()
	resp, err := sender.Send(ctx, spec)
	if err != nil {
		return callFailure(lang, err, p)
	}
	defer resp.Cleanup()

	tty := isTerminal(g.stdout)
	if f.include {
		writeHead(g.stdout, resp)
	}
	if f.jq != "" {
		if err := writeJQ(lang, g.stdout, f.jq, resp, tty); err != nil {
			reportResponse(lang, g.stderr, resp)
			return err
		}
	} else if err := writeBody(g.stdout, resp, tty); err != nil {
		return failure(fmt.Errorf(i18n.Format(lang, i18n.CallWriteBody), err), "")
	}
	reportResponse(lang, g.stderr, resp)
	reportConformance(lang, g.stderr, ac, co, resp)
	if f.fail && resp.StatusCode >= 400 {
		return failure(errors.New(i18n.T(lang, i18n.CallAnswered, inert.String(resp.Status))), i18n.T(lang, i18n.CallFailHint))
	}
	return nil
}

// callSpec builds the request from the flags; every problem is bad usage.
func callSpec(cmd *cobra.Command, g *globals, f callFlags, target string) (requests.Spec, error) {
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
		body, err := readData(lang, f.data, g.stdin)
		if err != nil {
			return spec, err
		}
		spec.Body = body
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

// readData reads -d: DATA as it is, @FILE from a file, @- from stdin.
func readData(lang i18n.Lang, data string, stdin io.Reader) ([]byte, error) {
	switch {
	case data == "@-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, usageIn(lang, i18n.CallStdinError, err)
		}
		return b, nil
	case strings.HasPrefix(data, "@"):
		b, err := os.ReadFile(data[1:])
		if err != nil {
			return nil, usageIn(lang, i18n.CallFileError, data[1:], errors.Unwrap(err)).
				hintIn(lang, i18n.CallFileHint, "printf '%s' '@…' | tokentui call -d @- PATH")
		}
		return b, nil
	}
	return []byte(data), nil
}

// newSender builds the request sender of a profile: its auth client, its
// HTTP client (CA file, insecure) without a client timeout (the Sender's
// applies, so a large body may take its time), its base URL, default
// headers and the history file.
func newSender(p profiles.Profile, g *globals) (*requests.Sender, error) {
	c, err := newAuthClient(p, g)
	if err != nil {
		return nil, err
	}
	hc, err := httpClientForIn(g.language(), p)
	if err != nil {
		return nil, err
	}
	hc.Timeout = 0
	timeout, err := netTimeout(requests.DefaultTimeout)
	if err != nil {
		return nil, err
	}
	return &requests.Sender{
		HTTPClient: hc,
		BaseURL:    p.APIBaseURL,
		Headers:    requests.HeadersFromMap(p.Headers),
		Tokens:     c,
		Renew:      c.Renew,
		History:    requests.NewHistory(requests.DefaultHistoryPath()),
		Profile:    p.Name,
		Timeout:    timeout,
	}, nil
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
	case errors.Is(err, requests.ErrBadHeader), errors.Is(err, requests.ErrBadURL), errors.Is(err, requests.ErrNoBaseURL):
		return usageErrorf("%v", err).hintIn(lang, i18n.CallCheckProfileHint, p.Name, p.Name)
	case errors.Is(err, context.Canceled):
		return failure(errors.New(i18n.T(lang, i18n.CallInterrupted)), "")
	case errors.Is(err, requests.ErrNoToken):
		return explainFailureIn(lang, err)
	}
	// The API could not be reached or did not answer.
	return failure(wrapText{inert.String(err.Error()), err}, auth.ExplainIn(string(lang), err).Hint)
}

func hasHeader(hs []requests.Header, name string) bool {
	for _, h := range hs {
		if strings.EqualFold(h.Name, name) {
			return true
		}
	}
	return false
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// writeHead prints the status line and the headers, sorted, made inert.
func writeHead(w io.Writer, r *requests.Response) {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n", r.Proto, r.Status)
	names := make([]string, 0, len(r.Headers))
	for k := range r.Headers {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		for _, v := range r.Headers[k] {
			fmt.Fprintf(&b, "%s: %s\n", k, v)
		}
	}
	b.WriteString("\n")
	io.WriteString(w, inert.String(b.String()))
}

// writeBody writes the whole body: byte for byte to a pipe or file, made
// inert (and ended with a newline) on a terminal.
func writeBody(w io.Writer, r *requests.Response, tty bool) error {
	if !tty {
		return r.WriteBody(w)
	}
	iw := inert.NewWriter(w)
	last := &lastByte{w: iw}
	if err := r.WriteBody(last); err != nil {
		return err
	}
	if err := iw.Flush(); err != nil {
		return err
	}
	if last.n > 0 && last.b != '\n' {
		_, err := io.WriteString(w, "\n")
		return err
	}
	return nil
}

// lastByte remembers the last byte written through it.
type lastByte struct {
	w io.Writer
	b byte
	n int64
}

func (l *lastByte) Write(p []byte) (int, error) {
	if len(p) > 0 {
		l.b, l.n = p[len(p)-1], l.n+int64(len(p))
	}
	return l.w.Write(p)
}

// reportResponse explains a 401/403 and notes a renewal or a history
// problem on stderr, all of it made inert.
func reportResponse(lang i18n.Lang, w io.Writer, r *requests.Response) {
	t := func(k i18n.Key, a ...any) string { return i18n.T(lang, k, a...) }
	if e := r.Explanation; e != nil {
		in := *e
		if e.Code != "" {
			in = auth.ExplainCodeIn(string(lang), e.Code) // the server's words (Detail) stay as they are
		}
		fmt.Fprintln(w, t(i18n.CallAPIAnswered, inert.String(r.Status), strings.TrimRight(in.Cause, ".")))
		if e.Detail != "" {
			fmt.Fprintln(w, t(i18n.CallServerSays, inert.String(e.Detail)))
		}
		if in.Hint != "" {
			fmt.Fprintln(w, t(i18n.CliHint, in.Hint))
		}
	}
	if r.Renewed {
		fmt.Fprintln(w, t(i18n.CallRenewed))
	}
	if r.RenewError != nil {
		e := auth.ExplainIn(string(lang), r.RenewError)
		fmt.Fprintln(w, t(i18n.CallRenewFailed, inert.String(r.RenewError.Error())))
		if e.Hint != "" {
			fmt.Fprintln(w, t(i18n.CliHint, e.Hint))
		}
	}
	if r.HistoryError != nil {
		fmt.Fprintln(w, t(i18n.CallHistoryWarn, r.HistoryError))
	}
}
