package requests

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// TestSpillCap: an endless body stops at MaxSpill with ErrBodyTooLarge and
// leaves no temporary file; a body that fits is kept whole; a declared
// Content-Length over the cap is refused before a byte is read.
func TestSpillCap(t *testing.T) {
	t.Parallel()
	endless := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chunk := []byte(strings.Repeat("x", 32<<10))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	declared := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5000000000")
		w.Write([]byte("start"))
	})
	for _, tc := range []struct {
		name     string
		h        http.Handler
		maxSpill int64
		wantErr  bool
		wantSize int64
	}{
		{"endless body stops at the cap", endless, 1 << 20, true, 0},
		{"declared length over the cap", declared, 1 << 20, true, 0},
		{"body under the cap spills whole", streamJSON(300 << 10), 1 << 20, false, streamLen(300 << 10)},
		{"cap below MaxBody still caps", streamJSON(100 << 10), 50 << 10, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := httptest.NewServer(tc.h)
			defer srv.Close()
			dir := t.TempDir()
			s := &Sender{MaxBody: 64 << 10, MaxSpill: tc.maxSpill, SpillDir: dir, Timeout: 20 * time.Second}
			start := time.Now()
			resp, err := s.Send(context.Background(), Spec{URL: srv.URL})
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("took %s", took)
			}
			left, _ := os.ReadDir(dir)
			if len(left) != 0 && (tc.wantErr || resp == nil || !resp.Truncated) {
				t.Errorf("temporary files left behind: %v", left)
			}
			if tc.wantErr {
				if !errors.Is(err, ErrBodyTooLarge) || resp != nil {
					t.Fatalf("err = %v, resp = %v; want ErrBodyTooLarge", err, resp)
				}
				if !strings.Contains(err.Error(), "tokentui keeps") {
					t.Errorf("message %q does not say what the bound is", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Cleanup()
			if resp.BodySize != tc.wantSize || !resp.Truncated {
				t.Errorf("BodySize %d (truncated %v), want %d", resp.BodySize, resp.Truncated, tc.wantSize)
			}
		})
	}
	if DefaultMaxSpill != 1<<30 {
		t.Errorf("DefaultMaxSpill = %d, want 1 GiB", DefaultMaxSpill)
	}
	if got := byteSize(1 << 30); got != "1 GiB" {
		t.Errorf("byteSize(1 GiB) = %q", got)
	}
}
