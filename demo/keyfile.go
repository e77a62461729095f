package demo

// Keeping the signing key across restarts (Options.KeyFile): tokens the
// sandbox issued keep verifying after it is started again, and the kid
// stays the same.

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// maxKeyFile bounds what is read from a key file: a 4096-bit PKCS#8 key
// in PEM is about 3.3 KB.
const maxKeyFile = 64 << 10

// loadOrCreateKey reads the signing key kept at path, or generates one and
// keeps it there (PEM, PKCS#8, mode 0600, written atomically in a
// directory made 0700). note says what was wrong and what was done about
// it: a file others could read is made private, one that cannot be used
// (unreadable, corrupt, not a regular file, not an RSA key of 2048 bits
// or more) is replaced.
func loadOrCreateKey(path string) (key *signingKey, note string, err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, "", fmt.Errorf("demo: creating the directory of the sandbox's key file: %w", err)
	}
	k, why := readKeyFile(path)
	switch {
	case k != nil && why == "":
		return k, "", nil
	case k != nil: // usable, but others could read it
		if err := os.Chmod(path, 0o600); err != nil {
			return nil, "", fmt.Errorf("demo: the sandbox's key file %s %s, and making it private failed: %w", path, why, err)
		}
		return k, fmt.Sprintf("the sandbox's key file %s %s; it was made private (chmod 600)", path, why), nil
	}
	k, err = newSigningKey()
	if err != nil {
		return nil, "", err
	}
	created, err := writeKeyFile(path, k, why == "")
	if err != nil {
		return nil, "", err
	}
	if !created { // another process created it meanwhile: use theirs
		if theirs, why2 := readKeyFile(path); theirs != nil && why2 == "" {
			return theirs, "", nil
		}
		if _, err := writeKeyFile(path, k, false); err != nil {
			return nil, "", err
		}
	}
	if why != "" {
		note = fmt.Sprintf("the sandbox's key file %s %s; it was replaced by a new key (tokens signed with the old one no longer verify)", path, why)
	}
	return k, note, nil
}

// readKeyFile reads the key at path. why is "" for a key to use as it
// is; with a key, why says others could read it; without one, why the
// file cannot be used ("" when there is no file).
func readKeyFile(path string) (k *signingKey, why string) {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, ""
	case err != nil:
		return nil, "cannot be read (" + err.Error() + ")"
	case !fi.Mode().IsRegular():
		return nil, "is not a regular file"
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, "cannot be read (" + err.Error() + ")"
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxKeyFile+1))
	if err != nil || len(data) > maxKeyFile {
		return nil, "cannot be read or is too large"
	}
	block, _ := pem.Decode(data)
	if block == nil || block.Type != "PRIVATE KEY" {
		return nil, "holds no PEM private key"
	}
	parsed, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, "holds a key that does not parse"
	}
	rk, ok := parsed.(*rsa.PrivateKey)
	if !ok || rk.N.BitLen() < 2048 || rk.Validate() != nil {
		return nil, "holds no usable RSA key of 2048 bits or more"
	}
	k = &signingKey{private: rk, kid: thumbprint(&rk.PublicKey)}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return k, fmt.Sprintf("could be read by others (mode %04o)", perm)
	}
	return k, ""
}

// writeKeyFile writes k to path through a temporary file: linked into
// place only if there is no file yet when onlyNew (created false when
// another process was first), else renamed over what is there.
func writeKeyFile(path string, k *signingKey, onlyNew bool) (created bool, err error) {
	der, err := x509.MarshalPKCS8PrivateKey(k.private)
	if err != nil {
		return false, fmt.Errorf("demo: encoding the sandbox's key: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".sandbox-key-*.tmp")
	if err != nil {
		return false, fmt.Errorf("demo: writing the sandbox's key file: %w", err)
	}
	name := tmp.Name()
	defer os.Remove(name)
	if err := tmp.Chmod(0o600); err == nil {
		err = pem.Encode(tmp, &pem.Block{Type: "PRIVATE KEY", Bytes: der})
		if err == nil {
			err = tmp.Sync()
		}
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return false, fmt.Errorf("demo: writing the sandbox's key file: %w", err)
		}
	} else {
		tmp.Close()
		return false, fmt.Errorf("demo: writing the sandbox's key file: %w", err)
	}
	if onlyNew {
		if err := os.Link(name, path); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return false, nil
			}
			// No hard links here (some file systems): rename instead.
			if err := os.Rename(name, path); err != nil {
				return false, fmt.Errorf("demo: writing the sandbox's key file: %w", err)
			}
		}
		return true, nil
	}
	if err := os.Rename(name, path); err != nil {
		return false, fmt.Errorf("demo: writing the sandbox's key file: %w", err)
	}
	return true, nil
}
