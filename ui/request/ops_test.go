package request

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/openapi"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

// opsPane is a Request tab on the sandbox's read-only client, with the
// sandbox's OpenAPI document and a token already obtained.
func opsPane(t *testing.T, lang i18n.Lang, w, h int) *driver {
	t.Helper()
	s, c, _ := sandbox(t, "demo-readonly", "demo.read")
	if _, err := c.Token(context.Background()); err != nil {
		t.Fatal(err)
	}
	st := common.NewStyles(true)
	m := New(common.Common{Styles: &st, Lang: lang}, Options{ID: "p", Sender: s, ClientID: "demo-readonly",
		Spec: func(ctx context.Context, fresh bool) (*openapi.Spec, error) {
			return (&openapi.Loader{}).Load(ctx, "", s.BaseURL, fresh)
		},
		Granted: func() []string {
			if tok, ok := c.Cached(); ok {
				return tok.Scopes
			}
			return nil
		}})
	m.SetSize(w, h)
	m.Focus()
	return drive(t, m)
}

func TestExplorerWarnsBeforeAMissingScopeAndExplainsThe403(t *testing.T) {
	d := opsPane(t, i18n.En, 80, 18)
	d.key(esc, uitest.Key("o"))
	d.until(5*time.Second, "the operations", func(m Model) bool { return strings.Contains(d.screen(), "Operations · 6 of 6") })
	uitest.CheckWithin(t, d.screen(), 80, 18)
	if !d.m.Editing() {
		t.Error("typing in the explorer must not reach the app's keys")
	}
	d.typeText("post")
	d.key(enter) // the example body waits for the whole document to be read
	d.until(5*time.Second, "the example body", func(m Model) bool { return m.URL() == "items" })
	if d.m.URL() != "items" || d.m.Method() != "POST" || !strings.Contains(d.m.body.Value(), `"name": "my item"`) {
		t.Fatalf("createItem should fill POST items and the example body: %s %q %q", d.m.Method(), d.m.URL(), d.m.body.Value())
	}
	if !strings.Contains(d.screen(), "body from its schema (d to edit) · required: name") {
		t.Errorf("the required fields should be named:\n%s", d.screen())
	}
	if !strings.Contains(d.m.headers.Value(), "Content-Type: application/json") {
		t.Errorf("headers %q", d.m.headers.Value())
	}
	d.key(enter) // send, from the URL field
	screen := d.screen()
	for _, want := range []string{"✗ the token lacks demo.write, which createItem needs", "only the provider can grant it to client",
		"renewing the token", "will not help", "send anyway? y sends"} {
		if !strings.Contains(screen, want) {
			t.Errorf("no %q before sending:\n%s", want, screen)
		}
	}
	if d.m.Sending() {
		t.Fatal("sent without confirmation")
	}
	uitest.CheckWithin(t, screen, 80, 18)
	d.key(uitest.Key("n"))
	if d.m.Sending() || strings.Contains(d.screen(), "send anyway") {
		t.Fatal("n should cancel")
	}
	d.key(enter, uitest.Key("y"))
	d.until(5*time.Second, "the 403", func(m Model) bool { return m.Response().Response() != nil && !m.Sending() })
	d.until(5*time.Second, "the conformance", func(m Model) bool { return len(m.ops.conform) > 0 })
	screen = d.screen()
	if !strings.Contains(screen, "403") || !strings.Contains(screen, "createItem declares the scopes demo.write; the token has demo.read") {
		t.Errorf("the 403 should point at the declared scopes:\n%s", screen)
	}
	uitest.CheckWithin(t, screen, 80, 18)

	// a read: no question, the answer checked against the document, then filtered with jq
	d.key(esc, uitest.Key("o"), uitest.Key("ctrl+u"))
	d.typeText("listItems")
	d.key(enter)
	if d.m.URL() != "items" || d.m.Method() != "GET" || d.m.body.Value() != "" || strings.Contains(d.m.headers.Value(), "Content-Type") {
		t.Fatalf("listItems: %s %q body %q headers %q", d.m.Method(), d.m.URL(), d.m.body.Value(), d.m.headers.Value())
	}
	d.key(enter)
	d.until(5*time.Second, "the 200", func(m Model) bool { return !m.Sending() && len(m.ops.conform) > 0 })
	if screen = d.screen(); !strings.Contains(screen, "✓ matches the document (200)") {
		t.Errorf("conformance:\n%s", screen)
	}
	d.key(esc, uitest.Key("J"))
	d.typeText(".[0].name")
	d.key(enter)
	d.until(5*time.Second, "the jq result", func(m Model) bool { return strings.Contains(d.screen(), `"first item"`) })
	uitest.CheckWithin(t, d.screen(), 80, 18)
}

func TestExplorerAsksForPathParametersInPortuguese(t *testing.T) {
	d := opsPane(t, i18n.PtBR, 80, 18)
	d.key(esc, uitest.Key("o"))
	d.until(5*time.Second, "the operations", func(m Model) bool { return strings.Contains(d.screen(), "Operações · 6 de 6") })
	d.typeText("getItem")
	d.key(enter)
	screen := d.screen()
	if !strings.Contains(screen, "Parâmetros (* obrigatório)") || !strings.Contains(screen, "Respostas") {
		t.Fatalf("the form:\n%s", screen)
	}
	uitest.CheckWithin(t, screen, 80, 18)
	d.key(uitest.Key("ctrl+u"))
	d.typeText("3")
	d.key(enter)
	if d.m.URL() != "items/3" {
		t.Errorf("URL %q", d.m.URL())
	}
	d.key(enter)
	d.until(5*time.Second, "the answer", func(m Model) bool { return !m.Sending() && len(m.ops.conform) > 0 })
	if screen = d.screen(); !strings.Contains(screen, "confere com o documento (200)") {
		t.Errorf("conformance in Portuguese:\n%s", screen)
	}
}

func TestExplorerWithoutADocument(t *testing.T) {
	st := common.NewStyles(true)
	m := New(common.Common{Styles: &st}, Options{ID: "p"})
	m.SetSize(80, 18)
	m.Focus()
	d := drive(t, m)
	d.key(esc, uitest.Key("o"))
	if s := d.screen(); !strings.Contains(s, "no operations list") || !strings.Contains(s, "set openapi in the profile") {
		t.Errorf("no document:\n%s", s)
	}
	d.key(esc)
	if d.m.Editing() {
		t.Error("esc should close it")
	}
	_ = tea.Quit
}

func TestExplorerReloadsTheDocument(t *testing.T) {
	d := opsPane(t, i18n.En, 80, 18)
	d.key(esc, uitest.Key("o"))
	d.until(5*time.Second, "the operations", func(m Model) bool { return strings.Contains(d.screen(), "Operations · 6 of 6") })
	first := d.m.ops.spec
	d.key(uitest.Key("ctrl+r"))
	d.until(5*time.Second, "the document read again", func(m Model) bool { return m.ops.listMade && m.ops.spec != first })
	if !strings.Contains(d.screen(), "Operations · 6 of 6") {
		t.Errorf("after ctrl+r:\n%s", d.screen())
	}
}
