package history

import (
	"strings"
	"testing"
	"time"

	"tokentui/requests"
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/uitest"
)

var now = time.Date(2026, 11, 26, 15, 4, 5, 0, time.Local)

func newHistory(t *testing.T, lang i18n.Lang, entries []requests.Entry, w, h int) Model {
	t.Helper()
	st := common.NewStyles(true)
	m := New(common.Common{Styles: &st, Lang: lang}, Options{Path: "history.jsonl", Now: func() time.Time { return now }})
	m.SetSize(w, h)
	m, _ = m.Update(LoadedMsg{Gen: 0, Entries: entries})
	return m
}

func entries() []requests.Entry {
	return []requests.Entry{
		{Time: now.Add(-time.Minute), Profile: "sandbox", Method: "GET", URL: "http://127.0.0.1:8765/api/v1/me",
			Status: 200, DurationMS: 1240, Size: 1536},
		{Time: now.Add(-26 * time.Hour), Profile: "sandbox", Method: "POST", URL: "http://127.0.0.1:8765/api/v1/orders",
			Error: "context canceled", DurationMS: 12},
	}
}

func screen(m Model) string { return uitest.Screen(m.View()) }

func TestHistoryInEachLanguage(t *testing.T) {
	tests := []struct {
		lang i18n.Lang
		want []string
	}{
		// History · 2 requests, newest first
		//   time     profile    method URL                 status     took      size
		// ▸ 15:03:05 sandbox    GET    /api/v1/me          200      1.24 s    1.5 KB
		//   11-25 13 sandbox    POST   /api/v1/orders      cancel      12 ms     0 B
		{i18n.En, []string{"History · 2 requests, newest first", "time", "profile", "method", "status", "took", "size",
			"1.24 s", "1.5 KB", "cancel", "11-25 13"}},
		// Histórico · 2 requisições, as mais recentes primeiro
		//   hora      perfil     método URL               status    tempo   tamanho
		// ▸ 15:03:05  sandbox    GET    /api/v1/me        200      1,24 s    1,5 KB
		//   25/11 13h sandbox    POST   /api/v1/orders    cancelada 12 ms     0 B
		{i18n.PtBR, []string{"Histórico · 2 requisições, as mais recentes primeiro", "hora", "perfil", "método",
			"tempo", "tamanho", "1,24 s", "1,5 KB", "cancelada", "25/11 13h", "15:03:05"}},
	}
	for _, tt := range tests {
		m := newHistory(t, tt.lang, entries(), 100, 10)
		s := screen(m)
		for _, want := range tt.want {
			if !strings.Contains(s, want) {
				t.Errorf("%s: the History tab lacks %q:\n%s", tt.lang, want, s)
			}
		}
		uitest.CheckWithin(t, s, 100, 10)
	}
}

func TestHistoryCountsOneRequest(t *testing.T) {
	for lang, want := range map[i18n.Lang]string{i18n.En: "History · 1 request, newest first", i18n.PtBR: "Histórico · 1 requisição, a mais recente primeiro"} {
		m := newHistory(t, lang, entries()[:1], 90, 8)
		if s := screen(m); !strings.Contains(s, want) {
			t.Errorf("%s: want %q:\n%s", lang, want, s)
		}
	}
}

func TestHistoryEmptyAndKeysInPortuguese(t *testing.T) {
	m := newHistory(t, i18n.PtBR, nil, 80, 6)
	if s := screen(m); !strings.Contains(s, "Nenhuma requisição ainda: envie uma pela aba Requisição (2).") {
		t.Errorf("empty history:\n%s", s)
	}
	k := m.KeyMap()
	for _, b := range []struct{ got, want string }{
		{k.Open.Help().Desc, "reabrir em Requisição"}, {k.Reload.Help().Desc, "recarregar"}, {k.Top.Help().Desc, "mais recente"},
	} {
		if b.got != b.want {
			t.Errorf("help %q, want %q", b.got, b.want)
		}
	}
	st := common.NewStyles(true)
	none := New(common.Common{Styles: &st, Lang: i18n.PtBR}, Options{})
	none.SetSize(80, 6)
	if s := screen(none); !strings.Contains(s, "Nenhum arquivo de histórico definido.") {
		t.Errorf("no history file:\n%s", s)
	}
}

func TestHistoryFitsNarrowInPortuguese(t *testing.T) {
	m := newHistory(t, i18n.PtBR, entries(), 60, 8)
	got := screen(m)
	uitest.CheckWithin(t, got, 60, 8)
	for _, want := range []string{"GET", "POST", "200"} {
		if !strings.Contains(got, want) {
			t.Errorf("the narrow Portuguese history lacks %q:\n%s", want, got)
		}
	}
}
