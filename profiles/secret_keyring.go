package profiles

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/zalando/go-keyring"
)

// KeyringService is the keyring service under which secrets are stored;
// the user is the profile name.
const KeyringService = "tokentui"

// keyringTimeout bounds a keyring call: a keyring that is locked or has no
// service behind it must not hang the app.
var keyringTimeout = 3 * time.Second // a variable so that tests need not wait the real 3 s

// keyringCheck reports why no keyring can be used here, or nil. A variable
// so that tests can pretend.
var keyringCheck = func() error {
	switch runtime.GOOS {
	case "darwin", "windows":
		return nil
	}
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		return &codedError{text: txt(CodeNoDBus)}
	}
	return nil
}

// keyringCall runs fn with a timeout; fn may keep running in the
// background after a timeout (go-keyring has no cancellation), but the
// caller does not wait for it.
func keyringCall(ctx context.Context, fn func() (string, error)) (string, error) {
	if err := keyringCheck(); err != nil {
		return "", &codedError{text: txt(CodeKeyringDown, textOf(err)), kind: ErrKeyringUnavailable, err: err}
	}
	ctx, cancel := context.WithTimeout(ctx, keyringTimeout)
	defer cancel()
	type result struct {
		s   string
		err error
	}
	ch := make(chan result, 1)
	go func() {
		s, err := fn()
		ch <- result{s, err}
	}()
	select {
	case r := <-ch:
		return r.s, r.err
	case <-ctx.Done():
		return "", &codedError{text: txt(CodeKeyringDown, txt(CodeKeyringSlow, keyringTimeout)), kind: ErrKeyringUnavailable}
	}
}

func resolveKeyring(ctx context.Context, p Profile, fail failFunc) (string, error) {
	s, err := keyringCall(ctx, func() (string, error) { return keyring.Get(KeyringService, p.Name) })
	switch {
	case errors.Is(err, ErrKeyringUnavailable):
		var ce *codedError
		if errors.As(err, &ce) {
			return fail(ErrKeyringUnavailable, ce.text, txt(HintNoKeyring), err)
		}
		return fail(ErrKeyringUnavailable, txt(CodeKeyringFailed, err), txt(HintNoKeyring), err)
	case errors.Is(err, keyring.ErrNotFound):
		return fail(ErrSecretMissing, txt(CodeKeyringNone, KeyringService, p.Name), txt(HintStoreFromEditor), err)
	case err != nil:
		return fail(ErrKeyringUnavailable, txt(CodeKeyringFailed, err), txt(HintNoKeyring), err)
	case s == "":
		return fail(ErrSecretMissing, txt(CodeKeyringEmpty), txt(HintStoreAgain), nil)
	}
	return s, nil
}

// SetKeyringSecret stores secret in the system keyring for profile (service
// "tokentui", user = profile), for a profile whose client_secret is
// "keyring". It fails within a few seconds where no keyring service runs.
func SetKeyringSecret(profile, secret string) error {
	if profile == "" || secret == "" {
		return &SecretError{Profile: profile, Ref: txt(RefAsIs, RefKeyring), Kind: ErrSecretMissing,
			Msg: txt(CodeKeyringArgs), Hint: txt(HintFillBoth)}
	}
	_, err := keyringCall(context.Background(), func() (string, error) {
		return "", keyring.Set(KeyringService, profile, secret)
	})
	if err != nil {
		kind := ErrKeyringUnavailable
		return &SecretError{Profile: profile, Ref: txt(RefAsIs, RefKeyring), Kind: kind,
			Msg: txt(CodeKeyringStore, textOf(err)), Hint: txt(HintNoKeyring), Err: err}
	}
	return nil
}

// DeleteKeyringSecret removes the secret of profile from the system keyring
// (service "tokentui", user = profile), for a profile whose client_secret
// is "keyring" that is removed or renamed. An entry that is not there is
// not an error. Like SetKeyringSecret it fails within a few seconds where
// no keyring service runs; the error then wraps ErrKeyringUnavailable.
func DeleteKeyringSecret(profile string) error {
	if profile == "" {
		return nil // nothing is stored under no name
	}
	_, err := keyringCall(context.Background(), func() (string, error) {
		return "", keyring.Delete(KeyringService, profile)
	})
	if err == nil || errors.Is(err, keyring.ErrNotFound) {
		return nil
	}
	return fmt.Errorf("cannot delete the secret of profile %q from the keyring (service %q, user %q): %w",
		profile, KeyringService, profile, err)
}

// KeyringDeleteCommand returns a command line that deletes the keyring
// entry of profile by hand on this platform, for a warning after
// DeleteKeyringSecret failed.
func KeyringDeleteCommand(profile string) string {
	switch runtime.GOOS {
	case "darwin":
		return "security delete-generic-password -s " + KeyringService + " -a " + shellQuote(profile)
	case "windows":
		return `cmdkey /delete:"` + KeyringService + ":" + profile + `"`
	}
	return "secret-tool clear service " + KeyringService + " username " + shellQuote(profile)
}
