package profilemgr

// Carrying out the list's and the form's requests: planning which
// workspaces the app rebuilds, drops and shows (effects.go), deleting,
// making default (in the file, or in memory before it exists), testing a
// saved profile's credentials.

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/text/i18n"
)

// build runs the factory; a profile it cannot build still shows, with the
// problem where its token would be.
func (m Model) build(p profiles.Profile, temporary bool) Profile {
	detail := p.Issuer
	if detail == "" {
		detail = p.TokenURL
	}
	up := Profile{Problem: i18n.T(m.Lang, i18n.ProfileNoticeNoFactory)}
	if m.opts.NewProfile != nil {
		var err error
		up, err = m.opts.NewProfile(p, temporary)
		if err != nil && up.Problem == "" {
			up.Problem = err.Error()
		}
	}
	up.Name, up.Config, up.Temporary = p.Name, p, temporary
	if up.Detail == "" {
		up.Detail = detail
	}
	return up
}

// applyProfiles makes the component match a new list of saved profiles
// and plans the app's side: new and changed ones get a new workspace,
// removed ones lose theirs, unchanged ones keep theirs (and their token on
// screen); temporary profiles stay.
func (m *Model) applyProfiles(msg ProfilesChangedMsg, pl *plan) {
	old := map[string]Profile{}
	for _, e := range m.entries {
		old[e.Name] = e
	}
	var next []Profile
	names := map[string]bool{}
	for _, p := range msg.Profiles {
		names[p.Name] = true
		if o, ok := old[p.Name]; ok && !o.Temporary && reflect.DeepEqual(o.Config, p) && pl.has[p.Name] && p.Name != msg.Fetch {
			next = append(next, o)
			continue
		}
		up := m.build(p, false)
		pl.install(up, p.Name == msg.Fetch)
		next = append(next, up)
	}
	for _, e := range m.entries {
		if e.Temporary && !names[e.Name] {
			next = append(next, e)
			names[e.Name] = true
		}
	}
	for _, e := range m.entries {
		if !names[e.Name] {
			pl.remove(e.Name)
		}
	}
	m.entries, m.def = next, msg.Default
	m.afterChange(msg.Active, pl)
}

// afterChange refreshes the list and plans to show active, giving the tab
// the keyboard; with active "" it keeps the profile shown (or the first
// one when that one is gone) and the focus where it is.
func (m *Model) afterChange(active string, pl *plan) {
	m.list.SetItems(m.listItems())
	show := active != "" && pl.has[active]
	switch {
	case show:
	case pl.has[pl.active]:
		active = pl.active
	case len(m.entries) > 0:
		active = m.entries[0].Name
	default:
		active = ""
	}
	pl.show(active, show)
}

// addTemporary puts a session-only profile in the list (in place of
// oldName when it was edited) and plans to show it, getting its token.
func (m *Model) addTemporary(p profiles.Profile, oldName string, pl *plan) {
	up := m.build(p, true)
	var next []Profile
	replaced := false
	for _, e := range m.entries {
		if oldName != "" && e.Name == oldName {
			next = append(next, up)
			replaced = true
			continue
		}
		next = append(next, e)
	}
	if !replaced {
		next = append(next, up)
	}
	if oldName != "" && oldName != p.Name {
		pl.remove(oldName)
	}
	m.entries = next
	pl.install(up, true)
	m.afterChange(p.Name, pl)
}

// deleteProfile removes a profile: from memory for a temporary one or
// before the file exists, else from the file.
func (m *Model) deleteProfile(name string, s Snapshot) tea.Cmd {
	e, ok := m.Entry(name)
	if !ok {
		return nil
	}
	if e.Temporary || m.firstRun || !m.persist() {
		m.entries = slices.DeleteFunc(slices.Clone(m.entries), func(x Profile) bool { return x.Name == name })
		pl := newPlan(s)
		pl.remove(name)
		if m.def == name && !e.Temporary {
			m.def = ""
		}
		m.afterChange("", pl)
		return pl.cmd()
	}
	lang, gone := m.Lang, i18n.Format(m.Lang, i18n.ProfileNoticeGone)
	inKeyring := false // set by the write, read once it is done, both in the command
	write := updateFileCmd(m.opts.Path, i18n.T(lang, i18n.ProfileNoticeDelete, name), func(f *profiles.File) error {
		i := slices.IndexFunc(f.Profiles, func(p profiles.Profile) bool { return p.Name == name })
		if i < 0 {
			return fmt.Errorf(gone, name, profiles.ErrNoProfile)
		}
		inKeyring = f.Profiles[i].ClientSecret == profiles.RefKeyring
		f.Profiles = slices.Delete(f.Profiles, i, i+1)
		if f.Default == name {
			f.Default = ""
		}
		return nil
	})
	return func() tea.Msg {
		msg := write().(ProfilesChangedMsg)
		if msg.Err == nil && inKeyring {
			// the profile is gone either way; a keyring entry left behind is only warned about
			if err := profiles.DeleteKeyringSecret(name); err != nil {
				msg.Warning = i18n.WarnKeyringLeftRemoved(lang, name, err)
			}
		}
		return msg
	}
}

// makeDefault sets the default profile: in memory before the file exists
// (it is written with the first save), else in the file.
func (m *Model) makeDefault(name string) tea.Cmd {
	e, ok := m.Entry(name)
	switch {
	case !ok:
		return nil
	case e.Temporary:
		m.notice = &notice{title: i18n.T(m.Lang, i18n.ProfileNoticeNotDefault), lines: []string{
			i18n.T(m.Lang, i18n.ProfileNoticeTempDefault, name), "", i18n.T(m.Lang, i18n.ProfileNoticeTempDefHint)}}
		return nil
	case profiles.IsUnfilledTemplate(e.Config):
		m.notice = &notice{title: i18n.T(m.Lang, i18n.ProfileNoticeNotDefault), lines: []string{
			i18n.T(m.Lang, i18n.ProfileNoticeTmplDefault, name), "", i18n.T(m.Lang, i18n.ProfileNoticeTmplDefHint)}}
		return nil
	case m.firstRun || !m.persist():
		m.def = name
		m.list.SetItems(m.listItems())
		return nil
	}
	return updateFileCmd(m.opts.Path, i18n.T(m.Lang, i18n.ProfileNoticeMakeDefault, name), func(f *profiles.File) error {
		if _, err := f.Find(name); err != nil {
			return err
		}
		f.Default = name
		return nil
	})
}

// updateFileCmd changes the profiles file through profiles.Update (locked,
// atomic, never over a file that does not load) and reports the result.
func updateFileCmd(path, what string, fn func(*profiles.File) error) tea.Cmd {
	return func() tea.Msg {
		var out profiles.File
		err := profiles.Update(path, func(f *profiles.File) error {
			if err := fn(f); err != nil {
				return err
			}
			out = profiles.File{Default: f.Default, Profiles: slices.Clone(f.Profiles)}
			return nil
		})
		if err != nil {
			return ProfilesChangedMsg{What: what, Err: err}
		}
		return ProfilesChangedMsg{Profiles: out.Profiles, Default: out.Default, What: what}
	}
}

// testProfile runs the diagnose checks of a profile with its own client
// (a valid cached token is not replaced) and shows them.
func (m *Model) testProfile(name string) tea.Cmd {
	e, ok := m.Entry(name)
	if !ok {
		return nil
	}
	title := m.testTitle(name)
	d, can := e.Client.(diagnoser)
	if !can {
		why := e.Problem
		if why == "" {
			why = i18n.T(m.Lang, i18n.ProfileFormCannotRun)
		}
		m.notice = &notice{title: title, lines: []string{why}}
		return nil
	}
	if m.cancel != nil {
		m.cancel()
	}
	m.testSeq++
	seq := m.testSeq
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	m.cancel = cancel
	m.notice = &notice{title: title, pending: true, lines: []string{i18n.T(m.Lang, i18n.ProfileNoticeTesting)}}
	return func() tea.Msg {
		defer cancel()
		return DiagnosedMsg{Seq: seq, Name: name, Report: d.Diagnose(ctx, false)}
	}
}
