package profileform

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tokentui/auth"
	"tokentui/profiles"
	"tokentui/text/i18n"
	"tokentui/ui/common"
)

// Editing a private_key_jwt profile keeps its method and key reference and
// asks for no secret; switching it to client_secret_basic drops the key.
func TestEditPrivateKeyJWTProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "profiles.yaml")
	orig := profiles.Profile{Name: "jwt", Issuer: "https://idp.example/is", ClientID: "c",
		AuthMethod: profiles.AuthPrivateKeyJWT, ClientKey: "file:~/k.pem", ClientKeyID: "k1"}
	if err := (&profiles.File{Default: "jwt", Profiles: []profiles.Profile{orig}}).Save(path); err != nil {
		t.Fatal(err)
	}
	m := newForm(t, Options{Path: path, Profile: orig, Editing: true})
	if authMethods[m.auth].id != profiles.AuthPrivateKeyJWT {
		t.Fatalf("auth choice %q", authMethods[m.auth].id)
	}
	s := fullScreen(m)
	for _, want := range []string{"Private key   file:~/k.pem", "Key ID (kid)  k1", "Algorithm     from the key"} {
		if !strings.Contains(s, want) {
			t.Errorf("the form lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "Secret from") {
		t.Errorf("a private_key_jwt profile is asked where its secret is:\n%s", s)
	}
	m.inputs[fScopes].SetValue("api.read")
	m, up := keys(t, m, "ctrl+s")
	if len(up) != 1 || up[0].(SavedMsg).Err != nil {
		t.Fatalf("save: %#v\n%s", up, fullScreen(m))
	}
	f, _ := profiles.Load(path)
	p, _ := f.Find("jwt")
	if p.Method() != profiles.AuthPrivateKeyJWT || p.ClientKey != "file:~/k.pem" || p.ClientKeyID != "k1" || p.ClientSecret != "" || p.Scopes[0] != "api.read" {
		t.Errorf("after the edit: %+v", *p)
	}
}

// focusRow puts the focus on a row, as tabbing there would.
func focusRow(m Model, f field) Model {
	m.at = stop{stopField, int(f)}
	m.focusAt()
	return m
}

// chooseMethod presses space on the Auth method row until it shows id.
func chooseMethod(t *testing.T, m Model, id string) Model {
	t.Helper()
	m = focusRow(m, fAuth)
	for range authMethods {
		if authMethods[m.auth].id == id {
			return m
		}
		m, _ = keys(t, m, "space")
	}
	t.Fatalf("no auth method %q", id)
	return m
}

func TestMethodSwitchShowsItsRows(t *testing.T) {
	m := newForm(t, Options{Path: filepath.Join(t.TempDir(), "profiles.yaml")})
	m = fill(t, m, "ac", "https://idp.example/is", "cid", "AC_SECRET")
	rowsOf := map[string]struct{ shown, hidden []string }{
		profiles.AuthBasic:         {[]string{"Secret from", "Variable"}, []string{"Private key", "Key ID", "Algorithm", "Audience", "Certificate"}},
		profiles.AuthPrivateKeyJWT: {[]string{"Private key", "Key ID (kid)", "Algorithm", "Audience"}, []string{"Secret from", "Certificate"}},
		profiles.AuthSecretJWT:     {[]string{"Secret from", "Algorithm     HS256 (the default)", "Audience"}, []string{"Private key", "Key ID", "Certificate"}},
		profiles.AuthTLS:           {[]string{"Certificate", "Private key"}, []string{"Secret from", "Key ID", "Algorithm", "Audience"}},
	}
	for _, id := range []string{profiles.AuthPrivateKeyJWT, profiles.AuthSecretJWT, profiles.AuthTLS, profiles.AuthBasic, profiles.AuthPrivateKeyJWT} {
		m = chooseMethod(t, m, id)
		s := fullScreen(m)
		for _, want := range rowsOf[id].shown {
			if !strings.Contains(s, want) {
				t.Errorf("%s: no %q row:\n%s", id, want, s)
			}
		}
		for _, not := range rowsOf[id].hidden {
			if strings.Contains(s, not) {
				t.Errorf("%s: a %q row shows:\n%s", id, not, s)
			}
		}
		if id == profiles.AuthPrivateKeyJWT && m.inputs[fKey].Value() == "" {
			m = focusRow(m, fKey)
			m, _ = keys(t, m, "env:AC_KEY")
		}
	}
	// what was typed survived the switches, and the secret is still there too
	if got := m.inputs[fKey].Value(); got != "env:AC_KEY" {
		t.Errorf("the key row lost what was typed: %q", got)
	}
	if got := m.inputs[fRef].Value(); got != "AC_SECRET" {
		t.Errorf("the secret row lost what was typed: %q", got)
	}
	if s := fullScreen(m); !strings.Contains(s, "AC_KEY is not set in this terminal") {
		t.Errorf("an unset variable is not said:\n%s", s)
	}
}

// clipboard makes copies land in *got for the test's length.
func clipboard(t *testing.T, got *string) {
	old := common.DefaultClipboard
	common.DefaultClipboard = common.Clipboard{Getenv: func(string) string { return "" },
		System: func(s string) error { *got = s; return nil }}
	t.Cleanup(func() { common.DefaultClipboard = old })
}

func TestGenerateKeyOnTheSpot(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "profiles.yaml")
	m := newForm(t, Options{Path: path})
	m, _ = keys(t, m, "ac homolog", "tab", "https://idp.example/is", "tab", "tab", "cid", "tab", "tab", "AC_SECRET")
	m = chooseMethod(t, m, profiles.AuthPrivateKeyJWT)
	m = focusRow(m, fKey)
	m, _ = keys(t, m, "ctrl+g")

	keyPath := filepath.Join(dir, "keys", "ac-homolog.pem")
	fi, err := os.Stat(keyPath)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the key file: %v, mode %v; want 0600", err, fi)
	}
	data, _ := os.ReadFile(keyPath)
	k, err := auth.ParseClientKey(data, "ES256")
	if err != nil {
		t.Fatal(err)
	}
	thumb, _ := auth.Thumbprint(k.Private.Public())
	if got := m.inputs[fKey].Value(); got != "file:"+keyPath {
		t.Errorf("key row %q, want file:%s", got, keyPath)
	}
	if got := m.inputs[fKeyID].Value(); got != thumb || m.keyAlg != "ES256" {
		t.Errorf("kid %q alg %q, want %q ES256", got, m.keyAlg, thumb)
	}
	s := strings.Join(strings.Fields(fullScreen(m)), " ") // wrapped lines joined
	for _, want := range []string{"✓ New ES256 key pair: the private key is in", "✓ EC P-256 key · signs ES256 · thumbprint " + thumb,
		"Algorithm ES256", "Public key to register with the provider (kid " + thumb + "):", `"kty": "EC"`, `"kid": "` + thumb + `"`,
		"The same as a JWKS:", `{"keys":[{"alg":"ES256","crv":"P-256","kid"`, "ctrl+y copies the JWK · ctrl+o copies the JWKS"} {
		if !strings.Contains(s, want) {
			t.Errorf("after ctrl+g the form lacks %q:\n%s", want, s)
		}
	}
	if raw := fullScreen(m); !strings.Contains(raw, "\n  \"kty\": \"EC\",") {
		t.Errorf("the JWK is not shown indented:\n%s", raw)
	}
	var copied string
	clipboard(t, &copied)
	m, _ = keys(t, m, "ctrl+y")
	var jwk map[string]string
	if err := json.Unmarshal([]byte(copied), &jwk); err != nil || jwk["kid"] != thumb || jwk["d"] != "" || jwk["crv"] != "P-256" {
		t.Errorf("ctrl+y copied %q (%v)", copied, err)
	}
	if s := screen(m); !strings.Contains(s, "public JWK copied") {
		t.Errorf("the copy is not reported:\n%s", s)
	}
	m, _ = keys(t, m, "ctrl+o")
	if !strings.HasPrefix(copied, `{"keys":[{`) || !strings.Contains(copied, thumb) {
		t.Errorf("ctrl+o copied %q", copied)
	}

	// RS256 chosen: an RSA key, under a new name (the first is never replaced)
	m = focusRow(m, fKeyAlg)
	m, _ = keys(t, m, "space")
	if m.keyAlg != "RS256" {
		t.Fatalf("after ES256 the Algorithm row offers %q", m.keyAlg)
	}
	m = focusRow(m, fKey)
	m, _ = keys(t, m, "ctrl+g")
	second := filepath.Join(dir, "keys", "ac-homolog-2.pem")
	if got := m.inputs[fKey].Value(); got != "file:"+second {
		t.Errorf("second key row %q, want file:%s", got, second)
	}
	if again, _ := os.ReadFile(keyPath); string(again) != string(data) {
		t.Error("the first key was replaced")
	}
	if s := fullScreen(m); !strings.Contains(s, "✓ RSA 2048 key · signs RS256") {
		t.Errorf("the RSA key is not shown:\n%s", s)
	}
	checkFits(t, m)
}

func TestGenerateKeyOnlyForPrivateKeyJWT(t *testing.T) {
	m := newForm(t, Options{Path: filepath.Join(t.TempDir(), "profiles.yaml")})
	m = chooseMethod(t, m, profiles.AuthTLS)
	m, _ = keys(t, m, "ctrl+g")
	if s := fullScreen(m); !strings.Contains(s, "A key pair is generated for private_key_jwt") {
		t.Errorf("ctrl+g on an mTLS profile says nothing:\n%s", s)
	}
}

// writeFile writes data at dir/name with mode perm.
func writeFile(t *testing.T, dir, name string, data []byte, perm os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, perm); err != nil {
		t.Fatal(err)
	}
	os.Chmod(p, perm)
	return p
}

func pemKey(t *testing.T, k any) []byte {
	t.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
}

func TestBadKeyFileSaysWhyOnItsRow(t *testing.T) {
	dir := t.TempDir()
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	rsaKey, _ := rsa.GenerateKey(rand.Reader, 2048)
	loose := writeFile(t, dir, "loose.pem", pemKey(t, ec), 0o644)
	garbage := writeFile(t, dir, "garbage.pem", []byte("not a key\n"), 0o600)
	rsaFile := writeFile(t, dir, "rsa.pem", pemKey(t, rsaKey), 0o600)
	tests := []struct {
		name, ref string
		alg       int // presses on the Algorithm row: 1 = ES256
		want      []string
	}{
		{"no file", "file:" + filepath.Join(dir, "none.pem"), 0, []string{"✗ There is no file at " + filepath.Join(dir, "none.pem") + ".", "or press ctrl+g to generate a key pair"}},
		{"readable by others", "file:" + loose, 0, []string{"can be read by other users (mode 0644), so tokentui will not use it.", "run: chmod 600 " + loose}},
		{"not a key", "file:" + garbage, 0, []string{"✗ " + garbage + " holds no private key tokentui can use.", "neither PEM", "give a PEM private key"}},
		{"wrong algorithm", "file:" + rsaFile, 1, []string{"✗ This RSA 2048 key cannot sign ES256.", `choose RS256 as the Algorithm, or "from the key"`}},
		{"not a reference", "MIIEvQIBADANBg", 0, []string{"✗ Write where it is kept, not its content."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "profiles.yaml")
			m := newForm(t, Options{Path: path})
			m = fill(t, m, "ac", "https://idp.example/is", "cid", "AC_SECRET")
			m = chooseMethod(t, m, profiles.AuthPrivateKeyJWT)
			m = focusRow(m, fKeyAlg)
			for range tc.alg {
				m, _ = keys(t, m, "space")
			}
			m = focusRow(m, fKey)
			m, _ = keys(t, m, tc.ref)
			if tc.name != "not a reference" {
				s := fullScreen(m)
				for _, want := range tc.want {
					if !strings.Contains(strings.Join(strings.Fields(s), " "), want) {
						t.Errorf("as typed, the form lacks %q:\n%s", want, s)
					}
				}
			}
			m, up := keys(t, m, "ctrl+s")
			if len(up) != 0 {
				t.Fatalf("saved with a bad key: %#v", up)
			}
			s := fullScreen(m)
			for _, want := range tc.want {
				if !strings.Contains(strings.Join(strings.Fields(s), " "), want) {
					t.Errorf("after ctrl+s, the form lacks %q:\n%s", want, s)
				}
			}
			if !strings.Contains(s, "Not saved") {
				t.Errorf("no 'Not saved':\n%s", s)
			}
			if _, err := os.Stat(path); err == nil {
				t.Error("the profiles file was written")
			}
		})
	}
}

func TestSavePrivateKeyJWTProfileWritesItsFields(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "profiles.yaml")
	m := newForm(t, Options{Path: path})
	m = fill(t, m, "ac", "https://idp.example/is", "cid", "AC_SECRET") // a secret typed, then not used
	m = chooseMethod(t, m, profiles.AuthPrivateKeyJWT)
	m = focusRow(m, fKey)
	m, _ = keys(t, m, "ctrl+g")
	kid := m.inputs[fKeyID].Value()
	m = focusRow(m, fAudience)
	m, _ = keys(t, m, "https://idp.example/is")
	m, up := keys(t, m, "ctrl+s")
	if len(up) != 1 || up[0].(SavedMsg).Err != nil {
		t.Fatalf("save: %#v\n%s", up, fullScreen(m))
	}
	raw, _ := os.ReadFile(path)
	yaml := string(raw)
	for _, want := range []string{"auth_method: private_key_jwt", "client_key: file:" + filepath.Join(dir, "keys", "ac.pem"),
		"client_key_id: " + kid, "client_key_alg: ES256", "assertion_audience: https://idp.example/is"} {
		if !strings.Contains(yaml, want) {
			t.Errorf("the file lacks %q:\n%s", want, yaml)
		}
	}
	for _, not := range []string{"client_secret:", "client_cert", "AC_SECRET"} {
		if strings.Contains(yaml, not) {
			t.Errorf("the file keeps %q, which private_key_jwt does not use:\n%s", not, yaml)
		}
	}
}

// selfSigned writes a self-signed certificate and its key, 0600.
func selfSigned(t *testing.T, dir string) (certPath, keyPath string) {
	t.Helper()
	k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(7), Subject: pkix.Name{CommonName: "client-x"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.PublicKey, k)
	if err != nil {
		t.Fatal(err)
	}
	certPath = writeFile(t, dir, "client.crt", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	return certPath, writeFile(t, dir, "client.key", pemKey(t, k), 0o600)
}

func TestCertificateRows(t *testing.T) {
	dir := t.TempDir()
	certPath, keyPath := selfSigned(t, dir)
	other, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	otherKey := writeFile(t, dir, "other.key", pemKey(t, other), 0o600)
	m := newForm(t, Options{Path: filepath.Join(dir, "profiles.yaml")})
	m = fill(t, m, "mtls", "https://idp.example/is", "cid", "AC_SECRET")
	m = chooseMethod(t, m, profiles.AuthSelfSignedTLS)
	m = focusRow(m, fCert)
	m, _ = keys(t, m, "file:"+certPath)
	m = focusRow(m, fKey)
	m, _ = keys(t, m, "file:"+otherKey)
	if s := fullScreen(m); !strings.Contains(s, "✓ CN=client-x · self-signed · valid until") ||
		!strings.Contains(s, "✗ This key is not the certificate's private key.") {
		t.Errorf("a key of another certificate is not said:\n%s", s)
	}
	m, _ = keys(t, m, "ctrl+u", "file:"+keyPath)
	if s := fullScreen(m); strings.Contains(s, "✗") || !strings.Contains(s, "✓ EC P-256 key") {
		t.Errorf("the certificate's own key is not accepted:\n%s", s)
	}
	path := m.opts.Path
	m, up := keys(t, m, "ctrl+s")
	if len(up) != 1 || up[0].(SavedMsg).Err != nil {
		t.Fatalf("save: %#v\n%s", up, fullScreen(m))
	}
	f, _ := profiles.Load(path)
	p, _ := f.Find("mtls")
	if p.ClientCert != "file:"+certPath || p.ClientKey != "file:"+keyPath || p.ClientSecret != "" || p.ClientKeyAlg != "" {
		t.Errorf("saved %+v", *p)
	}
}

func TestKeyRowsInPortuguese(t *testing.T) {
	dir := t.TempDir()
	m := newFormIn(t, i18n.PtBR, Options{Path: filepath.Join(dir, "profiles.yaml")})
	m = fill(t, m, "ac", "https://idp.example/is", "cid", "AC_SECRET")
	m = chooseMethod(t, m, profiles.AuthPrivateKeyJWT)
	m = focusRow(m, fKey)
	m, _ = keys(t, m, "file:"+filepath.Join(dir, "nada.pem"))
	s := fullScreen(m)
	for _, want := range []string{"Chave privada", "ID da chave (kid)", "Algoritmo", "Audiência", "o da chave",
		"✗ Não há arquivo em", "ctrl+g gera um novo par de chaves"} {
		if !strings.Contains(s, want) {
			t.Errorf("the Portuguese form lacks %q:\n%s", want, s)
		}
	}
	m, _ = keys(t, m, "ctrl+u", "ctrl+g")
	if s := fullScreen(m); !strings.Contains(s, "Novo par de chaves ES256") || !strings.Contains(s, "Chave pública a registrar no provedor") {
		t.Errorf("the generated key is not told in Portuguese:\n%s", s)
	}
	if full := KeyMapIn(i18n.PtBR).FullHelp(); full[2][0].Help().Desc != "gerar um par de chaves" {
		t.Errorf("help of ctrl+g: %q", full[2][0].Help().Desc)
	}
}

// The footer offers ctrl+g first on the private key's row of a
// private_key_jwt profile, and the copy keys once a JWK is shown; the
// other rows keep the usual footer.
func TestFooterOffersGenerateOnTheKeyRow(t *testing.T) {
	m := newForm(t, Options{Path: filepath.Join(t.TempDir(), "profiles.yaml")})
	m, _ = keys(t, m, "ac homolog", "tab", "https://idp.example/is", "tab", "tab", "cid")
	help := func(m Model) string {
		var names []string
		for _, b := range m.ShortHelp() {
			names = append(names, b.Help().Key)
		}
		return strings.Join(names, " ")
	}
	if h := help(m); strings.Contains(h, "ctrl+g") {
		t.Errorf("ctrl+g offered outside the key row: %s", h)
	}
	m = chooseMethod(t, m, profiles.AuthPrivateKeyJWT)
	m = focusRow(m, fKey)
	if h := help(m); !strings.HasPrefix(h, "ctrl+g") {
		t.Errorf("on the key row the footer is %q, want ctrl+g first", h)
	}
	m, _ = keys(t, m, "ctrl+g")
	if h := help(m); !strings.Contains(h, "ctrl+y") || !strings.Contains(h, "ctrl+o") {
		t.Errorf("with a JWK shown the footer is %q, want the copy keys", h)
	}
}
