// Package profilemgr is the profiles pane of the TUI and everything it
// manages: the list asks (add, edit, delete, make default, test), the form
// edits, and the component carries out: it writes the profiles file
// through package profiles in commands, notices changes made to the file
// elsewhere, and builds the profiles that changed with the factory main
// gave it (Options.NewProfile), so this package never builds an auth
// client. It never calls the app that embeds it: it reads a Snapshot of
// the app and asks for workspaces to be built, dropped and shown by
// returning a command that produces an EffectsMsg (effects.go).
package profilemgr

import (
	"context"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/flow"
	"tokentui/ui/profileform"
	"tokentui/ui/profilelist"
	"tokentui/ui/request"
	"tokentui/ui/token"
)

// Profile is one profile as the app sees it: a name, where it points and a
// client that gets and caches its tokens.
type Profile struct {
	Name    string
	Detail  string                  // issuer or token URL
	Client  token.Client            // nil when the profile cannot be used yet
	Problem string                  // why Client is nil: what to fix
	Flow    flow.Source             // what the Flow tab runs against (its Client nil when unusable)
	Sender  *requests.Sender        // sends the Request tab's requests with Client's token; nil: not set up
	Saved   []profiles.SavedRequest // the profile's saved requests
	Spec    request.SpecFunc        // reads the API's OpenAPI document for the Request tab's explorer; nil: none
	// Config is the profile as written in the file (or typed in, when
	// Temporary): what the form edits and the list shows.
	Config    profiles.Profile
	Temporary bool // typed in for this session only, never saved
}

// Options is what the app hands the component.
type Options struct {
	Profiles []Profile
	Active   string // the profile shown first
	Default  string // the file's default profile
	// Path is the profiles file profiles are added, edited and deleted
	// in; "" saves nothing (the demo): new profiles are then temporary ones.
	Path     string
	FirstRun bool // there is no file yet: Profiles are the presets, written on the first save
	// NewProfile builds a profile's client and panes after it is added or
	// changed; main fills it (the app never builds auth clients itself).
	NewProfile NewProfileFunc
	ForceQuit  key.Binding // the app's ctrl+c: cancels what the form or a notice runs, else quits
}

// NewProfileFunc builds the app's view of a profile — its auth client and
// whatever the panes need — from the profile as written in the file.
// temporary asks for a profile kept only in memory: its tokens are cached
// in memory only. It never makes a network request.
type NewProfileFunc func(p profiles.Profile, temporary bool) (Profile, error)

// ProfilesChangedMsg says the saved profiles changed (in the file, or in
// memory on first run before the file exists): the component rebuilds
// the list and asks the app (EffectsMsg) for new workspaces for the
// profiles that changed. With Err set nothing changed and a notice says
// why.
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

// Model is the profiles list, the form over the body and the notices, and
// the profiles they manage.
type Model struct {
	common.Common // the list's size
	opts          Options
	list          profilelist.Model
	entries       []Profile // every profile, in list order (saved ones, then temporary ones)
	def           string    // the default profile
	firstRun      bool      // no file yet: the presets live in memory until a save
	formOpen      bool
	form          profileform.Model
	formSeq       int
	formW, formH  int     // the form's inner size
	notice        *notice // a message or a test report over the body
	testSeq       int
	cancel        context.CancelFunc // the test in flight
	forceQuit     key.Binding        // ctrl+c, over the form and the notices: the app's
	stamp         fileStamp          // the profiles file as last seen (watch.go)
	stamped       bool               // stamp was read once
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

// New builds the component over the app's profiles, opts.Active shown.
func New(c common.Common, opts Options) Model {
	m := Model{Common: c, opts: opts, def: opts.Default, firstRun: opts.FirstRun, forceQuit: opts.ForceQuit}
	for _, p := range opts.Profiles {
		if p.Config.Name == "" {
			p.Config.Name = p.Name
		}
		m.entries = append(m.entries, p)
	}
	m.list = profilelist.New(c, m.listItems(), opts.Active, nil)
	return m
}

// persist reports whether profiles are written to a file (not in the demo).
func (m Model) persist() bool { return m.opts.Path != "" }

// Entry is the profile of that name.
func (m Model) Entry(name string) (Profile, bool) {
	for _, e := range m.entries {
		if e.Name == name {
			return e, true
		}
	}
	return Profile{}, false
}

// saved returns the profiles that belong in the file, and its default.
func (m Model) saved() []profiles.Profile {
	var out []profiles.Profile
	for _, e := range m.entries {
		if !e.Temporary {
			out = append(out, e.Config)
		}
	}
	return out
}

func (m Model) listItems() []profilelist.Item {
	items := make([]profilelist.Item, 0, len(m.entries))
	for _, e := range m.entries {
		items = append(items, profilelist.Item{
			Name: e.Name, Detail: e.Detail, Default: !e.Temporary && e.Name == m.def,
			Template: profiles.IsUnfilledTemplate(e.Config), Temporary: e.Temporary,
		})
	}
	return items
}

// Update handles the messages about profiles, reading in s what it needs
// of the app; what concerns the workspaces comes back as an EffectsMsg
// from the command returned. ok is false for every other message (the
// list's SelectedMsg and EffectsMsg are the app's).
func (m *Model) Update(msg tea.Msg, s Snapshot) (cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case profilelist.AddMsg:
		return m.openForm(profiles.Profile{}, false, msg.Temporary || !m.persist()), true
	case profilelist.EditMsg:
		e, ok := m.Entry(msg.Name)
		if !ok {
			return nil, true
		}
		return m.openForm(e.Config, true, e.Temporary || !m.persist()), true
	case profilelist.DeleteMsg:
		return m.deleteProfile(msg.Name, s), true
	case profilelist.DefaultMsg:
		return m.makeDefault(msg.Name), true
	case profilelist.TestMsg:
		return m.testProfile(msg.Name), true
	case common.ClipboardMsg:
		if !m.formOpen || msg.ID != m.form.ID() {
			return nil, false // a pane's copy
		}
		m.form, _ = m.form.Update(msg)
		return nil, true
	case profileform.MetadataMsg, profileform.TestedMsg, profileform.CheckedMsg, profileform.KeyGeneratedMsg:
		if m.formOpen {
			var cmd tea.Cmd
			m.form, cmd = m.form.Update(msg)
			return cmd, true
		}
		return nil, true
	case profileform.ClosedMsg:
		if m.formOpen && msg.ID == m.form.ID() {
			m.closeForm()
		}
		return nil, true
	case profileform.SavedMsg:
		return m.formSaved(msg, s), true
	case tea.MouseMsg:
		// the form and the notices take no mouse; the panes under them must not scroll
		return nil, m.Covering()
	case ProfilesChangedMsg:
		if msg.Err != nil {
			m.notice = &notice{title: i18n.T(m.Lang, i18n.ProfileNoticeCouldNot, msg.What), lines: m.errorLines(msg.Err)}
			return nil, true
		}
		p := newPlan(s)
		m.applyProfiles(msg, p)
		m.keyringLeft(msg.Warning)
		return p.cmd(), true
	case DiagnosedMsg:
		if n := m.notice; n != nil && n.pending && msg.Seq == m.testSeq {
			r := msg.Report
			m.notice = &notice{title: m.testTitle(msg.Name), report: &r}
			m.cancel = nil
		}
		return nil, true
	case FileStampMsg:
		return m.fileStamped(msg), true
	}
	return nil, false
}

// Covering reports whether the form or a notice is in place of the body:
// then the keys are theirs.
func (m Model) Covering() bool { return m.formOpen || m.notice != nil }

// errorLines are a notice's lines about err: what failed and what to try.
func (m Model) errorLines(err error) []string {
	lines := []string{i18n.ProfileMessage(m.Lang, err)}
	if h := i18n.ProfileHint(m.Lang, err); h != "" {
		lines = append(lines, "", i18n.T(m.Lang, i18n.ProfileNoticeTry, h))
	}
	return lines
}

// testTitle is the title of the credentials test of a profile.
func (m Model) testTitle(name string) string {
	return i18n.T(m.Lang, i18n.ProfileFormTest) + " · " + name
}

// openForm shows the form over the body.
func (m *Model) openForm(p profiles.Profile, editing, temporary bool) tea.Cmd {
	m.formSeq++
	var taken []string
	for _, e := range m.entries {
		if !editing || e.Name != p.Name {
			taken = append(taken, e.Name)
		}
	}
	opts := profileform.Options{
		ID: fmt.Sprintf("form-%d", m.formSeq), Profile: p, Editing: editing, Temporary: temporary,
		Path: m.opts.Path, Taken: taken, Diagnose: m.diagnoseFunc(),
	}
	if editing {
		opts.Notes = i18n.ProfileNotes(m.Lang, p.Name)
	}
	if m.firstRun && !temporary {
		opts.Seed = (&profiles.File{Default: m.def, Profiles: m.saved()}).WithoutTemplates()
	}
	m.form = profileform.New(common.Common{Styles: m.Styles, Lang: m.Lang}, opts)
	m.formOpen = true
	m.form.SetSize(m.formW, m.formH)
	return m.form.Init()
}

func (m *Model) closeForm() {
	m.form.Cancel()
	m.formOpen = false
}

// diagnoseFunc is how the form tests credentials: a client built by the
// factory for a temporary profile (memory only), its Diagnose run.
func (m Model) diagnoseFunc() profileform.DiagnoseFunc {
	factory, cannot := m.opts.NewProfile, i18n.T(m.Lang, i18n.ProfileFormCannotRun)
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
func (m *Model) formSaved(msg profileform.SavedMsg, s Snapshot) tea.Cmd {
	if !m.formOpen || msg.ID != m.form.ID() {
		return nil
	}
	m.form, _ = m.form.Update(msg)
	if msg.Err != nil {
		return nil
	}
	m.closeForm()
	p := newPlan(s)
	if msg.Temporary {
		m.addTemporary(msg.Profile, msg.OldName, p)
		return p.cmd()
	}
	p.saved(m.firstRun) // the file was just written 0600: nobody else can read it now
	m.firstRun = false
	m.applyProfiles(ProfilesChangedMsg{
		Profiles: msg.File.Profiles, Default: msg.File.Default, Active: msg.Profile.Name, Fetch: msg.Profile.Name,
	}, p)
	m.keyringLeft(msg.Warning)
	return p.cmd()
}

// keyringLeft shows warning, when there is one, in a notice: a change was
// made but a keyring entry it should have deleted is still there.
func (m *Model) keyringLeft(warning string) {
	if warning == "" {
		return
	}
	r, n := utf8.DecodeRuneInString(warning)
	m.notice = &notice{title: i18n.T(m.Lang, i18n.KeyringLeftTitle), lines: []string{string(unicode.ToUpper(r)) + warning[n:]}}
}
