package profiles

// Client authentication with a signed assertion instead of a secret on the
// wire (private_key_jwt, client_secret_jwt): the key reference and the
// assertion settings of a profile, and their validation.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Auth methods with a client assertion (RFC 7523, OIDC Core §9).
const (
	AuthPrivateKeyJWT = "private_key_jwt"   // a JWT signed with the client's private key (client_key)
	AuthSecretJWT     = "client_secret_jwt" // a JWT signed (HMAC) with the client secret

	AuthTLS           = "tls_client_auth"             // a TLS client certificate from a CA the provider trusts (RFC 8705)
	AuthSelfSignedTLS = "self_signed_tls_client_auth" // a self-signed TLS client certificate registered with the provider
)

// AuthMethods are the auth methods a profile may name, the default first.
var AuthMethods = []string{AuthBasic, AuthPost, AuthPrivateKeyJWT, AuthSecretJWT, AuthTLS, AuthSelfSignedTLS}

// KeyringKeySuffix is appended to the profile name to make the keyring user
// under which a "keyring" client_key is stored, so that it does not clash
// with the profile's client_secret.
const KeyringKeySuffix = "/client_key"

// UsesKey reports whether the profile authenticates with a private key
// (private_key_jwt, or the key of a TLS client certificate).
func (p Profile) UsesKey() bool { return p.Method() == AuthPrivateKeyJWT || p.UsesCert() }

// UsesCert reports whether the profile authenticates with a TLS client certificate.
func (p Profile) UsesCert() bool { return p.Method() == AuthTLS || p.Method() == AuthSelfSignedTLS }

// ResolveCert returns the client certificate (PEM) p.ClientCert refers to,
// resolved as ResolveKey resolves client_key (keyring user NAME/client_cert).
func ResolveCert(ctx context.Context, p Profile) (string, error) {
	if p.ClientCert == "" {
		return "", &SecretError{Profile: p.Name, What: "client certificate", Ref: "none", Kind: ErrSecretMissing,
			Msg: "the profile has no client_cert", Hint: "set client_cert to file:PATH of the certificate (PEM) registered with the provider"}
	}
	q := p
	q.ClientSecret = p.ClientCert
	if p.ClientCert == RefKeyring {
		q.Name = p.Name + "/client_cert"
	}
	s, err := ResolveSecret(ctx, q)
	var se *SecretError
	if errors.As(err, &se) {
		se.Profile, se.What = p.Name, "client certificate"
		if IsLiteralSecret(p.ClientCert) {
			se.Ref = "literal"
		}
	}
	return s, err
}

// UsesAssertion reports whether the profile authenticates with a signed JWT.
func (p Profile) UsesAssertion() bool {
	return p.Method() == AuthPrivateKeyJWT || p.Method() == AuthSecretJWT
}

// ResolveKey returns the private key (PEM or JWK text) p.ClientKey refers
// to, resolved as ResolveSecret resolves client_secret: env:VAR, file:PATH
// (readable only by its owner), cmd:COMMAND, keyring (user NAME/client_key)
// or the key itself written in the file (works, but warned). Errors are
// *SecretError naming the client key and never contain the key.
func ResolveKey(ctx context.Context, p Profile) (string, error) {
	if p.ClientKey == "" {
		return "", &SecretError{Profile: p.Name, What: "client key", Ref: "none", Kind: ErrSecretMissing,
			Msg:  "the profile has no client_key",
			Hint: "set client_key to file:PATH of a private key (PEM or JWK); 'tokentui keys gen' makes one"}
	}
	q := p
	q.ClientSecret = p.ClientKey
	if p.ClientKey == RefKeyring {
		q.Name = p.Name + KeyringKeySuffix
	}
	s, err := ResolveSecret(ctx, q)
	var se *SecretError
	if errors.As(err, &se) {
		se.Profile, se.What = p.Name, "client key"
		if IsLiteralSecret(p.ClientKey) {
			se.Ref = DescribeKeyRef(p.ClientKey)
		}
	}
	return s, err
}

// DescribeKeyRef describes a client_key reference for display without
// revealing a key written in the file.
func DescribeKeyRef(ref string) string {
	if IsLiteralSecret(ref) {
		return "literal (****, stored in the file — prefer file:PATH)"
	}
	return DescribeSecretRef(ref)
}

// Algorithms a profile's client_key_alg may name, by method.
var (
	keyAlgs    = []string{"RS256", "PS256", "ES256", "RS384", "PS384", "ES384", "RS512", "PS512", "ES512"}
	secretAlgs = []string{"HS256", "HS384", "HS512"}
)

// validateClientAuth checks the assertion fields of p.
func validateClientAuth(p Profile, where string, add func(field string, kind error, msg, hint string)) {
	method := p.Method()
	if p.ClientKey != "" && !p.UsesKey() {
		add("client_key", ErrBadValue, fmt.Sprintf("client_key is set %s, but auth_method %s does not use a key", where, method),
			"set auth_method: private_key_jwt, or remove client_key")
	}
	if p.ClientCert != "" && !p.UsesCert() {
		add("client_cert", ErrBadValue, fmt.Sprintf("client_cert is set %s, but auth_method %s does not use a certificate", where, method),
			"set auth_method: tls_client_auth or self_signed_tls_client_auth, or remove client_cert")
	}
	if p.UsesCert() {
		if p.ClientCert == "" {
			add("client_cert", ErrMissingField, fmt.Sprintf("auth_method %s %s needs client_cert, the certificate presented over TLS", method, where),
				"set client_cert to file:PATH of the certificate (PEM) registered with the provider")
		}
		if p.ClientKey == "" {
			add("client_key", ErrMissingField, fmt.Sprintf("auth_method %s %s needs client_key, the private key of client_cert", method, where),
				"set client_key to file:PATH of the certificate's private key (PEM)")
		}
		if p.ClientSecret != "" {
			add("client_secret", ErrBadValue, fmt.Sprintf("client_secret is set %s, but %s sends no secret", where, method),
				"remove client_secret: the certificate proves the client")
		}
	}
	if !p.UsesAssertion() {
		for _, f := range []struct{ field, value string }{
			{"client_key_id", p.ClientKeyID}, {"client_key_alg", p.ClientKeyAlg}, {"assertion_audience", p.AssertionAudience},
		} {
			if f.value != "" {
				add(f.field, ErrBadValue, fmt.Sprintf("%s is set %s, but auth_method %s sends no assertion", f.field, where, method),
					"set auth_method: private_key_jwt or client_secret_jwt, or remove it")
			}
		}
		return
	}
	switch method {
	case AuthPrivateKeyJWT:
		if p.ClientKey == "" {
			add("client_key", ErrMissingField, fmt.Sprintf("auth_method private_key_jwt %s needs client_key, the private key that signs", where),
				"set client_key to file:PATH of a private key (PEM or JWK); 'tokentui keys gen' makes one")
		}
		if p.ClientSecret != "" {
			add("client_secret", ErrBadValue, fmt.Sprintf("client_secret is set %s, but private_key_jwt sends no secret", where),
				"remove client_secret: the private key proves the client")
		}
		if a := p.ClientKeyAlg; a != "" && !contains(keyAlgs, a) {
			add("client_key_alg", ErrBadValue, fmt.Sprintf("client_key_alg %s is %q, which private_key_jwt cannot sign with", where, a),
				"use RS256 or PS256 with an RSA key, ES256 with an EC P-256 key, or leave it out to follow the key")
		}
	case AuthSecretJWT:
		if a := p.ClientKeyAlg; a != "" && !contains(secretAlgs, a) {
			add("client_key_alg", ErrBadValue, fmt.Sprintf("client_key_alg %s is %q, which client_secret_jwt cannot sign with", where, a),
				"use HS256 (the default), HS384 or HS512")
		}
	}
	for _, f := range []struct{ field, value string }{{"client_key_id", p.ClientKeyID}, {"assertion_audience", p.AssertionAudience}} {
		if strings.TrimSpace(f.value) != f.value || strings.IndexFunc(f.value, unicode.IsControl) >= 0 {
			add(f.field, ErrBadValue, fmt.Sprintf("%s %s has surrounding spaces or control characters", f.field, where),
				"write it as the provider shows it, on one line")
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// keyRulesPtBR are the Portuguese rules of this file's hints.
func keyRulesPtBR() []rule {
	return []rule{
		same("set client_key to file:PATH of a private key (PEM or JWK); 'tokentui keys gen' makes one",
			"defina client_key como file:CAMINHO de uma chave privada (PEM ou JWK); 'tokentui keys gen' cria uma"),
		same("set auth_method: private_key_jwt, or remove client_key", "defina auth_method: private_key_jwt, ou remova client_key"),
		same("set auth_method: private_key_jwt or client_secret_jwt, or remove it",
			"defina auth_method: private_key_jwt ou client_secret_jwt, ou remova o campo"),
		same("remove client_secret: the private key proves the client", "remova client_secret: a chave privada é que prova o cliente"),
		same("use RS256 or PS256 with an RSA key, ES256 with an EC P-256 key, or leave it out to follow the key",
			"use RS256 ou PS256 com uma chave RSA, ES256 com uma chave EC P-256, ou omita para seguir a chave"),
		same("use HS256 (the default), HS384 or HS512", "use HS256 (o padrão), HS384 ou HS512"),
		same("set client_cert to file:PATH of the certificate (PEM) registered with the provider",
			"defina client_cert como file:CAMINHO do certificado (PEM) registrado no provedor"),
		same("set client_key to file:PATH of the certificate's private key (PEM)",
			"defina client_key como file:CAMINHO da chave privada do certificado (PEM)"),
		same("remove client_secret: the certificate proves the client", "remova client_secret: o certificado é que prova o cliente"),
		same("set auth_method: tls_client_auth or self_signed_tls_client_auth, or remove client_cert",
			"defina auth_method: tls_client_auth ou self_signed_tls_client_auth, ou remova client_cert"),
		same("write it as the provider shows it, on one line", "escreva como o provedor mostra, numa linha só"),
		same("use client_secret_basic (HTTP Basic, the default), client_secret_post (secret in the form body), private_key_jwt (assertion signed with a private key), client_secret_jwt (assertion signed with the secret), tls_client_auth or self_signed_tls_client_auth (a TLS client certificate)",
			"use client_secret_basic (HTTP Basic, o padrão), client_secret_post (segredo no corpo do formulário), private_key_jwt (asserção assinada com uma chave privada), client_secret_jwt (asserção assinada com o segredo), tls_client_auth ou self_signed_tls_client_auth (um certificado TLS de cliente)"),
	}
}
