package cli

// The request body of `tokentui call -d`: read with a bound, never whole
// into memory when it is large. Small bodies (up to inMemoryBody) are held
// in memory; a larger regular file is streamed from where it is; a larger
// stream (stdin, a pipe, a device such as /dev/zero) is copied into the
// run's spill folder as it is read, up to the bound, and streamed from
// there (so a redirect or a retry can send it again).

import (
	"errors"
	"io"
	"os"
	"strconv"
	"strings"

	"tokentui/text/i18n"
)

// inMemoryBody is the largest body held in memory.
const inMemoryBody = 1 << 20

// callBody is the body -d gave: in memory, or in a file.
type callBody struct {
	data []byte
	file string
}

// readBody reads -d: DATA as it is, @FILE from a file, @- from stdin;
// more than max bytes is bad usage, said in one sentence with a hint.
// spool is the folder for a copy of a large stream ("" is the temporary
// directory).
func readBody(lang i18n.Lang, data string, stdin io.Reader, max int64, spool string) (callBody, error) {
	tooLarge := func(size int64) error {
		return usageErrorf("%s", i18n.T(lang, i18n.CallBodyTooLarge, data, sizeText(lang, size), i18n.Bytes(lang, max))).
			hintIn(lang, i18n.CallBodyTooLargeHint)
	}
	switch {
	case data == "@-":
		return spoolBody(lang, stdin, max, spool, tooLarge, func(err error) error {
			return usageIn(lang, i18n.CallStdinError, err)
		})
	case strings.HasPrefix(data, "@"):
		name := data[1:]
		fileErr := func(err error) error {
			if u := errors.Unwrap(err); u != nil {
				err = u
			}
			return usageIn(lang, i18n.CallFileError, sanitize(name), err).
				hintIn(lang, i18n.CallFileHint, "printf '%s' '@…' | tokentui call -d @- PATH")
		}
		f, err := os.Open(name)
		if err != nil {
			return callBody{}, fileErr(err)
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return callBody{}, fileErr(err)
		}
		if !st.Mode().IsRegular() { // a device, a pipe: its size says nothing
			return spoolBody(lang, f, max, spool, tooLarge, fileErr)
		}
		switch size := st.Size(); {
		case size > max:
			return callBody{}, tooLarge(size)
		case size > inMemoryBody:
			return callBody{file: name}, nil
		}
		b, err := io.ReadAll(io.LimitReader(f, max+1))
		if err != nil {
			return callBody{}, fileErr(err)
		}
		if int64(len(b)) > max { // it grew while we read it
			return callBody{}, tooLarge(-1)
		}
		return callBody{data: b}, nil
	}
	if int64(len(data)) > max {
		return callBody{}, tooLarge(int64(len(data)))
	}
	return callBody{data: []byte(data)}, nil
}

// spoolBody reads a stream: in memory up to inMemoryBody, else copied to
// a 0600 file in dir as it is read; past max it stops reading, removes the
// copy and fails.
func spoolBody(lang i18n.Lang, r io.Reader, max int64, dir string, tooLarge func(int64) error, readErr func(error) error) (callBody, error) {
	head, err := io.ReadAll(io.LimitReader(r, min(inMemoryBody, max)+1))
	if err != nil {
		return callBody{}, readErr(err)
	}
	if int64(len(head)) <= min(inMemoryBody, max) {
		return callBody{data: head}, nil
	}
	if int64(len(head)) > max {
		return callBody{}, tooLarge(-1)
	}
	f, err := os.CreateTemp(dir, "tokentui-request-*")
	if err != nil {
		return callBody{}, usageIn(lang, i18n.CallSpoolError, err)
	}
	n, err := f.Write(head)
	var m int64
	if err == nil {
		m, err = io.Copy(f, io.LimitReader(r, max-int64(n)+1))
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	switch {
	case err != nil:
		os.Remove(f.Name())
		var pe *os.PathError
		if errors.As(err, &pe) && pe.Path == f.Name() {
			return callBody{}, usageIn(lang, i18n.CallSpoolError, err)
		}
		return callBody{}, readErr(err)
	case int64(n)+m > max:
		os.Remove(f.Name())
		return callBody{}, tooLarge(-1)
	}
	return callBody{file: f.Name()}, nil
}

// sizeText is "1.2 GiB, " for a known size, "" for -1 (more than the
// bound, how much more not read).
func sizeText(lang i18n.Lang, size int64) string {
	if size < 0 {
		return ""
	}
	return i18n.T(lang, i18n.CallBodySize, i18n.Bytes(lang, size))
}

// byteSizeFlag is a --max-body SIZE: bytes, or a number with K, M or G
// (powers of 1024, with or without "iB" or "B"): 100M, 1GiB, 512k. lang
// is the language of its error.
type byteSizeFlag struct {
	n    int64
	lang i18n.Lang
}

// newByteSize is a byteSizeFlag of n bytes, its errors in lang.
func newByteSize(n int64, lang i18n.Lang) byteSizeFlag { return byteSizeFlag{n: n, lang: lang} }

func (b *byteSizeFlag) String() string {
	n := b.n
	for _, u := range []struct {
		unit string
		size int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return strconv.FormatInt(n/u.size, 10) + u.unit
		}
	}
	return strconv.FormatInt(n, 10)
}
func (b *byteSizeFlag) Type() string { return "SIZE" }

func (b *byteSizeFlag) Set(s string) error {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"kb", 1 << 10}, {"mb", 1 << 20}, {"gb", 1 << 30},
		{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"b", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return errors.New(i18n.T(b.lang, i18n.FlagMaxBodyBad, s))
	}
	b.n = n * mult
	return nil
}
