package auth

// Client keys for private_key_jwt (RFC 7523, OIDC Core §9): parsing a
// private key from PEM or JWK, its public JWK and RFC 7638 thumbprint.

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"math/big"
	"strings"
)

// ErrBadKey means a client key could not be parsed or does not fit the
// algorithm asked for. Errors wrapping it never hold the key.
var ErrBadKey = errors.New("unusable client key")

// ClientKey is a parsed private key that signs client assertions.
type ClientKey struct {
	Private crypto.Signer // *rsa.PrivateKey or *ecdsa.PrivateKey
	Alg     string        // the JWS algorithm it signs with: RS256, PS256, ES256…
	KeyID   string        // the JWK's "kid", when the key came as a JWK with one
}

// Algorithms a client key may sign assertions with.
var keyAlgs = map[string]string{
	"RS256": "RSA", "RS384": "RSA", "RS512": "RSA",
	"PS256": "RSA", "PS384": "RSA", "PS512": "RSA",
	"ES256": "P-256", "ES384": "P-384", "ES512": "P-521",
}

// ParseClientKey parses a private key given as PEM (PKCS#1 "RSA PRIVATE
// KEY", PKCS#8 "PRIVATE KEY", SEC 1 "EC PRIVATE KEY") or as a JWK (JSON
// with "d"). alg is the algorithm asked for ("" = the key's natural one:
// RS256 for RSA, ES256/ES384/ES512 by curve; a JWK's own "alg" wins over
// that default); it must suit the key. Errors wrap ErrBadKey and never
// quote the key.
func ParseClientKey(material []byte, alg string) (*ClientKey, error) {
	s := strings.TrimSpace(string(material))
	var (
		k   *ClientKey
		err error
	)
	switch {
	case strings.HasPrefix(s, "{"):
		k, err = parseJWKPrivate([]byte(s))
	case strings.Contains(s, "-----BEGIN"):
		k, err = parsePEMPrivate([]byte(s))
	default:
		return nil, sayErr(say(SayKeyNotPEMNorJWK, ErrBadKey), ErrBadKey)
	}
	if err != nil {
		return nil, err
	}
	if alg != "" {
		k.Alg = alg
	}
	if k.Alg == "" {
		k.Alg = NaturalAlg(k.Private.Public())
	}
	if err := checkKeyAlg(k.Private, k.Alg); err != nil {
		return nil, err
	}
	return k, nil
}

func parsePEMPrivate(b []byte) (*ClientKey, error) {
	for {
		block, rest := pem.Decode(b)
		if block == nil {
			return nil, sayErr(say(SayKeyPEMNoPrivate, ErrBadKey), ErrBadKey)
		}
		b = rest
		var (
			key any
			err error
		)
		switch block.Type {
		case "RSA PRIVATE KEY":
			key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
		case "PRIVATE KEY":
			key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
		case "EC PRIVATE KEY":
			key, err = x509.ParseECPrivateKey(block.Bytes)
		case "ENCRYPTED PRIVATE KEY":
			return nil, sayErr(say(SayKeyEncrypted, ErrBadKey), ErrBadKey)
		default:
			continue // certificates, parameters: skip
		}
		if err != nil {
			return nil, sayErr(say(SayKeyBlockNoParse, ErrBadKey, block.Type, err), ErrBadKey)
		}
		signer, ok := key.(crypto.Signer)
		if !ok {
			return nil, sayErr(say(SayKeyTypeUnsupported, ErrBadKey, typeName(key)), ErrBadKey)
		}
		switch signer.(type) {
		case *rsa.PrivateKey, *ecdsa.PrivateKey:
		default:
			return nil, sayErr(say(SayKeyTypeUnsupported, ErrBadKey, typeName(key)), ErrBadKey)
		}
		return &ClientKey{Private: signer}, nil
	}
}

func parseJWKPrivate(b []byte) (*ClientKey, error) {
	var j struct {
		Kty string `json:"kty"`
		Kid string `json:"kid"`
		Alg string `json:"alg"`
		Crv string `json:"crv"`
		N   string `json:"n"`
		E   string `json:"e"`
		D   string `json:"d"`
		P   string `json:"p"`
		Q   string `json:"q"`
		X   string `json:"x"`
		Y   string `json:"y"`
	}
	if err := json.Unmarshal(b, &j); err != nil {
		return nil, sayErr(say(SayKeyJWKNotJSON, ErrBadKey), ErrBadKey)
	}
	if j.D == "" {
		return nil, sayErr(say(SayKeyJWKPublic, ErrBadKey), ErrBadKey)
	}
	num := func(name, v string) (*big.Int, error) {
		raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(v, "="))
		if err != nil || len(raw) == 0 {
			return nil, sayErr(say(SayKeyJWKField, ErrBadKey, name), ErrBadKey)
		}
		return new(big.Int).SetBytes(raw), nil
	}
	k := &ClientKey{KeyID: j.Kid, Alg: j.Alg}
	switch j.Kty {
	case "RSA":
		var vals [5]*big.Int
		for i, f := range []struct{ name, v string }{{"n", j.N}, {"e", j.E}, {"d", j.D}, {"p", j.P}, {"q", j.Q}} {
			v, err := num(f.name, f.v)
			if err != nil {
				return nil, err
			}
			vals[i] = v
		}
		if !vals[1].IsInt64() || vals[1].Int64() > 1<<31 {
			return nil, sayErr(say(SayKeyJWKExponent, ErrBadKey), ErrBadKey)
		}
		pk := &rsa.PrivateKey{PublicKey: rsa.PublicKey{N: vals[0], E: int(vals[1].Int64())}, D: vals[2], Primes: []*big.Int{vals[3], vals[4]}}
		if err := pk.Validate(); err != nil {
			return nil, sayErr(say(SayKeyJWKRSABad, ErrBadKey), ErrBadKey)
		}
		pk.Precompute()
		k.Private = pk
	case "EC":
		curve := curveByName(j.Crv)
		if curve == nil {
			return nil, sayErr(say(SayKeyCurveUnsupported, ErrBadKey, j.Crv), ErrBadKey)
		}
		d, err := num("d", j.D)
		if err != nil {
			return nil, err
		}
		size := (curve.Params().BitSize + 7) / 8
		if len(d.Bytes()) > size {
			return nil, sayErr(say(SayKeyJWKDTooLong, ErrBadKey, j.Crv), ErrBadKey)
		}
		pk, err := ecdsa.ParseRawPrivateKey(curve, d.FillBytes(make([]byte, size)))
		if err != nil {
			return nil, sayErr(say(SayKeyJWKDInvalid, ErrBadKey, j.Crv), ErrBadKey)
		}
		if j.X != "" {
			x, errX := num("x", j.X)
			y, errY := num("y", j.Y)
			pub, _ := pk.PublicKey.Bytes()
			if errX != nil || errY != nil || len(pub) != 1+2*size ||
				new(big.Int).SetBytes(pub[1:1+size]).Cmp(x) != 0 || new(big.Int).SetBytes(pub[1+size:]).Cmp(y) != 0 {
				return nil, sayErr(say(SayKeyJWKXYMismatch, ErrBadKey), ErrBadKey)
			}
		}
		k.Private = pk
	case "oct":
		return nil, sayErr(say(SayKeyJWKOct, ErrBadKey), ErrBadKey)
	default:
		return nil, sayErr(say(SayKeyJWKKty, ErrBadKey, j.Kty), ErrBadKey)
	}
	return k, nil
}

func curveByName(name string) elliptic.Curve {
	switch name {
	case "P-256":
		return elliptic.P256()
	case "P-384":
		return elliptic.P384()
	case "P-521":
		return elliptic.P521()
	}
	return nil
}

// checkKeyAlg says whether alg can be used with k.
func checkKeyAlg(k crypto.Signer, alg string) error {
	want, ok := keyAlgs[alg]
	if !ok {
		if strings.HasPrefix(alg, "HS") {
			return sayErr(say(SayKeyAlgShared, ErrBadKey, alg), ErrBadKey)
		}
		return sayErr(say(SayKeyAlgUnsupported, ErrBadKey, alg), ErrBadKey)
	}
	switch key := k.(type) {
	case *rsa.PrivateKey:
		if want != "RSA" {
			return sayErr(say(SayKeyAlgNeedsEC, ErrBadKey, alg, want), ErrBadKey)
		}
		if key.N.BitLen() < 2048 {
			return sayErr(say(SayKeyRSATooSmall, ErrBadKey, key.N.BitLen()), ErrBadKey)
		}
	case *ecdsa.PrivateKey:
		got := key.Curve.Params().Name
		if want == "RSA" {
			return sayErr(say(SayKeyAlgNeedsRSA, ErrBadKey, alg, got, NaturalAlg(key.Public())), ErrBadKey)
		}
		if want != got {
			return sayErr(say(SayKeyAlgWrongCurve, ErrBadKey, alg, want, got, NaturalAlg(key.Public())), ErrBadKey)
		}
	}
	return nil
}

// GenerateClientKey creates a private key for alg: EC P-256 for ES256,
// RSA 2048 for RS256 and PS256.
func GenerateClientKey(alg string) (*ClientKey, error) {
	var (
		k   crypto.Signer
		err error
	)
	switch alg {
	case "ES256":
		k, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	case "RS256", "PS256":
		k, err = rsa.GenerateKey(rand.Reader, 2048)
	default:
		return nil, sayErr(say(SayKeyGenAlg, ErrBadKey, alg), ErrBadKey)
	}
	if err != nil {
		return nil, err
	}
	return &ClientKey{Private: k, Alg: alg}, nil
}

// PEM is the private key as PKCS#8 PEM ("PRIVATE KEY"): a secret.
func (k *ClientKey) PEM() ([]byte, error) {
	der, err := x509.MarshalPKCS8PrivateKey(k.Private)
	if err != nil {
		return nil, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), nil
}
