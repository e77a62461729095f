package profiles

import (
	"fmt"
	"os"
	"strings"
)

func resolveFile(p Profile, path string, fail failFunc) (string, error) {
	if path == "" {
		return fail(ErrSecretMissing, "file: names no file", "write file:PATH, e.g. file:~/.config/tokentui/"+p.Name+".secret", nil)
	}
	full := expandHome(path)
	info, err := os.Stat(full)
	if err != nil {
		return fail(ErrSecretMissing, fmt.Sprintf("cannot read %s: %v", full, err),
			fmt.Sprintf("put the secret in %s (readable only by you: chmod 600 %s)", full, shellQuote(full)), err)
	}
	if info.IsDir() {
		return fail(ErrSecretMissing, full+" is a directory", "point file: at the file holding the secret", nil)
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		return fail(ErrSecretInsecure,
			fmt.Sprintf("%s can be read by other users (mode %04o), so tokentui will not use it", full, perm),
			"run: chmod 600 "+shellQuote(full), nil)
	}
	data, err := os.ReadFile(full)
	if err != nil {
		return fail(ErrSecretMissing, fmt.Sprintf("cannot read %s: %v", full, err), "check the file's owner and permissions", err)
	}
	s := strings.TrimRight(string(data), "\r\n")
	if s == "" {
		return fail(ErrSecretMissing, full+" is empty", "write the client secret into it", nil)
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
