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
}

// newCallCmd is `tokentui call`: an authenticated request, the body on
// stdout.
func newCallCmd(g *globals) *cobra.Command {
	var f callFlags
	cmd := &cobra.Command{
		Use:   "call [-p NAME] [-X METHOD] [-H 'K: V']... [-d DATA|@FILE|@-] [-i] [--fail] URL|PATH",
		Short: "Send an authenticated request to the profile's API and print the body",
		Long: `Send a request with the profile's token and print the response body on stdout.

A PATH is appended to the profile's api_base_url; a full http(s) URL is used as
it is. The token is the cached one while it is valid (see 'tokentui token') and
is attached by tokentui as "Authorization: Bearer …": an Authorization header of
your own is refused. The profile's default headers are sent too; -H replaces one
of the same name. With -d the method defaults to POST, and a body that is JSON
gets "Content-Type: application/json" unless you set one.

When stdout is a terminal, escape and control sequences in the body are removed
so a hostile server cannot drive your terminal; when it is a pipe or a file the
body is written byte for byte. A 401 or 403 is explained on stderr. Every
request is added to the history ($XDG_STATE_HOME/tokentui/history.jsonl),
without the token.

Exit status: 0 for any answer (1 for HTTP 400 and above with --fail),
1 when the request could not be made or answered, 2 for bad usage.`,
		Example: `  tokentui call me
  tokentui call -p sandbox -i items
  tokentui call -d '{"name":"new item"}' items
  tokentui call -X PUT -H 'If-Match: "v1"' -d @item.json items/1
  tokentui call --fail https://api.example.es.gov.br/v1/me | jq .`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErrorf("call needs exactly one URL or PATH, got %d", len(args)).
					withHint("for example: tokentui call me, or tokentui call https://api.example/v1/me")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCall(cmd, g, f, args[0])
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.method, "request", "X", "", "HTTP method (default GET, or POST with -d)")
	fl.StringArrayVarP(&f.headers, "header", "H", nil, "request header 'Name: value' (repeatable)")
	fl.StringVarP(&f.data, "data", "d", "", "request body: DATA, @FILE, or @- for stdin")
	fl.BoolVarP(&f.include, "include", "i", false, "print the status line and headers before the body")
	fl.BoolVar(&f.fail, "fail", false, "exit 1 when the status is 400 or above")
	fl.BoolVar(&f.retry, "retry-invalid-token", false, "on 401 invalid_token, renew the token once and retry once")
	return cmd
}

func runCall(cmd *cobra.Command, g *globals, f callFlags, target string) error {
	spec, err := callSpec(cmd, g, f, target)
	if err != nil {
		return err
	}
	p, err := g.loadProfile()
	if err != nil {
		return err
	}
	if _, err := requests.Resolve(p.APIBaseURL, target); err != nil {
		return callUsageError(err, p)
	}
	sender, err := newSender(p, g)
	if err != nil {
		return err
	}
	sender.RetryOnInvalidToken = f.retry
	if spec.Body != nil && !hasHeader(spec.Headers, "Content-Type") && !hasHeader(sender.Headers, "Content-Type") && json.Valid(spec.Body) {
		spec.Headers = append(spec.Headers, requests.Header{Name: "Content-Type", Value: "application/json"})
	}

	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
	defer stop()
	resp, err := sender.Send(ctx, spec)
	if err != nil {
		return callFailure(err, p)
	}
	defer resp.Cleanup()

	tty := isTerminal(g.stdout)
	if f.include {
		writeHead(g.stdout, resp)
	}
	if err := writeBody(g.stdout, resp, tty); err != nil {
		return failure(fmt.Errorf("writing the body: %w", err), "")
	}
	reportResponse(g.stderr, resp)
	if f.fail && resp.StatusCode >= 400 {
		return failure(fmt.Errorf("the API answered %s", inert.String(resp.Status)),
			"drop --fail to exit 0 on any answer; -i shows the response headers")
	}
	return nil
}

// callSpec builds the request from the flags; every problem is bad usage.
func callSpec(cmd *cobra.Command, g *globals, f callFlags, target string) (requests.Spec, error) {
	spec := requests.Spec{Method: f.method, URL: target}
	for _, h := range f.headers {
		hd, err := requests.ParseHeader(h)
		if err != nil {
			return spec, usageErrorf("bad -H %q: %v", h, err).withHint("write headers as -H 'Name: value'")
		}
		spec.Headers = append(spec.Headers, hd)
	}
	if cmd.Flags().Changed("data") {
		body, err := readData(f.data, g.stdin)
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
			return spec, usageErrorf("%v", err).withHint(
				"tokentui sends the profile's token itself; to send a token of your own use curl: " +
					`curl -H "Authorization: Bearer $(tokentui token)" URL`)
		}
		return spec, usageErrorf("%v", err).withHint("run 'tokentui call --help' for the flags")
	}
	return spec, nil
}

// readData reads -d: DATA as it is, @FILE from a file, @- from stdin.
func readData(data string, stdin io.Reader) ([]byte, error) {
	switch {
	case data == "@-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, usageErrorf("cannot read the body from stdin: %v", err)
		}
		return b, nil
	case strings.HasPrefix(data, "@"):
		b, err := os.ReadFile(data[1:])
		if err != nil {
			return nil, usageErrorf("cannot read the body from %s: %v", data[1:], errors.Unwrap(err)).
				withHint("-d @FILE reads FILE; to send a body starting with @, pipe it: printf '%s' '@…' | tokentui call -d @- PATH")
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
	hc, err := httpClientFor(p)
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
func callUsageError(err error, p profiles.Profile) error {
	if errors.Is(err, requests.ErrNoBaseURL) {
		return usageErrorf("%v", err).withHint(fmt.Sprintf(
			"give a full URL (https://…), or set api_base_url in profile %q (tokentui profiles show %s)", p.Name, p.Name))
	}
	return usageErrorf("%v", err).withHint("give a path under the profile's api_base_url or a full http(s) URL")
}

// callFailure turns an error of Send into a CLI error.
func callFailure(err error, p profiles.Profile) error {
	switch {
	case errors.Is(err, requests.ErrAuthorizationHeader):
		return usageErrorf("%v", err).withHint(fmt.Sprintf("remove Authorization from the headers of profile %q", p.Name))
	case errors.Is(err, requests.ErrBadHeader), errors.Is(err, requests.ErrBadURL), errors.Is(err, requests.ErrNoBaseURL):
		return usageErrorf("%v", err).withHint(fmt.Sprintf("check profile %q (tokentui profiles show %s)", p.Name, p.Name))
	case errors.Is(err, context.Canceled):
		return failure(errors.New("the request was interrupted"), "")
	case errors.Is(err, requests.ErrNoToken):
		return explainFailure(err)
	}
	// The API could not be reached or did not answer.
	return failure(wrapText{inert.String(err.Error()), err}, auth.Explain(err).Hint)
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
func reportResponse(w io.Writer, r *requests.Response) {
	if e := r.Explanation; e != nil {
		fmt.Fprintf(w, "tokentui: the API answered %s: %s\n", inert.String(r.Status), strings.TrimRight(e.Cause, "."))
		if e.Detail != "" {
			fmt.Fprintf(w, "  the server says: %s\n", inert.String(e.Detail))
		}
		if e.Hint != "" {
			fmt.Fprintf(w, "hint: %s\n", e.Hint)
		}
	}
	if r.Renewed {
		fmt.Fprintln(w, "tokentui: the first answer was 401 invalid_token; the token was renewed once and the request sent once more.")
	}
	if r.RenewError != nil {
		e := auth.Explain(r.RenewError)
		fmt.Fprintf(w, "tokentui: the token was refused and renewing it failed: %s\n", inert.String(r.RenewError.Error()))
		if e.Hint != "" {
			fmt.Fprintf(w, "hint: %s\n", e.Hint)
		}
	}
	if r.HistoryError != nil {
		fmt.Fprintf(w, "tokentui: warning: the request was not added to the history: %v\n", r.HistoryError)
	}
}
