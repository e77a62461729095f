package openapi

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"tokentui/openapi/openapitest"
)

func TestGeneratedSpec(t *testing.T) {
	data := openapitest.Generate(2000)
	if len(data) < 4_500_000 || len(data) > 6_500_000 {
		t.Errorf("generated %d bytes, want about 5 MB", len(data))
	}
	start := time.Now()
	spec, err := Parse(data, "generated")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d bytes, %d operations, parsed and indexed in %s", len(data), len(spec.Ops), time.Since(start))
	if len(spec.Ops) != 2000 || len(spec.Tags) != 100 {
		t.Fatalf("%d operations in %d tags", len(spec.Ops), len(spec.Tags))
	}
	o := spec.Ops[0]
	if o.Body == nil && o.Method != "GET" && o.Method != "DELETE" {
		t.Errorf("no body: %+v", o)
	}
	if len(spec.Filter("recurso007 post")) == 0 {
		t.Error("filter found nothing")
	}
}

// BenchmarkLoadIndex5MB: parse and index a generated 5 MB document with
// 2,000 operations (target < 300 ms), and the most heap it takes (target < 100 MB).
func BenchmarkLoadIndex5MB(b *testing.B) {
	data := openapitest.Generate(2000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var spec *Spec
	for b.Loop() {
		var err error
		if spec, err = Parse(data, "generated"); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	spec = nil
	b.ReportMetric(peakHeap(func() { spec, _ = Parse(data, "generated") }), "MB-peak-added")
	runtime.KeepAlive(spec)
}

// BenchmarkFullLoad5MB: the index and then the whole document (schemas,
// for example bodies and response checks), as the explorer does in the
// background, with the memory it takes.
func BenchmarkFullLoad5MB(b *testing.B) {
	data := openapitest.Generate(2000)
	b.SetBytes(int64(len(data)))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var spec *Spec
	for b.Loop() {
		var err error
		if spec, err = Parse(data, "generated"); err != nil {
			b.Fatal(err)
		}
		if err := spec.Full(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/(1<<20), "MB-allocated/op")
	spec = nil
	b.ReportMetric(peakHeap(func() {
		spec, _ = Parse(data, "generated")
		_ = spec.Full()
	}), "MB-peak-added")
	runtime.KeepAlive(spec)
}

// peakHeap runs f and returns the most heap in use while it ran, above
// what was in use before, in MB (sampled every 2 ms).
func peakHeap(f func()) float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	peak := base
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(2 * time.Millisecond):
			}
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
		}
	}()
	f()
	close(done)
	<-sampled
	runtime.ReadMemStats(&ms)
	peak = max(peak, ms.HeapInuse)
	return float64(peak-base) / (1 << 20)
}

// BenchmarkFilter: one filter over 2,000 operations.
func BenchmarkFilter(b *testing.B) {
	spec, err := Parse(openapitest.Generate(2000), "generated")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		_ = spec.Filter("recurso04 post acao")
	}
}

// warmLoader is a Loader whose cache holds the generated 5 MB document
// (and its index), and the URL it was fetched from.
func warmLoader(b *testing.B) (*Loader, string) {
	doc := openapitest.Generate(2000)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(doc) }))
	b.Cleanup(srv.Close)
	l := &Loader{CacheDir: b.TempDir()}
	u := srv.URL + "/openapi.json"
	if _, err := l.Load(context.Background(), u, "", true); err != nil {
		b.Fatal(err)
	}
	return l, u
}

// BenchmarkLoadCached5MB: a warm Load of the 5 MB document, through its
// derived index (what `api` does), and without it (the index removed
// before each load: the cached document parsed, as before the index, and
// the index written again).
func BenchmarkLoadCached5MB(b *testing.B) {
	for _, withIndex := range []bool{true, false} {
		name := "index"
		if !withIndex {
			name = "parse"
		}
		b.Run(name, func(b *testing.B) {
			l, u := warmLoader(b)
			ix := filepath.Join(l.CacheDir, indexName(u))
			b.ReportAllocs()
			for b.Loop() {
				if !withIndex {
					os.Remove(ix)
				}
				spec, err := l.Load(context.Background(), u, "", false)
				if err != nil || len(spec.Ops) != 2000 || fromIndex(spec) != withIndex {
					b.Fatal(err)
				}
			}
			if info, err := os.Stat(ix); err == nil {
				b.ReportMetric(float64(info.Size())/1024, "index-KB")
			}
		})
	}
}

// BenchmarkBodyExampleCached5MB: the example body of one operation of a
// Spec read through the index (what `api show` of a POST does).
func BenchmarkBodyExampleCached5MB(b *testing.B) {
	l, u := warmLoader(b)
	for b.Loop() {
		spec, err := l.Load(context.Background(), u, "", false)
		if err != nil {
			b.Fatal(err)
		}
		if ex, _, err := spec.BodyExample(spec.Find("Recurso000_Acao0200")); err != nil || ex == "" {
			b.Fatal(err)
		}
	}
}
