package profileform

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// MetadataMsg carries the issuer's discovery document, or why it could not
// be read, to the form that asked (ID, and Seq for the latest request).
type MetadataMsg struct {
	ID       string
	Seq      int
	Issuer   string
	Metadata *auth.Metadata
	Err      error
}

// TestedMsg carries the diagnosis of the form's values.
type TestedMsg struct {
	ID     string
	Seq    int
	Report auth.Report
	Err    error // the diagnosis could not start (no client could be built)
}

// SavedMsg says the profile was saved — File is the profiles file as
// written — or why it was not (Err; the file is unchanged). For a
// temporary profile nothing was written and File is nil.
type SavedMsg struct {
	ID        string
	Profile   profiles.Profile
	OldName   string // the name the profile had before an edit; "" when added
	Temporary bool
	File      *profiles.File
	Err       error
	Warning   string // saved, but the keyring entry under OldName could not be deleted: what to delete by hand
}

// ClosedMsg says the user closed the form without saving.
type ClosedMsg struct{ ID string }

// ErrNameTaken reports a save under a name another profile has.
var ErrNameTaken = errors.New("profile name already used")

// Time limits of the form's network work.
const (
	fetchTimeout = 30 * time.Second
	testTimeout  = 60 * time.Second
)

func fetchCmd(ctx context.Context, cancel context.CancelFunc, id string, seq int, hc *http.Client, issuer string) tea.Cmd {
	return func() tea.Msg {
		defer cancel()
		md, _, err := auth.FetchMetadata(ctx, hc, issuer)
		return MetadataMsg{ID: id, Seq: seq, Issuer: issuer, Metadata: md, Err: err}
	}
}

func testCmd(ctx context.Context, cancel context.CancelFunc, id string, seq int, diagnose DiagnoseFunc, p profiles.Profile) tea.Cmd {
	return func() tea.Msg {
		defer cancel()
		r, err := diagnose(ctx, p)
		return TestedMsg{ID: id, Seq: seq, Report: r, Err: err}
	}
}

// saveCmd writes p into the file at path through profiles.Update: under
// the file's lock, never over a file that does not load, atomically. When
// the file does not exist yet, seed comes first. A keyring secret is stored
// only once the file is known to load and the new content to be valid.
// Once the file is written, a rename of a profile whose secret was in the
// keyring deletes the entry under the old name; a failure there only warns.
func saveCmd(lang i18n.Lang, id, path string, p profiles.Profile, oldName string, seed *profiles.File, keyringSecret string) tea.Cmd {
	return func() tea.Msg {
		var out *profiles.File
		oldInKeyring := false
		err := profiles.Update(path, func(f *profiles.File) error {
			if seed != nil && len(f.Profiles) == 0 {
				f.Default = seed.Default
				f.Profiles = slices.Clone(seed.Profiles)
			}
			if oldName != "" && oldName != p.Name {
				if old, err := f.Find(oldName); err == nil {
					oldInKeyring = old.ClientSecret == profiles.RefKeyring
				}
			}
			if err := upsert(f, p, oldName); err != nil {
				return err
			}
			if err := f.Validate(); err != nil {
				return err
			}
			if keyringSecret != "" {
				if err := profiles.SetKeyringSecret(p.Name, keyringSecret); err != nil {
					return err
				}
			}
			out = &profiles.File{Default: f.Default, Profiles: slices.Clone(f.Profiles)}
			return nil
		})
		if err != nil {
			return SavedMsg{ID: id, Profile: p, OldName: oldName, Err: err}
		}
		msg := SavedMsg{ID: id, Profile: p, OldName: oldName, File: out}
		if oldInKeyring {
			if err := profiles.DeleteKeyringSecret(oldName); err != nil {
				msg.Warning = i18n.WarnKeyringLeftRenamed(lang, oldName, p.Name, err)
			}
		}
		return msg
	}
}

// upsert puts p in f: in place of the profile called oldName (keeping what
// the form does not show from the version on disk), else at the end. The
// default follows a rename.
func upsert(f *profiles.File, p profiles.Profile, oldName string) error {
	at := -1
	if oldName != "" {
		for i := range f.Profiles {
			if f.Profiles[i].Name == oldName {
				at = i
			}
		}
	}
	for i := range f.Profiles {
		if f.Profiles[i].Name == p.Name && i != at {
			return fmt.Errorf("%w: another profile in the file is already called %q", ErrNameTaken, p.Name)
		}
	}
	if at < 0 {
		f.Profiles = append(f.Profiles, p)
		return nil
	}
	f.Profiles[at] = overlay(f.Profiles[at], p)
	if f.Default == oldName {
		f.Default = p.Name
	}
	return nil
}

// overlay copies the fields the form edits from p onto base.
func overlay(base, p profiles.Profile) profiles.Profile {
	base.Name, base.Issuer, base.TokenURL, base.ClientID = p.Name, p.Issuer, p.TokenURL, p.ClientID
	base.ClientSecret, base.Scopes, base.AuthMethod, base.APIBaseURL = p.ClientSecret, p.Scopes, p.AuthMethod, p.APIBaseURL
	base.ClientKey, base.ClientKeyID, base.ClientKeyAlg, base.AssertionAudience, base.ClientCert = p.ClientKey, p.ClientKeyID, p.ClientKeyAlg, p.AssertionAudience, p.ClientCert
	return base
}

// fetch reads the issuer's metadata in a command.
func (m Model) fetch() (Model, tea.Cmd) {
	issuer := strings.TrimSpace(m.inputs[fIssuer].Value())
	if issuer == "" {
		m.errs[fIssuer] = m.problem(i18n.ProfileFormIssuerFirst, i18n.ProfileFormIssuerFirstHint)
		m.at = stop{stopField, int(fIssuer)}
		m.focusAt()
		m.follow()
		return m, nil
	}
	if m.cancelFetch != nil {
		m.cancelFetch()
	}
	ctx, cancel := context.WithTimeout(context.Background(), fetchTimeout)
	m.cancelFetch, m.fetching = cancel, true
	m.fetchSeq++
	delete(m.errs, fIssuer)
	m.status = m.T(i18n.ProfileFormFetching)
	m.showResults()
	return m, fetchCmd(ctx, cancel, m.opts.ID, m.fetchSeq, m.opts.HTTPClient, issuer)
}

func (m *Model) gotMetadata(msg MetadataMsg) {
	m.fetching, m.cancelFetch = false, nil
	if msg.Err != nil {
		m.metadata, m.scopes = nil, nil
		e := i18n.Explain(m.Lang, msg.Err)
		detail := sentence(inert.String(msg.Err.Error()))
		fe := fieldError{Msg: e.Cause, Detail: detail, Hint: e.Hint}
		if e.Cause == "" {
			fe = fieldError{Msg: detail, Hint: e.Hint}
		}
		m.errs[fIssuer] = fe
		m.status = m.T(i18n.ProfileFormFetchFailed, m.label(fIssuer))
		m.showResults()
		return
	}
	md := msg.Metadata
	m.metadata = md
	m.scopes = m.scopes[:0]
	for _, s := range md.ScopesSupported {
		if s = strings.TrimSpace(inert.String(s)); s != "" && !slices.Contains(m.scopes, s) {
			m.scopes = append(m.scopes, s)
		}
	}
	if md.TokenEndpoint != "" {
		m.inputs[fTokenURL].SetValue(inert.String(md.TokenEndpoint))
		delete(m.errs, fTokenURL)
		m.dirty = true
	}
	switch n := len(m.scopes); n {
	case 0:
		m.status = m.T(i18n.ProfileFormFetchedNone)
	default:
		m.status = i18n.N(m.Lang, n, i18n.ProfileFormFetchedOne, i18n.ProfileFormFetchedMany, m.label(fScopes))
	}
	m.showResults()
}

// test runs the diagnose checks on the form's values, written nowhere.
func (m Model) test() (Model, tea.Cmd) {
	if m.opts.Diagnose == nil {
		m.status = m.T(i18n.ProfileFormNoTesting)
		return m, nil
	}
	d := m.build(true)
	if !m.accept(d) {
		m.status = m.T(i18n.ProfileFormFixBeforeTest)
		return m, nil
	}
	if m.cancelTest != nil {
		m.cancelTest()
	}
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	m.cancelTest, m.testing, m.report = cancel, true, nil
	m.testSeq++
	m.status = m.T(i18n.ProfileFormTesting)
	m.showResults()
	return m, testCmd(ctx, cancel, m.opts.ID, m.testSeq, m.opts.Diagnose, d.profile)
}

func (m *Model) gotReport(msg TestedMsg) {
	m.testing, m.cancelTest = false, nil
	if msg.Err != nil {
		m.report = nil
		m.status = m.T(i18n.ProfileFormCouldNotTest, sentence(inert.String(msg.Err.Error())))
		m.showResults()
		return
	}
	r := msg.Report
	m.report = &r
	m.status = ""
	m.showResults()
}

// save validates and writes the profile (or, temporary, hands it over).
func (m Model) save() (Model, tea.Cmd) {
	if m.saving {
		return m, nil
	}
	d := m.build(false)
	for _, f := range m.clientAuthRows() { // what reading the key or certificate found wrong
		if r, ok := m.checks[f]; ok && r.err != nil {
			if _, has := d.errs[f]; !has {
				d.errs[f] = *r.err
			}
		}
	}
	if !m.accept(d) {
		m.status = m.T(i18n.ProfileFormNotSavedFix)
		return m, nil
	}
	m.saving = true
	id, old := m.opts.ID, ""
	if m.opts.Editing {
		old = m.opts.Profile.Name
	}
	if m.opts.Temporary {
		p := d.profile
		m.status = m.T(i18n.ProfileFormAddingTemp)
		return m, func() tea.Msg { return SavedMsg{ID: id, Profile: p, OldName: old, Temporary: true} }
	}
	m.status = m.T(i18n.ProfileFormSaving)
	m.showResults()
	return m, saveCmd(m.Lang, id, m.opts.Path, d.profile, old, m.opts.Seed, d.keyring)
}

// accept shows a draft's problems; it reports whether there are none.
func (m *Model) accept(d draft) bool {
	m.errs, m.other = d.errs, d.other
	if len(d.errs) == 0 && d.other == nil {
		return true
	}
	for _, s := range m.stops() { // focus the first field with a problem
		if _, bad := d.errs[field(s.n)]; s.kind == stopField && bad {
			m.at = s
			m.focusAt()
			break
		}
	}
	m.follow()
	return false
}

func (m *Model) gotSaved(msg SavedMsg) {
	m.saving = false
	if msg.Err == nil {
		m.saved = true
		m.status = m.T(i18n.ProfileFormSaved)
		return
	}
	err := msg.Err
	lang := m.Lang
	fe := fieldError{Msg: sentence(inert.String(i18n.ProfileMessage(lang, err))), Hint: i18n.ProfileHint(lang, err)}
	var le *profiles.LoadError
	var se *profiles.SecretError
	f, known := field(0), false
	if !errors.Is(err, profiles.ErrWouldOverwrite) && errors.As(err, &le) {
		f, known = byYAML[le.Field]
	}
	switch {
	case errors.Is(err, ErrNameTaken):
		m.errs[fName] = m.problem(i18n.ProfileFormNameTaken, i18n.ProfileFormNameTakenHint, msg.Profile.Name)
	case errors.As(err, &se):
		m.errs[fSecret] = fe
	case known:
		m.errs[f] = fe
	default:
		m.other = &fe
	}
	m.status = m.T(i18n.ProfileFormNotSaved)
	m.showResults()
}
