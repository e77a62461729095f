package profiles

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestCheckExposure(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("mode bits")
	}
	path := filepath.Join(t.TempDir(), "my profiles.yaml")
	literal := &File{Profiles: []Profile{{Name: "a", ClientSecret: "env:X"}, {Name: "b", ClientSecret: "s3cret"}}}
	refs := &File{Profiles: []Profile{{Name: "a", ClientSecret: "env:X"}, {Name: "c", ClientSecret: "keyring"}}}
	for _, tc := range []struct {
		mode os.FileMode
		f    *File
		want bool
	}{
		{0o644, literal, true}, {0o640, literal, true}, {0o604, literal, true},
		{0o600, literal, false}, {0o644, refs, false}, {0o620, literal, false},
	} {
		if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		os.Chmod(path, tc.mode)
		e, got := CheckExposure(path, tc.f)
		if got != tc.want {
			t.Errorf("mode %04o: exposed = %v, want %v", tc.mode, got, tc.want)
		}
		if got && (len(e.Profiles) != 1 || e.Profiles[0] != "b" || e.Fix() != "chmod 600 '"+path+"'") {
			t.Errorf("mode %04o: %+v, fix %q", tc.mode, e, e.Fix())
		}
	}
}
