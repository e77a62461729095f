package profiles

import (
	"os"
	"path/filepath"
	"strings"
)

// DefaultPath returns where the profiles file lives when --config is not
// given: $TOKENTUI_CONFIG when set, else $XDG_CONFIG_HOME/tokentui/profiles.yaml,
// else ~/.config/tokentui/profiles.yaml.
func DefaultPath() string {
	if p := os.Getenv("TOKENTUI_CONFIG"); p != "" {
		return p
	}
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" || !filepath.IsAbs(dir) { // the XDG spec says relative values are ignored
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "tokentui", "profiles.yaml")
}

// expandHome turns a leading "~" or "~/" into the user's home directory.
func expandHome(p string) string {
	if p != "~" && !strings.HasPrefix(p, "~/") {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return p
	}
	return filepath.Join(home, strings.TrimPrefix(p, "~"))
}
