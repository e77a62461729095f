package profiles

import (
	"errors"
)

// Kinds of load and validation errors; a *LoadError unwraps to one of them.
var (
	ErrSyntax        = errors.New("the profiles file is not valid YAML")
	ErrUnknownField  = errors.New("unknown field")
	ErrDuplicateKey  = errors.New("field given twice")
	ErrWrongType     = errors.New("wrong type")
	ErrMissingField  = errors.New("required field missing")
	ErrBadURL        = errors.New("bad URL")
	ErrBadValue      = errors.New("bad value")
	ErrDuplicateName = errors.New("duplicate name")
	ErrBadAuthMethod = errors.New("unknown auth method")
	ErrBadDefault    = errors.New("default names no profile")
	ErrTooLarge      = errors.New("profiles file too large")
)

// Errors about choosing a profile; a *ProfileError unwraps to one of them.
var (
	ErrNoProfile         = errors.New("no such profile")
	ErrNoProfileSelected = errors.New("no profile selected")
)

// Errors about saving.
var (
	// ErrWouldOverwrite: the file on disk does not load, so it is left as it is.
	ErrWouldOverwrite = errors.New("refusing to overwrite a profiles file that does not load")
	// ErrLocked: another process held the lock for too long.
	ErrLocked = errors.New("profiles file is locked")
)

// LoadError reports a problem in a profiles file, with its line when known.
// It unwraps to its Kind (ErrUnknownField, ErrBadURL…) and to Err, the
// underlying cause when there is one.
type LoadError struct {
	Path  string // the file; "" when validating data not read from a file
	Line  int    // 1-based; 0 when unknown
	Field string // the YAML field, e.g. "client_id" or "profiles[2].token_url"; may be ""
	Kind  error  // one of the Err… sentinels above
	Msg   Text   // what is wrong, a sentence without the path and line
	Hint  Text   // what to try; may be zero
	Err   error  // underlying cause; may be nil
}

// Error returns "PATH:LINE: MSG", the form editors jump to.
func (e *LoadError) Error() string { return e.Message().String() }

// Message is Error as a Text, to be written in any language.
func (e *LoadError) Message() Text {
	switch {
	case e.Path != "" && e.Line > 0:
		return txt(CodeAtPathLine, e.Path, e.Line, e.Msg)
	case e.Path != "":
		return txt(CodeAtPath, e.Path, e.Msg)
	case e.Line > 0:
		return txt(CodeAtLine, e.Line, e.Msg)
	}
	return e.Msg
}

// HintText is the hint as a Text.
func (e *LoadError) HintText() Text { return e.Hint }

// Unwrap returns the kind and the cause, for errors.Is and errors.As.
func (e *LoadError) Unwrap() []error {
	if e.Err != nil {
		return []error{e.Kind, e.Err}
	}
	return []error{e.Kind}
}

// HintText is the hint carried by err (a *LoadError, *ProfileError,
// *SecretError or *SaveError anywhere in its chain); zero when there is
// none. Its String is the English; i18n.ProfileHint writes it in the
// user's language.
func HintText(err error) Text {
	if c, ok := CodedOf(err); ok {
		return c.HintText()
	}
	return Text{}
}

// SaveError reports a save that did not happen; the file on disk is unchanged.
// It unwraps to Kind (ErrWouldOverwrite, ErrLocked; may be nil) and to Err
// (the *LoadError of the file on disk, or an I/O error; may be nil).
type SaveError struct {
	Path string
	Kind error
	Msg  Text
	Hint Text
	Err  error
}

func (e *SaveError) Error() string { return e.Message().String() }

// Message is Error as a Text.
func (e *SaveError) Message() Text { return txt(CodeCannotSave, e.Path, e.Msg) }

// HintText is the hint as a Text.
func (e *SaveError) HintText() Text { return e.Hint }

// Unwrap returns the kind and the cause.
func (e *SaveError) Unwrap() []error {
	var errs []error
	for _, err := range []error{e.Kind, e.Err} {
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}
