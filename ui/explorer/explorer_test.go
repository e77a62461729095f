package explorer

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/demo"
	"tokentui/openapi"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

func sandboxSpec(t testing.TB) *openapi.Spec {
	t.Helper()
	spec, err := openapi.Parse([]byte(demo.OpenAPIDocument("http://127.0.0.1:1/api/v1/", "http://127.0.0.1:1/connect/token")), "sandbox")
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

func newExplorer(t testing.TB, lang i18n.Lang, spec *openapi.Spec, granted []string, w, h int) Model {
	st := common.NewStyles(true)
	m := New(common.Common{Styles: &st, Lang: lang}, spec, granted)
	m.SetSize(w, h)
	return m
}

func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m, _ = m.Update(uitest.Key(k))
	}
	return m
}

func typeText(m Model, s string) Model {
	for _, r := range s {
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return m
}

func TestExplorerGroupsMarksAndFilters(t *testing.T) {
	m := newExplorer(t, i18n.En, sandboxSpec(t), []string{"demo.read"}, 80, 18)
	screen := uitest.Screen(m.View())
	uitest.CheckWithin(t, screen, 80, 18)
	// 80×18 (the Request tab's room at 80×24):
	//   Operations · 6 of 6 · tokentui sandbox API · OpenAPI 3.1.0
	//   filter: method, path, summary or operationId
	//   items
	//   ▸✓ GET     /items   List the items
	//    ✗ POST    /items   Add an item
	//   …
	for _, want := range []string{"Operations · 6 of 6", "items\n", "▸✓ GET     /items", " ✗ POST    /items", "identity", "testing",
		"GET /items · listItems — List the items", "✓ needs demo.read: the token has it", "responses: 200, 401, 403"} {
		if !strings.Contains(screen, want) {
			t.Errorf("no %q in:\n%s", want, screen)
		}
	}
	m = press(m, "down")
	screen = uitest.Screen(m.View())
	if !strings.Contains(screen, "✗ the token lacks demo.write: only the provider can grant it") || !strings.Contains(screen, "body application/json") {
		t.Errorf("createItem's detail:\n%s", screen)
	}
	m = typeText(m, "slow")
	if len(m.Visible()) != 1 || m.Visible()[0].ID != "getSlow" {
		t.Fatalf("filter slow: %v", m.Visible())
	}
	m = typeText(m, "zzz")
	if screen = uitest.Screen(m.View()); !strings.Contains(screen, `no operation matches "slowzzz"`) {
		t.Errorf("no match:\n%s", screen)
	}
	m = press(m, "esc")
	if !m.Closed() {
		t.Error("esc should close")
	}
}

func TestExplorerChoosesWithParameters(t *testing.T) {
	m := newExplorer(t, i18n.En, sandboxSpec(t), nil, 80, 18)
	m = typeText(m, "getItem")
	m = press(m, "enter")
	screen := uitest.Screen(m.View())
	uitest.CheckWithin(t, screen, 80, 18)
	for _, want := range []string{"GET /items/{id} · getItem", "Parameters (* required)", "id*", "The item's id", "Responses", "200     The item", "404     There is no such item"} {
		if !strings.Contains(screen, want) {
			t.Errorf("no %q in the form:\n%s", want, screen)
		}
	}
	m = press(m, "ctrl+u", "enter")
	if m.Chosen() != nil || !strings.Contains(uitest.Screen(m.View()), "id is required") {
		t.Fatalf("an empty path parameter should be refused:\n%s", uitest.Screen(m.View()))
	}
	m = typeText(m, "7")
	m = press(m, "enter")
	c := m.Chosen()
	if c == nil || c.Op.ID != "getItem" || c.Values["id"] != "7" {
		t.Fatalf("chosen %+v", c)
	}
	// an operation without parameters is chosen at once
	m = press(m, "esc")
	m = newExplorer(t, i18n.En, sandboxSpec(t), nil, 80, 18)
	m = typeText(m, "post")
	m = press(m, "enter")
	if c := m.Chosen(); c == nil || c.Op.ID != "createItem" {
		t.Errorf("chosen %+v", c)
	}
}

func TestExplorerPortugueseAndHostileText(t *testing.T) {
	doc := `{"openapi":"3.0.0","info":{"title":"evil\u001b]0;pwned\u0007","version":"1"},"paths":{"/x":{"get":{"summary":"a\u001b[2Jb","description":"c\u009b31md","responses":{"200":{"description":"ok"}}}}}}`
	spec, err := openapi.Parse([]byte(doc), "evil")
	if err != nil {
		t.Fatal(err)
	}
	m := newExplorer(t, i18n.PtBR, spec, []string{}, 80, 18)
	v := m.View()
	if strings.Contains(v, "\x1b]") || strings.Contains(v, "\x1b[2J") || strings.Contains(v, "\u009b") || strings.Contains(v, "\a") {
		t.Errorf("control sequences reached the screen: %q", v)
	}
	screen := uitest.Screen(v)
	if !strings.Contains(screen, "Operações · 1 de 1") || !strings.Contains(screen, "○ pública") {
		t.Errorf("Portuguese:\n%s", screen)
	}
}

func TestExplorerFitsAt200x60(t *testing.T) {
	m := newExplorer(t, i18n.En, sandboxSpec(t), []string{"demo.read"}, 200, 52)
	uitest.CheckWithin(t, uitest.Screen(m.View()), 200, 52)
}
