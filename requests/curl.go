package requests

import (
	"bytes"
	"fmt"
	"strings"
)

// CurlOptions says how Curl writes the command.
type CurlOptions struct {
	// BaseURL resolves a relative path, as the Sender would.
	BaseURL string
	// Headers are the profile's default headers, merged as the Sender
	// merges them.
	Headers []Header
	// InlineToken, when not empty, is written into the command as the
	// literal token. By default the command gets the token itself with
	// $(tokentui token -p NAME), so it holds no secret.
	InlineToken string
	// TokenVar, when not empty (and InlineToken is), names a shell
	// variable the command reads the token from instead of running
	// tokentui token: "${TOKEN:?}", which stops the shell before curl runs
	// when the variable is not set. For a profile tokentui token cannot
	// reach (one that lives only inside the app).
	TokenVar string
	// NoToken leaves the Authorization header out altogether.
	NoToken bool
	// ConfigPath, when set, is passed to tokentui token with --config.
	ConfigPath string
	// Program is the name the token command runs; "" means "tokentui".
	Program string
}

// Curl returns a POSIX shell command that makes the same request with
// curl: every argument single-quoted, the token fetched by a command
// substitution inside double quotes (or inlined, see CurlOptions). A body
// holding NUL bytes, which no shell argument can carry, is piped in with
// printf. A relative path that cannot be resolved is written as it is.
func Curl(spec Spec, profile string, opts CurlOptions) string {
	args, auth := curlArgs(spec, profile, opts)
	var b strings.Builder
	body := spec.Body
	if bytes.IndexByte(body, 0) >= 0 {
		b.WriteString("printf '")
		b.WriteString(printfEscape(body))
		b.WriteString("' | ")
	}
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		if i == auth && opts.InlineToken == "" {
			b.WriteString(`"Authorization: Bearer ` + tokenSource(profile, opts) + `"`)
			continue
		}
		b.WriteString(ShellQuoteIfNeeded(a))
	}
	return b.String()
}

// curlArgs returns the arguments curl gets (as the shell hands them over)
// and the index of the Authorization header's value, or -1. With the
// default token command that argument holds the substitution unexpanded.
func curlArgs(spec Spec, profile string, opts CurlOptions) ([]string, int) {
	url, err := Resolve(opts.BaseURL, spec.URL)
	if err != nil {
		url = spec.URL
	}
	args := []string{"curl", "-sS", "--globoff"}
	method := spec.method()
	switch {
	case method == "HEAD":
		args = append(args, "--head")
	case method == "GET" && spec.Body == nil && spec.BodyFile == "", method == "POST" && (spec.Body != nil || spec.BodyFile != ""):
	default:
		args = append(args, "-X", method)
	}
	hasType := false
	for _, h := range mergeHeaders(opts.Headers, spec.Headers) {
		if strings.EqualFold(h.Name, "Authorization") {
			continue
		}
		if strings.EqualFold(h.Name, "Content-Type") {
			hasType = true
		}
		if h.Value == "" {
			args = append(args, "-H", h.Name+";") // "Name:" would remove the header
		} else {
			args = append(args, "-H", h.Name+": "+h.Value)
		}
	}
	auth := -1
	if !opts.NoToken {
		args = append(args, "-H")
		auth = len(args)
		if opts.InlineToken != "" {
			args = append(args, "Authorization: Bearer "+opts.InlineToken)
		} else {
			args = append(args, "Authorization: Bearer "+tokenSource(profile, opts))
		}
	}
	if spec.Body != nil {
		if !hasType {
			args = append(args, "-H", "Content-Type:") // curl's form default, which the Sender does not send
		}
		if bytes.IndexByte(spec.Body, 0) >= 0 {
			args = append(args, "--data-binary", "@-")
		} else {
			args = append(args, "--data-raw", string(spec.Body))
		}
	}
	if spec.Body == nil && spec.BodyFile != "" {
		args = append(args, "--data-binary", "@"+spec.BodyFile)
	}
	args = append(args, "--", url)
	return args, auth
}

// tokenSource is what the shell expands to the token, inside double
// quotes: the variable TokenVar names, or tokentui token's output.
func tokenSource(profile string, opts CurlOptions) string {
	if opts.TokenVar != "" {
		return "${" + opts.TokenVar + ":?}"
	}
	return "$(" + tokenCommand(profile, opts) + ")"
}

// tokenCommand is the command that prints the profile's token.
func tokenCommand(profile string, opts CurlOptions) string {
	prog := opts.Program
	if prog == "" {
		prog = "tokentui"
	}
	cmd := ShellQuoteIfNeeded(prog) + " token"
	if profile != "" {
		cmd += " -p " + ShellQuoteIfNeeded(profile)
	}
	if opts.ConfigPath != "" {
		cmd += " --config " + ShellQuoteIfNeeded(opts.ConfigPath)
	}
	return cmd
}

// ShellQuote quotes s as one POSIX shell word: in single quotes, each
// single quote written as '\”.
func ShellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// ShellQuoteIfNeeded returns s as it is when the shell would read it as
// one literal word, else ShellQuote(s).
func ShellQuoteIfNeeded(s string) string {
	if s == "" {
		return "''"
	}
	for _, c := range []byte(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("-_./:@%+=,", c) >= 0:
		default:
			return ShellQuote(s)
		}
	}
	return s
}

// printfEscape writes b as a printf format that prints exactly b: printable
// ASCII as it is (but for \, % and '), everything else as octal escapes.
func printfEscape(b []byte) string {
	var s strings.Builder
	for i, c := range b {
		switch {
		case i == 0 && c == '-': // not an option to printf
			s.WriteString(`\055`)
		case c == '\\':
			s.WriteString(`\\`)
		case c == '%':
			s.WriteString("%%")
		case c == '\'':
			s.WriteString(`'\''`)
		case c >= 0x20 && c < 0x7f:
			s.WriteByte(c)
		default:
			fmt.Fprintf(&s, `\%03o`, c)
		}
	}
	return s.String()
}
