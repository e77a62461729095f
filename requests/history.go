package requests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"tokentui/atomicfile"
	"unicode/utf8"

	"github.com/gofrs/flock"
)

// Limits of the history file.
const (
	DefaultHistoryEntries = 1000    // entries kept
	DefaultHistoryBytes   = 5 << 20 // bytes kept
	historyBodyCap        = 64 << 10
)

// Entry is one request in the history: what was sent and how it went,
// never the token, a cookie or another secret-looking header, and no body
// that looks like it holds a secret.
type Entry struct {
	Time       time.Time `json:"time"`
	Profile    string    `json:"profile,omitempty"`
	Method     string    `json:"method"`
	Path       string    `json:"path"`            // what the user typed: a path or a URL
	URL        string    `json:"url"`             // the URL it resolved to (secrets redacted)
	Status     int       `json:"status"`          // 0 when no answer came
	DurationMS int64     `json:"duration_ms"`     // until the last byte of the body
	Size       int64     `json:"size"`            // response body bytes
	Error      string    `json:"error,omitempty"` // why no answer came
	TokenJTI   string    `json:"token_jti,omitempty"`
	Headers    []Header  `json:"headers,omitempty"`   // request headers kept
	Redacted   []string  `json:"redacted,omitempty"`  // names of request headers left out
	Body       string    `json:"body,omitempty"`      // request body, at most 64 KiB of it
	BodyCut    bool      `json:"body_cut,omitempty"`  // Body holds only the start
	BodyLeft   string    `json:"body_left,omitempty"` // why the body was not kept
}

// Spec turns the entry back into a request to send again. A body that was
// cut or left out is missing.
func (e Entry) Spec() Spec {
	s := Spec{Method: e.Method, URL: e.Path, Headers: append([]Header(nil), e.Headers...)}
	if s.URL == "" {
		s.URL = e.URL
	}
	if e.Body != "" {
		s.Body = []byte(e.Body)
	}
	return s
}

// SentSpec is the request as it was sent: the URL it resolved to, the
// headers and the body the entry kept. Check Left first: what the history
// left out is missing here too.
func (e Entry) SentSpec() Spec {
	s := e.Spec()
	if e.URL != "" {
		s.URL = e.URL
	}
	return s
}

// Left is a part of a sent request its history entry does not hold.
type Left int

// What an entry may lack, as Entry.Left reports it.
const (
	LeftNothing    Left = iota // the entry holds the whole request
	LeftBodyFile               // the body was sent from a file (or a stream spilled to disk)
	LeftBodyBinary             // the body was not text
	LeftBodySecret             // the body looked like it held a secret or the token
	LeftBodyCut                // only the first 64 KiB of the body were kept
	LeftHeaders                // secret-looking headers (named in Redacted)
	LeftURLSecret              // a secret of the URL (a password, a query value)
)

// Left says what of the request the entry does not hold, so that sending
// it again from the entry alone would not be the same request; LeftNothing
// when it holds all of it. A URL is taken as redacted when it holds the
// word history writes in place of a secret.
func (e Entry) Left() Left {
	switch {
	case e.BodyLeft == bodyLeftFile:
		return LeftBodyFile
	case e.BodyLeft == bodyLeftBinary:
		return LeftBodyBinary
	case e.BodyLeft != "":
		return LeftBodySecret
	case e.BodyCut:
		return LeftBodyCut
	case len(e.Redacted) > 0:
		return LeftHeaders
	case strings.Contains(e.URL, redacted) || strings.Contains(e.Path, redacted):
		return LeftURLSecret
	}
	return LeftNothing
}

// Why history left a body out (Entry.BodyLeft), besides a secret in it.
const (
	bodyLeftFile   = "it was sent from a file"
	bodyLeftBinary = "binary"
)

// newEntry describes a request for the history, leaving out every secret:
// the token (and anything in secrets), secret-looking headers, query
// parameters and bodies.
func newEntry(profile string, spec Spec, target string, start time.Time, resp *Response, err error, secrets []string) Entry {
	e := Entry{
		Time:       start.UTC(),
		Profile:    profile,
		Method:     spec.method(),
		Path:       scrub(redactURL(spec.URL), secrets),
		URL:        scrub(redactURL(target), secrets),
		DurationMS: time.Since(start).Milliseconds(),
	}
	if resp != nil {
		e.Status, e.Size, e.TokenJTI = resp.StatusCode, resp.BodySize, resp.TokenJTI
		e.DurationMS = resp.Timing.Total.Milliseconds()
	}
	if err != nil {
		e.Error = scrub(jwtLike.ReplaceAllString(err.Error(), redacted), secrets)
	}
	for _, h := range spec.Headers {
		v := scrub(h.Value, secrets)
		if secretName(h.Name) || v != h.Value || jwtLike.MatchString(v) {
			e.Redacted = append(e.Redacted, h.Name)
			continue
		}
		e.Headers = append(e.Headers, h)
	}
	if spec.Body == nil && spec.BodyFile != "" {
		e.BodyLeft = bodyLeftFile
	}
	if len(spec.Body) > 0 {
		body := spec.Body
		if len(body) > historyBodyCap {
			body, e.BodyCut = body[:historyBodyCap], true
			for i := 0; i < utf8.UTFMax-1 && !utf8.Valid(body); i++ {
				body = body[:len(body)-1] // do not cut a rune in two
			}
		}
		switch why := secretBody(body); {
		case why != "":
			e.BodyLeft, e.BodyCut = why, false
		case scrub(string(body), secrets) != string(body):
			e.BodyLeft, e.BodyCut = "it holds the token", false
		default:
			e.Body = string(body)
		}
	}
	return e
}

// History appends entries to a JSON-lines file and keeps it bounded. Its
// methods are safe for concurrent use, also by several processes (a file
// lock beside the file guards it).
type History struct {
	Path       string // the file, e.g. DefaultHistoryPath()
	MaxEntries int    // 0 means DefaultHistoryEntries
	MaxBytes   int64  // 0 means DefaultHistoryBytes

	mu sync.Mutex
}

// NewHistory returns a History writing to path.
func NewHistory(path string) *History { return &History{Path: path} }

// DefaultHistoryPath is $XDG_STATE_HOME/tokentui/history.jsonl, or
// ~/.local/state/tokentui/history.jsonl.
func DefaultHistoryPath() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			home = os.TempDir()
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "tokentui", "history.jsonl")
}

// Append adds e at the end of the file (created 0600, its directory 0700).
// When the file passes MaxEntries or MaxBytes it is rewritten atomically
// with the newest three quarters of those limits.
func (h *History) Append(e Entry) error {
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("history: encoding an entry: %w", err)
	}
	line = append(line, '\n')
	h.mu.Lock()
	defer h.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(h.Path), 0o700); err != nil {
		return fmt.Errorf("history: creating its directory: %w", err)
	}
	lock := flock.New(h.Path + ".lock")
	if err := lock.Lock(); err != nil {
		return fmt.Errorf("history: locking %s: %w", h.Path, err)
	}
	defer lock.Unlock()

	f, err := os.OpenFile(h.Path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("history: opening %s: %w", h.Path, err)
	}
	_, err = f.Write(line)
	st, serr := f.Stat()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("history: writing %s: %w", h.Path, err)
	}
	if serr == nil && h.mayBeOver(st.Size()) {
		return h.compact()
	}
	return nil
}

func (h *History) maxEntries() int {
	if h.MaxEntries <= 0 {
		return DefaultHistoryEntries
	}
	return h.MaxEntries
}

func (h *History) maxBytes() int64 {
	if h.MaxBytes <= 0 {
		return DefaultHistoryBytes
	}
	return h.MaxBytes
}

// mayBeOver reports whether a file of size bytes may be past a limit: over
// MaxBytes, or big enough to hold more than MaxEntries short entries.
func (h *History) mayBeOver(size int64) bool {
	const shortest = 100 // bytes in the shortest entry
	return size > h.maxBytes() || size > int64(h.maxEntries())*shortest
}

// compact rewrites the file with the newest entries if it is past a limit.
// The caller holds the lock.
func (h *History) compact() error {
	data, err := os.ReadFile(h.Path)
	if err != nil {
		return fmt.Errorf("history: reading %s: %w", h.Path, err)
	}
	lines := bytes.SplitAfter(bytes.TrimRight(data, "\n"), []byte("\n"))
	if len(lines) <= h.maxEntries() && int64(len(data)) <= h.maxBytes() {
		return nil
	}
	keepN, keepBytes := h.maxEntries()*3/4, h.maxBytes()*3/4
	var kept [][]byte
	var size int64
	for i := len(lines) - 1; i >= 0 && len(kept) < keepN; i-- {
		l := bytes.TrimRight(lines[i], "\n")
		if len(l) == 0 || !json.Valid(l) {
			continue
		}
		if size+int64(len(l))+1 > keepBytes {
			break
		}
		kept = append(kept, l)
		size += int64(len(l)) + 1
	}
	var out bytes.Buffer
	for i := len(kept) - 1; i >= 0; i-- {
		out.Write(kept[i])
		out.WriteByte('\n')
	}
	if err := atomicfile.Write(h.Path, out.Bytes(), 0o600); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	return nil
}

// LoadHistory reads up to limit entries (all when limit ≤ 0), newest
// first. A line that does not parse is skipped, not an error; a missing
// file is an empty history.
func LoadHistory(path string, limit int) ([]Entry, error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("history: reading %s: %w", path, err)
	}
	lines := strings.Split(string(data), "\n")
	var out []Entry
	for i := len(lines) - 1; i >= 0; i-- {
		if limit > 0 && len(out) >= limit {
			break
		}
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		var e Entry
		if json.Unmarshal([]byte(l), &e) != nil || e.Method == "" {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}
