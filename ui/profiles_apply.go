package ui

// Carrying out the list's and the form's requests: rebuilding workspaces,
// deleting, making default (in the file, or in memory before it exists),
// testing a saved profile's credentials.

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// build runs the factory; a profile it cannot build still shows, with the
// problem where its token would be.
func (m Model) build(p profiles.Profile, temporary bool) Profile {
	detail := p.Issuer
	if detail == "" {
		detail = p.TokenURL
	}
	up := Profile{Problem: i18n.T(m.opts.Lang, i18n.ProfileNoticeNoFactory)}
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

// install puts a fresh workspace for p in place of any old one; fetch gets
// a token at once.
func (m *Model) install(p Profile, fetch bool) tea.Cmd {
	if old, ok := m.spaces[p.Name]; ok {
		old.cancelAll()
	}
	opts := m.opts
	opts.AutoFetch, opts.Active = fetch, p.Name
	w := newWorkspace(common.Common{Styles: m.styles, Lang: m.opts.Lang}, p, opts)
	m.spaces[p.Name] = w
	rw, rh := m.rightSize()
	w.setSize(rw, rh-tabLines)
	return w.init()
}

// applyProfiles makes the app match a new list of saved profiles: new and
// changed ones get a new workspace, removed ones lose theirs, unchanged
// ones keep theirs (and their token on screen); temporary profiles stay.
func (m *Model) applyProfiles(msg ProfilesChangedMsg) tea.Cmd {
	old := map[string]Profile{}
	for _, e := range m.pm.entries {
		old[e.Name] = e
	}
	var next []Profile
	var cmds []tea.Cmd
	names := map[string]bool{}
	for _, p := range msg.Profiles {
		names[p.Name] = true
		if o, ok := old[p.Name]; ok && !o.Temporary && reflect.DeepEqual(o.Config, p) && m.spaces[p.Name] != nil && p.Name != msg.Fetch {
			next = append(next, o)
			continue
		}
		up := m.build(p, false)
		cmds = append(cmds, m.install(up, p.Name == msg.Fetch))
		next = append(next, up)
	}
	for _, e := range m.pm.entries {
		if e.Temporary && !names[e.Name] {
			next = append(next, e)
			names[e.Name] = true
		}
	}
	for name, w := range m.spaces {
		if !names[name] {
			w.cancelAll()
			delete(m.spaces, name)
		}
	}
	m.pm.entries, m.pm.def = next, msg.Default
	return tea.Batch(append(cmds, m.afterChange(msg.Active))...)
}

// afterChange refreshes the list and shows active, giving the tab the
// keyboard; with active "" it keeps the profile shown (or the first one
// when that one is gone) and the focus where it is.
func (m *Model) afterChange(active string) tea.Cmd {
	m.list.SetItems(m.listItems())
	show := active != "" && m.spaces[active] != nil
	switch {
	case show:
	case m.spaces[m.active] != nil:
		active = m.active
	case len(m.pm.entries) > 0:
		active = m.pm.entries[0].Name
	default:
		m.active = ""
		m.list.SetActive("")
		return nil
	}
	if show {
		m.focus = focusTab
	}
	if active != m.active {
		return m.activate(active) // also moves the panes' clocks and sets the focus
	}
	return m.setFocus(m.focus)
}

// addTemporary puts a session-only profile in the list (in place of
// oldName when it was edited) and shows it, getting its token.
func (m *Model) addTemporary(p profiles.Profile, oldName string) tea.Cmd {
	up := m.build(p, true)
	var next []Profile
	replaced := false
	for _, e := range m.pm.entries {
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
		if w, ok := m.spaces[oldName]; ok {
			w.cancelAll()
			delete(m.spaces, oldName)
		}
	}
	m.pm.entries = next
	cmd := m.install(up, true)
	return tea.Batch(cmd, m.afterChange(p.Name))
}

// deleteProfile removes a profile: from memory for a temporary one or
// before the file exists, else from the file.
func (m *Model) deleteProfile(name string) tea.Cmd {
	e, ok := m.entry(name)
	if !ok {
		return nil
	}
	if e.Temporary || m.pm.firstRun || !m.persist() {
		m.pm.entries = slices.DeleteFunc(slices.Clone(m.pm.entries), func(x Profile) bool { return x.Name == name })
		if w, ok := m.spaces[name]; ok {
			w.cancelAll()
			delete(m.spaces, name)
		}
		if m.pm.def == name && !e.Temporary {
			m.pm.def = ""
		}
		return m.afterChange("")
	}
	lang, gone := m.opts.Lang, i18n.Format(m.opts.Lang, i18n.ProfileNoticeGone)
	inKeyring := false // set by the write, read once it is done, both in the command
	write := updateFileCmd(m.opts.ProfilesPath, i18n.T(lang, i18n.ProfileNoticeDelete, name), func(f *profiles.File) error {
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
	e, ok := m.entry(name)
	switch {
	case !ok:
		return nil
	case e.Temporary:
		m.pm.notice = &notice{title: i18n.T(m.opts.Lang, i18n.ProfileNoticeNotDefault), lines: []string{
			i18n.T(m.opts.Lang, i18n.ProfileNoticeTempDefault, name), "", i18n.T(m.opts.Lang, i18n.ProfileNoticeTempDefHint)}}
		return nil
	case profiles.IsUnfilledTemplate(e.Config):
		m.pm.notice = &notice{title: i18n.T(m.opts.Lang, i18n.ProfileNoticeNotDefault), lines: []string{
			i18n.T(m.opts.Lang, i18n.ProfileNoticeTmplDefault, name), "", i18n.T(m.opts.Lang, i18n.ProfileNoticeTmplDefHint)}}
		return nil
	case m.pm.firstRun || !m.persist():
		m.pm.def = name
		m.list.SetItems(m.listItems())
		return nil
	}
	return updateFileCmd(m.opts.ProfilesPath, i18n.T(m.opts.Lang, i18n.ProfileNoticeMakeDefault, name), func(f *profiles.File) error {
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
	e, ok := m.entry(name)
	if !ok {
		return nil
	}
	title := m.testTitle(name)
	d, can := e.Client.(diagnoser)
	if !can {
		why := e.Problem
		if why == "" {
			why = i18n.T(m.opts.Lang, i18n.ProfileFormCannotRun)
		}
		m.pm.notice = &notice{title: title, lines: []string{why}}
		return nil
	}
	if m.pm.cancel != nil {
		m.pm.cancel()
	}
	m.pm.testSeq++
	seq := m.pm.testSeq
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	m.pm.cancel = cancel
	m.pm.notice = &notice{title: title, pending: true, lines: []string{i18n.T(m.opts.Lang, i18n.ProfileNoticeTesting)}}
	return func() tea.Msg {
		defer cancel()
		return DiagnosedMsg{Seq: seq, Name: name, Report: d.Diagnose(ctx, false)}
	}
}
