package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/ui/flow"
	"tokentui/ui/request"
	"tokentui/ui/token"
)

// The glue between a profile's tabs. The Token and Flow tabs show the
// same token: what one of them obtains, the other learns. A request's
// first answer may have fetched the profile's first token: the Token tab
// looks in the cache then.

// share runs the glue after the panes have seen msg; before is the token
// the Token tab showed until then.
func (w *workspace) share(msg tea.Msg, before string) tea.Cmd {
	if w.token == nil {
		return nil
	}
	var cmds []tea.Cmd
	if w.flow != nil {
		w.shareTokenWithFlow(msg)
		cmds = append(cmds, w.shareCheckedToken(msg, before), w.shareFlowToken(msg))
	}
	if w.request != nil {
		cmds = append(cmds, w.requestAnswered(msg))
	}
	return tea.Batch(cmds...)
}

// shownToken is the raw token the Token tab shows, "" for none.
func (w *workspace) shownToken() string {
	if w.token == nil {
		return ""
	}
	if t := w.token.Token(); t != nil {
		return t.Raw
	}
	return ""
}

// shareFlowToken hands a token the Flow just obtained (its first, or a new
// one the user asked for) to the Token tab: it is the profile's token now,
// so the Token tab and the header badge must show it too.
func (w *workspace) shareFlowToken(msg tea.Msg) tea.Cmd {
	tm, ok := msg.(flow.TokenMsg)
	if !ok || !tm.Fresh || tm.Token == nil || tm.ID != w.flow.ID() {
		return nil
	}
	return w.token.Handle(token.LoadedMsg{ID: tm.ID, Token: tm.Token, Requests: tm.Requests})
}

// shareTokenWithFlow tells the Flow when the Token tab got a token the Flow
// has not shown (a renew there), so the Flow does not keep showing the old one.
func (w *workspace) shareTokenWithFlow(msg tea.Msg) {
	if lm, ok := msg.(token.LoadedMsg); ok && lm.ID == w.flow.ID() && lm.Token != nil && lm.Err == nil {
		w.flow.TokenChanged(lm.Token.Raw)
	}
}

// shareCheckedToken tells the Flow when the Token tab's look at the cache
// found a newer token (another tab or process got it); before is the
// token the Token tab showed until then. A Flow on screen runs its step
// again at once, with the new token.
func (w *workspace) shareCheckedToken(msg tea.Msg, before string) tea.Cmd {
	if _, ok := msg.(token.CheckedMsg); !ok {
		return nil
	}
	t := w.token.Token()
	if t == nil || t.Raw == before {
		return nil
	}
	w.flow.TokenChanged(t.Raw)
	if w.flowShown {
		return w.flow.Focus()
	}
	return nil
}

// requestAnswered makes the Token tab look in the cache again when one of
// the Request tab's requests got an answer and it has no token yet.
func (w *workspace) requestAnswered(msg tea.Msg) tea.Cmd {
	if sent, ok := msg.(request.SentMsg); ok && sent.ID == w.request.ID() && sent.Resp != nil && w.token.Token() == nil {
		return w.token.Init()
	}
	return nil
}
