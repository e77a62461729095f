package demo

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"sync"
)

// signingKey is the RSA key that signs tokens, with its key id.
type signingKey struct {
	private *rsa.PrivateKey
	kid     string
}

// jwk is the public half of a signing key as RFC 7517 writes it.
type jwk struct {
	Kty string `json:"kty"`
	Use string `json:"use"`
	Kid string `json:"kid"`
	E   string `json:"e"`
	N   string `json:"n"`
	Alg string `json:"alg"`
}

// The process-wide key: generating a 2048-bit RSA key takes long enough that every
// server started in one process (tests start many) shares one.
var (
	sharedKeyOnce sync.Once
	sharedKey     *signingKey
	sharedKeyErr  error
)

// processKey returns the key shared by every server in this process, generating it
// on first use.
func processKey() (*signingKey, error) {
	sharedKeyOnce.Do(func() {
		sharedKey, sharedKeyErr = newSigningKey()
	})
	return sharedKey, sharedKeyErr
}

// signingKey is the server's signing key: the one kept in Options.KeyFile,
// else the process's, which the first requests that need it wait for while
// Start's goroutine generates it.
func (s *Server) signingKey() (*signingKey, error) {
	if s.key != nil {
		return s.key, nil
	}
	return processKey()
}

// newSigningKey generates a 2048-bit RSA key; its kid is the key's RFC 7638
// thumbprint, so the kid is stable for as long as the key lives.
func newSigningKey() (*signingKey, error) {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, fmt.Errorf("demo: generating the RSA signing key failed: %w", err)
	}
	return &signingKey{private: k, kid: thumbprint(&k.PublicKey)}, nil
}

// publicJWK returns the public key as a JWK.
func (k *signingKey) publicJWK() jwk {
	pub := &k.private.PublicKey
	return jwk{
		Kty: "RSA",
		Use: "sig",
		Kid: k.kid,
		E:   b64(big.NewInt(int64(pub.E)).Bytes()),
		N:   b64(pub.N.Bytes()),
		Alg: "RS256",
	}
}

// thumbprint computes the RFC 7638 JWK thumbprint of an RSA public key.
func thumbprint(pub *rsa.PublicKey) string {
	// The members in lexical order with no whitespace, as RFC 7638 §3.2 requires.
	canon, _ := json.Marshal(struct {
		E   string `json:"e"`
		Kty string `json:"kty"`
		N   string `json:"n"`
	}{b64(big.NewInt(int64(pub.E)).Bytes()), "RSA", b64(pub.N.Bytes())})
	sum := sha256.Sum256(canon)
	return b64(sum[:])
}

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }
