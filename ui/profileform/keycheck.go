package profileform

// Checking the key and certificate rows as the user types, and making a
// key pair on the spot: both in commands, never in Update.

import (
	"context"
	"crypto"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/text/i18n"
)

// CheckedMsg carries what was found reading the key and certificate rows
// (for the form ID, and Seq for the latest check).
type CheckedMsg struct {
	ID      string
	Seq     int
	results map[field]refResult
}

// KeyGeneratedMsg carries a key pair generated on the spot, its private
// key written to Pair.Path, or why it could not be (Err; Dir is where it
// was to go).
type KeyGeneratedMsg struct {
	ID   string
	Seq  int
	Pair *auth.KeyPair
	Dir  string
	Err  error
}

// refResult is what reading one reference found: a problem, a note (not
// read now, a variable not set), or a good key or certificate.
type refResult struct {
	err   *fieldError
	note  string
	good  string
	pub   crypto.PublicKey // the public half of a good key or certificate
	alg   string           // the algorithm a good key signs with
	thumb string           // a good key's RFC 7638 thumbprint
}

// maxRefFile bounds what a check reads: a key or certificate chain is
// a few kilobytes.
const maxRefFile = 1 << 20

// checkTimeout bounds a check (a file on a slow mount).
const checkTimeout = 5 * time.Second

// recheck starts a check of the rows the chosen method reads, dropping
// what the previous one found; nil when the method reads no key.
func (m *Model) recheck() tea.Cmd {
	m.checkSeq++
	m.checks = nil
	p := m.chosen()
	if !p.UsesKey() {
		return nil
	}
	keyRef := strings.TrimSpace(m.inputs[fKey].Value())
	certRef := ""
	if p.UsesCert() {
		certRef = strings.TrimSpace(m.inputs[fCert].Value())
	}
	lang, id, seq, alg, cert := m.Lang, m.opts.ID, m.checkSeq, m.alg(), p.UsesCert()
	return func() tea.Msg {
		return CheckedMsg{ID: id, Seq: seq, results: checkRefs(lang, keyRef, certRef, alg, cert)}
	}
}

// checkRefs reads the key (and, for mTLS, the certificate) and says what
// it found, per row. Only file: and env: are read: a command or the
// keyring is left for the test (ctrl+t).
func checkRefs(lang i18n.Lang, keyRef, certRef, alg string, cert bool) map[field]refResult {
	t := func(k i18n.Key, a ...any) string { return i18n.T(lang, k, a...) }
	bad := func(msg, hint string, detail string) refResult {
		return refResult{err: &fieldError{Msg: msg, Hint: hint, Detail: detail}}
	}
	out := map[field]refResult{}
	ctx, cancel := context.WithTimeout(context.Background(), checkTimeout)
	defer cancel()

	noFileHint, badHint := t(i18n.ProfileFormRefNoFileKey), t(i18n.ProfileFormKeyBadHint)
	if cert {
		noFileHint, badHint = t(i18n.ProfileFormRefNoFileHint), t(i18n.ProfileFormCertKeyBadH)
	}
	var keyPub crypto.PublicKey
	if material, r, ok := readRef(ctx, lang, keyRef, noFileHint, func(p profiles.Profile) (string, error) { return profiles.ResolveKey(ctx, p) }); !ok {
		if r != nil {
			out[fKey] = *r
		}
	} else if k, err := auth.ParseClientKey([]byte(material), ""); err != nil {
		out[fKey] = bad(t(i18n.ProfileFormKeyBad, where(keyRef)), badHint, sentence(err.Error()))
	} else {
		pub := k.Private.Public()
		thumb, _ := auth.Thumbprint(pub)
		desc := auth.DescribeKey(pub)
		if _, err := auth.ParseClientKey([]byte(material), alg); alg != "" && !cert && err != nil {
			out[fKey] = bad(t(i18n.ProfileFormKeyAlgBad, desc, alg), t(i18n.ProfileFormKeyAlgBadHint, k.Alg), "")
		} else {
			signs := k.Alg
			if alg != "" && !cert {
				signs = alg
			}
			out[fKey] = refResult{good: t(i18n.ProfileFormKeyOK, desc, signs, thumb), pub: pub, alg: k.Alg, thumb: thumb}
			keyPub = pub
		}
	}
	if !cert {
		return out
	}
	material, r, ok := readRef(ctx, lang, certRef, t(i18n.ProfileFormRefNoFileHint), func(p profiles.Profile) (string, error) {
		p.ClientCert, p.ClientKey = p.ClientKey, ""
		return profiles.ResolveCert(ctx, p)
	})
	if !ok {
		if r != nil {
			out[fCert] = *r
		}
		return out
	}
	c, info, err := auth.ParseCert(material)
	now := time.Now()
	day := func(t time.Time) string { return t.UTC().Format("2006-01-02") }
	switch {
	case err != nil:
		out[fCert] = bad(t(i18n.ProfileFormCertBad, where(certRef)), t(i18n.ProfileFormCertBadHint), sentence(err.Error()))
	case now.After(info.NotAfter):
		out[fCert] = bad(t(i18n.ProfileFormCertExpired, day(info.NotAfter)), t(i18n.ProfileFormCertDateHint), "")
	case now.Before(info.NotBefore):
		out[fCert] = bad(t(i18n.ProfileFormCertNotYet, day(info.NotBefore)), t(i18n.ProfileFormCertDateHint), "")
	case info.SelfSigned:
		out[fCert] = refResult{good: t(i18n.ProfileFormCertSelfOK, info.Subject, day(info.NotAfter), info.Thumbprint), pub: c.PublicKey}
	default:
		out[fCert] = refResult{good: t(i18n.ProfileFormCertOK, info.Subject, info.Issuer, day(info.NotAfter), info.Thumbprint), pub: c.PublicKey}
	}
	type equaler interface{ Equal(crypto.PublicKey) bool }
	if e, ok := keyPub.(equaler); ok && err == nil && !e.Equal(c.PublicKey) {
		out[fKey] = bad(t(i18n.ProfileFormKeyNotCert), t(i18n.ProfileFormKeyNotCertH), "")
	}
	return out
}

// readRef reads a file: or env: reference with the rules of secrets (a
// file others can read is refused). ok is false when there is nothing to
// parse; r then says why, or is nil when the row's own check (empty, not a
// reference) speaks.
func readRef(ctx context.Context, lang i18n.Lang, ref, noFileHint string, resolve func(profiles.Profile) (string, error)) (material string, r *refResult, ok bool) {
	t := func(k i18n.Key, a ...any) string { return i18n.T(lang, k, a...) }
	bad := func(msg, hint, detail string) *refResult {
		return &refResult{err: &fieldError{Msg: msg, Hint: hint, Detail: detail}}
	}
	p := profiles.Profile{Name: "form", ClientKey: ref}
	switch {
	case strings.HasPrefix(ref, profiles.RefFile) && strings.TrimSpace(strings.TrimPrefix(ref, profiles.RefFile)) != "":
		full := expandHome(strings.TrimPrefix(ref, profiles.RefFile))
		fi, err := os.Stat(full)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return "", bad(t(i18n.ProfileFormRefNoFile, full), noFileHint, ""), false
		case err != nil:
			return "", bad(t(i18n.ProfileFormRefUnread, full), t(i18n.ProfileFormRefUnreadHint), sentence(err.Error())), false
		case !fi.Mode().IsRegular() || fi.Size() > maxRefFile:
			return "", bad(t(i18n.ProfileFormRefBadFile, full), noFileHint, ""), false
		case fi.Mode().Perm()&0o077 != 0:
			return "", bad(t(i18n.ProfileFormRefLoose, full, uint32(fi.Mode().Perm())), t(i18n.ProfileFormRefLooseHint, shellQuote(full)), ""), false
		}
		s, err := resolve(p)
		if err != nil {
			return "", bad(t(i18n.ProfileFormRefUnread, full), t(i18n.ProfileFormRefUnreadHint), sentence(err.Error())), false
		}
		return s, nil, true
	case strings.HasPrefix(ref, profiles.RefEnv) && envName.MatchString(strings.TrimPrefix(ref, profiles.RefEnv)):
		name := strings.TrimPrefix(ref, profiles.RefEnv)
		if os.Getenv(name) == "" {
			return "", &refResult{note: t(i18n.ProfileFormRefEnvUnset, name)}, false
		}
		s, err := resolve(p)
		if err != nil {
			return "", bad(t(i18n.ProfileFormRefUnread, ref), t(i18n.ProfileFormRefUnreadHint), sentence(err.Error())), false
		}
		return s, nil, true
	case ref == profiles.RefKeyring || (strings.HasPrefix(ref, profiles.RefCmd) && strings.TrimSpace(strings.TrimPrefix(ref, profiles.RefCmd)) != ""):
		return "", &refResult{note: t(i18n.ProfileFormRefLater)}, false
	}
	return "", nil, false
}

// where names a reference's place for a message: the file's full path,
// else the reference.
func where(ref string) string {
	if strings.HasPrefix(ref, profiles.RefFile) {
		return expandHome(strings.TrimPrefix(ref, profiles.RefFile))
	}
	return ref
}

// expandHome turns a leading "~/" into the home directory, as profiles
// does when it reads file: references.
func expandHome(p string) string {
	if p != "~" && !strings.HasPrefix(p, "~/") {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return p
	}
	return filepath.Join(home, strings.TrimPrefix(p, "~"))
}

// shellQuote quotes s for a POSIX shell when it needs quoting.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+~:@,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// generate makes a key pair in a command: its private key written under
// the keys directory beside the profiles file, named after the profile.
func (m Model) generate() (Model, tea.Cmd) {
	if m.chosen().Method() != profiles.AuthPrivateKeyJWT {
		m.status = m.T(i18n.ProfileFormGenNotHere)
		m.showResults()
		return m, nil
	}
	if m.generating {
		return m, nil
	}
	m.genSeq++
	m.generating = true
	alg := m.genAlg()
	m.status = m.T(i18n.ProfileFormGenerating, alg)
	delete(m.errs, fKey)
	id, seq, path, base := m.opts.ID, m.genSeq, m.opts.Path, keyBase(strings.TrimSpace(m.inputs[fName].Value()))
	return m, func() tea.Msg {
		if path == "" {
			path = profiles.DefaultPath()
		}
		dir := filepath.Join(filepath.Dir(path), "keys")
		kp, err := auth.NewKeyPair(alg)
		if err == nil {
			_, err = kp.WriteNewIn(dir, base)
		}
		return KeyGeneratedMsg{ID: id, Seq: seq, Pair: kp, Dir: dir, Err: err}
	}
}

// keyBase is the file name (without .pem) of a key generated for the
// profile called name: its letters, digits, '.', '_' and '-'.
func keyBase(name string) string {
	b := []rune(name)
	for i, r := range b {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-') {
			b[i] = '-'
		}
	}
	s := strings.Trim(string(b), ".-")
	if s == "" {
		return "client-key"
	}
	return s
}

// gotKey takes a generated key pair: the rows point at it.
func (m *Model) gotKey(msg KeyGeneratedMsg) tea.Cmd {
	m.generating = false
	if msg.Err != nil {
		m.pair = nil
		m.status = ""
		m.errs[fKey] = fieldError{Msg: m.T(i18n.ProfileFormGenFailed), Detail: sentence(msg.Err.Error()), Hint: m.T(i18n.ProfileFormGenFailedHint, msg.Dir)}
		m.showResults()
		return nil
	}
	kp := msg.Pair
	m.pair = kp
	m.inputs[fKey].SetValue(profiles.RefFile + kp.Path)
	m.inputs[fKeyID].SetValue(kp.KID)
	m.keyAlg = kp.Key.Alg
	delete(m.errs, fKey)
	delete(m.errs, fKeyID)
	delete(m.errs, fKeyAlg)
	m.dirty = true
	m.status = m.T(i18n.ProfileFormGenerated, kp.Key.Alg, kp.Path)
	cmd := m.recheck()
	m.showResults()
	return cmd
}

// publicText is the public JWK and JWKS of the key the rows name, with
// the kid and algorithm the profile will use; ok is false without a good key.
func (m Model) publicText() (jwk, jwks string, ok bool) {
	r, good := m.checks[fKey]
	if !good || r.pub == nil || r.err != nil || m.chosen().Method() != profiles.AuthPrivateKeyJWT {
		return "", "", false
	}
	alg := m.keyAlg
	if alg == "" {
		alg = r.alg
	}
	jwk, jwks, err := auth.PublicKeyText(r.pub, alg, strings.TrimSpace(m.inputs[fKeyID].Value()))
	return jwk, jwks, err == nil
}

// shownPair is the generated key pair whose public key is shown under
// the buttons: the one the Private key row still names.
func (m Model) shownPair() bool {
	return m.pair != nil && strings.TrimSpace(m.inputs[fKey].Value()) == profiles.RefFile+m.pair.Path
}
