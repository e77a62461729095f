package ui

// Managing profiles from the TUI: the list asks (add, edit, delete, make
// default, test), the form edits, and the root carries out: it writes the
// profiles file through package profiles in commands, then rebuilds the
// workspaces of the profiles that changed with the factory main gave it
// (Options.NewProfile), so this package never builds an auth client.

import (
	"context"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/profileform"
	"tokentui/ui/profilelist"
)

// NewProfileFunc builds the app's view of a profile — its auth client and
// whatever the panes need — from the profile as written in the file.
// temporary asks for a profile kept only in memory: its tokens are cached
// in memory only. It never makes a network request.
type NewProfileFunc func(p profiles.Profile, temporary bool) (Profile, error)

// ProfilesChangedMsg says the saved profiles changed (in the file, or in
// memory on first run before the file exists): the root rebuilds the list
// and the workspaces of the profiles that changed. With Err set nothing
// changed and the root says why.
type ProfilesChangedMsg struct {
	Profiles []profiles.Profile
	Default  string
	Active   string // the profile to show; "" keeps the one shown
	Fetch    string // a profile that gets a token at once (the one just saved)
	What     string // what was asked, in the user's language, for the message when Err is set
	Err      error
	Warning  string // the change was made, but something was left behind (a keyring entry): said in a notice
}

// DiagnosedMsg carries the test of a profile's credentials asked from the
// list.
type DiagnosedMsg struct {
	Seq    int
	Name   string
	Report auth.Report
}

// diagnoser is the part of *auth.Client that runs the diagnose checks.
type diagnoser interface {
	Diagnose(ctx context.Context, fresh bool) auth.Report
}

// profileState is the root's profile bookkeeping.
type profileState struct {
	entries  []Profile // every profile, in list order (saved ones, then temporary ones)
	def      string    // the default profile
	firstRun bool      // no file yet: the presets live in memory until a save
	formOpen bool
	form     profileform.Model
	formSeq  int
	notice   *notice // a message or a test report over the body
	testSeq  int
	cancel   context.CancelFunc // the test in flight
}

// notice is a framed message in place of the body: an error about the file,
// or the credentials test of a profile.
type notice struct {
	title   string
	lines   []string
	report  *auth.Report
	pending bool
	offset  int
}

func newProfileState(opts Options) profileState {
	ps := profileState{def: opts.Default, firstRun: opts.FirstRun}
	for _, p := range opts.Profiles {
		if p.Config.Name == "" {
			p.Config.Name = p.Name
		}
		ps.entries = append(ps.entries, p)
	}
	return ps
}

// persist reports whether profiles are written to a file (not in the demo).
func (m Model) persist() bool { return m.opts.ProfilesPath != "" }

func (m Model) entry(name string) (Profile, bool) {
	for _, e := range m.pm.entries {
		if e.Name == name {
			return e, true
		}
	}
	return Profile{}, false
}

// saved returns the profiles that belong in the file, and its default.
func (m Model) saved() []profiles.Profile {
	var out []profiles.Profile
	for _, e := range m.pm.entries {
		if !e.Temporary {
			out = append(out, e.Config)
		}
	}
	return out
}

func (m Model) listItems() []profilelist.Item {
	items := make([]profilelist.Item, 0, len(m.pm.entries))
	for _, e := range m.pm.entries {
		items = append(items, profilelist.Item{
			Name: e.Name, Detail: e.Detail, Default: !e.Temporary && e.Name == m.pm.def,
			Template: profiles.IsUnfilledTemplate(e.Config), Temporary: e.Temporary,
		})
	}
	return items
}

// updateProfiles handles the messages about profiles; ok is false for
// every other message.
func (m Model) updateProfiles(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case profilelist.AddMsg:
		return m, m.openForm(profiles.Profile{}, false, msg.Temporary || !m.persist()), true
	case profilelist.EditMsg:
		e, ok := m.entry(msg.Name)
		if !ok {
			return m, nil, true
		}
		return m, m.openForm(e.Config, true, e.Temporary || !m.persist()), true
	case profilelist.DeleteMsg:
		return m, m.deleteProfile(msg.Name), true
	case profilelist.DefaultMsg:
		return m, m.makeDefault(msg.Name), true
	case profilelist.TestMsg:
		return m, m.testProfile(msg.Name), true
	case profileform.MetadataMsg, profileform.TestedMsg:
		if m.pm.formOpen {
			var cmd tea.Cmd
			m.pm.form, cmd = m.pm.form.Update(msg)
			return m, cmd, true
		}
		return m, nil, true
	case profileform.ClosedMsg:
		if m.pm.formOpen && msg.ID == m.pm.form.ID() {
			m.closeForm()
		}
		return m, nil, true
	case profileform.SavedMsg:
		return m.formSaved(msg)
	case tea.MouseMsg:
		// the form and the notices take no mouse; the panes under them must not scroll
		return m, nil, m.pm.formOpen || m.pm.notice != nil
	case ProfilesChangedMsg:
		if msg.Err != nil {
			m.pm.notice = &notice{title: i18n.T(m.opts.Lang, i18n.ProfileNoticeCouldNot, msg.What), lines: m.errorLines(msg.Err)}
			return m, nil, true
		}
		cmd := m.applyProfiles(msg)
		m.keyringLeft(msg.Warning)
		return m, cmd, true
	case DiagnosedMsg:
		if n := m.pm.notice; n != nil && n.pending && msg.Seq == m.pm.testSeq {
			r := msg.Report
			m.pm.notice = &notice{title: m.testTitle(msg.Name), report: &r}
			m.pm.cancel = nil
		}
		return m, nil, true
	}
	return m, nil, false
}

// errorLines are a notice's lines about err: what failed and what to try.
func (m Model) errorLines(err error) []string {
	lang := m.opts.Lang
	lines := []string{i18n.ProfileMessage(lang, err)}
	if h := i18n.ProfileHint(lang, err); h != "" {
		lines = append(lines, "", i18n.T(m.opts.Lang, i18n.ProfileNoticeTry, h))
	}
	return lines
}

// testTitle is the title of the credentials test of a profile.
func (m Model) testTitle(name string) string {
	return i18n.T(m.opts.Lang, i18n.ProfileFormTest) + " · " + name
}

// openForm shows the form over the body.
func (m *Model) openForm(p profiles.Profile, editing, temporary bool) tea.Cmd {
	m.pm.formSeq++
	var taken []string
	for _, e := range m.pm.entries {
		if !editing || e.Name != p.Name {
			taken = append(taken, e.Name)
		}
	}
	opts := profileform.Options{
		ID: fmt.Sprintf("form-%d", m.pm.formSeq), Profile: p, Editing: editing, Temporary: temporary,
		Path: m.opts.ProfilesPath, Taken: taken, Diagnose: m.diagnoseFunc(),
	}
	if editing {
		opts.Notes = i18n.ProfileNotes(m.opts.Lang, p.Name)
	}
	if m.pm.firstRun && !temporary {
		opts.Seed = (&profiles.File{Default: m.pm.def, Profiles: m.saved()}).WithoutTemplates()
	}
	m.pm.form = profileform.New(common.Common{Styles: m.styles, Lang: m.opts.Lang}, opts)
	m.pm.formOpen = true
	m.SetSize(m.width, m.height)
	return m.pm.form.Init()
}

func (m *Model) closeForm() {
	m.pm.form.Cancel()
	m.pm.formOpen = false
}

// diagnoseFunc is how the form tests credentials: a client built by the
// factory for a temporary profile (memory only), its Diagnose run.
func (m Model) diagnoseFunc() profileform.DiagnoseFunc {
	factory, cannot := m.opts.NewProfile, i18n.T(m.opts.Lang, i18n.ProfileFormCannotRun)
	if factory == nil {
		return nil
	}
	return func(ctx context.Context, p profiles.Profile) (auth.Report, error) {
		up, err := factory(p, true)
		if err != nil {
			return auth.Report{}, err
		}
		d, ok := up.Client.(diagnoser)
		if !ok {
			if up.Problem != "" {
				return auth.Report{}, errors.New(up.Problem)
			}
			return auth.Report{}, errors.New(cannot)
		}
		return d.Diagnose(ctx, false), nil
	}
}

// formSaved takes the form's result: a saved profile rebuilds from the file
// as written; a temporary one joins the list in memory.
func (m Model) formSaved(msg profileform.SavedMsg) (Model, tea.Cmd, bool) {
	if !m.pm.formOpen || msg.ID != m.pm.form.ID() {
		return m, nil, true
	}
	m.pm.form, _ = m.pm.form.Update(msg)
	if msg.Err != nil {
		return m, nil, true
	}
	m.closeForm()
	if msg.Temporary {
		return m, m.addTemporary(msg.Profile, msg.OldName), true
	}
	if m.pm.firstRun {
		m.pm.firstRun = false
		if m.opts.FirstRun {
			m.opts.Banner = ""
		}
	}
	if m.opts.Warning != "" { // the file was just written 0600: nobody else can read it now
		m.opts.Warning = ""
		m.SetSize(m.width, m.height)
	}
	cmd := m.applyProfiles(ProfilesChangedMsg{
		Profiles: msg.File.Profiles, Default: msg.File.Default, Active: msg.Profile.Name, Fetch: msg.Profile.Name,
	})
	m.keyringLeft(msg.Warning)
	return m, cmd, true
}

// keyringLeft shows warning, when there is one, in a notice: a change was
// made but a keyring entry it should have deleted is still there.
func (m *Model) keyringLeft(warning string) {
	if warning == "" {
		return
	}
	r, n := utf8.DecodeRuneInString(warning)
	m.pm.notice = &notice{title: i18n.T(m.opts.Lang, i18n.KeyringLeftTitle), lines: []string{string(unicode.ToUpper(r)) + warning[n:]}}
}
