package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"tokentui/ui/flow"
	"tokentui/ui/token"
)

// The Token and Flow tabs of a profile show the same token: what one of
// them obtains, the other learns.

// shareFlowToken hands a token the Flow just obtained (its first, or a new
// one the user asked for) to the Token tab: it is the profile's token now,
// so the Token tab and the header badge must show it too.
func (w *workspace) shareFlowToken(msg tea.Msg) tea.Cmd {
	tm, ok := msg.(flow.TokenMsg)
	if !ok || !tm.Fresh || tm.Token == nil || tm.ID != w.flow.ID() {
		return nil
	}
	var cmd tea.Cmd
	w.token, cmd = w.token.Update(token.LoadedMsg{ID: tm.ID, Token: tm.Token, Requests: tm.Requests})
	return cmd
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
