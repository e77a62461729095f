package profiles

// Client authentication with a signed assertion instead of a secret on the
// wire (private_key_jwt, client_secret_jwt): the key reference and the
// assertion settings of a profile, and their validation.

import (
	"context"
	"errors"
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
		return "", &SecretError{Profile: p.Name, What: WhatCert, Ref: txt(RefNone), Kind: ErrSecretMissing,
			Msg: txt(CodeNoCert), Hint: txt(HintSetCert)}
	}
	q := p
	q.ClientSecret = p.ClientCert
	if p.ClientCert == RefKeyring {
		q.Name = p.Name + "/client_cert"
	}
	s, err := ResolveSecret(ctx, q)
	var se *SecretError
	if errors.As(err, &se) {
		se.Profile, se.What = p.Name, WhatCert
		if IsLiteralSecret(p.ClientCert) {
			se.Ref = txt(RefLiteralCert)
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
		return "", &SecretError{Profile: p.Name, What: WhatKey, Ref: txt(RefNone), Kind: ErrSecretMissing,
			Msg: txt(CodeNoKey), Hint: txt(HintSetKey)}
	}
	q := p
	q.ClientSecret = p.ClientKey
	if p.ClientKey == RefKeyring {
		q.Name = p.Name + KeyringKeySuffix
	}
	s, err := ResolveSecret(ctx, q)
	var se *SecretError
	if errors.As(err, &se) {
		se.Profile, se.What = p.Name, WhatKey
		if IsLiteralSecret(p.ClientKey) {
			se.Ref = keyRefText(p.ClientKey)
		}
	}
	return s, err
}

// DescribeKeyRef describes a client_key reference for display without
// revealing a key written in the file.
func DescribeKeyRef(ref string) string { return keyRefText(ref).String() }

// keyRefText is DescribeKeyRef as a Text.
func keyRefText(ref string) Text {
	if IsLiteralSecret(ref) {
		return txt(RefLiteralKey)
	}
	return refText(ref)
}

// Algorithms a profile's client_key_alg may name, by method.
var (
	keyAlgs    = []string{"RS256", "PS256", "ES256", "RS384", "PS384", "ES384", "RS512", "PS512", "ES512"}
	secretAlgs = []string{"HS256", "HS384", "HS512"}
)

// validateClientAuth checks the assertion fields of p.
func validateClientAuth(p Profile, where Text, add func(field string, kind error, msg, hint Text)) {
	method := p.Method()
	if p.ClientKey != "" && !p.UsesKey() {
		add("client_key", ErrBadValue, txt(CodeKeyUnused, where, method), txt(HintKeyOrRemove))
	}
	if p.ClientCert != "" && !p.UsesCert() {
		add("client_cert", ErrBadValue, txt(CodeCertUnused, where, method), txt(HintTLSOrRemove))
	}
	if p.UsesCert() {
		if p.ClientCert == "" {
			add("client_cert", ErrMissingField, txt(CodeCertMissing, method, where), txt(HintSetCert))
		}
		if p.ClientKey == "" {
			add("client_key", ErrMissingField, txt(CodeCertKeyMissing, method, where), txt(HintSetCertKey))
		}
		if p.ClientSecret != "" {
			add("client_secret", ErrBadValue, txt(CodeCertSecretUnused, where, method), txt(HintNoSecretCert))
		}
	}
	if !p.UsesAssertion() {
		for _, f := range []struct{ field, value string }{
			{"client_key_id", p.ClientKeyID}, {"client_key_alg", p.ClientKeyAlg}, {"assertion_audience", p.AssertionAudience},
		} {
			if f.value != "" {
				add(f.field, ErrBadValue, txt(CodeAssertionUnused, f.field, where, method), txt(HintAssertOrRemove))
			}
		}
		return
	}
	switch method {
	case AuthPrivateKeyJWT:
		if p.ClientKey == "" {
			add("client_key", ErrMissingField, txt(CodeKeyMissing, where), txt(HintSetKey))
		}
		if p.ClientSecret != "" {
			add("client_secret", ErrBadValue, txt(CodeKeySecretUnused, where), txt(HintNoSecretKey))
		}
		if a := p.ClientKeyAlg; a != "" && !contains(keyAlgs, a) {
			add("client_key_alg", ErrBadValue, txt(CodeBadKeyAlg, where, a), txt(HintKeyAlgs))
		}
	case AuthSecretJWT:
		if a := p.ClientKeyAlg; a != "" && !contains(secretAlgs, a) {
			add("client_key_alg", ErrBadValue, txt(CodeBadSecretAlg, where, a), txt(HintSecretAlgs))
		}
	}
	for _, f := range []struct{ field, value string }{{"client_key_id", p.ClientKeyID}, {"assertion_audience", p.AssertionAudience}} {
		if strings.TrimSpace(f.value) != f.value || strings.IndexFunc(f.value, unicode.IsControl) >= 0 {
			add(f.field, ErrBadValue, txt(CodeFieldSpaces, f.field, where), txt(HintOneLine))
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
