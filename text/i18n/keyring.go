package i18n

import (
	"errors"

	"tokentui/profiles"
	"tokentui/text/inert"
)

// WarnKeyringLeftRemoved is the warning, in lang, that profile name was removed
// but its keyring entry was not: err is what profiles.DeleteKeyringSecret
// returned. It names the entry and a command line that deletes it by hand.
func WarnKeyringLeftRemoved(lang Lang, name string, err error) string {
	return T(lang, KeyringLeftRemoved, name, keyringReason(lang, err), name, profiles.KeyringDeleteCommand(name))
}

// WarnKeyringLeftRenamed is the warning, in lang, that profile oldName became
// newName but the keyring entry under oldName was not deleted.
func WarnKeyringLeftRenamed(lang Lang, oldName, newName string, err error) string {
	return T(lang, KeyringLeftRenamed, oldName, newName, keyringReason(lang, err), oldName, profiles.KeyringDeleteCommand(oldName))
}

// keyringReason says why the delete failed: no keyring service (no D-Bus
// session, or no answer in time), or the keyring's own error, made inert.
func keyringReason(lang Lang, err error) string {
	if errors.Is(err, profiles.ErrKeyringUnavailable) {
		return T(lang, KeyringNoService)
	}
	if cause := errors.Unwrap(err); cause != nil {
		err = cause // DeleteKeyringSecret's own words repeat what the warning says
	}
	return inert.String(err.Error())
}
