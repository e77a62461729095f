package openapi

import (
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
