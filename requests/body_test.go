package requests

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

// streamJSON serves a JSON array of n bytes or a little more, written in
// chunks so it never exists whole on the server side either.
func streamJSON(n int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if r.URL.Query().Get("length") != "" {
			w.Header().Set("Content-Length", strconv.FormatInt(streamLen(n), 10))
		}
		writeStream(w, n)
	})
}

const streamItem = `{"id":1,"name":"item","tags":["a","b"]},`

// streamLen is the exact length writeStream writes for n.
func streamLen(n int64) int64 {
	items := (n + int64(len(streamItem)) - 1) / int64(len(streamItem))
	return 1 + items*int64(len(streamItem)) + int64(len(`{}]`))
}

func writeStream(w io.Writer, n int64) {
	chunk := bytes.Repeat([]byte(streamItem), 1024)
	w.Write([]byte("["))
	items := (n + int64(len(streamItem)) - 1) / int64(len(streamItem))
	for items > 0 {
		k := min(items, 1024)
		w.Write(chunk[:k*int64(len(streamItem))])
		items -= k
	}
	w.Write([]byte(`{}]`))
}

func TestLargeBodySpills(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 200 MB")
	}
	const size = 200 << 20
	srv := httptest.NewServer(streamJSON(size))
	defer srv.Close()
	for _, q := range []string{"", "?length=1"} { // chunked, and with Content-Length
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		s := &Sender{SpillDir: t.TempDir()}
		resp, err := s.Send(context.Background(), Spec{URL: srv.URL + q})
		if err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		want := streamLen(size)
		if !resp.Truncated || int64(len(resp.Body)) != DefaultMaxBody || cap(resp.Body) != DefaultMaxBody || resp.BodySize != want {
			t.Errorf("%q: truncated %v, body %d (cap %d), size %d; want true, %d, %d",
				q, resp.Truncated, len(resp.Body), cap(resp.Body), resp.BodySize, DefaultMaxBody, want)
		}
		st, err := os.Stat(resp.SpillPath)
		if err != nil {
			t.Fatal(err)
		}
		if st.Size() != want || st.Mode().Perm() != 0o600 {
			t.Errorf("spill file: %d bytes, mode %v; want %d, 0600", st.Size(), st.Mode().Perm(), want)
		}
		t.Logf("%q: %d MB body, client allocated %d MB in all", q, resp.BodySize>>20, (after.TotalAlloc-before.TotalAlloc)>>20)
		// The client side allocated a small fraction of the body: the
		// 10 MiB kept and the buffers that grew to it, not 200 MB.
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
			t.Errorf("reading a %d MB body allocated %d MB", size>>20, alloc>>20)
		}
		if !resp.IsJSON || len(resp.Pretty()) <= DefaultMaxBody {
			t.Errorf("the start of a cut JSON body was not pretty-printed")
		}
		path := resp.SpillPath
		if err := resp.Cleanup(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Errorf("Cleanup left the spill file: %v", err)
		}
	}
}

func TestSpilledBodyIsWhole(t *testing.T) {
	const size = 1 << 20
	srv := httptest.NewServer(streamJSON(size))
	defer srv.Close()
	var want bytes.Buffer
	writeStream(&want, size)

	s := &Sender{MaxBody: 1000, SpillDir: t.TempDir()}
	resp, err := s.Send(context.Background(), Spec{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Cleanup()
	if !bytes.Equal(resp.Body, want.Bytes()[:1000]) {
		t.Error("the kept part is not the start of the body")
	}
	var got bytes.Buffer
	if err := resp.WriteBody(&got); err != nil {
		t.Fatal(err)
	}
	if sha256.Sum256(got.Bytes()) != sha256.Sum256(want.Bytes()) {
		t.Errorf("WriteBody gave %d bytes, not the whole %d-byte body", got.Len(), want.Len())
	}
	saved := filepath.Join(t.TempDir(), "body.json")
	if err := resp.SaveBody(saved); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(saved)
	if !bytes.Equal(data, want.Bytes()) {
		t.Errorf("SaveBody wrote %d bytes, want %d", len(data), want.Len())
	}
	if st, _ := os.Stat(saved); st.Mode().Perm() != 0o600 {
		t.Errorf("saved body mode %v, want 0600", st.Mode().Perm())
	}
}

func TestBodyAtTheCap(t *testing.T) {
	for _, n := range []int{0, 1, 999, 1000, 1001} {
		body := bytes.Repeat([]byte("x"), n)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(body) }))
		resp, err := (&Sender{MaxBody: 1000, SpillDir: t.TempDir()}).Send(context.Background(), Spec{URL: srv.URL})
		srv.Close()
		if err != nil {
			t.Fatal(err)
		}
		wantTrunc := n > 1000
		if resp.Truncated != wantTrunc || resp.BodySize != int64(n) || len(resp.Body) != min(n, 1000) || (resp.SpillPath != "") != wantTrunc {
			t.Errorf("%d bytes: truncated %v size %d kept %d spill %q", n, resp.Truncated, resp.BodySize, len(resp.Body), resp.SpillPath)
		}
		resp.Cleanup()
	}
}

func TestDetectJSON(t *testing.T) {
	tests := []struct {
		ct, body string
		want     bool
	}{
		{"application/json; charset=utf-8", `{"a":1}`, true},
		{"application/problem+json", `{"a":1}`, true},
		{"", ` [1,2]`, true},
		{"text/plain", `{"a":1}`, true},
		{"text/plain", `{"a":`, false},
		{"text/html", `{"a":1}`, false},
		{"", `hello`, false},
	}
	for _, tc := range tests {
		r := &Response{Headers: http.Header{"Content-Type": {tc.ct}}, Body: []byte(tc.body)}
		r.detect()
		if r.IsJSON != tc.want {
			t.Errorf("%q %q: IsJSON = %v", tc.ct, tc.body, r.IsJSON)
		}
	}
}
