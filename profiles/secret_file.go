package profiles

import (
	"os"
	"strings"
)

func resolveFile(p Profile, path string, fail failFunc) (string, error) {
	if path == "" {
		return fail(ErrSecretMissing, txt(CodeFileNoName), txt(HintWriteFile, p.Name), nil)
	}
	full := expandHome(path)
	info, err := os.Stat(full)
	if err != nil {
		return fail(ErrSecretMissing, txt(CodeFileUnreadable, full, err), txt(HintPutSecret, full, shellQuote(full)), err)
	}
	if info.IsDir() {
		return fail(ErrSecretMissing, txt(CodeFileIsDir, full), txt(HintPointFile), nil)
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		return fail(ErrSecretInsecure, txt(CodeFileOpen, full, perm), txt(HintChmod, shellQuote(full)), nil)
	}
	data, err := os.ReadFile(full)
	if err != nil {
		return fail(ErrSecretMissing, txt(CodeFileUnreadable, full, err), txt(HintCheckOwner), err)
	}
	s := strings.TrimRight(string(data), "\r\n")
	if s == "" {
		return fail(ErrSecretMissing, txt(CodeFileEmpty, full), txt(HintWriteSecret), nil)
	}
	return s, nil
}

// shellQuote quotes s for a POSIX shell when it needs quoting.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+~:@,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
