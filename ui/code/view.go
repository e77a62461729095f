package code

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"tokentui/codegen"
	"tokentui/text/i18n"
	"tokentui/text/inert"
)

// View draws the title, the language picker, a note (where the secret
// comes from, or what the last copy did) and the window of the program.
//
//	Code for sandbox · GET http://127.0.0.1:8765/api/v1/me
//	1 Go  2 Python  3 Node.js  4 Java  5 C#  6 shell  7 curl+jq
//	the secret is read from $SANDBOX_CLIENT_SECRET, never written in the code
//	// Gets an OAuth2 client-credentials token, reuses it until shortly
//	…
func (m Model) View() string {
	if m.Styles == nil || m.Width <= 0 || m.Height <= 0 || !m.open {
		return ""
	}
	s := m.Styles
	title := m.T(i18n.CodeTitle, inert.String(m.profile.Name))
	if m.spec.URL != "" {
		title += " · " + inert.String(strings.TrimSpace(m.spec.Method+" "+m.spec.URL))
	}
	out := []string{s.Title.Render(title), m.picker()}
	switch {
	case m.flash != "":
		out = append(out, s.Good.Render(m.flash))
	case m.Language() == codegen.Shell:
		out = append(out, s.Muted.Render(m.T(i18n.CodeSecretNoteShell)))
	default:
		env := codegen.SecretEnvName(m.profile.Name, m.profile.ClientSecret)
		out = append(out, s.Muted.Render(m.T(i18n.CodeSecretNote, env)))
	}
	switch {
	case m.err != nil:
		out = append(out, s.Bad.Render(m.T(i18n.CodeError, inert.String(m.errText()))))
	default:
		lines := m.lines
		if m.colored != nil {
			lines = m.colored
		}
		end := min(m.top+m.codeHeight(), len(lines))
		out = append(out, lines[min(m.top, end):end]...)
	}
	if len(out) > m.Height {
		out = out[:m.Height]
	}
	for i, l := range out {
		out[i] = ansi.Truncate(l, m.Width, "…")
	}
	return strings.Join(out, "\n")
}

// picker is the languages, numbered, the one shown selected.
func (m Model) picker() string {
	parts := make([]string, 0, len(codegen.Languages()))
	for i, l := range codegen.Languages() {
		label := string(rune('1'+i)) + " " + l.Title()
		if i == m.lang {
			label = m.Styles.Selected.Render(label)
		} else {
			label = m.Styles.Muted.Render(label)
		}
		parts = append(parts, label)
	}
	return strings.Join(parts, "  ")
}
