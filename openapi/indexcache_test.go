package openapi

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"tokentui/openapi/openapitest"
)

// indexEnv serves one document and loads it through a Loader with a
// cache directory, counting fetches.
type indexEnv struct {
	dir     string
	url     string
	key     string
	doc     []byte
	fetches atomic.Int64
	loader  *Loader
}

func newIndexEnv(t *testing.T, doc []byte) *indexEnv {
	t.Helper()
	e := &indexEnv{dir: filepath.Join(t.TempDir(), "cache"), doc: doc}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.fetches.Add(1)
		w.Write(e.doc)
	}))
	t.Cleanup(srv.Close)
	e.url = srv.URL + "/openapi.json"
	e.key = e.url
	e.loader = &Loader{CacheDir: e.dir}
	return e
}

func (e *indexEnv) load(t *testing.T, fresh bool) *Spec {
	t.Helper()
	spec, err := e.loader.Load(context.Background(), e.url, "", fresh)
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

func (e *indexEnv) indexPath() string { return filepath.Join(e.dir, indexName(e.key)) }

// fromIndex reports whether a Spec was built from the derived index (its
// document not read yet).
func fromIndex(s *Spec) bool { return s.load != nil && s.data == nil && s.doc == nil }

// sameOps fails t unless two Specs index the same operations, field for
// field (the search text included).
func sameOps(t *testing.T, got, want *Spec) {
	t.Helper()
	if got.Title != want.Title || got.Version != want.Version || got.Format != want.Format || got.ServerPath != want.ServerPath ||
		got.Size != want.Size || !reflect.DeepEqual(got.Tags, want.Tags) {
		t.Errorf("spec: got %q %q %q %q %d %v, want %q %q %q %q %d %v", got.Title, got.Version, got.Format, got.ServerPath, got.Size, got.Tags,
			want.Title, want.Version, want.Format, want.ServerPath, want.Size, want.Tags)
	}
	if len(got.Ops) != len(want.Ops) {
		t.Fatalf("%d operations, want %d", len(got.Ops), len(want.Ops))
	}
	for i := range want.Ops {
		if !reflect.DeepEqual(got.Ops[i], want.Ops[i]) {
			t.Fatalf("operation %d:\n got %+v\nwant %+v", i, got.Ops[i], want.Ops[i])
		}
	}
}

// rawIndex is f encoded as an index file.
func rawIndex(t *testing.T, path string, f indexFile) []byte {
	t.Helper()
	return encodeIndex(&f)
}

// TestIndexCache: a warm Load reads the derived index; one that is
// missing, stale, of another format, corrupt or hostile is not trusted:
// the document is parsed again, with the same result, and the index
// rewritten. The network is never asked again.
func TestIndexCache(t *testing.T) {
	docs := map[string][]byte{"petstore": mustRead(t, "petstore30.yaml"), "swashbuckle": mustRead(t, "swashbuckle.json")}
	cases := []struct {
		name      string
		spoil     func(t *testing.T, e *indexEnv, valid []byte)
		fromIndex bool // the second load uses the index as it finds it
	}{
		{"hit", func(*testing.T, *indexEnv, []byte) {}, true},
		{"missing", func(t *testing.T, e *indexEnv, _ []byte) { os.Remove(e.indexPath()) }, false},
		{"stale document hash", func(t *testing.T, e *indexEnv, valid []byte) {
			f := decodeIndex(valid, e.key, docSum(e.doc))
			f.SHA256 = docSum([]byte("another document"))
			os.WriteFile(e.indexPath(), rawIndex(t, e.indexPath(), *f), 0o600)
		}, false},
		{"another key", func(t *testing.T, e *indexEnv, valid []byte) {
			f := decodeIndex(valid, e.key, docSum(e.doc))
			f.Key = "https://elsewhere.example/openapi.json"
			os.WriteFile(e.indexPath(), rawIndex(t, e.indexPath(), *f), 0o600)
		}, false},
		{"format version bump", func(t *testing.T, e *indexEnv, valid []byte) {
			f := decodeIndex(valid, e.key, docSum(e.doc))
			f.Format = IndexFormat - 1
			f.Ops = f.Ops[:1]
			os.WriteFile(e.indexPath(), rawIndex(t, e.indexPath(), *f), 0o600)
		}, false},
		{"truncated", func(t *testing.T, e *indexEnv, valid []byte) {
			os.WriteFile(e.indexPath(), valid[:len(valid)/2], 0o600)
		}, false},
		{"empty", func(t *testing.T, e *indexEnv, valid []byte) { os.WriteFile(e.indexPath(), nil, 0o600) }, false},
		{"garbage", func(t *testing.T, e *indexEnv, valid []byte) {
			os.WriteFile(e.indexPath(), bytes.Repeat([]byte{0xff, 0x00, 0x7f, 0x81}, 5000), 0o600)
		}, false},
		{"bytes flipped", func(t *testing.T, e *indexEnv, valid []byte) {
			b := bytes.Clone(valid)
			for i := 7; i < len(b); i += 13 {
				b[i] ^= 0x5a
			}
			os.WriteFile(e.indexPath(), b, 0o600)
		}, false},
		{"JSON instead of the index", func(t *testing.T, e *indexEnv, _ []byte) {
			os.WriteFile(e.indexPath(), []byte(`{"Format":2,"Ops":[]}`), 0o600)
		}, false},
		{"hostile: an operation with a bad method", func(t *testing.T, e *indexEnv, valid []byte) {
			f := decodeIndex(valid, e.key, docSum(e.doc))
			f.Ops[0].Method = "GET\x1b[2J"
			os.WriteFile(e.indexPath(), rawIndex(t, e.indexPath(), *f), 0o600)
		}, false},
		{"hostile: a duplicated operation", func(t *testing.T, e *indexEnv, valid []byte) {
			f := decodeIndex(valid, e.key, docSum(e.doc))
			f.Ops = append(f.Ops, f.Ops[0])
			os.WriteFile(e.indexPath(), rawIndex(t, e.indexPath(), *f), 0o600)
		}, false},
		{"hostile: a path without its slash", func(t *testing.T, e *indexEnv, valid []byte) {
			f := decodeIndex(valid, e.key, docSum(e.doc))
			f.Ops[0].Path = "items"
			os.WriteFile(e.indexPath(), rawIndex(t, e.indexPath(), *f), 0o600)
		}, false},
		{"a symbolic link to a valid index", func(t *testing.T, e *indexEnv, valid []byte) {
			other := filepath.Join(t.TempDir(), "elsewhere.index")
			os.WriteFile(other, valid, 0o600)
			os.Remove(e.indexPath())
			if err := os.Symlink(other, e.indexPath()); err != nil {
				t.Skip(err)
			}
		}, false},
		{"larger than the bound", func(t *testing.T, e *indexEnv, valid []byte) {
			os.WriteFile(e.indexPath(), append(bytes.Clone(valid), make([]byte, maxIndexSize)...), 0o600)
		}, false},
	}
	for docName, doc := range docs {
		want, err := Parse(doc, "x")
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			t.Run(docName+"/"+c.name, func(t *testing.T) {
				e := newIndexEnv(t, doc)
				first := e.load(t, true)
				if first.FromCache || fromIndex(first) {
					t.Fatal("the first load is a fetch")
				}
				valid, err := os.ReadFile(e.indexPath())
				if err != nil {
					t.Fatalf("no index written beside the document: %v", err)
				}
				if info, _ := os.Stat(e.indexPath()); info.Mode().Perm() != 0o600 {
					t.Errorf("index mode %v, want 0600", info.Mode().Perm())
				}
				c.spoil(t, e, valid)
				second := e.load(t, false)
				if !second.FromCache || e.fetches.Load() != 1 {
					t.Fatalf("the second load should come from the cache (fetches %d)", e.fetches.Load())
				}
				if got := fromIndex(second); got != c.fromIndex {
					t.Errorf("from the index: %v, want %v", got, c.fromIndex)
				}
				want.Source, want.source = e.url, e.url
				sameOps(t, second, first)
				sameOps(t, second, want)
				// the index is whole again: the next load uses it
				third := e.load(t, false)
				if !fromIndex(third) {
					t.Error("the index was not rebuilt")
				}
				sameOps(t, third, want)
				if info, err := os.Lstat(e.indexPath()); err != nil || !info.Mode().IsRegular() {
					t.Errorf("the index is not a regular file again: %v", err)
				}
			})
		}
	}
}

// TestIndexFullLoadIsLazy: a Spec from the index reads the document only
// when a schema is needed, with the same results as a parsed one; a
// document changed behind the index is an error, not a wrong answer.
func TestIndexFullLoadIsLazy(t *testing.T) {
	doc := mustRead(t, "petstore30.yaml")
	e := newIndexEnv(t, doc)
	parsed := e.load(t, true)
	spec := e.load(t, false)
	if !fromIndex(spec) {
		t.Fatal("not from the index")
	}
	for _, o := range parsed.Ops {
		if o.Body == nil {
			if _, _, err := spec.BodyExample(spec.Find(o.ID)); err != nil || spec.fullDone.Load() {
				t.Fatalf("an operation without a body needs no schema: %v, loaded %v", err, spec.fullDone.Load())
			}
		}
	}
	for _, o := range parsed.Ops {
		wantEx, wantFields, err := parsed.BodyExample(o)
		if err != nil {
			t.Fatal(err)
		}
		gotEx, gotFields, err := spec.BodyExample(spec.Find(o.ID))
		if err != nil || gotEx != wantEx || !reflect.DeepEqual(gotFields, wantFields) {
			t.Errorf("%s: %q %v %v, want %q %v", o.ID, gotEx, gotFields, err, wantEx, wantFields)
		}
	}
	// the document replaced behind an index already read
	spec = e.load(t, false)
	path := filepath.Join(e.dir, cacheName(e.key))
	data, _ := os.ReadFile(path)
	os.WriteFile(path, bytes.Replace(data, []byte("Pet"), []byte("Cat"), 1), 0o600)
	for _, o := range spec.Ops {
		if o.Body != nil {
			if _, _, err := spec.BodyExample(o); !errors.Is(err, ErrChanged) {
				t.Errorf("a changed document: %v, want ErrChanged", err)
			}
			break
		}
	}
}

// TestIndexConcurrentWriters: loaders in parallel, refreshing and reading
// the same cache, always get the whole document's operations, and leave
// a usable index.
func TestIndexConcurrentWriters(t *testing.T) {
	doc := openapitest.Generate(200)
	want, err := Parse(doc, "x")
	if err != nil {
		t.Fatal(err)
	}
	e := newIndexEnv(t, doc)
	e.load(t, true)
	var wg sync.WaitGroup
	specs := make([]*Spec, 16)
	errs := make([]error, 16)
	for i := range specs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := &Loader{CacheDir: e.dir}
			specs[i], errs[i] = l.Load(context.Background(), e.url, "", i%2 == 0)
		}()
	}
	wg.Wait()
	for i, s := range specs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		want.Source, want.source = e.url, e.url
		sameOps(t, s, want)
	}
	if readIndex(e.dir, e.key, docSum(doc)) == nil {
		t.Error("no usable index after concurrent writers")
	}
	leftovers, _ := filepath.Glob(filepath.Join(e.dir, "*"))
	if len(leftovers) != 2 {
		t.Errorf("cache directory holds %v, want the document and its index", leftovers)
	}
}

// TestIndexRefreshRebuilds: a fresh load replaces the index, so a changed
// document is seen at once.
func TestIndexRefreshRebuilds(t *testing.T) {
	e := newIndexEnv(t, mustRead(t, "petstore30.yaml"))
	e.load(t, true)
	e.doc = bytes.Replace(e.doc, []byte("listUnidades"), []byte("listAllUnidades"), 1)
	if s := e.load(t, false); s.Find("listUnidades") == nil {
		t.Fatal("the cached document should still be used")
	}
	s := e.load(t, true)
	if s.Find("listAllUnidades") == nil {
		t.Fatal("the refresh did not read the new document")
	}
	s = e.load(t, false)
	if !fromIndex(s) || s.Find("listAllUnidades") == nil || s.Find("listUnidades") != nil {
		t.Errorf("after a refresh the index should hold the new document (from index %v)", fromIndex(s))
	}
}

// TestIndexOldCacheFile: a document cached before the index existed (no
// sha256 in its first line) is parsed, as before, and written again with
// its hash and index, its age kept.
func TestIndexOldCacheFile(t *testing.T) {
	e := newIndexEnv(t, mustRead(t, "petstore30.yaml"))
	want := e.load(t, true)
	path := filepath.Join(e.dir, cacheName(e.key))
	data, _ := os.ReadFile(path)
	line, doc, _ := bytes.Cut(data, []byte("\n"))
	i := bytes.Index(line, []byte(`,"sha256"`))
	os.WriteFile(path, append(append(append(line[:i:i], '}'), '\n'), doc...), 0o600)
	s := e.load(t, false)
	if fromIndex(s) || e.fetches.Load() != 1 {
		t.Errorf("from index %v, fetches %d", fromIndex(s), e.fetches.Load())
	}
	sameOps(t, s, want)
	s = e.load(t, false)
	if !fromIndex(s) || e.fetches.Load() != 1 || !s.FetchedAt.Equal(want.FetchedAt) {
		t.Errorf("the old cache file was not indexed: from index %v, fetches %d, fetched at %v (was %v)",
			fromIndex(s), e.fetches.Load(), s.FetchedAt, want.FetchedAt)
	}
	sameOps(t, s, want)
}

// FuzzDecodeIndex: no index file, however made, crashes the decoder or
// passes the checks with an operation the package cannot use.
func FuzzDecodeIndex(f *testing.F) {
	spec, err := Parse(openapitest.Generate(20), "x")
	if err != nil {
		f.Fatal(err)
	}
	dir := f.TempDir()
	writeIndex(dir, "k", "s", spec)
	valid, _ := os.ReadFile(filepath.Join(dir, indexName("k")))
	f.Add(valid)
	f.Add(valid[:len(valid)/3])
	f.Fuzz(func(t *testing.T, data []byte) {
		ix := decodeIndex(data, "k", "s")
		if ix == nil {
			return
		}
		s := ix.specOf("x", func() ([]byte, error) { return nil, ErrChanged })
		for _, o := range s.Ops {
			if s.Find(o.Method+" "+o.Path) != o || !strings.HasPrefix(o.Path, "/") {
				t.Fatalf("%+v", o)
			}
		}
	})
}

// TestIndexDecodeEveryCut: every truncation of a valid index, and every
// byte of it set to 0x00, 0x7f or 0xff (counts and lengths among them,
// made to lie), is refused or decodes to operations the package can use;
// none panics.
func TestIndexDecodeEveryCut(t *testing.T) {
	spec, err := Parse(mustRead(t, "petstore30.yaml"), "x")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeIndex(dir, "k", "s", spec)
	valid, _ := os.ReadFile(filepath.Join(dir, indexName("k")))
	if decodeIndex(valid, "k", "s") == nil {
		t.Fatal("the valid index is refused")
	}
	check := func(what string, data []byte) {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("%s: panic %v", what, r)
			}
		}()
		f, err := decodeIndexData(data)
		if err == nil && len(f.Ops) > len(data) {
			t.Fatalf("%s: %d operations from %d bytes", what, len(f.Ops), len(data))
		}
	}
	for n := range len(valid) {
		check("cut", valid[:n])
		if _, err := decodeIndexData(valid[:n]); err == nil {
			t.Fatalf("cut at %d of %d decoded", n, len(valid))
		}
	}
	for i := range valid {
		for _, v := range []byte{0x00, 0x7f, 0xff} {
			b := bytes.Clone(valid)
			b[i] = v
			check("byte", b)
		}
	}
}

// TestIndexFileDocument: a file: document is read each time, and indexed
// once per content: a changed file is indexed again.
func TestIndexFileDocument(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "api.yaml")
	os.WriteFile(doc, mustRead(t, "petstore30.yaml"), 0o600)
	l := &Loader{CacheDir: filepath.Join(dir, "cache")}
	load := func() *Spec {
		t.Helper()
		s, err := l.Load(context.Background(), "file:"+doc, "", false)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	first := load()
	second := load()
	if fromIndex(first) || !fromIndex(second) {
		t.Fatalf("from the index: %v then %v", fromIndex(first), fromIndex(second))
	}
	sameOps(t, second, first)
	if ex, _, err := second.BodyExample(second.Ops[0]); err != nil || (second.Ops[0].Body != nil && ex == "") {
		t.Errorf("%q %v", ex, err)
	}
	data, _ := os.ReadFile(doc)
	os.WriteFile(doc, bytes.Replace(data, []byte("listUnidades"), []byte("listarUnidades"), 1), 0o600)
	third := load()
	if fromIndex(third) || third.Find("listarUnidades") == nil {
		t.Errorf("a changed file: from the index %v, new operation found %v", fromIndex(third), third.Find("listarUnidades") != nil)
	}
	if s := load(); !fromIndex(s) || s.Find("listarUnidades") == nil {
		t.Error("the changed file was not indexed again")
	}
}
