package demo

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Limits of the API's test endpoints.
const (
	maxSlowMS  = 60_000    // slow?ms= waits at most a minute
	maxLargeN  = 5_000_000 // large?n= returns at most five million items
	defaultN   = 1000      // large with no n
	flushEvery = 4096      // large flushes its output every so many items
)

// apiRoutes registers the demo API under APIPath.
func (s *Server) apiRoutes(mux *http.ServeMux) {
	mux.Handle("GET "+APIPath+"me", s.protected("", s.handleMe))
	mux.Handle("GET "+APIPath+"items", s.protected(ScopeRead, s.handleListItems))
	mux.Handle("POST "+APIPath+"items", s.protected(ScopeWrite, s.handleCreateItem))
	mux.Handle("GET "+APIPath+"items/{id}", s.protected(ScopeRead, s.handleGetItem))
	mux.Handle("GET "+APIPath+"slow", s.protected("", s.handleSlow))
	mux.Handle("GET "+APIPath+"large", s.protected("", s.handleLarge))
}

// apiHandler serves an API request made with a valid token.
type apiHandler func(w http.ResponseWriter, r *http.Request, p principal)

// protected admits only requests with a valid bearer token holding scope (any
// valid token when scope is ""), answering others as RFC 6750 §3 says.
func (s *Server) protected(scope string, h apiHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, berr := s.authenticate(r)
		if berr != nil {
			berr.write(w)
			return
		}
		noteClientID(r, p.clientID)
		if scope != "" && !p.has(scope) {
			(&bearerError{status: http.StatusForbidden, code: "insufficient_scope",
				description: fmt.Sprintf("The access token lacks scope %s, which %s %s needs", scope, r.Method, r.URL.Path),
				scope:       scope}).write(w)
			return
		}
		h(w, r, p)
	})
}

// problem answers a bad API request with an RFC 9457 problem document, as
// ASP.NET Core APIs do.
func problem(w http.ResponseWriter, status int, detail string) {
	body, _ := json.Marshal(struct {
		Title  string `json:"title"`
		Status int    `json:"status"`
		Detail string `json:"detail"`
	}{http.StatusText(status), status, detail})
	w.Header().Set("Content-Type", "application/problem+json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}

// handleMe says who the token says the caller is.
func (s *Server) handleMe(w http.ResponseWriter, r *http.Request, p principal) {
	writeJSON(w, http.StatusOK, map[string]any{
		"client_id":  p.clientID,
		"scopes":     p.scopes,
		"issuer":     p.issuer,
		"audience":   Audience,
		"jti":        p.jti,
		"issued_at":  p.issued.UTC().Format(time.RFC3339),
		"expires_at": p.expires.UTC().Format(time.RFC3339),
		"expires_in": int64(p.expires.Sub(s.now()).Seconds()),
	})
}

// handleSlow waits ms milliseconds before answering, returning early when the
// request is cancelled.
func (s *Server) handleSlow(w http.ResponseWriter, r *http.Request, _ principal) {
	ms, ok := intParam(w, r, "ms", 0, maxSlowMS, 1000)
	if !ok {
		return
	}
	t := time.NewTimer(time.Duration(ms) * time.Millisecond)
	defer t.Stop()
	select {
	case <-r.Context().Done():
		return
	case <-t.C:
	}
	writeJSON(w, http.StatusOK, map[string]int{"waited_ms": ms})
}

// handleLarge streams a JSON array of n items.
func (s *Server) handleLarge(w http.ResponseWriter, r *http.Request, _ principal) {
	n, ok := intParam(w, r, "n", 0, maxLargeN, defaultN)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	rc := http.NewResponseController(w)
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteByte('[')
	for i := 1; i <= n; i++ {
		if i > 1 {
			bw.WriteByte(',')
		}
		fmt.Fprintf(bw, `{"id":%d,"name":"item %07d"}`, i, i)
		if i%flushEvery == 0 {
			if r.Context().Err() != nil || bw.Flush() != nil {
				return
			}
			_ = rc.Flush()
		}
	}
	bw.WriteString("]\n")
	_ = bw.Flush()
}

// intParam reads query parameter name as an integer in [lo, hi], def when absent;
// it answers 400 itself and returns false when the value is bad.
func intParam(w http.ResponseWriter, r *http.Request, name string, lo, hi, def int) (int, bool) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, true
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		problem(w, http.StatusBadRequest, fmt.Sprintf("%s must be a whole number from %d to %d", name, lo, hi))
		return 0, false
	}
	return n, true
}
