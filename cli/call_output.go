package cli

// What `tokentui call` writes: the body on stdout (byte for byte to a pipe,
// inert on a terminal), the head with -i, and on stderr the explanation of
// a 401/403, the error of --fail and the notes about a renewal or the
// history.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/mattn/go-isatty"

	"tokentui/auth"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := underlying(w).(*os.File)
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

// ctxWriter stops writing once ctx is done (a signal arrived).
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
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
		in := explanationIn(lang, *e)
		fmt.Fprintln(w, t(i18n.CallAPIAnswered, inert.String(r.Status), strings.TrimRight(in.Cause, ".")))
		if e.Detail != "" {
			fmt.Fprintln(w, t(i18n.CallServerSays, inert.String(e.Detail)))
		}
		if in.Hint != "" {
			fmt.Fprintln(w, t(i18n.CliHint, in.Hint))
		}
	}
	reportNotes(lang, w, r, false)
}

// explanationIn is e in lang; the server's words (Detail) stay as they are.
func explanationIn(lang i18n.Lang, e auth.Explanation) auth.Explanation {
	if e.Code != "" {
		return i18n.ExplainCode(lang, e.Code)
	}
	return e
}

// failAnswer is the error of --fail for an HTTP status of 400 or more: the
// status, and for a 401 or 403 what it means, the server's words and what
// to try.
func failAnswer(lang i18n.Lang, r *requests.Response) error {
	msg := i18n.T(lang, i18n.CallAnswered, inert.String(r.Status))
	hint := i18n.T(lang, i18n.CallFailHint)
	if e := r.Explanation; e != nil {
		in := explanationIn(lang, *e)
		msg += ": " + strings.TrimRight(in.Cause, ".")
		if e.Detail != "" {
			msg += ".\n" + i18n.T(lang, i18n.CallServerSays, inert.String(e.Detail))
		}
		if in.Hint != "" {
			hint = in.Hint
		}
	}
	if r.RenewError != nil { // --retry-invalid-token could not renew: the same failure
		msg += ".\n" + i18n.T(lang, i18n.CallRenewFailedLine, inert.String(r.RenewError.Error()))
		if h := i18n.Explain(lang, r.RenewError).Hint; h != "" {
			hint = h
		}
	}
	return failure(errors.New(msg), hint)
}

// reportNotes notes on stderr a renewal, a failed renewal (unless failing:
// then failAnswer's error says it) or a history problem.
func reportNotes(lang i18n.Lang, w io.Writer, r *requests.Response, failing bool) {
	t := func(k i18n.Key, a ...any) string { return i18n.T(lang, k, a...) }
	if r.Renewed {
		fmt.Fprintln(w, t(i18n.CallRenewed))
	}
	if r.RenewError != nil && !failing { // failing: it is part of the error (failAnswer)
		e := i18n.Explain(lang, r.RenewError)
		fmt.Fprintln(w, t(i18n.CallRenewFailed, inert.String(r.RenewError.Error())))
		if e.Hint != "" {
			fmt.Fprintln(w, t(i18n.CliHint, e.Hint))
		}
	}
	if r.HistoryError != nil {
		fmt.Fprintln(w, t(i18n.CallHistoryWarn, r.HistoryError))
	}
}
