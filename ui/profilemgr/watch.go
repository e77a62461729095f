package profilemgr

// Noticing changes made to the profiles file elsewhere (tokentui profiles
// add in another terminal, an editor): every other tick of the clock a
// command reads the file's modification time and size; when they change,
// another command loads the file and the app applies it as it applies its
// own changes. No I/O happens in Update.

import (
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/profiles"
	"tokentui/text/i18n"
)

// fileStamp is what tells a changed file: its modification time and size
// (zero when it does not exist).
type fileStamp struct {
	mod  time.Time
	size int64
}

// FileStampMsg carries the profiles file's stamp, read by statCmd.
type FileStampMsg struct {
	Path  string
	Stamp fileStamp
}

// statCmd reads the stamp of the profiles file.
func statCmd(path string) tea.Cmd {
	return func() tea.Msg {
		var st fileStamp
		if fi, err := os.Stat(path); err == nil {
			st = fileStamp{mod: fi.ModTime(), size: fi.Size()}
		}
		return FileStampMsg{Path: path, Stamp: st}
	}
}

// reloadCmd loads the profiles file changed elsewhere.
func reloadCmd(path, what string) tea.Cmd {
	return func() tea.Msg {
		f, err := profiles.Load(path)
		if err != nil {
			return ProfilesChangedMsg{What: what, Err: err}
		}
		return ProfilesChangedMsg{Profiles: f.Profiles, Default: f.Default, What: what}
	}
}

// Init reads the file's stamp: the mark changes are told from.
func (m Model) Init() tea.Cmd {
	if m.opts.Path == "" {
		return nil
	}
	return statCmd(m.opts.Path)
}

// Tick is the clock's share of the watch: a stat every other second.
func (m Model) Tick(now time.Time) tea.Cmd {
	if m.opts.Path == "" || now.Unix()%2 != 0 {
		return nil
	}
	return statCmd(m.opts.Path)
}

// fileStamped compares a stamp with the last one seen; a change (after
// the first stamp, which only sets the mark) reloads the file.
func (m *Model) fileStamped(msg FileStampMsg) tea.Cmd {
	if msg.Path != m.opts.Path {
		return nil
	}
	first := !m.stamped
	changed := msg.Stamp != m.stamp
	m.stamp, m.stamped = msg.Stamp, true
	if first || !changed || msg.Stamp == (fileStamp{}) {
		return nil
	}
	return reloadCmd(m.opts.Path, i18n.T(m.Lang, i18n.ProfilesReloadWhat))
}
