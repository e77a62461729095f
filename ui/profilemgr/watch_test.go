package profilemgr

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tokentui/profiles"
)

// TestProfilesChangedElsewhere (issue 15, small things): a profile added to
// the file by another process joins the list after the watch's next look,
// and gets a workspace; nothing is read in Update (the stat and the load
// are commands).
func TestProfilesChangedElsewhere(t *testing.T) {
	path := filepath.Join(t.TempDir(), "profiles.yaml")
	one := profiles.Profile{Name: "one", Issuer: "https://idp.example", ClientID: "c", ClientSecret: "env:TT_S"}
	f := &profiles.File{Default: "one", Profiles: []profiles.Profile{one}}
	if err := f.Save(path); err != nil {
		t.Fatal(err)
	}
	m := New(testCommon(), Options{Profiles: []Profile{{Name: "one", Config: one}}, Active: "one", Default: "one", Path: path})
	m.SetSize(30, 20, 100, 20)
	s := app("one", "one")
	checkSteps(t, "the first stamp", run(t, &m, s, m.Init()), "") // the mark
	if m.Tick(time.Unix(1, 0)) != nil {
		t.Error("the watch looks at the file every second; every other one is enough")
	}

	// a profile more: the file's size differs, whatever its modification time
	if err := profiles.Update(path, func(f *profiles.File) error {
		f.Profiles = append(f.Profiles, profiles.Profile{Name: "other", Issuer: "https://idp.example", ClientID: "d", ClientSecret: "env:TT_S"})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// one is unchanged: it keeps its workspace, and stays shown
	// (the tick starts the stat)
	checkSteps(t, "the change elsewhere", run(t, &m, s, m.Tick(time.Unix(2, 0))), `install other; show "one"`)
	if s := m.ListView(nil); !strings.Contains(s, "other") || !strings.Contains(s, "one") {
		t.Errorf("the list after the change:\n%s", s)
	}
}
