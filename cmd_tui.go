package main

import (
	"fmt"
	"log"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/spf13/cobra"

	"tokentui/profiles"
	"tokentui/ui"
)

// appMode are the differences between the TUI over saved profiles and the
// sandbox demo.
type appMode struct {
	autoFetch   bool   // get a token at start when none is cached
	banner      string // shown in the header
	memoryCache bool   // keep tokens in memory only (the sandbox's port changes every run)
}

// runTUI opens the TUI over the saved profiles.
func runTUI(cmd *cobra.Command, g *globals) error {
	p, err := g.loadProfile()
	if err != nil {
		return err
	}
	f, err := profiles.Load(g.profilesPath())
	if err != nil {
		return usageErrorf("%v", err)
	}
	return runApp(g, f.Profiles, p.Name, appMode{})
}

// runApp builds one auth client per profile and runs the Bubble Tea program.
func runApp(g *globals, list []profiles.Profile, active string, mode appMode) error {
	if g.debug != "" {
		lf, err := tea.LogToFile(g.debug, "tokentui")
		if err != nil {
			return usageErrorf("cannot open the debug log %s: %v", g.debug, err).withHint("choose a writable path for --debug")
		}
		defer lf.Close()
	} else {
		log.SetOutput(nopWriter{})
	}
	var ps []ui.Profile
	for _, p := range list {
		c, err := newAuthClientMode(p, g, mode.memoryCache)
		if err != nil {
			return err
		}
		detail := p.Issuer
		if detail == "" {
			detail = p.TokenURL
		}
		ps = append(ps, ui.Profile{Name: p.Name, Detail: detail, Client: c})
	}
	model := ui.New(ui.Options{
		Profiles: ps, Active: active, AutoFetch: mode.autoFetch, Banner: mode.banner,
		IsDark: lipgloss.HasDarkBackground(),
	})
	prog := tea.NewProgram(model, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithInput(os.Stdin))
	if _, err := prog.Run(); err != nil {
		return fmt.Errorf("the terminal UI stopped: %w", err)
	}
	return nil
}

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }
