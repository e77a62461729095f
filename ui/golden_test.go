package ui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/ui/uitest"
)

var update = flag.Bool("update", false, "rewrite the golden screens in testdata/")

func TestMain(m *testing.M) {
	// Golden screens are plain text at fixed sizes: no colour, one time zone.
	lipgloss.SetColorProfile(termenv.Ascii)
	time.Local = time.UTC
	tick = func(int) tea.Cmd { return nil } // tests move the clock themselves
	os.Exit(m.Run())
}

// golden compares a screen with testdata/NAME.golden (-update rewrites it).
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run Golden -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("screen %s differs from %s (run with -update if the change is intended)\n--- got ---\n%s\n--- want ---\n%s",
			name, path, got, want)
	}
}

// fixedAppIn is the app on one profile with a fixed token at a fixed time,
// speaking lang.
func fixedAppIn(t *testing.T, lang i18n.Lang, w, h int) tea.Model {
	start := time.Date(2026, 11, 26, 14, 0, 0, 0, time.UTC)
	clk := &clock{t: start.Add(17*time.Minute + 43*time.Second)}
	raw := testJWT(t, start, time.Hour)
	fc := &fakeClient{cached: true, requests: 1,
		tok:    &auth.Token{Raw: raw, Type: "Bearer", Expiry: start.Add(time.Hour), ObtainedAt: start, FromCache: true},
		verify: auth.Verification{Status: auth.Verified, Alg: "RS256", KeyID: "key-1"}}
	var m tea.Model = New(Options{
		Profiles: []Profile{{Name: "ac-homolog", Detail: "https://idp.example/is", Client: fc},
			{Name: "ac-prod", Detail: "https://idp.example/is", Problem: "template"}},
		Active: "ac-homolog", Now: clk.Now, Lang: lang,
	})
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return settle(t, m, m.Init())
}

func TestGoldenScreens(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		keys string
		lang i18n.Lang
	}{
		{"token-80x24", 80, 24, "", i18n.En},
		{"token-200x60", 200, 60, "", i18n.En},
		{"help-80x24", 80, 24, "?", i18n.En},
		{"token-80x24-pt-BR", 80, 24, "", i18n.PtBR},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := fixedAppIn(t, tc.lang, tc.w, tc.h)
			for _, r := range tc.keys {
				m, _ = m.Update(uitest.Key(string(r)))
			}
			got := view(m)
			lines := strings.Split(got, "\n")
			if len(lines) != tc.h {
				t.Errorf("%d lines, want %d", len(lines), tc.h)
			}
			golden(t, tc.name, got)
		})
	}
}
