// Package auth gets, caches, guards, decodes and verifies OAuth2
// client-credentials tokens (RFC 6749 §4.4), and explains why they fail.
//
// A [Client] is built from [Options], like
// golang.org/x/oauth2/clientcredentials.Config: [Client.Token] returns the
// cached token while it is valid and otherwise makes ONE token request,
// shared with every other process through a file lock under the cache
// directory. [Client.Renew] forces a new token, subject to the guard that
// protects the client from being blocked by the provider for asking too
// often. [Decode] reads any JWT without verifying it, [VerifyToken] and
// [Client.Verify] check its signature against a JWK Set, [Explain] turns any
// error of this package into a cause and a hint for people, and every
// discovery, JWKS and token exchange is recorded as an [Exchange] with
// secrets masked.
//
// The package returns plain data and errors; it knows nothing about
// terminals or colours.
package auth
