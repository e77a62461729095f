package profileform

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"tokentui/profiles"
)

// field names the form's rows that hold a value.
type field int

const (
	fName field = iota
	fIssuer
	fTokenURL
	fClientID
	fWhere  // where the secret lives: a choice
	fRef    // the variable, path or command of env:, file:, cmd:
	fSecret // the secret itself, masked (keyring, literal, temporary)
	fScopes
	fAuth // the auth method: a choice
	fAPI
	fieldCount
)

// labels are the rows' names, as shown.
var labels = [fieldCount]string{
	fName: "Name", fIssuer: "Issuer", fTokenURL: "Token URL", fClientID: "Client ID",
	fWhere: "Secret from", fRef: "", fSecret: "Secret", fScopes: "Scopes", fAuth: "Auth method", fAPI: "API base URL",
}

// byYAML maps the fields profiles.Validate names to rows.
var byYAML = map[string]field{
	"name": fName, "issuer": fIssuer, "token_url": fTokenURL, "client_id": fClientID,
	"auth_method": fAuth, "api_base_url": fAPI, "client_secret": fWhere,
}

// Where a secret can live: the kinds of profiles' secret references.
const (
	whereEnv     = "env"
	whereFile    = "file"
	whereCmd     = "cmd"
	whereKeyring = "keyring"
	whereLiteral = "literal"
)

// place describes one choice of "Secret from".
type place struct {
	id          string
	label       string // in the choice
	refLabel    string // the label of the reference row ("" = the secret is typed)
	placeholder string
	note        string // under the row
}

var places = map[string]place{
	whereEnv: {id: whereEnv, label: "env var", refLabel: "Variable", placeholder: "e.g. AC_CLIENT_SECRET",
		note: "read from the environment each time a token is needed; the file keeps only the name"},
	whereFile: {id: whereFile, label: "file", refLabel: "File", placeholder: "e.g. ~/.config/tokentui/ac.secret",
		note: "a file only you can read (chmod 600); the file keeps only the path"},
	whereCmd: {id: whereCmd, label: "command", refLabel: "Command", placeholder: "e.g. pass show ac/homolog",
		note: "its output is the secret (10 s timeout); the file keeps only the command"},
	whereKeyring: {id: whereKeyring, label: "keyring",
		note: "stored in the system keyring (service tokentui, user = the profile's name) when you save"},
	whereLiteral: {id: whereLiteral, label: "in the file",
		note: "⚠ the secret is written in clear text in profiles.yaml: prefer env var, file, command or keyring"},
}

// temporaryLiteral is the note of a typed secret in a temporary profile.
const temporaryLiteral = "kept in memory for this session only, never written"

// authMethods are the choices of the auth method row.
var authMethods = []struct{ id, note string }{
	{profiles.AuthBasic, "HTTP Basic header (the default)"},
	{profiles.AuthPost, "id and secret in the form body"},
}

// wheres returns the choices of "Secret from": a temporary profile cannot
// use the keyring (it would be written there) and types its secret first.
func (m Model) wheres() []string {
	if m.opts.Temporary {
		return []string{whereLiteral, whereEnv, whereFile, whereCmd}
	}
	return []string{whereEnv, whereFile, whereCmd, whereKeyring, whereLiteral}
}

func (m Model) whereLabel(id string) string {
	if id == whereLiteral && m.opts.Temporary {
		return "typed here"
	}
	return places[id].label
}

// splitRef turns a secret reference into a choice and the text of its row.
func splitRef(ref string) (where, value string) {
	switch {
	case strings.HasPrefix(ref, profiles.RefEnv):
		return whereEnv, strings.TrimPrefix(ref, profiles.RefEnv)
	case strings.HasPrefix(ref, profiles.RefFile):
		return whereFile, strings.TrimPrefix(ref, profiles.RefFile)
	case strings.HasPrefix(ref, profiles.RefCmd):
		return whereCmd, strings.TrimPrefix(ref, profiles.RefCmd)
	case ref == profiles.RefKeyring:
		return whereKeyring, ""
	case ref != "":
		return whereLiteral, ""
	}
	return "", ""
}

// fieldError is a problem with one row: a sentence and what to do.
type fieldError struct{ Msg, Hint string }

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// draft is what the form's values make: the profile, the secret to store
// in the keyring on save ("" for none), and the problems found.
type draft struct {
	profile profiles.Profile
	keyring string
	errs    map[field]fieldError
	other   *fieldError // a problem not tied to a row
}

// build turns the form's values into a profile on top of the one the form
// started from (so fields the form does not show — params, headers, saved
// requests — are kept). forTest puts a typed keyring secret in the profile
// itself, for a diagnosis that writes nothing.
func (m Model) build(forTest bool) draft {
	d := draft{errs: map[field]fieldError{}}
	p := m.opts.Profile
	val := func(f field) string { return strings.TrimSpace(m.inputs[f].Value()) }
	p.Name, p.Issuer, p.TokenURL, p.ClientID, p.APIBaseURL = val(fName), val(fIssuer), val(fTokenURL), val(fClientID), val(fAPI)
	p.Scopes = nil
	for _, s := range strings.Fields(m.inputs[fScopes].Value()) {
		if !slices.Contains(p.Scopes, s) {
			p.Scopes = append(p.Scopes, s)
		}
	}
	p.AuthMethod = authMethods[m.auth].id

	secret := m.inputs[fSecret].Value()
	origWhere, _ := splitRef(m.opts.Profile.ClientSecret)
	keep := secret == "" && m.opts.Editing && origWhere == m.where
	ref := val(fRef)
	switch m.where {
	case whereEnv:
		switch {
		case ref == "":
			d.errs[fRef] = fieldError{"Which environment variable holds the secret?", "type its name, e.g. AC_CLIENT_SECRET"}
		case !envName.MatchString(ref):
			d.errs[fRef] = fieldError{fmt.Sprintf("%q is not a variable name.", ref), "use letters, digits and _, e.g. AC_CLIENT_SECRET"}
		}
		p.ClientSecret = profiles.RefEnv + ref
	case whereFile:
		if ref == "" {
			d.errs[fRef] = fieldError{"Which file holds the secret?", "type its path, e.g. ~/.config/tokentui/ac.secret"}
		}
		p.ClientSecret = profiles.RefFile + ref
	case whereCmd:
		if ref == "" {
			d.errs[fRef] = fieldError{"Which command prints the secret?", "type it, e.g. pass show ac/homolog"}
		}
		p.ClientSecret = profiles.RefCmd + ref
	case whereKeyring:
		p.ClientSecret = profiles.RefKeyring
		switch {
		case secret != "":
			d.keyring = secret
			if forTest {
				p.ClientSecret = secret
			}
		case keep && p.Name != m.opts.Profile.Name:
			d.errs[fSecret] = fieldError{"The keyring keeps the secret under the profile's old name.", "type the secret again to store it under the new name"}
		case !keep:
			d.errs[fSecret] = fieldError{"Type the secret to store in the keyring.", "paste it here; it is masked and goes only to the keyring"}
		}
	case whereLiteral:
		switch {
		case secret != "":
			p.ClientSecret = secret
			if !profiles.IsLiteralSecret(secret) {
				d.errs[fSecret] = fieldError{"This looks like a reference, not a secret.", "choose env var, file, command or keyring above instead"}
			}
		case keep:
			p.ClientSecret = m.opts.Profile.ClientSecret
		default:
			d.errs[fSecret] = fieldError{"Type the client secret.", "the provider gave it to you with the client id"}
		}
	}

	if forTest && p.Name == "" {
		p.Name = "unsaved" // a name is needed for the checks, not for testing
	}
	if err := p.Validate(); err != nil {
		var le *profiles.LoadError
		fe := fieldError{Msg: sentence(err.Error()), Hint: profiles.Hint(err)}
		if errors.As(err, &le) {
			if f, ok := byYAML[le.Field]; ok {
				if _, has := d.errs[f]; !has {
					d.errs[f] = fe
				}
			} else {
				d.other = &fe
			}
		} else {
			d.other = &fe
		}
	}
	if !forTest && p.Name != "" && slices.Contains(m.opts.Taken, p.Name) {
		d.errs[fName] = fieldError{fmt.Sprintf("Another profile is already called %q.", p.Name), "choose another name, e.g. ending in -homolog or -prod"}
	}
	d.profile = p
	return d
}

// sentence capitalises a message and ends it with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
