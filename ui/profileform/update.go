package profileform

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// Update handles the form's own results and the keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case MetadataMsg:
		if msg.ID == m.opts.ID && msg.Seq == m.fetchSeq {
			m.gotMetadata(msg)
		}
	case TestedMsg:
		if msg.ID == m.opts.ID && msg.Seq == m.testSeq {
			m.gotReport(msg)
		}
	case SavedMsg:
		if msg.ID == m.opts.ID {
			m.gotSaved(msg)
		}
	case CheckedMsg:
		if msg.ID == m.opts.ID && msg.Seq == m.checkSeq {
			m.checks = msg.results
			m.follow()
		}
	case KeyGeneratedMsg:
		if msg.ID == m.opts.ID && msg.Seq == m.genSeq {
			return m, m.gotKey(msg)
		}
	case common.ClipboardMsg:
		if msg.ID == m.opts.ID {
			m.status = msg.CopiedText(m.Lang)
			if msg.Err != nil {
				m.status = "✗ " + m.status
			}
			m.showResults()
		}
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m Model) key(k tea.KeyMsg) (Model, tea.Cmd) {
	if !key.Matches(k, m.keys.Cancel) {
		m.discard = false
	}
	switch {
	case key.Matches(k, m.keys.Cancel):
		if m.Cancel() {
			return m, nil
		}
		if m.dirty && !m.discard {
			m.discard = true
			m.status = m.T(i18n.ProfileFormEscAgain)
			m.showResults()
			return m, nil
		}
		id := m.opts.ID
		return m, func() tea.Msg { return ClosedMsg{ID: id} }
	case key.Matches(k, m.keys.Fetch):
		return m.fetch()
	case key.Matches(k, m.keys.Test):
		return m.test()
	case key.Matches(k, m.keys.Save):
		return m.save()
	case key.Matches(k, m.keys.Generate):
		return m.generate()
	case key.Matches(k, m.keys.CopyJWK), key.Matches(k, m.keys.CopyJWKS):
		jwk, jwks, ok := m.publicText()
		if !ok {
			m.status = m.T(i18n.ProfileFormNoJWK)
			m.showResults()
			return m, nil
		}
		if key.Matches(k, m.keys.CopyJWKS) {
			return m, common.CopyCmd(m.opts.ID, "JWKS", jwks)
		}
		return m, common.CopyCmd(m.opts.ID, m.T(i18n.ProfileFormCopyJWK), jwk)
	case key.Matches(k, m.keys.Next):
		m.move(1)
	case key.Matches(k, m.keys.Prev):
		m.move(-1)
	case key.Matches(k, m.keys.PageUp):
		m.offset = m.clampOffset(m.offset - max(m.Height-2, 1))
		return m, nil
	case key.Matches(k, m.keys.PageDn):
		m.offset = m.clampOffset(m.offset + max(m.Height-2, 1))
		return m, nil
	case m.at.kind == stopButton && (k.Type == tea.KeyEnter || k.String() == " "):
		switch m.at.n {
		case bFetch:
			return m.fetch()
		case bTest:
			return m.test()
		case bSave:
			return m.save()
		case bCancel:
			id := m.opts.ID
			return m, func() tea.Msg { return ClosedMsg{ID: id} }
		}
	case k.Type == tea.KeyEnter:
		m.move(1)
	case m.at.kind == stopScope && k.String() == " ":
		m.toggleScope(m.scopes[m.at.n])
	case m.at.kind == stopField && field(m.at.n) == fWhere && key.Matches(k, m.keys.Choose):
		ws := m.wheres()
		i := indexOf(ws, m.where)
		if k.String() == "left" {
			i = (i + len(ws) - 1) % len(ws)
		} else {
			i = (i + 1) % len(ws)
		}
		m.setWhere(ws[i])
		m.dirty = true
	case m.at.kind == stopField && field(m.at.n) == fAuth && key.Matches(k, m.keys.Choose):
		if k.String() == "left" {
			m.auth = (m.auth + len(authMethods) - 1) % len(authMethods)
		} else {
			m.auth = (m.auth + 1) % len(authMethods)
		}
		delete(m.errs, fAuth)
		m.dirty = true
		cmd := m.recheck()
		m.follow()
		return m, cmd
	case m.at.kind == stopField && field(m.at.n) == fKeyAlg && key.Matches(k, m.keys.Choose):
		list := m.algChoices()
		i := indexOf(list, m.alg())
		if k.String() == "left" {
			i = (i + len(list) - 1) % len(list)
		} else {
			i = (i + 1) % len(list)
		}
		m.setAlg(list[i])
		delete(m.errs, fKeyAlg)
		m.dirty = true
		cmd := m.recheck()
		m.follow()
		return m, cmd
	case m.at.kind == stopField && isText(field(m.at.n)):
		f := field(m.at.n)
		before := m.inputs[f].Value()
		var cmd tea.Cmd
		m.inputs[f], cmd = m.inputs[f].Update(k)
		if m.inputs[f].Value() != before {
			m.dirty = true
			delete(m.errs, f)
			if f == fRef {
				m.refreshEnv()
			}
			if f == fKey || f == fCert {
				cmd = tea.Batch(cmd, m.recheck())
			}
		}
		m.follow()
		return m, cmd
	}
	m.follow()
	return m, nil
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return 0
}

// toggleScope adds or removes a scope in the Scopes field, keeping the
// order the user typed.
func (m *Model) toggleScope(s string) {
	var out []string
	found := false
	for _, x := range strings.Fields(m.inputs[fScopes].Value()) {
		if x == s {
			found = true
			continue
		}
		out = append(out, x)
	}
	if !found {
		out = append(out, s)
	}
	m.inputs[fScopes].SetValue(strings.Join(out, " "))
	m.dirty = true
}

// hasScope reports whether the Scopes field holds s.
func (m Model) hasScope(s string) bool {
	for _, x := range strings.Fields(m.inputs[fScopes].Value()) {
		if x == s {
			return true
		}
	}
	return false
}

// Saved reports whether the profile was saved (the root then closes the form).
func (m Model) Saved() bool { return m.saved }
