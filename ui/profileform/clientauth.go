package profileform

// Auth methods without a shared secret on the wire: the rows of the
// private key (private_key_jwt, or the key of a TLS client certificate),
// the assertion's kid, algorithm and audience (private_key_jwt,
// client_secret_jwt) and the client certificate (tls_client_auth,
// self_signed_tls_client_auth). Only the rows of the chosen method show;
// the others keep what was typed until the profile is saved, which drops
// what its method does not use.

import (
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"tokentui/profiles"
	"tokentui/text/i18n"
)

// chosen is a profile with only the chosen auth method: what it uses.
func (m Model) chosen() profiles.Profile {
	return profiles.Profile{AuthMethod: authMethods[m.auth].id}
}

// usesSecret reports whether the chosen method needs the client secret.
func (m Model) usesSecret() bool { return !m.chosen().UsesKey() }

// clientAuthRows are the rows under the auth method for the chosen method.
func (m Model) clientAuthRows() []field {
	p := m.chosen()
	switch {
	case p.Method() == profiles.AuthPrivateKeyJWT:
		return []field{fKey, fKeyID, fKeyAlg, fAudience}
	case p.UsesAssertion():
		return []field{fKeyAlg, fAudience}
	case p.UsesCert():
		return []field{fCert, fKey}
	}
	return nil
}

// hmac reports whether the assertion is signed with the secret.
func (m Model) hmac() bool { return m.chosen().Method() == profiles.AuthSecretJWT }

// alg is the algorithm chosen for the method ("" = the default).
func (m Model) alg() string {
	if m.hmac() {
		return m.hmacAlg
	}
	return m.keyAlg
}

func (m *Model) setAlg(a string) {
	if m.hmac() {
		m.hmacAlg = a
	} else {
		m.keyAlg = a
	}
}

// algChoices are the Algorithm row's options for the method, the value the
// profile had among them.
func (m Model) algChoices() []string {
	list := []string{"", "ES256", "RS256", "PS256"}
	orig := m.opts.Profile.ClientKeyAlg
	if m.hmac() {
		list = []string{"", "HS384", "HS512"}
		if m.opts.Profile.Method() != profiles.AuthSecretJWT {
			orig = ""
		}
	} else if m.opts.Profile.Method() == profiles.AuthSecretJWT {
		orig = ""
	}
	if orig != "" && !slices.Contains(list, orig) {
		list = append(list, orig)
	}
	if a := m.alg(); !slices.Contains(list, a) {
		list = append(list, a)
	}
	return list
}

// algLabel is how an option of the Algorithm row reads.
func (m Model) algLabel(a string) string {
	switch {
	case a != "":
		return a
	case m.hmac():
		return m.T(i18n.ProfileFormAlgHMACDef)
	}
	if r, ok := m.checks[fKey]; ok && r.alg != "" {
		return m.T(i18n.ProfileFormAlgFromKeyIs, r.alg)
	}
	return m.T(i18n.ProfileFormAlgFromKey)
}

// genAlg is the algorithm of a key generated on the spot: RSA when the
// Algorithm row asks for it, else ES256.
func (m Model) genAlg() string {
	if a := m.keyAlg; a == "RS256" || a == "PS256" {
		return a
	}
	return "ES256"
}

// kept reports whether a reference row left empty keeps what the profile
// had: a key or certificate written in the profile itself, never shown.
func kept(orig string) bool { return profiles.IsLiteralSecret(orig) }

// buildClientAuth puts the rows of the chosen method in p, with the
// problems a reference has that need no disk to see.
func (m Model) buildClientAuth(p *profiles.Profile, d *draft) {
	val := func(f field) string { return strings.TrimSpace(m.inputs[f].Value()) }
	orig := m.opts.Profile
	p.ClientKeyID, p.ClientKeyAlg, p.AssertionAudience = val(fKeyID), m.alg(), val(fAudience)
	if p.Method() == profiles.AuthSecretJWT && orig.Method() == profiles.AuthSecretJWT {
		p.ClientKeyID = orig.ClientKeyID // not a row of this method: kept as the file has it
	}
	rows := m.clientAuthRows()
	ref := func(f field, origRef string, missing, missingHint i18n.Key) string {
		v := val(f)
		if !slices.Contains(rows, f) {
			return v
		}
		if v == "" && kept(origRef) {
			return origRef
		}
		if e := m.refProblem(v, missing, missingHint); e != nil {
			d.errs[f] = *e
		}
		return v
	}
	keyMiss, keyMissHint := i18n.ProfileFormKeyMissing, i18n.ProfileFormKeyMissHint
	if p.UsesCert() {
		keyMiss, keyMissHint = i18n.ProfileFormCertKeyMiss, i18n.ProfileFormCertKeyMissH
	}
	p.ClientKey = ref(fKey, orig.ClientKey, keyMiss, keyMissHint)
	p.ClientCert = ref(fCert, orig.ClientCert, i18n.ProfileFormCertMissing, i18n.ProfileFormCertMissHint)
}

// refProblem says what is wrong with a key or certificate reference that
// can be told without reading anything.
func (m Model) refProblem(ref string, missing, missingHint i18n.Key) *fieldError {
	var e fieldError
	switch {
	case ref == "":
		e = m.problem(missing, missingHint)
	case ref == profiles.RefKeyring:
		return nil
	case profiles.IsLiteralSecret(ref):
		e = m.problem(i18n.ProfileFormRefNotRef, i18n.ProfileFormRefNotRefHint)
	case strings.HasPrefix(ref, profiles.RefEnv) && ref != profiles.RefEnv && !envName.MatchString(strings.TrimPrefix(ref, profiles.RefEnv)):
		e = m.problem(i18n.ProfileFormEnvBad, i18n.ProfileFormRefEnvHint, strings.TrimPrefix(ref, profiles.RefEnv))
	case strings.TrimSpace(ref[strings.Index(ref, ":")+1:]) == "":
		e = m.problem(i18n.ProfileFormRefEmpty, i18n.ProfileFormRefEmptyHint, ref)
	default:
		return nil
	}
	return &e
}

// noSecret drops from a draft what its auth method does not use: the
// secret (and its problems) of a method proven by a key or certificate,
// the key, kid, algorithm, audience and certificate of one that does not
// use them.
func noSecret(p *profiles.Profile, d *draft) {
	if p.UsesKey() {
		p.ClientSecret, d.keyring = "", ""
		delete(d.errs, fRef)
		delete(d.errs, fSecret)
		delete(d.errs, fWhere)
	} else {
		p.ClientKey = ""
		delete(d.errs, fKey)
	}
	if p.Method() != profiles.AuthPrivateKeyJWT && p.Method() != profiles.AuthSecretJWT {
		p.ClientKeyID = ""
	}
	if !p.UsesAssertion() {
		p.ClientKeyAlg, p.AssertionAudience = "", ""
	}
	if !p.UsesCert() {
		p.ClientCert = ""
		delete(d.errs, fCert)
	}
}

// newClientAuth fills the key and certificate rows from p. A key or
// certificate written in the profile itself is never shown: its row stays
// empty, which keeps it.
func (m *Model) newClientAuth(p profiles.Profile) {
	m.inputs[fKey].Placeholder = m.T(i18n.ProfileFormKeyExample)
	m.inputs[fCert].Placeholder = m.T(i18n.ProfileFormCertExample)
	m.inputs[fKeyID].Placeholder = m.T(i18n.ProfileFormKIDExample)
	m.inputs[fAudience].Placeholder = m.T(i18n.ProfileFormAudExample)
	if kept(p.ClientKey) {
		m.inputs[fKey].Placeholder = m.T(i18n.ProfileFormKeyKept)
	} else {
		m.inputs[fKey].SetValue(p.ClientKey)
	}
	if kept(p.ClientCert) {
		m.inputs[fCert].Placeholder = m.T(i18n.ProfileFormCertKept)
	} else {
		m.inputs[fCert].SetValue(p.ClientCert)
	}
	m.inputs[fKeyID].SetValue(p.ClientKeyID)
	m.inputs[fAudience].SetValue(p.AssertionAudience)
	if p.Method() == profiles.AuthSecretJWT {
		m.hmacAlg = p.ClientKeyAlg
	} else {
		m.keyAlg = p.ClientKeyAlg
	}
	m.initCheck = m.recheck()
}

// clientAuthNotes are the lines under a key or certificate row: what to
// write there (when focused) and what an empty row means.
func (m Model) clientAuthNotes(f field, focused bool, note func(lipgloss.Style, string)) {
	s := m.Styles
	empty := strings.TrimSpace(m.inputs[f].Value()) == ""
	switch f {
	case fKey:
		switch {
		case !focused:
		case m.chosen().UsesCert():
			note(s.Muted, m.T(i18n.ProfileFormCertKeyNote))
		default:
			note(s.Muted, m.T(i18n.ProfileFormKeyNote))
		}
	case fCert:
		if focused {
			note(s.Muted, m.T(i18n.ProfileFormCertNote))
		}
	case fKeyID:
		if !empty {
			break
		}
		note(s.Muted, m.T(i18n.ProfileFormKeyIDNote))
		if r, ok := m.checks[fKey]; ok && r.thumb != "" {
			note(s.Muted, m.T(i18n.ProfileFormKeyIDThumb, r.thumb))
		}
	case fKeyAlg:
		switch {
		case !focused:
		case m.hmac():
			note(s.Muted, m.T(i18n.ProfileFormAlgHMACNote))
		default:
			note(s.Muted, m.T(i18n.ProfileFormAlgNote))
		}
	case fAudience:
		if !empty {
			break
		}
		if u := strings.TrimSpace(m.inputs[fTokenURL].Value()); u != "" {
			note(s.Muted, m.T(i18n.ProfileFormAudNote, u))
		} else {
			note(s.Muted, m.T(i18n.ProfileFormAudNoteNoURL))
		}
	}
}

// publicKeyLines show, under the buttons, the public key of a key pair
// generated here: the JWK and JWKS to register with the provider.
func (m Model) publicKeyLines(w int) []string {
	if !m.shownPair() {
		return nil
	}
	jwk, jwks, ok := m.publicText()
	if !ok {
		return nil
	}
	s := m.Styles
	kid := strings.TrimSpace(m.inputs[fKeyID].Value())
	lines := []string{""}
	lines = append(lines, wrap(s.Title, m.T(i18n.ProfileFormJWKTitle, kid), w)...)
	for _, l := range strings.Split(ansi.Hardwrap(jwk, max(w, 10), true), "\n") { // indented as the JSON is
		lines = append(lines, s.Value.Render(l))
	}
	lines = append(lines, "")
	lines = append(lines, wrap(s.Title, m.T(i18n.ProfileFormJWKSTitle), w)...)
	for _, l := range strings.Split(ansi.Hardwrap(jwks, max(w, 10), false), "\n") { // cut anywhere: one JSON text
		lines = append(lines, s.Value.Render(l))
	}
	return append(lines, wrap(s.Muted, m.T(i18n.ProfileFormJWKCopyHint), w)...)
}
