package cli

import (
	"context"
	"fmt"
	"os"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/spf13/cobra"

	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui"
	"tokentui/ui/flow"
)

// appMode are the differences between the TUI over saved profiles and the
// sandbox demo.
type appMode struct {
	autoFetch   bool   // get a token at start when none is cached
	banner      string // shown in the header
	memoryCache bool   // keep tokens in memory only (the sandbox's port changes every run)
	storm       string // the embedded sandbox's token URL, for "Why reuse"; "" leaves it out
	path        string // the profiles file the TUI saves to; "" saves nothing (the demo)
	firstRun    bool   // no file yet: the list holds the presets, written on the first save
	defaultName string // the file's default profile
	warning     string // a line under the header: the profiles file gives a secret away
}

// runTUI opens the TUI over the saved profiles; on first run (no file yet)
// over the presets, which are written only when the user saves.
func runTUI(cmd *cobra.Command, g *globals) error {
	f, firstRun, err := profiles.LoadOrFirstRun(g.profilesPath())
	if err != nil {
		return profilesUsage(g.language(), err)
	}
	active := f.Default
	if g.profile != "" {
		p, err := f.Select(g.profile)
		if err != nil {
			return profilesUsage(g.language(), err)
		}
		active = p.Name
	}
	mode := appMode{path: g.profilesPath(), firstRun: firstRun, defaultName: f.Default}
	if e, ok := profiles.CheckExposure(mode.path, f); ok && !firstRun {
		mode.warning = g.t(i18n.AppSecretExposed, e.Fix())
	}
	if firstRun {
		mode.banner = g.t(i18n.TUIFirstRunBanner)
	}
	ctx, cancel := context.WithCancel(cmd.Context())
	defer cancel()
	startLocalSandbox(ctx, f.Profiles)
	return runApp(g, f.Profiles, active, mode)
}

// startLocalSandbox serves the embedded sandbox on its default address when a
// profile points there and nothing listens yet, so the sandbox profile of the
// first run works without a second terminal. Binding a loopback port is fast;
// when it fails (already served, say), the profile talks to whoever serves it.
func startLocalSandbox(ctx context.Context, list []profiles.Profile) {
	for _, p := range list {
		if strings.TrimSuffix(p.Issuer, "/") == "http://"+defaultSandboxAddr {
			_, _ = demo.Start(ctx, demo.Options{Addr: defaultSandboxAddr, KeyFile: sandboxKeyPath()})
			return
		}
	}
}

// runApp builds one auth client per profile and runs the Bubble Tea program.
func runApp(g *globals, list []profiles.Profile, active string, mode appMode) error {
	// The --debug log (or nothing) was set up for every command by the
	// root (debuglog.go): never the terminal the TUI owns.
	tuneTUIMemory()
	// Bubble Tea's init asked the terminal for its background already
	// (lipgloss keeps the answer): this is no second round trip.
	model, done := newApp(g, list, active, mode, lipgloss.HasDarkBackground())
	defer done()
	prog := tea.NewProgram(model, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithInput(os.Stdin))
	if _, err := prog.Run(); err != nil {
		return fmt.Errorf(i18n.Format(g.language(), i18n.TUIStopped), err)
	}
	return nil
}

// newApp builds the root model over list: one auth client, Flow source and
// request sender per profile. Nothing in it asks the network or the
// terminal (TestStartupAsksNothingBeforeTheFirstFrame); Init's commands
// read the token cache. done removes the folder of spilled bodies.
func newApp(g *globals, list []profiles.Profile, active string, mode appMode, isDark bool) (model ui.Model, done func()) {
	reqs, closeReqs := newTUIRequests()
	reqs.maxBody = g.maxBody.n
	// newProfile builds the app's view of one profile: at start for each
	// profile, and later for each one added or changed in the TUI.
	// temporary (a session-only profile) keeps tokens and history in memory.
	newProfile := func(p profiles.Profile, temporary bool) (ui.Profile, error) {
		detail := p.Issuer
		if detail == "" {
			detail = p.TokenURL
		}
		up := ui.Profile{Name: p.Name, Detail: detail, Config: p, Temporary: temporary}
		if profiles.IsUnfilledTemplate(p) {
			up.Problem = g.t(i18n.TUITemplateProblem) + "\n" + i18n.ProfileNotes(g.language(), p.Name)
			return up, nil
		}
		c, err := newAuthClientMode(p, g, mode.memoryCache || temporary)
		if err != nil {
			up.Problem = err.Error()
			return up, err
		}
		up.Client, up.Flow, up.Saved = c, flowSource(p, c), p.Requests
		up.Sender = reqs.sender(p, c)
		up.Spec = tuiSpec(p, c, mode.memoryCache || temporary)
		up.Flow.Spec = flow.SpecFunc(up.Spec) // one document for the Request tab and the Flow's step 6
		if mode.storm != "" && p.TokenURL == "" && !temporary && p.Issuer != "" && mode.storm == strings.TrimSuffix(p.Issuer, "/")+demo.TokenPath {
			up.Flow.Storm = mode.storm // the embedded sandbox's own profiles: "Why reuse"
		}
		if temporary && up.Sender != nil {
			up.Sender.History = nil // nothing of a temporary profile is written
		}
		return up, nil
	}
	var ps []ui.Profile
	for _, p := range list {
		up, _ := newProfile(p, false)
		ps = append(ps, up)
	}
	model = ui.New(ui.Options{
		Profiles: ps, Active: active, AutoFetch: mode.autoFetch, Banner: mode.banner,
		IsDark: isDark, Present: g.present, Lang: g.language(), Warning: mode.warning,
		HistoryPath:  reqs.history.Path,
		ProfilesPath: mode.path, FirstRun: mode.firstRun, Default: mode.defaultName, NewProfile: newProfile,
	})
	return model, closeReqs
}
