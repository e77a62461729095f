package auth

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"net/url"
	"os"
	"syscall"
)

// Code names a kind of failure. The RFC 6749 §5.2 and RFC 6750 §3 codes are
// the ones on the wire; the others are this package's own.
type Code string

// The codes Explain knows.
const (
	CodeInvalidRequest       Code = "invalid_request"
	CodeInvalidClient        Code = "invalid_client"
	CodeInvalidGrant         Code = "invalid_grant"
	CodeUnauthorizedClient   Code = "unauthorized_client"
	CodeUnsupportedGrantType Code = "unsupported_grant_type"
	CodeInvalidScope         Code = "invalid_scope"
	CodeOtherOAuthError      Code = "oauth_error" // an error code outside RFC 6749 §5.2
	CodeRateLimited          Code = "rate_limited"
	CodeGuardRefused         Code = "guard_refused"
	CodeServerError          Code = "server_error"
	CodeHTTPError            Code = "http_error"
	CodeInvalidResponse      Code = "invalid_response"

	CodeInvalidToken      Code = "invalid_token"
	CodeInsufficientScope Code = "insufficient_scope"
	CodeBearerRequest     Code = "bearer_invalid_request" // RFC 6750 invalid_request
	CodeNoToken           Code = "no_token"               // a 401 challenge without an error code

	CodeDNS                 Code = "dns"
	CodeConnectionRefused   Code = "connection_refused"
	CodeTLSUnknownAuthority Code = "tls_unknown_authority"
	CodeTLSHostname         Code = "tls_hostname"
	CodeTLSInvalid          Code = "tls_invalid"
	CodeTimeout             Code = "timeout"
	CodeCanceled            Code = "canceled"
	CodeNetwork             Code = "network"

	CodeClockSkew      Code = "clock_skew"
	CodeIATFuture      Code = "iat_in_future"
	CodeDiscovery      Code = "discovery"
	CodeIssuerMismatch Code = "issuer_mismatch"
	CodeMalformed      Code = "malformed_token"
	CodeConfig         Code = "config"
	CodeNoSecret       Code = "no_secret"
	CodeUnknown        Code = "unknown"
)

// Text is the cause and hint for one code.
type Text struct {
	Cause string // what most likely happened
	Hint  string // what to try
}

// Explanation is what Explain says about an error: a code, a likely cause,
// what to try, and Detail, the error's own message (which may contain text
// from the server: treat it as untrusted). Reason, when set, is the more
// specific explanation whose cause and hint are given: the token
// endpoint's refusal in terms of the client's auth method (a key, a
// certificate), told apart by the provider's error_description.
type Explanation struct {
	Code   Code
	Reason Code
	Cause  string
	Hint   string
	Detail string
}

// Explain maps an error of this package (or a network error) to a code, a
// likely cause and a hint, in English (i18n.Explain writes them in the
// user's language, by the code).
func Explain(err error) Explanation {
	if err == nil {
		return Explanation{}
	}
	c := classify(err)
	e := ExplainCode(c)
	if r := reason(c, err); r != "" {
		e = ExplainCode(r)
		e.Code, e.Reason = c, r
	}
	e.Detail = err.Error()
	return e
}

// ExplainCode gives the English cause and hint of a code; a code without
// an explanation reads as CodeUnknown's.
func ExplainCode(c Code) Explanation {
	t, ok := englishText(c)
	if !ok || t.Cause == "" {
		t = english[CodeUnknown]
	}
	return Explanation{Code: c, Cause: t.Cause, Hint: t.Hint}
}

// ExplainChallenge explains a WWW-Authenticate challenge of an API
// (RFC 6750 §3); Detail carries the server's description and, for
// insufficient_scope, the scope it asks for.
func ExplainChallenge(ch Challenge) Explanation {
	var c Code
	switch ch.Error {
	case "invalid_token":
		c = CodeInvalidToken
	case "insufficient_scope":
		c = CodeInsufficientScope
	case "invalid_request":
		c = CodeBearerRequest
	case "":
		c = CodeNoToken
	default:
		c = CodeOtherOAuthError
	}
	e := ExplainCode(c)
	e.Detail = ch.ErrorDescription
	if len(ch.Scope) > 0 {
		if e.Detail != "" {
			e.Detail += "; "
		}
		e.Detail += "required scope: " + joinSpace(ch.Scope)
	}
	return e
}

func joinSpace(s []string) string {
	out := ""
	for i, v := range s {
		if i > 0 {
			out += " "
		}
		out += v
	}
	return out
}

// classify finds the code of an error.
func classify(err error) Code {
	var held *HeldError
	if errors.As(err, &held) && held.Last.Code != "" {
		return held.Last.Code
	}
	var te *TokenError
	if errors.As(err, &te) {
		switch {
		case te.StatusCode == 429:
			return CodeRateLimited
		case te.Code != "":
			if _, ok := oauthSentinels[te.Code]; ok {
				return Code(te.Code)
			}
			return CodeOtherOAuthError
		case te.StatusCode >= 500:
			return CodeServerError
		default:
			return CodeHTTPError
		}
	}
	var (
		dnsErr   *net.DNSError
		unknown  x509.UnknownAuthorityError
		hostErr  x509.HostnameError
		invalid  x509.CertificateInvalidError
		verifErr *tls.CertificateVerificationError
		recHdr   tls.RecordHeaderError
		urlErr   *url.Error
		netErr   net.Error
	)
	switch {
	case errors.Is(err, ErrGuardRefused):
		return CodeGuardRefused
	case errors.Is(err, ErrRateLimited):
		return CodeRateLimited
	case errors.Is(err, ErrIssuerMismatch):
		return CodeIssuerMismatch
	case errors.Is(err, ErrMalformed):
		return CodeMalformed
	case errors.Is(err, ErrNoSecret):
		return CodeNoSecret
	case errors.Is(err, ErrConfig):
		return CodeConfig
	case errors.Is(err, ErrInvalidResponse):
		return CodeInvalidResponse
	case errors.Is(err, ErrClockSkew):
		var cs *ClockSkewError
		if errors.As(err, &cs) && cs.Source == "iat claim" {
			return CodeIATFuture
		}
		return CodeClockSkew
	case errors.Is(err, context.Canceled):
		return CodeCanceled
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		return CodeTimeout
	case errors.As(err, &dnsErr):
		return CodeDNS
	case errors.Is(err, syscall.ECONNREFUSED):
		return CodeConnectionRefused
	case errors.As(err, &unknown):
		return CodeTLSUnknownAuthority
	case errors.As(err, &hostErr):
		return CodeTLSHostname
	case errors.As(err, &invalid), errors.As(err, &verifErr), errors.As(err, &recHdr):
		return CodeTLSInvalid
	case errors.As(err, &netErr) && netErr.Timeout():
		return CodeTimeout
	case errors.Is(err, ErrDiscovery):
		return CodeDiscovery
	case errors.As(err, &urlErr), errors.As(err, &netErr):
		return CodeNetwork
	}
	return CodeUnknown
}
