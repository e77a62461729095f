package auth

// Which credentials a cached token belongs to: a keyed fingerprint of the
// secret, never the secret itself.

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
	"tokentui/atomicfile"
)

// secretMemo is how long a resolved secret's fingerprint is reused before
// the secret is read again (a cmd: secret is not run on every call).
const secretMemo = 30 * time.Second

// fingerprintKeyName is the file holding the random key the fingerprints
// are made with, so that a cache file does not let anyone test guesses of
// the secret without also reading that key.
const fingerprintKeyName = "fingerprint.key"

// memoryKey keys fingerprints when there is no cache directory.
var memoryKey = sync.OnceValue(func() []byte {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return b
})

// creds identifies one set of credentials and the client they belong to.
type creds struct {
	tokenURL string
	key      string // the credentials: endpoint, id, secret, method, scopes, params
	client   string // the client as the provider sees it: endpoint and id
}

// clientKey names one client: token endpoint and client id, because
// providers count and block clients, not profiles.
func clientKey(tokenURL, clientID string) string {
	return shortHash(strings.TrimRight(tokenURL, "/") + "\x00" + clientID)
}

// credKey names one set of credentials.
func credKey(tokenURL, clientID, method, secretFP string, scopes []string, params map[string]string) string {
	sc := append([]string(nil), scopes...)
	sort.Strings(sc)
	sc = dedupe(sc)
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ps := make([]string, 0, len(keys))
	for _, k := range keys {
		ps = append(ps, k+"="+params[k])
	}
	b, _ := json.Marshal([]any{strings.TrimRight(tokenURL, "/"), clientID, method, secretFP, sc, ps})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}

// credsFor computes the keys of this client's credentials at tokenURL,
// reading the secret (memoized for secretMemo) to fingerprint it.
func (c *Client) credsFor(ctx context.Context, tokenURL string) (creds, error) {
	_, cr, err := c.secretAndCreds(ctx, tokenURL, secretMemo)
	return cr, err
}

// secretAndCreds returns the secret and the keys of the credentials,
// reading the secret again when what was read is older than maxAge.
func (c *Client) secretAndCreds(ctx context.Context, tokenURL string, maxAge time.Duration) (secret string, cr creds, err error) {
	c.fpMu.Lock()
	now := time.Now()
	if !c.fpAt.IsZero() && now.Sub(c.fpAt) < maxAge && now.After(c.fpAt) {
		secret, fp, err := c.secret, c.fp, c.fpErr
		c.fpMu.Unlock()
		if err != nil {
			return "", creds{}, err
		}
		return secret, c.credsWith(tokenURL, fp), nil
	}
	c.fpMu.Unlock()
	secret, err = c.readSecret(ctx)
	var fp string
	if err == nil {
		fp, err = c.fingerprint(secret)
	}
	c.fpMu.Lock()
	c.secret, c.fp, c.fpErr, c.fpAt = secret, fp, err, time.Now()
	if ctx.Err() != nil || (err != nil && !errors.Is(err, ErrNoSecret)) {
		c.fpAt = time.Time{} // a cancelled read or a cache problem is not remembered
	}
	c.fpMu.Unlock()
	if err != nil {
		return "", creds{}, err
	}
	return secret, c.credsWith(tokenURL, fp), nil
}

func (c *Client) readSecret(ctx context.Context) (string, error) {
	if c.opts.AuthMethod == AuthMethodPrivateKeyJWT {
		return c.readKey(ctx) // the key is what proves these credentials
	}
	if isTLSMethod(c.opts.AuthMethod) {
		return c.readCert(ctx) // the certificate (its key must match it)
	}
	if c.opts.Secret == nil {
		return "", markErr(ErrNoSecret, sayErr(say(SayNoSecret)))
	}
	s, err := c.opts.Secret(ctx)
	if err != nil {
		return "", markErr(ErrNoSecret, err)
	}
	return s, nil
}

func (c *Client) credsWith(tokenURL, fp string) creds {
	return creds{
		tokenURL: tokenURL,
		key:      credKey(tokenURL, c.opts.ClientID, c.opts.AuthMethod, fp, c.opts.Scopes, c.opts.Params),
		client:   clientKey(tokenURL, c.opts.ClientID),
	}
}

// fingerprint is an HMAC of the secret under the cache's own key.
func (c *Client) fingerprint(secret string) (string, error) {
	key, err := c.store.fingerprintKey()
	if err != nil {
		return "", err
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte(secret))
	m.Write([]byte(c.assertionSettings())) // kid, alg, aud: "" for a shared secret
	return hex.EncodeToString(m.Sum(nil)), nil
}

// fingerprintKey returns the cache's random key, creating it (0600) on
// first use; without a directory, a key that lives as long as the process.
func (s *store) fingerprintKey() ([]byte, error) {
	if s.dir == "" {
		return memoryKey(), nil
	}
	if err := s.init(); err != nil {
		return nil, err
	}
	path := filepath.Join(s.dir, fingerprintKeyName)
	for range 3 {
		if b, err := readRegular(path, 1024); err == nil {
			if k, err := hex.DecodeString(strings.TrimSpace(string(b))); err == nil && len(k) >= 32 {
				return k, nil
			}
			// A broken key file: replace it (old fingerprints just stop matching).
			os.Remove(path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			os.Remove(path) // a link, a FIFO…: never used, replaced
		}
		k := make([]byte, 32)
		if _, err := rand.Read(k); err != nil {
			return nil, err
		}
		// Written whole to a temporary file, then linked into place: a
		// reader never sees a half-written key, and of two processes
		// creating it at once, one wins and the other reads its key.
		tmp := filepath.Join(s.dir, "."+fingerprintKeyName+".tmp-"+hex.EncodeToString(k[:4]))
		if err := atomicfile.Write(tmp, []byte(hex.EncodeToString(k)+"\n"), 0o600); err != nil {
			// A read-only or full cache: nothing will be cached anyway,
			// so this process's own key does.
			return memoryKey(), nil
		}
		err := os.Link(tmp, path)
		os.Remove(tmp)
		if err == nil {
			return k, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return memoryKey(), nil
		}
	}
	return nil, sayErr(say(SayFingerprintKey, s.dir))
}

// freshSecret is how recent a read of the secret must be for a token
// request to use it without reading it again.
const freshSecret = 2 * time.Second
