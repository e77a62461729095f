package cli

import (
	"io"
	"os"
)

// When stdout and stderr go to the same place (a terminal, `2>&1`), a
// message on stderr must not be glued to a body that ends without a
// newline: the stderr writer starts on a line of its own.

// lineTracker is stdout, noting whether its last byte ended a line.
type lineTracker struct {
	w       io.Writer
	midLine bool
}

func (t *lineTracker) Write(p []byte) (int, error) {
	n, err := t.w.Write(p)
	if n > 0 {
		t.midLine = p[n-1] != '\n'
	}
	return n, err
}

// ownLine is stderr, writing a newline first when stdout was left in the
// middle of a line.
type ownLine struct {
	w   io.Writer
	out *lineTracker
}

func (o ownLine) Write(p []byte) (int, error) {
	if o.out.midLine {
		o.out.midLine = false
		if _, err := io.WriteString(o.w, "\n"); err != nil {
			return 0, err
		}
	}
	return o.w.Write(p)
}

// ownLines returns stdout and stderr to use: when they are the same file,
// terminal or writer, stderr's messages start on a line of their own.
func ownLines(stdout, stderr io.Writer) (io.Writer, io.Writer) {
	if !sameOutput(stdout, stderr) {
		return stdout, stderr
	}
	t := &lineTracker{w: stdout}
	return t, ownLine{w: stderr, out: t}
}

// sameOutput reports whether a and b write to the same place.
func sameOutput(a, b io.Writer) bool {
	if a == b {
		return true
	}
	fa, ok1 := a.(*os.File)
	fb, ok2 := b.(*os.File)
	if !ok1 || !ok2 {
		return false
	}
	sa, err1 := fa.Stat()
	sb, err2 := fb.Stat()
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// underlying is the writer a lineTracker wraps, or w itself.
func underlying(w io.Writer) io.Writer {
	if t, ok := w.(*lineTracker); ok {
		return t.w
	}
	return w
}
