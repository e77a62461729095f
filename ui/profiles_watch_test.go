package ui

import (
	"strings"
	"testing"
	"time"

	"tokentui/demo"
	"tokentui/profiles"
)

// TestProfilesChangedElsewhere (issue 15, small things): a profile added to
// the file by another process shows in the open TUI after the watch's
// next look; nothing is read in Update (the stat and the load are
// commands).
func TestProfilesChangedElsewhere(t *testing.T) {
	e := newEnv(t)
	t.Setenv("TT_S", demo.ClientSecret)
	f := &profiles.File{Default: "one", Profiles: []profiles.Profile{
		{Name: "one", Issuer: e.sb.IssuerURL, ClientID: demo.ClientID, ClientSecret: "env:TT_S"}}}
	if err := f.Save(e.config); err != nil {
		t.Fatal(err)
	}
	m := e.app(80, 24) // Init's stat sets the mark
	if s := view(m); strings.Contains(s, "other") {
		t.Fatal("the profile shows before it was added")
	}
	time.Sleep(20 * time.Millisecond) // a modification time that differs
	if err := profiles.Update(e.config, func(f *profiles.File) error {
		f.Profiles = append(f.Profiles, profiles.Profile{Name: "other", Issuer: e.sb.IssuerURL,
			ClientID: demo.ReadOnlyClientID, ClientSecret: "env:TT_S"})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	m = settle(t, m, statCmd(e.config)) // what the clock's tick starts
	if s := view(m); !strings.Contains(s, "other") {
		t.Errorf("the profile added elsewhere is not listed:\n%s", s)
	}
}
