package ui

import (
	"context"
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/demo"
	"tokentui/profiles"
	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/flow"
	"tokentui/ui/uitest"
)

// codeApp is the root over the sandbox profile as the file holds it, so
// that the Code view has its issuer, client and API.
func codeApp(t *testing.T, lang i18n.Lang) tea.Model {
	t.Helper()
	srv, err := demo.Start(context.Background(), demo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	cfg := profiles.Profile{Name: "sandbox", Issuer: srv.IssuerURL, ClientID: demo.ClientID, ClientSecret: "demo-secret",
		Scopes: []string{demo.ScopeRead, demo.ScopeWrite}, APIBaseURL: srv.APIURL,
		Requests: []profiles.SavedRequest{{Name: "me", Path: "me"}}}
	c, err := auth.New(auth.Options{
		Profile: "sandbox", Issuer: srv.IssuerURL, ClientID: demo.ClientID, Scopes: cfg.Scopes,
		Secret: func(context.Context) (string, error) { return demo.ClientSecret, nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	src := flow.Source{Client: c, APIBaseURL: srv.APIURL, API: flow.DefaultAPIRequest([]flow.SavedRequest{{Path: "me"}}),
		Send: flow.NewSendFunc(srv.APIURL, nil, nil)}
	var m tea.Model = New(Options{Lang: lang, Active: "sandbox", Profiles: []Profile{{Name: "sandbox", Detail: srv.IssuerURL, Client: c, Flow: src,
		Config: cfg, Saved: cfg.Requests, Sender: &requests.Sender{BaseURL: srv.APIURL, Tokens: c, Profile: "sandbox"}}}})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return settle(t, m, m.Init())
}

// TestCodeFromTheFlowsLastStep: x on step 6 opens the Code view in the
// Flow's place; esc brings step 6 back. On other steps x does nothing.
func TestCodeFromTheFlowsLastStep(t *testing.T) {
	m := codeApp(t, i18n.En)
	m = press(t, m, "3", "x")
	if s := view(m); strings.Contains(s, "Code for") || !strings.Contains(s, "Step 1 of 6") {
		t.Errorf("x on step 1 changed the screen:\n%s", s)
	}
	m = press(t, m, "n", "n", "n", "n", "n")
	if s := view(m); !strings.Contains(s, "x code") {
		t.Errorf("step 6's footer does not offer the Code view:\n%s", s)
	}
	m = press(t, m, "?")
	if s := view(m); !regexp.MustCompile(`x +code`).MatchString(s) {
		t.Errorf("the full help of step 6 does not list x:\n%s", s)
	} else {
		uitest.CheckFits(t, s, 80, 24)
	}
	m = press(t, m, "esc", "x")
	s := view(m)
	for _, want := range []string{"Code for sandbox", "1 Go  2 Python", "$SANDBOX_CLIENT_SECRET", "// Gets an OAuth2", "esc close"} {
		if !strings.Contains(s, want) {
			t.Errorf("Code view lacks %q:\n%s", want, s)
		}
	}
	uitest.CheckFits(t, s, 80, 24)
	m = press(t, m, "2") // a number picks a language here, not a tab
	if s := view(m); !strings.Contains(s, "#!/usr/bin/env python3") {
		t.Errorf("2 did not pick Python:\n%s", s)
	}
	m = press(t, m, "esc")
	if s := view(m); !strings.Contains(s, "Step 6 of 6") || strings.Contains(s, "Code for") {
		t.Errorf("esc did not bring the Flow back:\n%s", s)
	}
}

// TestCodeFromTheRequestTab: the program calls the request being edited.
func TestCodeFromTheRequestTab(t *testing.T) {
	m := codeApp(t, i18n.En)
	m = press(t, m, "2", "u", "items", "esc", "x") // u puts the cursor in the URL field
	s := view(m)
	if !strings.Contains(s, "Code for sandbox · GET items") {
		t.Fatalf("x on the Request tab:\n%s", s)
	}
	uitest.CheckFits(t, s, 80, 24)
	m = press(t, m, "G")
	if s := view(m); !strings.Contains(s, "}") {
		t.Errorf("G:\n%s", s)
	}
	m = press(t, m, "q") // q closes the view, not the app
	if s := view(m); strings.Contains(s, "Code for") {
		t.Errorf("q did not close the Code view:\n%s", s)
	}
}

func TestCodeViewInPortugueseAt80x24(t *testing.T) {
	m := codeApp(t, i18n.PtBR)
	m = press(t, m, "3", "n", "n", "n", "n", "n", "x")
	s := view(m)
	for _, want := range []string{"Código para sandbox", "// Obtém um token OAuth2", "esc fechar"} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q:\n%s", want, s)
		}
	}
	uitest.CheckFits(t, s, 80, 24)
}
