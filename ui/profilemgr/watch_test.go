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
	h := newFakeHost("one")
	m := New(testCommon(), Options{Profiles: []Profile{{Name: "one", Config: one}}, Active: "one", Default: "one", Path: path})
	m.SetSize(30, 20, 100, 20)
	run(t, &m, h, m.Init()) // the mark
	if len(h.installed) != 0 {
		t.Fatalf("the first stamp rebuilt %v", h.installed)
	}
	if m.Tick(time.Unix(1, 0)) != nil {
		t.Error("the watch looks at the file every second; every other one is enough")
	}

	time.Sleep(20 * time.Millisecond) // a modification time that differs
	if err := profiles.Update(path, func(f *profiles.File) error {
		f.Profiles = append(f.Profiles, profiles.Profile{Name: "other", Issuer: "https://idp.example", ClientID: "d", ClientSecret: "env:TT_S"})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	run(t, &m, h, m.Tick(time.Unix(2, 0))) // what the clock's tick starts
	if strings.Join(h.installed, ",") != "other" {
		t.Errorf("installed %v, want the new profile only (one is unchanged: it keeps its workspace)", h.installed)
	}
	if s := m.ListView(nil); !strings.Contains(s, "other") || !strings.Contains(s, "one") {
		t.Errorf("the list after the change:\n%s", s)
	}
	if h.active != "one" {
		t.Errorf("the change elsewhere moved the app to %q", h.active)
	}
}
