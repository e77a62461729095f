package demo

import "net/http"

// oauthError is a token endpoint error as RFC 6749 §5.2 defines it.
type oauthError struct {
	status      int
	Code        string `json:"error"`
	Description string `json:"error_description,omitempty"`
}

func (e *oauthError) Error() string { return e.Code + ": " + e.Description }

// write sends the error as IdentityServer does: JSON, never cached.
func (e *oauthError) write(w http.ResponseWriter) {
	noStore(w)
	writeJSON(w, e.status, e)
}

// The RFC 6749 §5.2 error codes, each answered with 400 as IdentityServer does
// (even invalid_client, for which the RFC allows 401).
func errInvalidRequest(desc string) *oauthError {
	return &oauthError{http.StatusBadRequest, "invalid_request", desc}
}

func errInvalidClient(desc string) *oauthError {
	return &oauthError{http.StatusBadRequest, "invalid_client", desc}
}

func errUnauthorizedClient(desc string) *oauthError {
	return &oauthError{http.StatusBadRequest, "unauthorized_client", desc}
}

func errUnsupportedGrantType(desc string) *oauthError {
	return &oauthError{http.StatusBadRequest, "unsupported_grant_type", desc}
}

func errInvalidScope(desc string) *oauthError {
	return &oauthError{http.StatusBadRequest, "invalid_scope", desc}
}

// errTooManyRequests is the answer to a client that asks for tokens too often.
func errTooManyRequests(desc string) *oauthError {
	return &oauthError{http.StatusTooManyRequests, "too_many_requests", desc}
}
