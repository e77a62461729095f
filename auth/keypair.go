package auth

// A new client key pair for private_key_jwt, shared by `tokentui keys gen`
// and the profile form: generated, its private half written once (0600,
// never over another file), its public half as the JWK and JWKS to
// register with the provider.

import (
	"crypto"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"tokentui/atomicfile"
)

// KeyPair is a freshly generated client key and what to register of it.
type KeyPair struct {
	Key  *ClientKey
	KID  string // its RFC 7638 thumbprint, the kid to register it under
	JWK  string // the public JWK (indented): what the provider registers
	JWKS string // a JWKS holding it (one line), for providers that take a key set
	Path string // where the private key was written; "" before WriteNew
}

// NewKeyPair generates a key for alg (ES256, RS256 or PS256) with its kid,
// public JWK and JWKS.
func NewKeyPair(alg string) (*KeyPair, error) {
	k, err := GenerateClientKey(alg)
	if err != nil {
		return nil, err
	}
	kid, err := Thumbprint(k.Private.Public())
	if err != nil {
		return nil, err
	}
	jwk, jwks, err := PublicKeyText(k.Private.Public(), alg, kid)
	if err != nil {
		return nil, err
	}
	return &KeyPair{Key: k, KID: kid, JWK: jwk, JWKS: jwks}, nil
}

// PublicKeyText is the public JWK of pub (indented) and the JWKS holding
// it (one line): the texts to register with a provider.
func PublicKeyText(pub crypto.PublicKey, alg, kid string) (jwk, jwks string, err error) {
	m, err := PublicJWK(pub, alg, kid)
	if err != nil {
		return "", "", err
	}
	one, _ := json.MarshalIndent(m, "", "  ")
	set, _ := json.Marshal(map[string]any{"keys": []any{m}})
	return string(one), string(set), nil
}

// WriteNew writes the private key to path (PKCS#8 PEM, mode 0600,
// atomically) in a directory that exists. An existing file is never
// replaced: the error then wraps fs.ErrExist.
func (kp *KeyPair) WriteNew(path string) error {
	pemBytes, err := kp.Key.PEM()
	if err != nil {
		return err
	}
	if err := atomicfile.WriteNew(path, pemBytes, 0o600); err != nil {
		return err
	}
	kp.Path = path
	return nil
}

// maxKeyNames bounds the names WriteNewIn tries.
const maxKeyNames = 100

// WriteNewIn writes the private key to dir/base.pem, or base-2.pem,
// base-3.pem… when that name is taken, making dir (0700) when missing, and
// returns the path.
func (kp *KeyPair) WriteNewIn(dir, base string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	for i := 1; i <= maxKeyNames; i++ {
		name := base + ".pem"
		if i > 1 {
			name = base + "-" + strconv.Itoa(i) + ".pem"
		}
		path := filepath.Join(dir, name)
		err := kp.WriteNew(path)
		if err == nil {
			return path, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return path, err
		}
	}
	return "", sayErr(say(SayKeyNamesTaken, fs.ErrExist, dir, base, base, maxKeyNames), fs.ErrExist)
}
