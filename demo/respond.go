package demo

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"time"
)

// writeJSON writes v as the JSON body of a response with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "demo: encoding the response failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}

// noStore marks a response as never to be cached, as RFC 6749 §5.1 asks of token responses.
func noStore(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", "no-store, no-cache, max-age=0")
	w.Header().Set("Pragma", "no-cache")
}

// methodNotAllowed answers 405 naming the allowed methods.
func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// statusWriter remembers the status written, for the request log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer (to flush).
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logged wraps h so that each request served is reported to Options.Logf, with
// the client id of token requests but never a secret or a token.
func (s *Server) logged(h http.Handler) http.Handler {
	if s.opts.Logf == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		note := &logNote{}
		h.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), logNoteKey{}, note)))
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		extra := ""
		if note.clientID != "" {
			extra = " client_id=" + strconv.Quote(note.clientID)
		}
		took := time.Since(start).Round(time.Millisecond).String()
		if took == "0s" {
			took = "<1ms"
		}
		s.opts.Logf("%s %s → %d %s (%s)%s", r.Method, r.URL.EscapedPath(), sw.status,
			http.StatusText(sw.status), took, extra)
	})
}

// logNote carries what a handler wants in its request's log line.
type logNote struct{ clientID string }

type logNoteKey struct{}

// noteClientID records the client id a request presented, for the request log.
func noteClientID(r *http.Request, id string) {
	if n, ok := r.Context().Value(logNoteKey{}).(*logNote); ok {
		n.clientID = id
	}
}
