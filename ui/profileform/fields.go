package profileform

import (
	"errors"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"tokentui/profiles"
	"tokentui/text/i18n"
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
	fKey      // the private key's reference: private_key_jwt, or the certificate's key
	fKeyID    // the assertion's kid
	fKeyAlg   // the assertion's algorithm: a choice
	fAudience // the assertion's aud
	fCert     // the client certificate's reference
	fieldCount
)

// labels are the rows' names; the reference row's depends on where the
// secret lives (place.refLabel).
var labels = [fieldCount]i18n.Key{
	fName: i18n.ProfileFormName, fIssuer: i18n.ProfileFormIssuer, fTokenURL: i18n.ProfileFormTokenURL,
	fClientID: i18n.ProfileFormClientID, fWhere: i18n.ProfileFormSecretFrom, fSecret: i18n.ProfileFormSecret,
	fScopes: i18n.TokenScopes, fAuth: i18n.ProfileFormAuthMethod, fAPI: i18n.ProfileFormAPIBaseURL,
	fKey: i18n.ProfileFormKeyLabel, fKeyID: i18n.ProfileFormKeyIDLabel, fKeyAlg: i18n.ProfileFormAlgLabel,
	fAudience: i18n.ProfileFormAudLabel, fCert: i18n.ProfileFormCertLabel,
}

// byYAML maps the fields profiles.Validate names to rows.
var byYAML = map[string]field{
	"name": fName, "issuer": fIssuer, "token_url": fTokenURL, "client_id": fClientID,
	"auth_method": fAuth, "api_base_url": fAPI, "client_secret": fWhere,
	"client_key": fKey, "client_key_id": fKeyID, "client_key_alg": fKeyAlg, "assertion_audience": fAudience, "client_cert": fCert,
}

// Where a secret can live: the kinds of profiles' secret references.
const (
	whereEnv     = "env"
	whereFile    = "file"
	whereCmd     = "cmd"
	whereKeyring = "keyring"
	whereLiteral = "literal"
)

// place describes one choice of "Secret from", its texts as catalogue keys.
type place struct {
	id          string
	label       i18n.Key // in the choice
	refLabel    i18n.Key // the label of the reference row ("" = the secret is typed)
	placeholder i18n.Key
	note        i18n.Key // under the row
}

var places = map[string]place{
	whereEnv: {id: whereEnv, label: i18n.ProfileFormEnvChoice, refLabel: i18n.ProfileFormEnvLabel,
		placeholder: i18n.ProfileFormEnvExample, note: i18n.ProfileFormEnvNote},
	whereFile: {id: whereFile, label: i18n.ProfileFormFileChoice, refLabel: i18n.ProfileFormFileLabel,
		placeholder: i18n.ProfileFormFileExample, note: i18n.ProfileFormFileNote},
	whereCmd: {id: whereCmd, label: i18n.ProfileFormCmdChoice, refLabel: i18n.ProfileFormCmdLabel,
		placeholder: i18n.ProfileFormCmdExample, note: i18n.ProfileFormCmdNote},
	whereKeyring: {id: whereKeyring, label: i18n.ProfileFormKeyringChoice, note: i18n.ProfileFormKeyringNote},
	whereLiteral: {id: whereLiteral, label: i18n.ProfileFormLiteralChoice, note: i18n.ProfileFormLiteralNote},
}

// authMethods are the choices of the auth method row.
var authMethods = []struct {
	id   string
	note i18n.Key
}{
	{profiles.AuthBasic, i18n.ProfileFormBasicNote},
	{profiles.AuthPost, i18n.ProfileFormPostNote},
	{profiles.AuthPrivateKeyJWT, i18n.ProfileFormPrivateKeyJWTNote},
	{profiles.AuthSecretJWT, i18n.ProfileFormSecretJWTNote},
	{profiles.AuthTLS, i18n.ProfileFormTLSNote},
	{profiles.AuthSelfSignedTLS, i18n.ProfileFormSelfSignedTLSNote},
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
		return m.T(i18n.ProfileFormTypedChoice)
	}
	return m.T(places[id].label)
}

// label is the name of a row as shown.
func (m Model) label(f field) string {
	if f == fRef {
		return m.T(places[m.where].refLabel)
	}
	return m.T(labels[f])
}

// labelWidth is the width of the labels' column: the longest label of the
// language (every choice of the reference row included) and a gap.
func (m Model) labelWidth() int {
	w := 0
	for _, k := range labels {
		if k != "" {
			w = max(w, len([]rune(m.T(k))))
		}
	}
	for _, p := range places {
		if p.refLabel != "" {
			w = max(w, len([]rune(m.T(p.refLabel))))
		}
	}
	return max(w+2, minLabelWidth)
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

// fieldError is a problem with one row: a sentence, the error's own text
// when it says more (shown as is), and what to do.
type fieldError struct{ Msg, Detail, Hint string }

// problem makes a fieldError of a message key and a hint key.
func (m Model) problem(msg, hint i18n.Key, args ...any) fieldError {
	return fieldError{Msg: m.T(msg, args...), Hint: m.T(hint)}
}

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
	m.buildClientAuth(&p, &d)

	secret := m.inputs[fSecret].Value()
	origWhere, _ := splitRef(m.opts.Profile.ClientSecret)
	keep := secret == "" && m.opts.Editing && origWhere == m.where
	ref := val(fRef)
	switch m.where {
	case whereEnv:
		switch {
		case ref == "":
			d.errs[fRef] = m.problem(i18n.ProfileFormEnvMissing, i18n.ProfileFormEnvMissingHint)
		case !envName.MatchString(ref):
			d.errs[fRef] = m.problem(i18n.ProfileFormEnvBad, i18n.ProfileFormEnvBadHint, ref)
		}
		p.ClientSecret = profiles.RefEnv + ref
	case whereFile:
		if ref == "" {
			d.errs[fRef] = m.problem(i18n.ProfileFormFileMissing, i18n.ProfileFormFileMissingHint)
		}
		p.ClientSecret = profiles.RefFile + ref
	case whereCmd:
		if ref == "" {
			d.errs[fRef] = m.problem(i18n.ProfileFormCmdMissing, i18n.ProfileFormCmdMissingHint)
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
			d.errs[fSecret] = m.problem(i18n.ProfileFormKeyringRenamed, i18n.ProfileFormKeyringRenHint)
		case !keep:
			d.errs[fSecret] = m.problem(i18n.ProfileFormKeyringMissing, i18n.ProfileFormKeyringMisHint)
		}
	case whereLiteral:
		switch {
		case secret != "":
			p.ClientSecret = secret
			if !profiles.IsLiteralSecret(secret) {
				d.errs[fSecret] = m.problem(i18n.ProfileFormLooksLikeRef, i18n.ProfileFormLooksLikeHint)
			}
		case keep:
			p.ClientSecret = m.opts.Profile.ClientSecret
		default:
			d.errs[fSecret] = m.problem(i18n.ProfileFormSecretMissing, i18n.ProfileFormSecretMisHint)
		}
	}

	noSecret(&p, &d)

	if forTest && p.Name == "" {
		p.Name = "unsaved" // a name is needed for the checks, not for testing
	}
	if err := p.Validate(); err != nil {
		var le *profiles.LoadError
		fe := m.invalid(err, p)
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
		d.errs[fName] = m.problem(i18n.ProfileFormNameTaken, i18n.ProfileFormNameTakenHint, p.Name)
	}
	d.profile = p
	return d
}

// invalid says what profiles.Validate found wrong with p in the form's
// words (its labels, the user's language) for the problems the form can
// make; others keep the profiles package's message, with its hint in the
// user's language.
func (m Model) invalid(err error, p profiles.Profile) fieldError {
	var le *profiles.LoadError
	if errors.As(err, &le) {
		switch {
		case errors.Is(err, profiles.ErrMissingField) && le.Field == "name":
			return m.problem(i18n.ProfileFormNoName, i18n.ProfileFormNoNameHint)
		case errors.Is(err, profiles.ErrMissingField) && le.Field == "client_id":
			return m.problem(i18n.ProfileFormNoClientID, i18n.ProfileFormNoClientIDHint)
		case errors.Is(err, profiles.ErrMissingField) && le.Field == "issuer":
			return m.problem(i18n.ProfileFormNoIssuer, i18n.ProfileFormNoIssuerHint)
		case errors.Is(err, profiles.ErrBadURL):
			value := map[string]string{"issuer": p.Issuer, "token_url": p.TokenURL, "api_base_url": p.APIBaseURL}[le.Field]
			if u, perr := url.Parse(value); perr == nil && u.User != nil {
				return m.problem(i18n.ProfileFormURLCredentials, i18n.ProfileFormURLCredHint, value)
			}
			if value != "" {
				return m.problem(i18n.ProfileFormBadURL, i18n.ProfileFormBadURLHint, value)
			}
		}
	}
	return fieldError{Msg: sentence(i18n.ProfileMessage(m.Lang, err)), Hint: i18n.ProfileHint(m.Lang, err)}
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
