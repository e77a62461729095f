package inert

import "io"

// Writer makes a stream inert as it passes through: what reaches the
// underlying writer is what String would make of everything written so far,
// even when a sequence or a UTF-8 rune is split across writes. Call Flush
// at the end so an incomplete rune held back is written as U+FFFD.
type Writer struct {
	w       io.Writer
	m       machine
	pending []byte // the start of a UTF-8 rune, waiting for the rest
	buf     []byte
}

// NewWriter returns a Writer that writes the inert form of its input to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w}
}

// Write sanitizes p and writes the result. It reports len(p) on success,
// even though fewer bytes (often) reach the underlying writer.
func (w *Writer) Write(p []byte) (int, error) {
	if err := w.write(p, false); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes what is held back at the end of the input.
func (w *Writer) Flush() error {
	return w.write(nil, true)
}

func (w *Writer) write(p []byte, atEOF bool) error {
	in := p
	if len(w.pending) > 0 {
		in = append(w.pending, p...)
	}
	out, n := w.m.run(w.buf[:0], string(in), atEOF)
	w.pending = append(w.pending[:0:0], in[n:]...)
	w.buf = out[:0]
	if len(out) == 0 {
		return nil
	}
	_, err := w.w.Write(out)
	return err
}
