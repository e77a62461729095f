package requests

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
	"tokentui/atomicfile"

	"tokentui/auth"
)

// Response is what came back, read whole: the first MaxBody bytes of the
// body in memory and, when the body is longer, all of it in a temporary
// file. Every field but the timings comes from the server: make text
// inert before showing it. Pretty is safe for concurrent use; the other
// fields must not be changed while it runs.
type Response struct {
	Method     string      // the method sent
	URL        string      // the URL that answered, after redirects
	Status     string      // e.g. "200 OK"
	StatusCode int         // e.g. 200
	Proto      string      // e.g. "HTTP/1.1"
	Headers    http.Header // response headers
	Sent       []Header    // request headers sent to the server that answered, without Authorization

	// TokenSent: the request that got this answer carried the token.
	TokenSent bool
	// TokenWithheld: the URL is not on one of the profile's API origins,
	// so the request went without the token (see Sender.TokenGoesTo).
	TokenWithheld bool
	// TokenDropped: the token went with the first request, and a redirect
	// to another origin left it behind.
	TokenDropped bool

	Body      []byte // the body, at most MaxBody bytes of it
	BodySize  int64  // the whole body's size
	Truncated bool   // Body holds only the start; the whole is in SpillPath
	SpillPath string // a 0600 temporary file with the whole body, when Truncated

	ContentType string // the media type, without parameters, e.g. "application/json"
	IsJSON      bool   // the body is JSON, by Content-Type or by its look

	Timing Timing

	TokenJTI    string    // jti of the token sent, if it has one
	TokenExpiry time.Time // expiry of the token sent

	// Challenge is the parsed WWW-Authenticate of a 401 or 403, and
	// Explanation says what it means and what to try.
	Challenge   *auth.Challenge
	Explanation *auth.Explanation

	Renewed    bool  // a 401 invalid_token made the Sender renew the token and send again
	RenewError error // set when that renewal was refused or failed; the Response is the first 401

	HistoryError error // the request was sent but could not be added to the history

	prettyOnce sync.Once
	pretty     string
}

// ErrBodyTooLarge: the response body passed the Sender's MaxSpill.
var ErrBodyTooLarge = errors.New("the response body is too large to keep")

// readBody keeps up to max bytes of the body in memory; when there are
// more, it streams the whole body into a temporary file in dir, up to
// spill bytes in all (spill < 0: no bound).
func (r *Response) readBody(hr *http.Response, max, spill int64, dir string) error {
	if spill >= 0 && spill < max {
		max = spill
	}
	if spill >= 0 && hr.ContentLength > spill {
		return tooLarge(spill, hr.ContentLength)
	}
	buf, err := readCapped(hr.Body, max+1, hr.ContentLength)
	if err != nil {
		return err
	}
	if int64(len(buf)) <= max {
		r.Body, r.BodySize = buf, int64(len(buf))
		return nil
	}
	if spill >= 0 && int64(len(buf)) > spill {
		return tooLarge(spill, -1)
	}
	f, err := os.CreateTemp(dir, "tokentui-body-*")
	if err != nil {
		return fmt.Errorf("the body is over %d bytes and could not be kept in a temporary file: %w", max, err)
	}
	r.SpillPath = f.Name()
	n, err := f.Write(buf)
	var m int64
	if err == nil {
		var src io.Reader = hr.Body
		if spill >= 0 {
			src = io.LimitReader(hr.Body, spill-int64(n)+1)
		}
		m, err = io.Copy(f, src)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && spill >= 0 && int64(n)+m > spill {
		err = tooLarge(spill, -1)
	}
	if err != nil {
		r.Cleanup()
		if errors.Is(err, ErrBodyTooLarge) {
			return err
		}
		return fmt.Errorf("reading the body into a temporary file: %w", err)
	}
	r.Body, r.BodySize, r.Truncated = buf[:max:max], int64(n)+m, true
	return nil
}

// tooLarge says the body passed the bound; size is -1 when unknown.
func tooLarge(bound, size int64) error {
	if size >= 0 {
		return fmt.Errorf("%w: it is %s, over the %s tokentui keeps; nothing of it was kept",
			ErrBodyTooLarge, byteSize(size), byteSize(bound))
	}
	return fmt.Errorf("%w: it passed the %s tokentui keeps and was dropped",
		ErrBodyTooLarge, byteSize(bound))
}

// byteSize is n in B, KiB, MiB or GiB.
func byteSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// readCapped reads r until EOF or until it has limit bytes, growing its
// buffer as needed (from size hint when known) but never past limit.
func readCapped(r io.Reader, limit, hint int64) ([]byte, error) {
	size := int64(64 << 10)
	if hint >= 0 {
		size = hint + 1 // room to see EOF
	}
	size = min(max(size, 512), limit)
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			if int64(len(buf)) >= limit {
				return buf, nil
			}
			grown := make([]byte, len(buf), min(2*int64(cap(buf)), limit))
			copy(grown, buf)
			buf = grown
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// detect sets ContentType and IsJSON.
func (r *Response) detect() {
	ct := r.Headers.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ct); err == nil {
		r.ContentType = mt
	} else {
		r.ContentType = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	switch mt := r.ContentType; {
	case mt == "application/json", mt == "text/json", strings.HasSuffix(mt, "+json"):
		r.IsJSON = true
	case mt == "", mt == "text/plain", mt == "application/octet-stream":
		r.IsJSON = looksJSON(r.Body, r.Truncated)
	}
}

// looksJSON sniffs an undeclared body: an object or array that parses, or
// whose start parses when the body was cut.
func looksJSON(b []byte, truncated bool) bool {
	t := bytes.TrimLeft(b, " \t\r\n")
	if len(t) == 0 || (t[0] != '{' && t[0] != '[') {
		return false
	}
	if !truncated {
		return jsonValid(b)
	}
	_, ok := indentJSON(b, true)
	return ok
}

// explain parses the challenge of a 401 or 403.
func (r *Response) explain() {
	if r.StatusCode != http.StatusUnauthorized && r.StatusCode != http.StatusForbidden {
		return
	}
	v := strings.Join(r.Headers.Values("WWW-Authenticate"), ", ")
	if v == "" {
		if r.StatusCode == http.StatusUnauthorized {
			e := auth.ExplainChallenge(auth.Challenge{})
			r.Explanation = &e
		}
		return
	}
	ch, err := auth.ParseWWWAuthenticate(v)
	if err != nil {
		return
	}
	e := auth.ExplainChallenge(ch)
	r.Challenge, r.Explanation = &ch, &e
}

// Cleanup removes the temporary file of a long body. The Response keeps
// its in-memory part.
func (r *Response) Cleanup() error {
	if r == nil || r.SpillPath == "" {
		return nil
	}
	err := os.Remove(r.SpillPath)
	r.SpillPath = ""
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}

// OpenBody returns a reader of the whole body: the temporary file when the
// body was longer than the memory cap, else the in-memory body.
func (r *Response) OpenBody() (io.ReadCloser, error) {
	if !r.Truncated {
		return io.NopCloser(bytes.NewReader(r.Body)), nil
	}
	if r.SpillPath == "" {
		return nil, errors.New("the body's temporary file was already removed")
	}
	return os.Open(r.SpillPath)
}

// WriteBody writes the whole body to w, byte for byte.
func (r *Response) WriteBody(w io.Writer) error {
	rc, err := r.OpenBody()
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.Copy(w, rc)
	return err
}

// SaveBody writes the whole body to path atomically (temporary file,
// fsync, rename), readable only by the user.
func (r *Response) SaveBody(path string) error {
	if err := atomicfile.WriteFrom(path, 0o600, r.WriteBody); err != nil {
		return fmt.Errorf("saving the body: %w", err)
	}
	return nil
}
