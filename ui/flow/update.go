package flow

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// Update handles results addressed to this pane and, when focused, keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case DiscoveredMsg:
		if msg.ID != m.opts.ID || msg.Gen != m.gen {
			return m, nil
		}
		m.running &^= jobDiscover
		m.res.md, m.res.mdErr, m.res.mdTrace, m.res.mdDone = msg.Meta, msg.Err, msg.Trace, true
		if canceled(msg.Err) {
			m.res.mdDone = false
		}
	case TokenMsg:
		if msg.ID != m.opts.ID || msg.Gen != m.gen {
			return m, nil
		}
		m.running &^= jobToken
		m.tokenArrived(msg)
	case VerifiedMsg:
		if msg.ID != m.opts.ID || msg.Gen != m.gen || m.res.tok == nil || msg.Raw != m.res.tok.Raw {
			return m, nil
		}
		m.running &^= jobVerify
		if !canceled(msg.Result.Err) {
			v := msg.Result
			m.res.ver, m.res.jwksTrace = &v, msg.JWKS
		}
	case APIMsg:
		if msg.ID != m.opts.ID || msg.Gen != m.gen {
			return m, nil
		}
		m.running &^= jobAPI
		m.res.api, m.res.apiErr, m.res.apiDone = msg.Result, msg.Err, !canceled(msg.Err)
	case AdviceMsg:
		if msg.ID != m.opts.ID || m.running&jobAdvice == 0 {
			return m, nil
		}
		m.running &^= jobAdvice
		return m.adviceArrived(msg.Advice)
	case DiagnosedMsg:
		if msg.ID != m.opts.ID || m.diag == nil {
			return m, nil
		}
		m.running &^= jobDiagnose
		r := msg.Report
		m.diag.report = &r
		m.refresh()
		return m, nil
	case StormShotMsg:
		return m.stormShot(msg)
	case common.ClipboardMsg:
		if msg.ID != m.opts.ID || m.diag == nil {
			return m, nil
		}
		m.diag.notice, m.diag.bad = msg.CopiedText(m.Lang), msg.Err != nil
		m.refresh()
		return m, nil
	case tea.KeyMsg:
		if !m.focused {
			return m, nil
		}
		return m.key(msg)
	case tea.MouseMsg:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	default:
		return m, nil
	}
	cmd := m.ensure()
	m.refresh()
	return m, cmd
}

// tokenArrived keeps the token and decodes it.
func (m *Model) tokenArrived(msg TokenMsg) {
	r := &m.res
	r.requests = msg.Requests
	if canceled(msg.Err) {
		r.tokDone = false
		return
	}
	r.tok, r.tokErr, r.tokTrace, r.tokFresh, r.tokDone, r.forced = msg.Token, msg.Err, msg.Trace, msg.Fresh, true, msg.Forced
	r.jwt, r.jwtErr = nil, nil
	if msg.Token != nil {
		r.jwt, r.jwtErr = auth.Decode(msg.Token.Raw)
	}
}

func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	if m.confirm {
		switch {
		case key.Matches(msg, k.Confirm):
			m.confirm, m.advice = false, nil
			return m.newToken(true)
		case key.Matches(msg, k.Refuse):
			m.confirm, m.advice = false, nil
			m.refresh()
		}
		return m, nil
	}
	if m.diag != nil {
		switch {
		case key.Matches(msg, k.Copy):
			if m.diag.report == nil {
				return m, nil
			}
			return m, common.CopyCmd(m.opts.ID, m.t(i18n.FlowWhatReport), reportText(m.Lang, *m.diag.report))
		case key.Matches(msg, k.Diagnose):
			return m.diagnose()
		case key.Matches(msg, k.Back):
			if m.running&jobDiagnose != 0 {
				m.Cancel()
			}
			m.diag = nil
			m.running &^= jobDiagnose
			m.vp.GotoTop()
			m.refresh()
			return m, nil
		}
		return m.scroll(msg), nil
	}
	if m.storm != nil {
		switch {
		case key.Matches(msg, k.Storm):
			return m.startStorm()
		case key.Matches(msg, k.Back):
			m.Cancel()
			m.storm = nil
			m.stopped = false
			m.vp.GotoTop()
			m.refresh()
			return m, nil
		}
		return m.scroll(msg), nil
	}
	switch {
	case key.Matches(msg, k.Storm) && m.opts.Source.Storm != "":
		return m.startStorm()
	case key.Matches(msg, k.Next):
		return m.goTo(m.step + 1)
	case key.Matches(msg, k.Prev):
		return m.goTo(m.step - 1)
	case key.Matches(msg, k.Restart):
		return m.restart()
	case key.Matches(msg, k.NewToken):
		if m.running&(jobToken|jobAdvice) != 0 {
			return m, nil
		}
		m.running |= jobAdvice
		return m, adviceCmd(m.opts.ID, m.opts.Source.Client)
	case key.Matches(msg, k.Present):
		on := !m.present
		return m, func() tea.Msg { return PresentMsg{On: on} }
	case key.Matches(msg, k.Diagnose):
		return m.diagnose()
	case key.Matches(msg, k.Back):
		if m.Cancel() {
			m.refresh()
		}
		return m, nil
	}
	return m.scroll(msg), nil
}

func (m Model) scroll(msg tea.KeyMsg) Model {
	switch {
	case key.Matches(msg, m.keys.Up):
		m.vp.ScrollUp(1)
	case key.Matches(msg, m.keys.Down):
		m.vp.ScrollDown(1)
	case key.Matches(msg, m.keys.PageUp):
		m.vp.PageUp()
	case key.Matches(msg, m.keys.PageDn):
		m.vp.PageDown()
	}
	return m
}

// goTo shows another step and runs what it needs.
func (m Model) goTo(s Step) (Model, tea.Cmd) {
	s = min(max(s, 0), stepCount-1)
	if s == m.step {
		return m, nil
	}
	m.step = s
	m.stopped = false
	m.vp.GotoTop()
	cmd := m.ensure()
	m.refresh()
	return m, cmd
}

// restart forgets what was learnt and starts again at step 1. The token
// stays in the client's cache: the next run reuses it.
func (m Model) restart() (Model, tea.Cmd) {
	m.Cancel()
	m.gen++
	m.running &= jobAdvice | jobDiagnose
	m.res = results{}
	m.step = StepDiscovery
	m.stopped = false
	m.vp.GotoTop()
	cmd := m.ensure()
	m.refresh()
	return m, cmd
}

// adviceArrived asks before a forced token request, or, when no valid token
// is cached, simply gets one.
func (m Model) adviceArrived(a auth.RenewAdvice) (Model, tea.Cmd) {
	if !a.Valid {
		return m.newToken(false)
	}
	m.confirm, m.advice = true, &a
	m.refresh()
	return m, nil
}

// newToken asks for a token again and shows step 2 with what was sent.
func (m Model) newToken(force bool) (Model, tea.Cmd) {
	m.gen++
	m.running &= jobAdvice | jobDiagnose
	md, mdErr, mdTrace, mdDone := m.res.md, m.res.mdErr, m.res.mdTrace, m.res.mdDone
	m.res = results{md: md, mdErr: mdErr, mdTrace: mdTrace, mdDone: mdDone}
	m.step = StepTokenRequest
	m.stopped = false
	m.vp.GotoTop()
	m.running |= jobToken
	cmd := tokenCmd(m.ctx, m.opts.ID, m.gen, m.opts.Source.Client, force)
	m.refresh()
	return m, cmd
}

// ensure starts what the step on screen needs and is not there yet.
func (m *Model) ensure() tea.Cmd {
	if !m.focused || m.stopped || m.opts.Source.Client == nil {
		return nil
	}
	c, id, gen, r := m.opts.Source.Client, m.opts.ID, m.gen, &m.res
	var cmds []tea.Cmd
	start := func(j job, cmd tea.Cmd) {
		if m.running&j == 0 {
			m.running |= j
			cmds = append(cmds, cmd)
		}
	}
	s := m.step
	if s.needsDiscovery() && !r.mdDone && c.Options().Issuer != "" {
		start(jobDiscover, discoverCmd(m.ctx, id, gen, c))
	}
	if s.needsToken() && !r.tokDone {
		start(jobToken, tokenCmd(m.ctx, id, gen, c, false))
	}
	if s.needsVerify() && r.tok != nil && r.ver == nil {
		start(jobVerify, verifyCmd(m.ctx, id, gen, c, r.tok.Raw))
	}
	src := m.opts.Source
	if s.needsAPI() && r.tok != nil && !r.apiDone && src.Send != nil && src.APIBaseURL != "" {
		start(jobAPI, apiCmd(m.ctx, id, gen, src.Send, src.API, r.tok, src.Spec))
	}
	return tea.Batch(cmds...)
}

// diagnose runs the diagnosis of the profile and shows it.
func (m Model) diagnose() (Model, tea.Cmd) {
	if m.opts.Source.Client == nil || m.running&jobDiagnose != 0 {
		return m, nil
	}
	m.diag = &diagState{}
	m.running |= jobDiagnose
	m.vp.GotoTop()
	m.refresh()
	return m, diagnoseCmd(m.ctx, m.opts.ID, m.opts.Source.Client)
}
