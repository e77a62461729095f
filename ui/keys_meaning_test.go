package ui

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"

	"tokentui/text/i18n"
	"tokentui/ui/code"
	"tokentui/ui/common"
	"tokentui/ui/flow"
	"tokentui/ui/history"
	"tokentui/ui/profilelist"
	"tokentui/ui/request"
	"tokentui/ui/token"
)

// binding is one key of one pane's KeyMap and the field that binds it
// ("Request.Response.Next"); keyActions says what it does.
type binding struct {
	field, key string
}

// bindingsOf lists every key of a KeyMap struct: its exported key.Binding
// fields, those of the KeyMaps it holds, and those of its slices.
func bindingsOf(pane string, km any) []binding {
	var out []binding
	var walk func(name string, v reflect.Value)
	walk = func(name string, v reflect.Value) {
		if b, ok := v.Interface().(key.Binding); ok {
			for _, k := range b.Keys() {
				out = append(out, binding{field: name, key: k})
			}
			return
		}
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() {
					walk(name+"."+f.Name, v.Field(i))
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(name, v.Index(i))
			}
		}
	}
	walk(pane, reflect.ValueOf(km))
	return out
}

// keyActions says what every binding of the tabs does, in words shared
// across panes: two fields with the same action do the same thing where
// they are (move up, copy what is shown, copy as curl). A new binding must
// be added here, which is where its key is checked against the others.
// "" marks a binding that only works inside a dialog or an overlay that
// takes every key while it is open (a y/n confirmation, the saved
// requests' picker, the Code view), so it cannot be confused with a tab's.
var keyActions = map[string]string{
	"Everywhere.Quit": "quit", "Everywhere.ForceQuit": "cancel or quit", "Everywhere.Help": "help",
	"Everywhere.NextFocus": "next pane", "Everywhere.PrevFocus": "previous pane",
	"Everywhere.Tabs": "tab", "Everywhere.AnyTabs": "tab",

	"Token.Get": "get token", "Token.Renew": "run again", "Token.Inspect": "inspect",
	"Token.Back": "back", "Token.Copy": "copy", "Token.Curl": "copy as curl",
	"Token.Confirm": "", "Token.Cancel": "",
	"Token.Up": "up", "Token.Down": "down", "Token.PageUp": "page up", "Token.PageDn": "page down",

	"Request.Send": "send", "Request.EditURL": "edit URL", "Request.EditHeaders": "edit headers",
	"Request.EditBody": "edit body", "Request.Method": "next method", "Request.MethodBack": "previous method",
	"Request.FieldMethod": "", // only in the URL field
	"Request.NextField":   "next field", "Request.PrevField": "previous field",
	"Request.Leave": "back", "Request.Cancel": "back",
	"Request.Saved": "saved requests", "Request.Curl": "copy as curl", "Request.Retry": "renew and retry",
	"Request.TokenAny": "token to any host", "Request.Ops": "operations",
	"Request.PickUp": "", "Request.PickDown": "", "Request.PickChoose": "", "Request.PickClose": "",
	"Request.ConfirmYes": "", "Request.ConfirmNo": "",
	"Request.Response.Body": "body view", "Request.Response.Headers": "headers view",
	"Request.Response.Timing": "timing view",
	"Request.Response.Up":     "up", "Request.Response.Down": "down",
	"Request.Response.PageUp": "page up", "Request.Response.PageDown": "page down",
	"Request.Response.Top": "top", "Request.Response.Bottom": "bottom",
	"Request.Response.Search": "search", "Request.Response.Next": "next", "Request.Response.Prev": "previous match",
	"Request.Response.Clear": "back", "Request.Response.Wrap": "wrap",
	"Request.Response.Save": "save body", "Request.Response.JQ": "jq",

	"Flow.Next": "next", "Flow.Prev": "previous step", "Flow.Restart": "run again",
	"Flow.NewToken": "new token", "Flow.Present": "present", "Flow.Diagnose": "diagnose",
	"Flow.Copy": "copy", "Flow.Confirm": "", "Flow.Refuse": "", "Flow.Back": "back",
	"Flow.Up": "up", "Flow.Down": "down", "Flow.PageUp": "page up", "Flow.PageDn": "page down",
	"Flow.Storm": "why reuse",

	"History.Up": "up", "History.Down": "down", "History.PageUp": "page up", "History.PageDown": "page down",
	"History.Top": "top", "History.Bottom": "bottom", "History.Open": "reopen", "History.Reload": "run again",
	"History.Curl": "copy as curl",

	"Profiles.Up": "up", "Profiles.Down": "down", "Profiles.Choose": "use profile", "Profiles.Filter": "search",
	"Profiles.ClearFilter": "back", "Profiles.Add": "add profile", "Profiles.Temporary": "temporary profile",
	"Profiles.Edit": "edit profile", "Profiles.Delete": "delete profile", "Profiles.Default": "default profile",
	"Profiles.Test": "test credentials", "Profiles.Yes": "", "Profiles.No": "",

	"Code.Open":     "code view", // pressed on the Flow and Request tabs; the rest is the overlay's
	"Code.NextLang": "", "Code.PrevLang": "", "Code.Copy": "", "Code.Close": "",
	"Code.Up": "", "Code.Down": "", "Code.PageUp": "", "Code.PageDown": "", "Code.Top": "", "Code.Bottom": "",
}

// paneLocal are the keys that deliberately mean different things on
// different tabs, and why.
var paneLocal = map[string]string{
	"enter":     "each tab's main action: send (Request), reopen (History)",
	"r":         "the tab's action again: renew the token, send the request, restart the flow, reload the history",
	"tab":       "between panes, except inside the Request form, where it goes from field to field",
	"shift+tab": "as tab, backwards",
	"g":         "gets a token on the Token tab (which has no top to go to); top in the scrolled views, as in less",
	"b":         "the response's Body view, as h and t are Headers and Timing; page up elsewhere, as in less",
	"h":         "the response's Headers view; the previous step in the Flow, as ← (vi)",
	"d":         "edits the request's body on the Request tab; diagnoses on the Flow",
	"w":         "wraps the response's lines; opens the sandbox's \"why reuse\" demonstration on the Flow",
	"t":         "the response's Timing view, as b and h; tests the credentials in the profiles list",
	"T":         "sends with the token to any host on the Request tab; adds a temporary profile in the profiles list",
	"x":         "opens the Code view (Flow's last step, Request tab); deletes a profile, after y/n, in the profiles list",
}

func allTabBindings() []binding {
	en := i18n.En
	var all []binding
	all = append(all, bindingsOf("Everywhere", common.NewGlobalKeysIn(en, tabNames(en)))...)
	all = append(all, bindingsOf("Token", token.KeyMapIn(en))...)
	all = append(all, bindingsOf("Request", request.KeyMapIn(en))...)
	all = append(all, bindingsOf("Flow", flow.KeyMapIn(en))...)
	all = append(all, bindingsOf("History", history.KeyMapIn(en))...)
	all = append(all, bindingsOf("Code", code.KeyMapIn(en))...)
	all = append(all, bindingsOf("Profiles", profilelist.KeyMapIn(en))...)
	return all
}

// TestOneMeaningPerKey: across the tabs' KeyMaps (with the keys that work
// everywhere and the profiles list's, always beside them), a key does one thing unless it is listed in paneLocal, and
// a thing done on several tabs (copy as curl, page up…) is done with the
// same key on each.
func TestOneMeaningPerKey(t *testing.T) {
	all := allTabBindings()
	actions := map[string]map[string][]string{}       // key → action → fields
	keysOf := map[string]map[string]map[string]bool{} // action → pane → keys
	for _, b := range all {
		action, ok := keyActions[b.field]
		if !ok {
			t.Errorf("%s (key %q) is not in keyActions: say what it does", b.field, b.key)
			continue
		}
		if action == "" {
			continue
		}
		if actions[b.key] == nil {
			actions[b.key] = map[string][]string{}
		}
		actions[b.key][action] = append(actions[b.key][action], b.field)
		pane := strings.SplitN(b.field, ".", 2)[0]
		if keysOf[action] == nil {
			keysOf[action] = map[string]map[string]bool{}
		}
		if keysOf[action][pane] == nil {
			keysOf[action][pane] = map[string]bool{}
		}
		keysOf[action][pane][b.key] = true
	}
	for k, acts := range actions {
		if len(acts) < 2 {
			continue
		}
		if _, ok := paneLocal[k]; ok {
			continue
		}
		var parts []string
		for a, fields := range acts {
			parts = append(parts, a+" ("+strings.Join(fields, ", ")+")")
		}
		sort.Strings(parts)
		t.Errorf("key %q means %s: give one of them another key, or list %q as pane-local", k, strings.Join(parts, " and "), k)
	}
	// The same thing has a key in common on every tab that does it.
	for action, panes := range keysOf {
		var common map[string]bool
		for _, ks := range panes {
			if common == nil {
				common = map[string]bool{}
				for k := range ks {
					common[k] = true
				}
				continue
			}
			for k := range common {
				if !ks[k] {
					delete(common, k)
				}
			}
		}
		if len(panes) > 1 && len(common) == 0 {
			t.Errorf("%q has no key in common across %v", action, panes)
		}
	}
	for k := range paneLocal {
		if len(actions[k]) < 2 {
			t.Errorf("%q is listed as pane-local but means one thing: take it off the list", k)
		}
	}
}

// TestCopyAsCurlIsCEverywhere: the issue that led to the test above — u
// copied as curl on the Token tab and edited the URL on the Request tab.
// Every tab that writes a request as curl (Token, Request, History) does
// it with C.
func TestCopyAsCurlIsCEverywhere(t *testing.T) {
	curlTabs := map[string]bool{}
	for _, b := range allTabBindings() {
		if keyActions[b.field] == "copy as curl" {
			curlTabs[strings.SplitN(b.field, ".", 2)[0]] = true
		}
	}
	for _, tab := range []string{"Token", "Request", "History"} {
		if !curlTabs[tab] {
			t.Errorf("the %s tab has no copy-as-curl key", tab)
		}
	}
	for _, b := range allTabBindings() {
		switch a := keyActions[b.field]; {
		case a == "copy as curl" && b.key != "C":
			t.Errorf("%s copies as curl with %q, not C", b.field, b.key)
		case b.key == "u" && a != "edit URL" && a != "":
			t.Errorf("%s binds u to %q; u edits the URL", b.field, a)
		}
	}
}
