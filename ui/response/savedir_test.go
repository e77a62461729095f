package response

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSaveGoesHome (issue 15, small things): S proposes the download
// folder ($XDG_DOWNLOAD_DIR) or ~, not the folder the TUI started in, and
// the notice says where the body went.
func TestSaveGoesHome(t *testing.T) {
	env := map[string]string{"HOME": "/home/ana"}
	get := func(k string) string { return env[k] }
	if got := saveDir(get); got != "~" {
		t.Errorf("no download dir: %q, want ~", got)
	}
	env["XDG_DOWNLOAD_DIR"] = "/home/ana/Downloads"
	if got := saveDir(get); got != "~/Downloads" {
		t.Errorf("XDG_DOWNLOAD_DIR: %q, want ~/Downloads", got)
	}

	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DOWNLOAD_DIR", "")
	m := newModel(t, ColorNone, 80, 12, jsonResponse(200, `{"a":1}`))
	m = press(t, m, "S")
	if v := m.PromptValue(); !strings.HasPrefix(v, "~/tokentui-body-") {
		t.Fatalf("S proposes %q, want ~/tokentui-body-…", v)
	}
	m = press(t, m, "enter")
	files, _ := filepath.Glob(filepath.Join(home, "tokentui-body-*.json"))
	if len(files) != 1 {
		t.Fatalf("saved files in HOME: %v", files)
	}
	if s := m.View(); !strings.Contains(strings.Join(strings.Fields(s), ""), strings.Join(strings.Fields("body saved to "+home), "")) {
		t.Errorf("the notice does not say where:\n%s", s)
	}
	_ = os.Remove(files[0])
}
