package openapi

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"tokentui/atomicfile"
)

// The derived index: the operations of a cached document, written next to
// it (openapi-….index, 0600) so that a warm run reads a compact binary
// file (see indexcodec.go) instead of parsing megabytes of JSON. It is keyed by the document's
// SHA-256 (recorded in the document cache's first line) and by
// IndexFormat; one that is missing, stale, unreadable or corrupt is
// rebuilt from the document and replaced, silently. It is never trusted
// blindly: its size is bounded, only a regular file is read, a decoder
// panic is a miss, and every operation is checked before use.

// IndexFormat is the version of the derived index. Bump it whenever what
// the index holds, or how the light index reads a document, changes:
// indexes of another version are rebuilt.
const IndexFormat = 3

// maxIndexSize bounds an index file read from disk.
const maxIndexSize = 32 << 20

// maxMetaLine bounds the first line of a document cache file.
const maxMetaLine = 64 << 10

// indexFile is what an index file holds.
type indexFile struct {
	Format     int    // IndexFormat when written
	Key        string // the cache key of the document
	SHA256     string // hex SHA-256 of the document's bytes
	Size       int
	Title      string
	Version    string
	DocFormat  string
	ServerPath string
	Ops        []indexOp // in Spec.Ops order
}

// indexOp is an Operation as stored.
type indexOp struct {
	ID, Method, Path, Summary, Description, Tag string
	DocID                                       string // the document's operationId ("" when none), for Filter
	Deprecated                                  bool
	Security                                    []Requirement
	Params                                      []Param
	Body                                        *Body
	Responses                                   []Response
}

func indexName(key string) string {
	return strings.TrimSuffix(cacheName(key), ".cache") + ".index"
}

// readRegular reads a regular file of at most limit bytes; a symbolic
// link, a device, a directory or a larger file is an error.
func readRegular(path string, limit int64) ([]byte, error) {
	f, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, limit)
	}
	data := make([]byte, info.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, err
	}
	return data, nil
}

// openRegular opens path for reading when it is a regular file (not a
// link to one).
func openRegular(path string) (*os.File, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || !os.SameFile(info, st) {
		f.Close()
		return nil, fmt.Errorf("%s changed while opened", path)
	}
	return f, nil
}

// docSum is the hex SHA-256 of a document.
func docSum(doc []byte) string {
	sum := sha256.Sum256(doc)
	return hex.EncodeToString(sum[:])
}

// readIndex reads the index of key for the document whose SHA-256 is sum;
// nil when there is none usable.
func readIndex(dir, key, sum string) *indexFile {
	data, err := readRegular(filepath.Join(dir, indexName(key)), maxIndexSize)
	if err != nil {
		return nil
	}
	return decodeIndex(data, key, sum)
}

// decodeIndex decodes and checks an index; nil when it is not one of key's
// document sum in this format.
func decodeIndex(data []byte, key, sum string) (ix *indexFile) {
	defer func() {
		if recover() != nil { // a hostile file must not take the process down
			ix = nil
		}
	}()
	f, err := decodeIndexData(data)
	if err != nil {
		return nil
	}
	if f.Format != IndexFormat || f.Key != key || f.SHA256 != sum || sum == "" || !f.valid() {
		return nil
	}
	return f
}

// valid checks what the rest of the package relies on: every operation
// has an id, a known method and a path, and no two share an id.
func (f *indexFile) valid() bool {
	if f.Size < 0 {
		return false
	}
	ids := make(map[string]bool, len(f.Ops))
	for _, o := range f.Ops {
		if o.ID == "" || !strings.HasPrefix(o.Path, "/") || !lightMethods[strings.ToLower(o.Method)] || o.Method != strings.ToUpper(o.Method) {
			return false
		}
		if ids[o.Method+" "+o.Path] {
			return false
		}
		ids[o.Method+" "+o.Path] = true
	}
	return true
}

// writeIndex stores the index of spec, the document of key whose SHA-256
// is sum; failures are ignored (the next run rebuilds it).
func writeIndex(dir, key, sum string, spec *Spec) {
	f := indexFile{Format: IndexFormat, Key: key, SHA256: sum, Size: spec.Size, Title: spec.Title, Version: spec.Version,
		DocFormat: spec.Format, ServerPath: spec.ServerPath, Ops: make([]indexOp, len(spec.Ops))}
	for i, o := range spec.Ops {
		f.Ops[i] = indexOp{ID: o.ID, Method: o.Method, Path: o.Path, Summary: o.Summary, Description: o.Description,
			Tag: o.Tag, DocID: o.docID, Deprecated: o.Deprecated, Security: o.Security, Params: o.Params, Body: o.Body,
			Responses: o.Responses}
	}
	path := filepath.Join(dir, indexName(key))
	if info, err := os.Lstat(path); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		_ = os.Remove(path) // a link in our own directory: replace it, never write through it
	}
	_ = atomicfile.Write(path, encodeIndex(&f), 0o600)
}

// specOf builds a Spec from an index; the document itself is read by
// load when a schema is needed (see Spec.Full).
func (f *indexFile) specOf(source string, load func() ([]byte, error)) *Spec {
	s := &Spec{Title: f.Title, Version: f.Version, Format: f.DocFormat, Source: source, source: source, Size: f.Size,
		ServerPath: f.ServerPath, byID: make(map[string]*Operation, 2*len(f.Ops)), load: load, swagger: f.DocFormat == swaggerFormat}
	s.Ops = make([]*Operation, len(f.Ops))
	for i, x := range f.Ops {
		o := &Operation{ID: x.ID, Method: x.Method, Path: x.Path, Summary: x.Summary, Description: x.Description,
			Tag: x.Tag, Deprecated: x.Deprecated, Security: x.Security, Params: x.Params, Body: x.Body,
			Responses: x.Responses, docID: x.DocID}
		o.search = searchText(o)
		s.Ops[i] = o
	}
	s.link()
	return s
}

// searchText is what Filter looks in: lower-case method, path, summary
// and the document's operationId.
func searchText(o *Operation) string {
	return strings.ToLower(o.Method + " " + o.Path + " " + o.Summary + " " + o.docID)
}

// ErrChanged: the cached document is no longer the one its index was
// built from.
var ErrChanged = errors.New("the cached OpenAPI document changed since it was indexed; reload it (api --refresh, or ctrl+r in the explorer)")

// cacheEntry is a document cache file opened: its first line read, the
// document not yet.
type cacheEntry struct {
	meta cacheMeta
	r    *bufio.Reader
	f    *os.File
}

// openCache opens the cache file of key and reads its first line; nil
// when there is no usable one.
func openCache(path, key string) *cacheEntry {
	f, err := openRegular(path)
	if err != nil {
		return nil
	}
	if info, err := f.Stat(); err != nil || info.Size() > MaxSize+maxMetaLine {
		f.Close()
		return nil
	}
	r := bufio.NewReaderSize(f, 4096)
	line, err := readLine(r, maxMetaLine)
	var m cacheMeta
	if err != nil || json.Unmarshal(line, &m) != nil || m.Key != key {
		f.Close()
		return nil
	}
	return &cacheEntry{meta: m, r: r, f: f}
}

// readLine reads up to a newline, at most limit bytes.
func readLine(r *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > limit {
			return nil, errors.New("line too long")
		}
		switch {
		case err == nil:
			return line[:len(line)-1], nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return nil, err
		}
	}
}

// rest reads the document after the first line, bounded by MaxSize.
func (c *cacheEntry) rest() ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(c.r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("the cached document is larger than %d MB", MaxSize>>20)
	}
	return data, nil
}

// cachedDoc reads the document of a cache file again, for the full load
// of a Spec built from its index, and checks it is still the one indexed.
func cachedDoc(path, key, sum string) func() ([]byte, error) {
	return func() ([]byte, error) {
		c := openCache(path, key)
		if c == nil {
			return nil, ErrChanged
		}
		defer c.f.Close()
		doc, err := c.rest()
		if err != nil {
			return nil, err
		}
		if docSum(doc) != sum {
			return nil, ErrChanged
		}
		return doc, nil
	}
}

// cachedSpec returns the unexpired cached document of key, from its index
// when that is usable, else parsed (and its index rebuilt); nil when none.
func (l *Loader) cachedSpec(dir, key string) *Spec {
	path := filepath.Join(dir, cacheName(key))
	c := openCache(path, key)
	if c == nil {
		return nil
	}
	defer c.f.Close()
	m := c.meta
	now := l.now()
	if !now.Before(m.ExpiresAt) || now.Before(m.FetchedAt.Add(-time.Minute)) {
		return nil
	}
	if m.SHA256 != "" {
		if ix := readIndex(dir, key, m.SHA256); ix != nil {
			spec := ix.specOf(m.URL, cachedDoc(path, key, m.SHA256))
			spec.FetchedAt, spec.FromCache = m.FetchedAt, true
			return spec
		}
	}
	doc, err := c.rest()
	if err != nil {
		return nil
	}
	sum := docSum(doc)
	if m.SHA256 != "" && m.SHA256 != sum {
		return nil // the file was changed by someone else: fetch it again
	}
	spec, err := Parse(doc, m.URL)
	if err != nil {
		return nil
	}
	if m.SHA256 == "" { // written before the index existed: written again, with its hash
		m.SHA256 = sum
		writeCache(dir, m, doc, spec)
	} else {
		writeIndex(dir, key, sum, spec)
	}
	spec.FetchedAt, spec.FromCache = m.FetchedAt, true
	return spec
}
