package common

import (
	"errors"

	"tokentui/profiles"
	"tokentui/ui/i18n"
	"tokentui/ui/inert"
)

// KeyringLeftRemoved is the warning, in lang, that profile name was removed
// but its keyring entry was not: err is what profiles.DeleteKeyringSecret
// returned. It names the entry and a command line that deletes it by hand.
func KeyringLeftRemoved(lang i18n.Lang, name string, err error) string {
	return i18n.T(lang, i18n.KeyringLeftRemoved, name, keyringReason(lang, err), name, profiles.KeyringDeleteCommand(name))
}

// KeyringLeftRenamed is the warning, in lang, that profile oldName became
// newName but the keyring entry under oldName was not deleted.
func KeyringLeftRenamed(lang i18n.Lang, oldName, newName string, err error) string {
	return i18n.T(lang, i18n.KeyringLeftRenamed, oldName, newName, keyringReason(lang, err), oldName, profiles.KeyringDeleteCommand(oldName))
}

// keyringReason says why the delete failed: no keyring service (no D-Bus
// session, or no answer in time), or the keyring's own error, made inert.
func keyringReason(lang i18n.Lang, err error) string {
	if errors.Is(err, profiles.ErrKeyringUnavailable) {
		return i18n.T(lang, i18n.KeyringNoService)
	}
	if cause := errors.Unwrap(err); cause != nil {
		err = cause // DeleteKeyringSecret's own words repeat what the warning says
	}
	return inert.String(err.Error())
}
