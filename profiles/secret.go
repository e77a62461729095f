package profiles

import (
	"context"
	"errors"
	"os"
	"strings"
)

// Secret reference prefixes for Profile.ClientSecret. Anything else that
// is not "keyring" is the secret itself, a literal (works, but warned).
const (
	RefEnv     = "env:"    // env:VAR — an environment variable
	RefFile    = "file:"   // file:PATH — a file readable only by its owner ("~/" expanded)
	RefCmd     = "cmd:"    // cmd:COMMAND — stdout of `sh -c COMMAND`
	RefKeyring = "keyring" // the system keyring, service "tokentui", user = profile name
)

// Errors from resolving secret references; a *SecretError unwraps to one.
var (
	ErrSecretMissing      = errors.New("client secret missing")
	ErrSecretInsecure     = errors.New("secret file readable by others")
	ErrSecretCommand      = errors.New("secret command failed")
	ErrKeyringUnavailable = errors.New("no keyring service")
)

// SecretError reports a secret reference that could not be resolved. Its
// message never holds the secret.
type SecretError struct {
	Profile string // profile name
	What    Code   // what could not be got: WhatSecret (or zero), WhatCert, WhatKey
	Ref     Text   // the reference, described without a literal secret (refText)
	Kind    error  // ErrSecretMissing, ErrSecretInsecure, ErrSecretCommand, ErrKeyringUnavailable
	Msg     Text
	Hint    Text
	Err     error // cause; may be nil
}

func (e *SecretError) Error() string { return e.Message().String() }

// Message is Error as a Text.
func (e *SecretError) Message() Text {
	what := e.What
	if what == "" {
		what = WhatSecret
	}
	return txt(CodeCannotGet, txt(what), e.Profile, e.Ref, e.Msg)
}

// HintText is the hint as a Text.
func (e *SecretError) HintText() Text { return e.Hint }

// Unwrap returns the kind and the cause.
func (e *SecretError) Unwrap() []error {
	if e.Err != nil {
		return []error{e.Kind, e.Err}
	}
	return []error{e.Kind}
}

// ResolveSecret returns the client secret p.ClientSecret refers to:
//
//	env:VAR      the variable's value (unset or empty is an error naming it)
//	file:PATH    the file's content without its trailing newline; "~/" is
//	             expanded; a file group- or world-readable is refused
//	cmd:COMMAND  stdout of `sh -c COMMAND`, trimmed; 10 s timeout unless
//	             ctx ends sooner; on failure the error gives its exit
//	             status, never its output (which may hold the secret)
//	keyring      the system keyring (service "tokentui", user = p.Name);
//	             fails fast where no keyring service runs
//	anything else: the secret itself (see IsLiteralSecret)
//
// Errors are *SecretError and never contain the secret.
func ResolveSecret(ctx context.Context, p Profile) (string, error) {
	ref := p.ClientSecret
	fail := func(kind error, msg, hint Text, err error) (string, error) {
		return "", &SecretError{Profile: p.Name, Ref: refText(ref), Kind: kind, Msg: msg, Hint: hint, Err: err}
	}
	switch {
	case ref == "":
		return fail(ErrSecretMissing, txt(CodeNoSecret), txt(HintSetSecret), nil)
	case strings.HasPrefix(ref, RefEnv):
		name := strings.TrimPrefix(ref, RefEnv)
		v := os.Getenv(name)
		if name == "" {
			return fail(ErrSecretMissing, txt(CodeEnvNoName), txt(HintWriteEnv), nil)
		}
		if v == "" {
			return fail(ErrSecretMissing, txt(CodeEnvUnset, name), txt(HintExport, name), nil)
		}
		return v, nil
	case strings.HasPrefix(ref, RefFile):
		return resolveFile(p, strings.TrimPrefix(ref, RefFile), fail)
	case strings.HasPrefix(ref, RefCmd):
		return resolveCmd(ctx, p, strings.TrimPrefix(ref, RefCmd), fail)
	case ref == RefKeyring:
		return resolveKeyring(ctx, p, fail)
	}
	return ref, nil
}

// failFunc builds a *SecretError result.
type failFunc func(kind error, msg, hint Text, err error) (string, error)

// IsLiteralSecret reports whether ref is the secret itself rather than a
// reference to it, so that `profiles show` and the UI can warn.
func IsLiteralSecret(ref string) bool {
	return ref != "" && ref != RefKeyring &&
		!strings.HasPrefix(ref, RefEnv) && !strings.HasPrefix(ref, RefFile) && !strings.HasPrefix(ref, RefCmd)
}

// DescribeSecretRef describes a secret reference for display without
// revealing a literal secret: "env:AC_SECRET", "file:~/ac.secret",
// "cmd:pass show ac/homolog", "keyring", or
// "literal (****, stored in the file — prefer env:/file:/keyring)".
func DescribeSecretRef(ref string) string { return refText(ref).String() }

// refText is DescribeSecretRef as a Text.
func refText(ref string) Text {
	switch {
	case ref == "":
		return txt(RefNone)
	case IsLiteralSecret(ref):
		return txt(RefLiteral)
	}
	return txt(RefAsIs, ref)
}
