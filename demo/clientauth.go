package demo

import (
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"strings"
)

// credentials are what a token request presented to authenticate its client.
type credentials struct {
	id, secret string
	method     string  // "client_secret_basic", "client_secret_post", "private_key_jwt"…
	client     *client // set when a client assertion or certificate authenticated the client already
	x5t        string  // the client certificate's SHA-256 thumbprint (mTLS), to bind the token to
}

// errBadBasic means the Authorization header is Basic but cannot be decoded.
var errBadBasic = errors.New("the Authorization header is not valid Basic credentials")

// parseBasic decodes an HTTP Basic Authorization header value as RFC 6749 §2.3.1
// asks: base64 of "id:secret", where id and secret were form-urlencoded first, so
// both are unescaped after decoding ("+" is a space). ok is false when the header
// is not Basic at all.
func parseBasic(header string) (id, secret string, ok bool, err error) {
	scheme, payload, found := strings.Cut(header, " ")
	if !found || !strings.EqualFold(scheme, "Basic") {
		return "", "", false, nil
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(payload))
	if err != nil {
		return "", "", true, errBadBasic
	}
	rawID, rawSecret, found := strings.Cut(string(raw), ":")
	if !found {
		return "", "", true, errBadBasic
	}
	if id, err = url.QueryUnescape(rawID); err != nil {
		return "", "", true, errBadBasic
	}
	if secret, err = url.QueryUnescape(rawSecret); err != nil {
		return "", "", true, errBadBasic
	}
	return id, secret, true, nil
}

// presentedCredentials finds the client credentials in a token request: in an
// HTTP Basic header or in the form body, never both (RFC 6749 §2.3). form holds
// the single values of the body's parameters.
func presentedCredentials(r *http.Request, form map[string]string) (credentials, *oauthError) {
	id, secret, isBasic, err := parseBasic(r.Header.Get("Authorization"))
	formID, hasFormID := form["client_id"]
	formSecret, hasFormSecret := form["client_secret"]
	switch {
	case isBasic && err != nil:
		return credentials{}, errInvalidClient(err.Error() + ": send base64(urlencode(client_id) \":\" urlencode(client_secret))")
	case isBasic && hasFormSecret:
		return credentials{}, errInvalidRequest("the client authenticated twice, with HTTP Basic and with client_secret in the body; use one method only")
	case isBasic && hasFormID && formID != id:
		return credentials{}, errInvalidRequest("client_id in the body differs from the one in the HTTP Basic header")
	case isBasic:
		return credentials{id: id, secret: secret, method: "client_secret_basic"}, nil
	case !hasFormID:
		return credentials{}, errInvalidClient("no client credentials: send them with HTTP Basic (client_secret_basic) or as client_id and client_secret in the body (client_secret_post)")
	case !hasFormSecret:
		return credentials{id: formID, method: "client_secret_post"}, errInvalidClient("client_secret is missing: every demo client is confidential and must send its secret")
	}
	return credentials{id: formID, secret: formSecret, method: "client_secret_post"}, nil
}
