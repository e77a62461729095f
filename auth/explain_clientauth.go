package auth

// A token endpoint's refusal explained for the way the client
// authenticated: a secret, a signed assertion (private_key_jwt,
// client_secret_jwt) or a certificate (tls_client_auth,
// self_signed_tls_client_auth). The provider's error_description picks the
// most specific advice when it is one IdentityServer (and the sandbox)
// gives; it is only matched, never shown from here.

import (
	"errors"
	"net"
	"strings"
)

// The reasons: explanations more specific than a code, for the client's
// auth method and what the provider said. Explanation.Code stays the
// code; Explanation.Reason names the cause and hint shown.
const (
	CodeAssertionRefused       Code = "invalid_client.private_key_jwt"    // private_key_jwt refused, no more said
	CodeSecretAssertionRefused Code = "invalid_client.client_secret_jwt"  // client_secret_jwt refused, no more said
	CodeAssertionUnknownKid    Code = "invalid_client.assertion_kid"      // signed with a kid not registered
	CodeAssertionSignature     Code = "invalid_client.assertion_key"      // the signature is not by the registered key
	CodeSecretAssertionSig     Code = "invalid_client.assertion_secret"   // the HMAC is not by the registered secret
	CodeAssertionAudience      Code = "invalid_client.assertion_aud"      // aud does not name the provider
	CodeAssertionTime          Code = "invalid_client.assertion_time"     // expired or not yet valid: the clock
	CodeAssertionReplayed      Code = "invalid_client.assertion_replayed" // jti seen before
	CodeAssertionClient        Code = "invalid_client.assertion_client"   // iss/sub/client_id unknown or disagreeing
	CodeMethodNotRegistered    Code = "invalid_client.method"             // no key, secret or certificate registered for this method
	CodeAssertionRequest       Code = "invalid_request.assertion"         // the request with an assertion is malformed
	CodeAssertionUnauthorized  Code = "unauthorized_client.assertion"     // the client may not use the grant (or this method)

	CodeCertRefused           Code = "invalid_client.tls_client_auth"             // tls_client_auth refused, no more said
	CodeSelfSignedCertRefused Code = "invalid_client.self_signed_tls_client_auth" // self_signed_tls_client_auth refused, no more said
	CodeCertMissing           Code = "invalid_client.certificate_missing"         // no certificate reached the provider
	CodeCertUntrusted         Code = "invalid_client.certificate_untrusted"       // not issued by a CA the provider trusts
	CodeCertSubject           Code = "invalid_client.certificate_subject"         // another subject than the one registered
	CodeCertThumbprint        Code = "invalid_client.certificate_thumbprint"      // another certificate than the one registered
	CodeCertValidity          Code = "invalid_client.certificate_validity"        // expired or not yet valid
	CodeCertClient            Code = "invalid_client.certificate_client"          // the client id is unknown
	CodeCertHandshake         Code = "tls_client_certificate"                     // the TLS handshake refused the certificate
	CodeCertUnauthorized      Code = "unauthorized_client.certificate"            // the client may not use the grant (or this method)
)

// methodError is a token request that failed before any answer (the
// network, TLS), with the client's auth method for the explanation. It
// reads as the error it wraps.
type methodError struct {
	method string
	err    error
}

func (e *methodError) Error() string { return e.err.Error() }
func (e *methodError) Unwrap() error { return e.err }

// AuthMethodOf is the auth method of the client whose token request err
// reports ("" when err does not say).
func AuthMethodOf(err error) string {
	var te *TokenError
	var he *HeldError
	var me *methodError
	switch {
	case errors.As(err, &he):
		return he.AuthMethod
	case errors.As(err, &te):
		return te.AuthMethod
	case errors.As(err, &me):
		return me.method
	}
	return ""
}

// reason picks the specific explanation of err, classified as c, for the
// client's auth method; "" when the code's own explanation fits.
func reason(c Code, err error) Code {
	method := AuthMethodOf(err)
	if method == "" || method == AuthMethodBasic || method == AuthMethodPost {
		return ""
	}
	desc := providerDescription(err)
	switch {
	case IsAssertionMethod(method):
		return assertionReason(c, method, desc)
	case isTLSMethod(method):
		if c == CodeNetwork || c == CodeTLSInvalid {
			if tlsAlert(err) {
				return CodeCertHandshake
			}
			return ""
		}
		return certReason(c, method, desc)
	}
	return ""
}

// providerDescription is the provider's error_description, lower case,
// from an answer or one remembered.
func providerDescription(err error) string {
	var te *TokenError
	var he *HeldError
	switch {
	case errors.As(err, &he):
		return strings.ToLower(he.Last.Description)
	case errors.As(err, &te):
		return strings.ToLower(te.Description)
	}
	return ""
}

func has(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func assertionReason(c Code, method, desc string) Code {
	switch c {
	case CodeInvalidRequest:
		return CodeAssertionRequest
	case CodeUnauthorizedClient:
		return CodeAssertionUnauthorized
	case CodeInvalidClient:
	default:
		return ""
	}
	switch {
	case has(desc, "kid") && has(desc, "not a key registered", "not registered", "unknown", "no key", "not found"):
		return CodeAssertionUnknownKid
	case has(desc, "replay", "already used", "used already"):
		return CodeAssertionReplayed
	case has(desc, "audience", " aud", "aud "):
		return CodeAssertionAudience
	case has(desc, "expired", "not valid yet", "lifetime", "nbf", "clock", "idx10223", "idx10222"):
		return CodeAssertionTime
	case has(desc, "no key or jwt secret registered", "cannot authenticate with"):
		return CodeMethodNotRegistered
	case has(desc, "signature", "idx10503", "idx10511"):
		if method == AuthMethodSecretJWT {
			return CodeSecretAssertionSig
		}
		return CodeAssertionSignature
	case has(desc, "client id", "client_id", " sub", "iss "):
		return CodeAssertionClient
	}
	if method == AuthMethodSecretJWT {
		return CodeSecretAssertionRefused
	}
	return CodeAssertionRefused
}

func certReason(c Code, method, desc string) Code {
	switch c {
	case CodeUnauthorizedClient:
		return CodeCertUnauthorized
	case CodeInvalidClient:
	default:
		return ""
	}
	switch {
	case has(desc, "no client certificate", "certificate is missing", "no certificate was presented"):
		return CodeCertMissing
	case has(desc, "has no certificate registered", "cannot authenticate with"):
		return CodeMethodNotRegistered
	case has(desc, "not trusted", "untrusted", "unknown authority", "chain"):
		return CodeCertUntrusted
	case has(desc, "thumbprint"):
		return CodeCertThumbprint
	case has(desc, "subject"):
		return CodeCertSubject
	case has(desc, "validity", "expired", "not valid yet"):
		return CodeCertValidity
	case has(desc, "client id", "client_id"):
		return CodeCertClient
	}
	if method == AuthMethodSelfSignedTLS {
		return CodeSelfSignedCertRefused
	}
	return CodeCertRefused
}

// tlsAlert reports whether the provider broke off the TLS connection with
// an alert ("remote error: tls: bad certificate", "…certificate
// required"): with a client certificate, its refusal of the certificate.
func tlsAlert(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "remote error"
}
