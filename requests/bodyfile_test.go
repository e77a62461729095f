package requests

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestBodyFileStreamsAndFollows307: a body from a file is sent with its
// length, and sent again whole after a 307; one over MaxRequestBody is
// not sent at all.
func TestBodyFileStreamsAndFollows307(t *testing.T) {
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got = append(got, r.URL.Path+" "+strconv.FormatInt(r.ContentLength, 10)+" "+strconv.Itoa(len(b)))
		if r.URL.Path == "/a" {
			http.Redirect(w, r, "/b", http.StatusTemporaryRedirect)
		}
	}))
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "body")
	if err := os.WriteFile(path, bytes.Repeat([]byte("z"), 3<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	s := &Sender{BaseURL: srv.URL}
	if _, err := s.Send(context.Background(), Spec{Method: "POST", URL: "a", BodyFile: path}); err != nil {
		t.Fatal(err)
	}
	want := []string{"/a 3145728 3145728", "/b 3145728 3145728"}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("the server got %q, want %q", got, want)
	}
	got = nil
	s.MaxRequestBody = 1 << 20
	_, err := s.Send(context.Background(), Spec{Method: "POST", URL: "a", BodyFile: path})
	if !errors.Is(err, ErrRequestTooLarge) || len(got) != 0 {
		t.Errorf("over the bound: err %v, sent %q", err, got)
	}
	_, err = s.Send(context.Background(), Spec{Method: "POST", URL: "a", Body: bytes.Repeat([]byte("y"), 1<<20+1)})
	if !errors.Is(err, ErrRequestTooLarge) || len(got) != 0 {
		t.Errorf("in memory, over the bound: err %v, sent %q", err, got)
	}
}
