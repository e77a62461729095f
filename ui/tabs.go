package ui

import (
	"tokentui/text/i18n"
	"tokentui/ui/common"
	"tokentui/ui/flow"
	"tokentui/ui/history"
	"tokentui/ui/pane"
	"tokentui/ui/request"
	"tokentui/ui/token"
)

// tabs are the tabs on the right, in the order of their number keys: the
// tab bar, the number keys, the help screen and the routing all come from
// this slice. Adding a tab is a package whose *Model satisfies pane.Pane
// and one line here.
var tabs = []tab{
	perProfile(func(c common.Common, p Profile, o Options) *token.Model {
		m := token.New(c, token.Options{ID: p.Name, Client: p.Client, Problem: p.Problem, AutoFetch: o.AutoFetch && p.Name == o.Active, Now: o.Now(), Curl: curlFor(p, o)})
		return &m
	}),
	perProfile(func(c common.Common, p Profile, o Options) *request.Model {
		m := request.New(c, request.Options{ID: p.Name, Curl: requestCurl(p, o), Sender: p.Sender, Saved: p.Saved, IsDark: o.IsDark, Now: o.Now,
			Spec: p.Spec, Granted: grantedScopes(p.Client), ClientID: p.Config.ClientID})
		return &m
	}),
	perProfile(func(c common.Common, p Profile, o Options) *flow.Model {
		m := flow.New(c, flow.Options{ID: p.Name, Source: p.Flow, Problem: p.Problem, Now: o.Now(), Present: o.Present})
		return &m
	}),
	shared(func(c common.Common, o Options) *history.Model {
		m := history.New(c, history.Options{Path: o.HistoryPath, Now: o.Now})
		return &m
	}),
}

// tab is one entry of the tab bar: how its pane is built, and what the
// root learns of it before any pane exists.
type tab struct {
	title func(i18n.Lang) string
	// open builds the tab's pane for a profile; nil for a shared tab.
	open func(common.Common, Profile, Options) pane.Pane
	// openShared builds the one pane every profile shows; nil for a
	// per-profile tab.
	openShared func(common.Common, Options) pane.Pane
	presents   bool // its pane is a pane.Presenter (--present opens on it)
	opens      bool // its pane is a pane.RequestOpener (History's enter reopens there)
}

// perProfile is a tab with a pane of its own in every profile's workspace.
func perProfile[P pane.Pane](open func(common.Common, Profile, Options) P) tab {
	t := describe[P]()
	t.open = func(c common.Common, p Profile, o Options) pane.Pane { return open(c, p, o) }
	return t
}

// shared is a tab whose one pane serves every profile (the History).
func shared[P pane.Pane](open func(common.Common, Options) P) tab {
	t := describe[P]()
	t.openShared = func(c common.Common, o Options) pane.Pane { return open(c, o) }
	return t
}

// describe reads what a tab is from its pane's type: a nil *Model names
// the tab and tells the optional parts it has.
func describe[P pane.Pane]() tab {
	var zero P
	_, presents := any(zero).(pane.Presenter)
	_, opens := any(zero).(pane.RequestOpener)
	return tab{title: zero.Title, presents: presents, opens: opens}
}

// tabNames are the tabs' names in lang, in order.
func tabNames(lang i18n.Lang) []string {
	names := make([]string, len(tabs))
	for i, t := range tabs {
		names[i] = t.title(lang)
	}
	return names
}

// tabWith is the first tab with the property, or -1.
func tabWith(has func(tab) bool) int {
	for i, t := range tabs {
		if has(t) {
			return i
		}
	}
	return -1
}
