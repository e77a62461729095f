package demo

import (
	"crypto"
	"crypto/subtle"
	"slices"
)

// The demo credentials. They are public on purpose: the sandbox holds no real secrets.
const (
	// ClientID is the client allowed both demo scopes.
	ClientID = "demo-client"
	// ReadOnlyClientID is the client allowed only ScopeRead.
	ReadOnlyClientID = "demo-readonly"
	// NoGrantClientID is a client that exists but may not use the client_credentials
	// grant, so that unauthorized_client can be seen.
	NoGrantClientID = "demo-nocc"
	// ClientSecret is the secret of every demo client.
	ClientSecret = "demo-secret"
)

// The scopes of the demo API and the audience its tokens carry.
const (
	// ScopeRead lets a token list items.
	ScopeRead = "demo.read"
	// ScopeWrite lets a token create items.
	ScopeWrite = "demo.write"
	// Audience is the aud claim of every token, the name of the demo API resource.
	Audience = "demo-api"
)

// grantClientCredentials is the only grant this server implements.
const grantClientCredentials = "client_credentials"

// Limits on what a client presents, like IdentityServer's InputLengthRestrictions.
const (
	maxClientIDLen = 100
	maxSecretLen   = 100
	maxScopeLen    = 300
)

// scopesSupported lists every scope the server knows, in the order it reports them.
var scopesSupported = []string{ScopeRead, ScopeWrite}

// client is one registered client.
type client struct {
	id     string
	secret string
	name   string
	scopes []string // allowed scopes, in canonical order
	grants []string // allowed grant types

	keys      map[string]crypto.PublicKey // private_key_jwt: registered public keys by kid
	jwtSecret string                      // client_secret_jwt: the shared secret assertions are signed with

	tlsSubject    string // tls_client_auth: the subject DN of its CA-issued certificate
	tlsSelfSigned bool   // self_signed_tls_client_auth: its certificate's thumbprint (the sandbox's own)
}

// defaultClients returns the demo clients.
func defaultClients() []client {
	return append([]client{
		{id: ClientID, secret: ClientSecret, name: "Demo client",
			scopes: []string{ScopeRead, ScopeWrite}, grants: []string{grantClientCredentials}},
		{id: ReadOnlyClientID, secret: ClientSecret, name: "Demo read-only client",
			scopes: []string{ScopeRead}, grants: []string{grantClientCredentials}},
		{id: NoGrantClientID, secret: ClientSecret, name: "Demo client without client_credentials",
			scopes: []string{ScopeRead}, grants: []string{"authorization_code"}},
		{id: StormClientID, secret: ClientSecret, name: "Throwaway client of the token-storm demo",
			scopes: []string{ScopeRead}, grants: []string{grantClientCredentials}},
	}, append(jwtClients(), mtlsClients()...)...)
}

// clientStore finds clients by id.
type clientStore map[string]client

func newClientStore(clients []client) clientStore {
	s := make(clientStore, len(clients))
	for _, c := range clients {
		s[c.id] = c
	}
	return s
}

// authenticate returns the client whose id and secret match, comparing secrets in
// constant time. The boolean is false for an unknown id or a wrong secret alike.
func (s clientStore) authenticate(id, secret string) (client, bool) {
	c, ok := s[id]
	if !ok {
		// Compare anyway so that unknown ids and wrong secrets take the same time.
		subtle.ConstantTimeCompare([]byte(secret), []byte(ClientSecret))
		return client{}, false
	}
	if subtle.ConstantTimeCompare([]byte(secret), []byte(c.secret)) != 1 || c.secret == "" {
		return client{}, false
	}
	return c, true
}

func (c client) allowsGrant(g string) bool { return slices.Contains(c.grants, g) }

func (c client) allowsScope(s string) bool { return slices.Contains(c.scopes, s) }

func knownScope(s string) bool { return slices.Contains(scopesSupported, s) }
