package i18n

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"tokentui/profiles"
)

func TestKeyringLeft(t *testing.T) {
	unavailable := fmt.Errorf("cannot delete the secret: %w", fmt.Errorf("%w: no D-Bus session", profiles.ErrKeyringUnavailable))
	locked := fmt.Errorf("cannot delete the secret of profile %q: %w", "kr", errors.New("the collection is locked\x1b[31m"))
	for _, tc := range []struct {
		name string
		got  string
		want []string
	}{
		{"removed, no service", WarnKeyringLeftRemoved(En, "kr", unavailable),
			[]string{`profile "kr" was removed`, "no keyring service answered", `service "tokentui", user "kr"`, profiles.KeyringDeleteCommand("kr")}},
		{"removed, pt-BR", WarnKeyringLeftRemoved(PtBR, "kr", unavailable),
			[]string{`o perfil "kr" foi removido`, "nenhum serviço de chaveiro respondeu", `usuário "kr"`}},
		{"renamed, keyring error", WarnKeyringLeftRenamed(En, "old", "new", locked),
			[]string{`profile "old" is now "new"`, "(the collection is locked)", `user "old"`, profiles.KeyringDeleteCommand("old")}},
	} {
		for _, w := range tc.want {
			if !strings.Contains(tc.got, w) {
				t.Errorf("%s: %q lacks %q", tc.name, tc.got, w)
			}
		}
		if strings.Contains(tc.got, "\x1b") {
			t.Errorf("%s: %q holds an escape", tc.name, tc.got)
		}
	}
}
