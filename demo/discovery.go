package demo

import (
	"fmt"
	"net/http"
	"strings"
)

// discoveryCacheControl lets clients cache discovery and keys for an hour, as
// IdentityServer does when its ResponseCacheInterval is set.
const discoveryCacheControl = "max-age=3600, public"

// discoveryDocument is the OpenID Connect discovery document, with the members in
// the order IdentityServer writes them. It advertises only what this server does.
type discoveryDocument struct {
	Issuer                            string            `json:"issuer"`
	JWKSURI                           string            `json:"jwks_uri"`
	TokenEndpoint                     string            `json:"token_endpoint"`
	ScopesSupported                   []string          `json:"scopes_supported"`
	ClaimsSupported                   []string          `json:"claims_supported"`
	GrantTypesSupported               []string          `json:"grant_types_supported"`
	TokenEndpointAuthMethodsSupported []string          `json:"token_endpoint_auth_methods_supported"`
	TokenEndpointAuthSigningAlgs      []string          `json:"token_endpoint_auth_signing_alg_values_supported"`
	IDTokenSigningAlgValuesSupported  []string          `json:"id_token_signing_alg_values_supported"`
	SubjectTypesSupported             []string          `json:"subject_types_supported"`
	RequestParameterSupported         bool              `json:"request_parameter_supported"`
	MTLSEndpointAliases               map[string]string `json:"mtls_endpoint_aliases,omitempty"`
	TLSCertificateBoundAccessTokens   bool              `json:"tls_client_certificate_bound_access_tokens,omitempty"`
}

// claimsSupported lists the claims of the access tokens issued.
var claimsSupported = []string{"iss", "nbf", "iat", "exp", "aud", "scope", "client_id", "jti"}

// handleDiscovery serves /.well-known/openid-configuration.
func (s *Server) handleDiscovery(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET, HEAD")
		return
	}
	w.Header().Set("Cache-Control", discoveryCacheControl)
	writeJSON(w, http.StatusOK, discoveryDocument{
		Issuer:                            s.IssuerURL,
		JWKSURI:                           s.JWKSURL,
		TokenEndpoint:                     s.TokenURL,
		ScopesSupported:                   scopesSupported,
		ClaimsSupported:                   claimsSupported,
		GrantTypesSupported:               []string{grantClientCredentials},
		TokenEndpointAuthMethodsSupported: []string{"client_secret_basic", "client_secret_post", "private_key_jwt", "client_secret_jwt", "tls_client_auth", "self_signed_tls_client_auth"},
		TokenEndpointAuthSigningAlgs:      []string{"RS256", "PS256", "ES256", "HS256"},
		IDTokenSigningAlgValuesSupported:  []string{"RS256"},
		SubjectTypesSupported:             []string{"public"},
		RequestParameterSupported:         false,
		MTLSEndpointAliases:               map[string]string{"token_endpoint": s.MTLSURL + TokenPath},
		TLSCertificateBoundAccessTokens:   true,
	})
}

// handleJWKS serves the JWK Set holding the public signing key.
func (s *Server) handleJWKS(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET, HEAD")
		return
	}
	key, err := s.signingKey()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Cache-Control", discoveryCacheControl)
	writeJSON(w, http.StatusOK, struct {
		Keys []jwk `json:"keys"`
	}{[]jwk{key.publicJWK()}})
}

// handleIndex serves a short plain-text page saying what the sandbox offers, for
// whoever opens the issuer URL in a browser.
func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET, HEAD")
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "tokentui sandbox: an IdentityServer-like provider and a demo API.\n\n")
	fmt.Fprintf(&b, "discovery  %s\njwks       %s\ntoken      %s (POST)\napi        %s{me,items,slow?ms=N,large?n=N}\nopenapi    %s\n\n",
		s.DiscoveryURL, s.JWKSURL, s.TokenURL, s.APIURL, s.IssuerURL+OpenAPIPath)
	fmt.Fprintf(&b, "clients (secret %q): %s (%s %s), %s (%s), %s (no client_credentials)\n",
		ClientSecret, ClientID, ScopeRead, ScopeWrite, ReadOnlyClientID, ScopeRead, NoGrantClientID)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte(b.String()))
}
