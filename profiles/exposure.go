package profiles

import (
	"io/fs"
	"os"
	"runtime"
)

// Exposure is a profiles file that holds a client secret in clear (a
// literal client_secret) and that users other than its owner can read.
type Exposure struct {
	Path     string      // the profiles file
	Mode     fs.FileMode // its permission bits
	Profiles []string    // the profiles whose secret is written in it
}

// Fix is the command that makes the file readable by its owner only.
func (e Exposure) Fix() string { return "chmod 600 " + shellQuote(e.Path) }

// CheckExposure reports whether the profiles file at path, which holds f,
// gives a literal secret away: one of f's profiles has one, and the file
// is readable by its group or by others. (A file: secret that others can
// read is refused when it is resolved; a literal one cannot be, so it is
// warned about wherever the file is read.) Windows, whose permissions are
// not mode bits, is not checked.
func CheckExposure(path string, f *File) (Exposure, bool) {
	if f == nil || runtime.GOOS == "windows" {
		return Exposure{}, false
	}
	var names []string
	for _, p := range f.Profiles {
		if IsLiteralSecret(p.ClientSecret) || IsLiteralSecret(p.ClientKey) {
			names = append(names, p.Name)
		}
	}
	if len(names) == 0 {
		return Exposure{}, false
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm()&0o044 == 0 {
		return Exposure{}, false
	}
	return Exposure{Path: path, Mode: info.Mode().Perm(), Profiles: names}, true
}
