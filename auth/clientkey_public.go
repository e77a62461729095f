package auth

// Public client keys: parsing them (PEM, certificate, JWK), their JWK and
// RFC 7638 thumbprint, for `tokentui keys` and diagnose.

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"strings"
)

// PublicJWK is the public half of a key as a JWK, with "kid", "alg" and
// "use": "sig" when given — what to register with a provider.
func PublicJWK(pub crypto.PublicKey, alg, kid string) (map[string]string, error) {
	m, err := thumbprintMembers(pub)
	if err != nil {
		return nil, err
	}
	m["use"] = "sig"
	if alg != "" {
		m["alg"] = alg
	}
	if kid != "" {
		m["kid"] = kid
	}
	return m, nil
}

// Thumbprint is the RFC 7638 JWK thumbprint (SHA-256, base64url) of a
// public key: a stable name for it, commonly used as its kid.
func Thumbprint(pub crypto.PublicKey) (string, error) {
	m, err := thumbprintMembers(pub)
	if err != nil {
		return "", err
	}
	// The required members in lexicographic order, no white space (RFC 7638 §3).
	var b []byte
	if m["kty"] == "RSA" {
		b = fmt.Appendf(nil, `{"e":%q,"kty":"RSA","n":%q}`, m["e"], m["n"])
	} else {
		b = fmt.Appendf(nil, `{"crv":%q,"kty":"EC","x":%q,"y":%q}`, m["crv"], m["x"], m["y"])
	}
	sum := sha256.Sum256(b)
	return base64.RawURLEncoding.EncodeToString(sum[:]), nil
}

// thumbprintMembers are the required members of pub's JWK.
func thumbprintMembers(pub crypto.PublicKey) (map[string]string, error) {
	enc := base64.RawURLEncoding.EncodeToString
	switch k := pub.(type) {
	case *rsa.PublicKey:
		return map[string]string{"kty": "RSA", "n": enc(k.N.Bytes()), "e": enc(big.NewInt(int64(k.E)).Bytes())}, nil
	case *ecdsa.PublicKey:
		raw, err := k.Bytes()
		if err != nil {
			return nil, sayErr(say(SayKeyPublicBad, ErrBadKey, err), ErrBadKey)
		}
		size := (len(raw) - 1) / 2
		return map[string]string{"kty": "EC", "crv": k.Curve.Params().Name, "x": enc(raw[1 : 1+size]), "y": enc(raw[1+size:])}, nil
	}
	return nil, sayErr(say(SayKeyTypeUnsupported, ErrBadKey, typeName(pub)), ErrBadKey)
}

// ParsePublicKey parses a public key: PEM "PUBLIC KEY" (PKIX), "RSA PUBLIC
// KEY", a "CERTIFICATE" (its key), or a JWK without "d". A private key is
// accepted too, and its public half returned.
func ParsePublicKey(material []byte) (crypto.PublicKey, string, error) {
	if k, err := ParseClientKey(material, ""); err == nil {
		return k.Private.Public(), k.KeyID, nil
	}
	s := strings.TrimSpace(string(material))
	if strings.HasPrefix(s, "{") {
		var j struct {
			Kty, Kid, Crv, N, E, X, Y string
		}
		if err := json.Unmarshal([]byte(s), &j); err != nil {
			return nil, "", sayErr(say(SayKeyJWKNotJSON, ErrBadKey), ErrBadKey)
		}
		dec := func(v string) *big.Int {
			b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(v, "="))
			if err != nil || len(b) == 0 {
				return nil
			}
			return new(big.Int).SetBytes(b)
		}
		switch j.Kty {
		case "RSA":
			n, e := dec(j.N), dec(j.E)
			if n == nil || e == nil || !e.IsInt64() || e.Int64() > 1<<31 {
				return nil, "", sayErr(say(SayKeyJWKRSAPublicBad, ErrBadKey), ErrBadKey)
			}
			return &rsa.PublicKey{N: n, E: int(e.Int64())}, j.Kid, nil
		case "EC":
			curve := curveByName(j.Crv)
			x, y := dec(j.X), dec(j.Y)
			if curve == nil || x == nil || y == nil {
				return nil, "", sayErr(say(SayKeyJWKECPublicBad, ErrBadKey), ErrBadKey)
			}
			size := (curve.Params().BitSize + 7) / 8
			if len(x.Bytes()) > size || len(y.Bytes()) > size {
				return nil, "", sayErr(say(SayKeyJWKPointTooLong, ErrBadKey, j.Crv), ErrBadKey)
			}
			raw := append([]byte{4}, append(x.FillBytes(make([]byte, size)), y.FillBytes(make([]byte, size))...)...)
			pub, err := ecdsa.ParseUncompressedPublicKey(curve, raw)
			if err != nil {
				return nil, "", sayErr(say(SayKeyJWKPointOff, ErrBadKey, j.Crv), ErrBadKey)
			}
			return pub, j.Kid, nil
		}
		return nil, "", sayErr(say(SayKeyJWKKty, ErrBadKey, j.Kty), ErrBadKey)
	}
	rest := []byte(s)
	for {
		block, r := pem.Decode(rest)
		if block == nil {
			return nil, "", sayErr(say(SayKeyHoldsNone, ErrBadKey), ErrBadKey)
		}
		rest = r
		var (
			pub any
			err error
		)
		switch block.Type {
		case "PUBLIC KEY":
			pub, err = x509.ParsePKIXPublicKey(block.Bytes)
		case "RSA PUBLIC KEY":
			pub, err = x509.ParsePKCS1PublicKey(block.Bytes)
		case "CERTIFICATE":
			var cert *x509.Certificate
			if cert, err = x509.ParseCertificate(block.Bytes); err == nil {
				pub = cert.PublicKey
			}
		case "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY":
			_, err := ParseClientKey(material, "")
			return nil, "", err
		default:
			continue
		}
		if err != nil {
			return nil, "", sayErr(say(SayKeyBlockNoParse, ErrBadKey, block.Type, err), ErrBadKey)
		}
		switch pub.(type) {
		case *rsa.PublicKey, *ecdsa.PublicKey:
			return pub, "", nil
		}
		return nil, "", sayErr(say(SayKeyTypeUnsupported, ErrBadKey, typeName(pub)), ErrBadKey)
	}
}

// NaturalAlg is the algorithm a public key signs with by default: RS256
// for RSA, ES256/ES384/ES512 by curve.
func NaturalAlg(pub crypto.PublicKey) string {
	if ec, ok := pub.(*ecdsa.PublicKey); ok {
		switch ec.Curve.Params().Name {
		case "P-384":
			return "ES384"
		case "P-521":
			return "ES512"
		}
		return "ES256"
	}
	return "RS256"
}
